package com.acme.bot

import okhttp3.OkHttpClient
import okhttp3.Request

object ApiKeys {
    const val TWITTER_BEARER_TOKEN = "AAAAAAAAAAAAAAAAAAAAAjZtm9QiqH2YtBsy9NSJwQ48NU%3DbrdlHfOd4IeQjJg1lJdVYXH4sMv3Ck0bEqVZv2mSEKkVOMW05a"

    val codeclimateReporterId: String = "2a65994d4f6e4b19c4725ca90f6e3414f08bb43cd03c73541030fc25df0f5012"

    fun prefectRequest(): Request = Request.Builder()
        .url("https://api.prefect.cloud/api/me/")
        .addHeader("Authorization", "Bearer pnu_dg7ttaXLVHfYFGiVO5xRbahskM7dGFobQINC")
        .build()

    const val MAPBOX_SECRET_TOKEN = "sk.eyJ1IjoiYWNtZSIsImEiOiJjbHV5cnp5YnQ2b25ydjBoYmtiYW9tdzRkIn0.DWj3LY0eAUX_vVXuPEKLh0"

    fun newrelicRequest(): Request = Request.Builder()
        .url("https://api.newrelic.com/graphql")
        .addHeader("Api-Key", "NRAK-VFEHBEDUTM24YL8V1F712M2IAK2")
        .build()
}
