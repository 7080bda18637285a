#Requires -Version 7.0
Set-StrictMode -Version Latest

# Smartsheet
$env:SMARTSHEET_ACCESS_TOKEN = '7XdOEKaHXzXuLxs1mqjuKWlUtueCwDTa1PPWd'

