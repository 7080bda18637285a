#Requires -Version 7.0
Set-StrictMode -Version Latest

# Tiingo
$headers = @{ 'Authorization' = 'Token 3ebcbb88754bd0809bcfe60f570dc90fad487dfe' }
Invoke-RestMethod -Uri 'https://api.tiingo.com/tiingo/daily/aapl/prices' -Headers $headers -Method Get

