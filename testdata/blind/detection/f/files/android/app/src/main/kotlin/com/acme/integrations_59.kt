package com.acme

// Sourcegraph
const val SRC_ACCESS_TOKEN = "sgp_905d2d3966f426b9_0cb1e38fa2c2f89c031748d4ae66d41d9ef9f8f1"
// Pipedrive
    .addHeader("Authorization", "Bearer 3852a66b1c8038fda1dc2c90a8096c2ea50fc33e")

// Perplexity
const val PERPLEXITY_COMMIT_SHA = "aa166e4b-36ee-40b6-8962-efe3b638f2f0"
// Unplugg
    .addHeader("Authorization", "Bearer 2193454576572fc4df8713eac2235e25474a2d6f5bf1d1f0a51e9058f9628a67")
// Beebole
    .addHeader("Authorization", "Bearer dd38484d7b95e25c4d672ebb0f2a8ae1c7f2679e")

// OneSignal
const val ONESIGNAL_REST_API_KEY = "os_v2_app_5t6e7slnerhy5v6wn75nfxr6btxyl33vbfiovynn6km3uiyrktpom6tuw25bibskyhuizkfwerrniqeevczbyhdqgjj3ajndptp4cfxawjqaeuowk"

// crates.io
const val CARGO_REGISTRY_TOKEN = "<your-cratesio-api-key>"
