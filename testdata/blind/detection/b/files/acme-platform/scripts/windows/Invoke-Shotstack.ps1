#Requires -Version 7.0
Set-StrictMode -Version Latest

# Shotstack
$env:SHOTSTACK_API_KEY = 'HL3s1j8qsT6kIXVjobbzVQxbwJlw9E'

