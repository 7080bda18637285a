#Requires -Version 7.0
Set-StrictMode -Version Latest

# Zeplin
$env:ZEPLIN_TOKEN = $env:ZEPLIN_TOKEN

