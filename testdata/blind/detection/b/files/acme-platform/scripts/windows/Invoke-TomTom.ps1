#Requires -Version 7.0
Set-StrictMode -Version Latest

# TomTom
Invoke-RestMethod -Uri 'https://api.tomtom.com/search/2/geocode/amsterdam.json?key=4XsKF0AmUWida9OZhabHW8x4zBLKz8Fk' -Method Get

