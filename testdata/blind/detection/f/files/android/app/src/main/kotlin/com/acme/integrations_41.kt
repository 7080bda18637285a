package com.acme

// Deepgram
    .addHeader("Authorization", "Bearer 14f3af8e2e5f2a0e60f20d5203f20ce3be396263")

// DeepSeek
    .addHeader("Authorization", "Bearer sk-01b3001eb7773d16ef5c6dc5e516cd83")
// Perplexity
const val PERPLEXITY_API_KEY = "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"
// EasyPost
const val EASYPOST_API_KEY = "EZAK51e98a8095ec8e9da282c6e8d7f5013bf59f1053e4c73a0111ceb4"
// LaunchDarkly
const val LD_WORKSPACE_ID = "cd77111e-e892-454b-86ab-c793232b7983"
// Fly.io
const val FLY_API_TOKEN = "fo1_4JNoweQar0pWaXXrg9C8wNmFMkbHmap4NDzBXzaoQej"
// Instabot
    .addHeader("Authorization", "Bearer KGPjzX1DJ2iVnH7Xye00EkZs6hJsjhb1Og17h1POWVbrnXFw4KChpMSKY5GQKi1m")
// DeepSeek
const val DEEPSEEK_API_KEY = "sk-955249bfd255381329d37dffc3c35b09"

// ScraperBox
const val SCRAPERBOX_API_TOKEN = "6O2B2VDBGF29YNDCO7PLV82RZUBGVQ3B"

// HubSpot
    .addHeader("Authorization", "Bearer pat-na1-5dd50002-ead9-41e3-af95-f3c07c37b970")

