package com.acme

// Signable
const val SIGNABLE_API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
// Optimizely
    .addHeader("Authorization", "Bearer 2:amBKf96VKKfb3PzxAKJs-MvCPcrs05D3qN-agGUijey")
// Val Town
    .addHeader("Authorization", "Bearer bfaa354e9775a64688e4192266e7197d")
// Replicate
const val REPLICATE_API_TOKEN = "r8_mT6NhUZ8RH2HjcQZRP4eCnyUyAfb2KZnGV5i4"
// Cloudflare
const val CLOUDFLARE_COMMIT_SHA = "eaa695e0-cdc7-4eb7-bd72-0279c9c7f89e"
// LaunchDarkly
    .addHeader("Authorization", "Bearer api-a04aaee4-2ab8-43bc-93e6-844fc5d767dc")

