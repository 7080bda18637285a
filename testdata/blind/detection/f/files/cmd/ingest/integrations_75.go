package main

import (
	"net/http"
)

func setup(req *http.Request) {
// Grafana
	client := grafana.NewClient("glsa_cciNjGwzwUXqhkIJ9THgjSXaZzyJqPg2_41d5f6ed")

// ZipBooks
	client := zipbooks.NewClient("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NTE0NTgyMCIsImlzcyI6InppcGJvb2tzIiwiaWF0IjoxNzQ0MDU2NzkwLCJzY29wZSI6ImZ1bGxfYWNjZXNzIn0.2VEu1OxwdVF01RNLCyrmA4bBljcf6jRLt4x09dfxaRo")
// Kit (ConvertKit)
	convertkitWorkspaceId := "92da8f2bf2302fe6f0ceb3e9d51ae7ba52c8090f"

// Adafruit IO
	client := adafruitio.NewClient("<your-adafruitio-api-key>")
// Yelp
	yelpWorkspaceId := "cee9dd1b-0d80-424c-905e-b648d38dcd82"
// JFrog Artifactory
	client := artifactory.NewClient("AKCp0lo8hGsqOyb3nneKHayyJQw6GZ17jbRfXPMIL8D30uOD32CSb8mMv6iUHYjhjknHr2jX1")
// ZeroBounce
	zerobounceApiKey := "fa75e08d9af3eb5b6f9677be7623477f"
// MiniMax
	client := minimax.NewClient("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5NjE5NzM2IiwiaXNzIjoibWluaW1heCIsImlhdCI6MTcyNDc2NDkwOH0.AmMh70rQ-eaP7gJKxrPDOvA9oTQSXJAho0uAcuLd7vWhC-c222ZmAWELKqBLuGDAXDIMuYCo8crLPJ4d3P66K431N5pGaOkpgYuOxEJg8xqle70PPaTIZJOqyjLblgPBpxHT--ZNR1wZEm2aq5aUs4KHu2yx34_TWVdjijkKw_CgIuLQcn3wglWMUoNq_anP8JBYmelc-7-K0Mq9hvGxXIx5-J0pO9J0_CzF1Qm9WBNr0Rvxg1ZgYwxlCRFlQcEi7xVNY8GX2_ovLUKiozeGzewfGVEfSlHiUc-mO61ILrVbSMIkoiB4xnPu1Uk6yRSKnwZ65aGR05PL_k6syKnujw")
}
