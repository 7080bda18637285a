#Requires -Version 7.0
Set-StrictMode -Version Latest

# UPCDatabase
$env:UPCDATABASE_API_KEY = '256DC81BB09610D8437FAD766D9B63B2'

