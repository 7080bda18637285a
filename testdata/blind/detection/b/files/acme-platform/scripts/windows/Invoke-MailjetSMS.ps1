#Requires -Version 7.0
Set-StrictMode -Version Latest

# Mailjet SMS
$env:MAILJET_SMS_SMS_TOKEN = 'a3d2067fb691197f3fec7bd2f751eee0'

