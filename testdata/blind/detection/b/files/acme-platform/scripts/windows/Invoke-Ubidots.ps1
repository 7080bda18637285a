#Requires -Version 7.0
Set-StrictMode -Version Latest

# Ubidots
$env:UBIDOTS_USER_TOKEN = 'BBUS-'

