#Requires -Version 7.0
Set-StrictMode -Version Latest

# Iconfinder
$env:ICONFINDER_API_KEY = 'xUt90EdEoF8JIDtRzSamqSIRQyIf7mgwELITwWyRW7bwNvtlUP6j5QzVXnelcHrz'

