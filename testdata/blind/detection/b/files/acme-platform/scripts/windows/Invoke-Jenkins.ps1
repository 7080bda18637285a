#Requires -Version 7.0
Set-StrictMode -Version Latest

# Jenkins
$env:JENKINS_API_TOKEN = 'your-api-token-here'

