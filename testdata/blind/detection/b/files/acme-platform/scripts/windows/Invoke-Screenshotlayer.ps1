#Requires -Version 7.0
Set-StrictMode -Version Latest

# screenshotlayer
$env:SCREENSHOTLAYER_ACCESS_KEY = $env:SCREENSHOTLAYER_ACCESS_KEY

