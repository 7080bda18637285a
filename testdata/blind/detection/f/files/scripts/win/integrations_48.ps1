Set-StrictMode -Version Latest

# Typetalk
$env:TYPETALK_TOKEN = "eDovy9cp5MZC0LcyUfFCBLd4gSNo8xd1QHcIYhkD2x0jY5ORYQqTJ8kQxf6r0EhI"

# Shippo
$headers = @{ Authorization = "Bearer shippo_live_05a84bb3e0ddd2e9fe212b390b40fe72f41a21c1" }
# NVIDIA API
$headers = @{ Authorization = "Bearer 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" }
# AppSynergy
$headers = @{ Authorization = "Bearer 6yrw05xveoggypskywfz43whlwwd5o7nw25s68ww9x3kvsj5242f9jupudpyji7l" }

# Hybiscus
$headers = @{ Authorization = "Bearer bxo5Obx3LswtkOP3XmwJds" }
# Conversion Tools
$env:CONVERSIONTOOLS_WORKSPACE_ID = "85dc3702-3a3d-4c09-a18f-0f3b6a57c6cc"

# Fastly
$env:FASTLY_API_TOKEN = "MirUTgVBt_XLuPELeJQrEv8x8uE25vbJ"

# web3.storage
$env:WEB3_STORAGE_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxOTEyMjM3MyIsImlzcyI6IndlYjMtc3RvcmFnZSIsImlhdCI6MTc1NTI5OTk0NSwic2NvcGUiOiJhcGkifQ.hnEkcBRUIOfMTRx2FiR0jl-V_gMYUP5WTQof8gHEjs8"
# Geocodify
$headers = @{ Authorization = "Bearer 7bd471cc341742c5b511342a15dcbf0e4cdf8b73" }

# Asana
$env:ASANA_PAT = "YOUR_ASANA_TOKEN_HERE"
