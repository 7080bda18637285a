#Requires -Version 7
$ErrorActionPreference = 'Stop'
$headers = @{ "Authorization" = "Bearer aAVNSJeZfdyimX1eVBYkq4PV" }
Invoke-RestMethod -Uri "https://in.logs.betterstack.com" -Headers $headers

$env:DD_APP_KEY = "a45dd297ef2a0b5e9327ac0515f738ee0d0f0623"

$env:EASYPOST_TEST_API_KEY = "EZTK18d0614162f94e6724f2b7810dc8b08a480690beb3e8c255233d6a"
