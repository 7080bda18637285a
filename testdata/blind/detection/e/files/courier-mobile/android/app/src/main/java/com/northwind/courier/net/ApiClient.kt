package com.northwind.courier.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import retrofit2.Retrofit

object ApiClient {
    // legacy tracking endpoint still uses basic auth
    private val trackingAuth = Credentials.basic("tracker-mobile", "zZ6w8Pz8vKLUwI5kCy")

    private val http = OkHttpClient.Builder()
        .addInterceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", trackingAuth).build())
        }
        .build()

    fun tokenFor(user: String, password: String) = Credentials.basic(user, password)

    val retrofit: Retrofit = Retrofit.Builder().baseUrl(BuildConfig.API_BASE).client(http).build()
}
