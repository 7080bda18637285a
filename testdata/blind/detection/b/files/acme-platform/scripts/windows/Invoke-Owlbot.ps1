#Requires -Version 7.0
Set-StrictMode -Version Latest

# Owlbot
$env:OWLBOT_API_TOKEN = '250b926164be8569b10b1ad794f73d'

