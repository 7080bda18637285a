Set-StrictMode -Version Latest

# VoodooSMS
$env:VOODOO_SMS_API_KEY = "q0sFcRcxVi8TYXZzmJKe51Itz2t6pS0P"

# Calendly
$headers = @{ Authorization = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4NDk3NTc3MCIsImlzcyI6Imh0dHBzOi8vYXV0aC5jYWxlbmRseS5jb20iLCJpYXQiOjE3MzQ5MDc5MTgsInNjb3BlIjoiZnVsbF9hY2Nlc3MifQ.UUxNioBp5DhPZLmHKl64DubyyFhwTcuCbykTmPHt03Y" }
# Mistral
$headers = @{ Authorization = "Bearer qJO0xMmzECiCt4RQnET2NkCRCEsqw4hB" }

# Chec
$env:CHEC_SECRET_KEY = "sk_52803effd8de847d8e37356e794f86ff6b50c99150545"
# OneSignal
$env:ONESIGNAL_WORKSPACE_ID = "1f7ba52b-b86f-4fc7-9927-cce0d4fc4314"

# Magnetic
$env:MAGNETIC_API_KEY = "1b0854c0-b880-4aa5-abe0-a62ba5160b21"

