package com.acme.app.net

import okhttp3.OkHttpClient
import okhttp3.Request

object ApiKeys {
    const val JUMPCLOUD_API_KEY = "ed89cd87b74c07ce92120bb1e7"
}
