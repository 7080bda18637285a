#Requires -Version 7.0
Set-StrictMode -Version Latest

# Scalr
$headers = @{ 'Authorization' = 'Bearer eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzY2FsciIsInN1YiI6IjYwNzgzMDAiLCJpYXQiOjE3MTA0MjA2ODAsImp0aSI6ImF0LTZ4OWZwNDdtMzA5dm1keHk3IiwidHlwIjoiYWNjZXNzX3Rva2VuIn0.MJEk4_DZVSECgTn0wqxF9sBM7DEErFDqIteYnPu1osKE99bUHPH2fsOVGTeUbzmHjYVhIj6BEGVOUy_VRBICew' }
Invoke-RestMethod -Uri 'https://acme.scalr.io/api/iacp/v3/workspaces' -Headers $headers -Method Get

