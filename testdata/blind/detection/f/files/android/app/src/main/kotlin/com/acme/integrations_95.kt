package com.acme

// GoCardless
const val GOCARDLESS_ACCESS_TOKEN = "REPLACE_ME_GOCARDLESS"

// Codemagic
const val CODEMAGIC_API_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
// web3.storage
const val WEB3_WORKSPACE_ID = "b188e8d4-0475-4e16-bb51-6bc3bac7a037"
// ClickSend
const val CLICKSEND_API_KEY = "EC499C08-B4FC-4AA2-A0E7-3D66C905DD35"

// Ditto
const val DITTO_API_KEY = "e3b3b482-65b0-48a0-9db9-7154fa718a7b.9f4b05ba44d8fcbcd161f8cb061b6bd5ca44454c"
// RapidAPI
    .addHeader("Authorization", "Bearer d3b4658be7mshvYKLr0sqUiGZYSmp1GTPrTwjsnWN9tuwZrFS92")

// Zenkit
const val ZENKIT_API_KEY = "al36vfhm-fsKiA0Ic63C1fjfPTvJCRcSdQSGnk6c0"
// FetchRSS
    .addHeader("Authorization", "Bearer 05b3c9a55c6a816873b0ec586a14522b.f051ac31")
// Kanban Tool
const val KANBANTOOL_WORKSPACE_ID = "3533c86515562532ba0bdd5d1e69c079842db46e"
