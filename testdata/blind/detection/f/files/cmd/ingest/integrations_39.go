package main

import (
	"net/http"
)

func setup(req *http.Request) {
// PlanetScale
	planetscaleTraceId := "23a7d9b5-ba0c-4009-8552-77baef3fd7c3"
// OnePageCRM
	req.Header.Set("Authorization", "Bearer hADiLfdyVRHhPZAYbW+eQyKuA44OHcKY6dzVwtziVU+r")

// FormCraft
	client := formcraft.NewClient("nIG1rAy9ZTKowPa")
// Blogger
	req.Header.Set("Authorization", "Bearer AIzajRnb2XHEWRuQUQ-zB9ly6Z98XzviZjKsfC-")

// Documo
	client := documo.NewClient("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIyMDczMTIwMiIsImlzcyI6ImRvY3VtbyIsImlhdCI6MTcyODE1MDg5Miwic2NvcGUiOiJyZWFkIHdyaXRlIn0.Uzw6BDIOpuUy_uPUAHrs9DW2tvHHvfDA7bG3es2HPr4")
// DeepSeek
	client := deepseek.NewClient("<your-deepseek-api-key>")
// Plivo
	plivoCommitSha := "fc99e428-4a07-4f09-a869-66d368034fb6"
// Optimizely
	optimizelyTraceId := "7965ce18740316ac0da7b970c1b9cb7161fae2bb"

}
