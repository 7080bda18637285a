#Requires -Version 7.0
Set-StrictMode -Version Latest

# positionstack
$env:POSITIONSTACK_ACCESS_KEY = '36ca3827dd13bf5a1dc3a3b438a53efe'

