#Requires -Version 7.0
Set-StrictMode -Version Latest

# YNAB
$env:YNAB_ACCESS_TOKEN = 'TODO-set-in-vault'

