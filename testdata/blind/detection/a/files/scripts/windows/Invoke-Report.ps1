#Requires -Version 7
$ErrorActionPreference = 'Stop'
$headers = @{ "X-Postmark-Account-Token" = "a43a5f71-3e35-49f4-90b2-e7972881cc8e" }
Invoke-RestMethod -Uri "https://api.postmarkapp.com/servers" -Headers $headers

$headers = @{ "Authorization" = "token SCxNETCsZ5o41tv6p0suXe" }
Invoke-RestMethod -Uri "https://api.travis-ci.com/user" -Headers $headers

$env:CALENDLY_API_KEY = "eyJraWQiOiJkOTgwNWQwZjg2MTQzZGNlMTQ1NDhiNDJjNDMxNjY0MzI0MGYxMDMzNjliNzhlZDEyYmY4NzllNWFlMGJmYjEyIiwidHlwIjoiUEFUIiwiYWxnIjoiRVM1MTIifQ.eyJpc3MiOiJodHRwczovL2F1dGguY2FsZW5kbHkuY29tIiwiaWF0IjoxNzIxMzEzOTE5LCJqdGkiOiIyNTVjM2FiYi03MTA3LTRiNWUtODY5ZC0xYzNlNDRkN2VkM2YiLCJ1c2VyX3V1aWQiOiJhODI1MjkxNi1iMWI0LTQ3ZjktYmUzZC00MTg3ZWNhZTE1MDcifQ.JUHhrYEfZONGtCG3wNA1Ca6A1kaB70jdEtgjLJ8vQm5s9kZmnsIyrxG3Mor-9A1VNJmg_L5pCGpj0e8dLlL3EB"

$headers = @{ "Authorization" = "AccessKey GXcZ98NwBA6qXZc5e6SqhQ6w1" }
Invoke-RestMethod -Uri "https://rest.messagebird.com/balance" -Headers $headers
