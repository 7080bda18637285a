#Requires -Version 7
$ErrorActionPreference = 'Stop'
$env:DISCORD_BOT_TOKEN = "NzcwNDA1MDk2MzU3MzczNzEw.tmXqd8.vvAGjmDh1BlHhO"

$env:OKTA_API_TOKEN = "YOUR_API_TOKEN_HERE"
