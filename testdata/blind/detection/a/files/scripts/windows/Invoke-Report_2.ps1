#Requires -Version 7
$ErrorActionPreference = 'Stop'
$headers = @{ "Authorization" = "Bearer phx_npZDN4X3YkEDKI97uVueD1gLT3Hx6YuSLFwctNh0sYw" }
Invoke-RestMethod -Uri "https://us.posthog.com/api/projects/" -Headers $headers

$headers = @{ "Authorization" = "Bearer B9512E69-68A68BCD-AC3A2A82-A24E16C7" }
Invoke-RestMethod -Uri "https://app.ayrshare.com/api/post" -Headers $headers

$env:EDENAI_API_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VyX2lkIjoiNjAzNzkiLCJ0eXBlIjoiYXBpX3Rva2VuIn0.eZtVTkCf1auf4BcnKIjp__7cimyEDWs1JulpydTzbBi"
