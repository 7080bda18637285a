#Requires -Version 7.0
Set-StrictMode -Version Latest

# NuGet
$env:NUGET_API_KEY = 'oy2sfid30p6qas3kfozs7brhjx2db2bdc1oktppdqeptsn'

