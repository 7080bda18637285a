package main

import (
	"net/http"
)

func setup(req *http.Request) {
// Cloudsmith
	cloudsmithApiKey := "42cdacb8a044e5289662c8071195a783013d6112"

// Cliengo
	cliengoWorkspaceId := "40c6a76c-dff6-4ec8-b494-c76c850c23d1"
// Lexigram
	lexigramApiKey := "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4NTYyMTc3NCIsImlzcyI6ImxleGlncmFtIiwiaWF0IjoxNzA1NDI0MTcxfQ.rKr52fM9-IRdJQnvGmTrxE-XcUb2KyCiQLmtnz7jgQ1A1l7cbxtV0U5I7N8JeHxe4qgbH1-WuSp8BMNwEqbLYE0NU_vaYjB5nbOh-w1f89wWPk0Khh-Lfe1t7hrj7M0VBxjNPEBtG3t366lEaTzCAgtJsXBX1PCnotiqFPS6sEgiwAtoTvI_ANLuVjcnzVPGmG-RnmG-ZNxujp4Pw9x_4jgsKcVUjirr3Md50U9x2L92oOiiuixKwUtD1-ztcNjDISACy5ToR1n1b3nihcPa5TjNpIvQMrmi5fmaGdN4e3ueI72H_JkwkCI3EPBxPhOiUNH5JTOdKEp8tNLDunjBJw"

// OpenWeather
	req.Header.Set("Authorization", "Bearer 4706fba44458e294ab634ea0b5ba84bd")

// Stormboard
	client := stormboard.NewClient("af26a82c729f35778c79b1811a550a9305893085b")
// Discord
	req.Header.Set("Authorization", "Bearer NDcxNDg5Njk1NTIyNjAxOTMy.K8ahoS.vPLRBHpMQ1jC5i2YrtOBK5xjq6HypVFdonePZA")
// Todoist
	client := todoist.NewClient("1053fb95687558d1bc9522c18cfd5d324a2da46a")

// AssemblyAI
	assemblyaiWorkspaceId := "b527b63e2187f502ff14ed0cb4e2f088aa1a5e24"
// Segment
	req.Header.Set("Authorization", "Bearer changeme")

}
