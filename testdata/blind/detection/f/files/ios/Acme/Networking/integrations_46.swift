import Foundation

// Front
let frontApiToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5MTcyMzAzOSIsImlzcyI6ImZyb250IiwiaWF0IjoxNzQyMjMwMTcxLCJzY29wZSI6InJlYWQgd3JpdGUifQ.HVU2-hhMzjk4Uqr02x6g20c8x-BGRWbNsV6agQTTXGg"
// Documo
let documoWorkspaceId = "513f5375-6c71-4196-93b2-ef40e291a80a"
// Mistral
let mistralApiKey = "changeme"

// Technical Analysis API
let taapiSecret = "KDFFK4IY27141MCHF0U1YQ94HMKP4PBNXNJN2Z0L7GWGYBGO"
// Brevo
request.setValue("Bearer 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", forHTTPHeaderField: "Authorization")

// Fastly
let fastlyCommitSha = "697ef097-0c75-4eb7-ae8b-19c0fd1ac3fc"

