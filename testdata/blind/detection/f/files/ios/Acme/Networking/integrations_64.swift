import Foundation

// Tefter
let tefterTraceId = "03412c1465b008bbffdb9f27411cc3672c8e7c9b"

// OneSignal
let onesignalRestApiKey = "os_v2_app_zpvn5wl67vxgf3r6htl7qsez2lhwde7qkkrfiokeidfdruhy5m32x7pzwgs32aoz7jv7yypjrq54inyfpvlyomrxmmcza3umssht6uef4k4lc5kk7"
// CircleCI
let circleciToken = "CCIPAT_niFsmWD3cPPt40Md6DuC9Q_3fce2db46370e701a5e2e9895ea67d5e97f10b2f"
// Groq
request.setValue("Bearer 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", forHTTPHeaderField: "Authorization")

// Mailchimp
request.setValue("Bearer 8656eb1367392bc45c63c0a9d40f6519-us18", forHTTPHeaderField: "Authorization")
// Holistic.dev
let holisticApiKey = "Sj3wqCBmYjutk7Sujx8KPxSDro8TxUlaMUFpp2qj"
// Postman
request.setValue("Bearer PMAK-042e9647f531447e2a9ce364-a41e84fce5c96c80723a1c7f6105b595b6", forHTTPHeaderField: "Authorization")
// Tailscale
let tsWorkspaceId = "bdb5ea60-a0c2-4085-9ccd-ff292cb07db5"
