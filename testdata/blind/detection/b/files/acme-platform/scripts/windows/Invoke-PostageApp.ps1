#Requires -Version 7.0
Set-StrictMode -Version Latest

# PostageApp
$env:POSTAGEAPP_API_KEY = (Get-Secret -Name POSTAGEAPP_API_KEY -AsPlainText)

