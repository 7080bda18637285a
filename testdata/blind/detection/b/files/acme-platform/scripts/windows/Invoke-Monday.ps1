#Requires -Version 7.0
Set-StrictMode -Version Latest

# monday
$env:MONDAY_API_TOKEN = '${MONDAY_API_TOKEN}'

