package com.acme.bot

import okhttp3.OkHttpClient
import okhttp3.Request

object ApiKeys {
    const val HEROKU_API_KEY = "4d0be696-7135-4922-9372-7b0e82d77f15ojhlTJ3"

    val replicateApiToken: String = "YOUR_API_TOKEN_HERE"

    val cloudmersiveApiKey: String = "2913d43f-1a66-4100-9c15-47d4a5ada814"

    fun boxRequest(): Request = Request.Builder()
        .url("https://api.box.com/2.0/users/me")
        .addHeader("Authorization", "Bearer QjmliezzaJRoujMPgsECRCtIXlAokUvL")
        .build()
}
