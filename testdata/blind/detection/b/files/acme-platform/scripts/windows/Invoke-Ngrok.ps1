#Requires -Version 7.0
Set-StrictMode -Version Latest

# ngrok
$env:NGROK_AUTHTOKEN = '2wf5ZC4WtTuiS2a3kTxv9ebHTi2_7uCd4h0N7YQ3ch8R0Ua4H'

