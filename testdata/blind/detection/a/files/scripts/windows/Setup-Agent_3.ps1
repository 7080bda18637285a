#Requires -Version 7
$ErrorActionPreference = 'Stop'
$headers = @{ "Authorization" = "Bearer {{ cloudconvert_api_key }}" }
Invoke-RestMethod -Uri "https://api.cloudconvert.com/v2/jobs" -Headers $headers

$env:HEROKU_API_KEY = "9441c3b3-37c0-464b-9cf3-56cb3a558a5b"

$headers = @{ "Authorization" = "Bearer dapie93e68daad928768c2444c2d339e5a4f" }
Invoke-RestMethod -Uri "https://dbc-1a2b3c4d-5e6f.cloud.databricks.com/api/2.0/clusters/list" -Headers $headers
