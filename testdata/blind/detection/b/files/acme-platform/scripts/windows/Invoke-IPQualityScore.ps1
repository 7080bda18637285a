#Requires -Version 7.0
Set-StrictMode -Version Latest

# IPQualityScore
$env:IPQUALITYSCORE_API_KEY = 'c5WckrcAvv1XHmGCiHznoIVYtbP3Dm2m'

