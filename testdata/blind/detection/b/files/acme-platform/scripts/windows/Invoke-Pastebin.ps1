#Requires -Version 7.0
Set-StrictMode -Version Latest

# Pastebin
$env:PASTEBIN_API_DEV_KEY = '8NOYAyhYudmksiIi7imCIWE7RkV1YVrT'

