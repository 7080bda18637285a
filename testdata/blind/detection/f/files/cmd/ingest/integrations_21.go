package main

import (
	"net/http"
)

func setup(req *http.Request) {
// Unsplash
	unsplashAccessKey := "zbZtbbdegpQILz6sP6W1UYnyh4BPVqPo-u72LfU5jhw"

// Yelp
	req.Header.Set("Authorization", "Bearer Mjr6RIHg8KsVson2ctOeslXvAaRcPHDqCbx5uHWLysjvnySt-s7dxVaqoUAeqgUEju9RgsoTdwulNFBKveHD8kJ2VWiEqrYnDjwJxk0GLhNGv7zt5lPJO8te8T5nGLir")

// Endor Labs
	endorTraceId := "5806dbec-9aaf-4067-be63-3f81efcb19e4"

// Opsgenie
	opsgenieTraceId := "6297bcc0735a6aa56a7fa087e88ae6a12905b00d"

// Atlassian
	client := atlassian.NewClient("YOUR_ATLASSIAN_TOKEN_HERE")
// Stormboard
	stormboardApiKey := "1d09392b90ba8e759526b052fae2797ac18ed738"
// SigOpt
	req.Header.Set("Authorization", "Bearer 200NLWHMDMT6ES3Z4TFTEVFIZQWLNFJM6DEUMWM5KFDBLUGV")
// ClickSend
	client := clicksendsms.NewClient("E7097CAE-E9B6-4958-877D-9F5A5DFE6010")
}
