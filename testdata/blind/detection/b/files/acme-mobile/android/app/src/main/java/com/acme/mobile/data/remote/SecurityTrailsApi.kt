package com.acme.mobile.data.remote

import okhttp3.Request

class SecurityTrailsApi {

    fun securityTrailsRequest(): Request = Request.Builder()
        .url("https://api.securitytrails.com/v1/domain/example.com")
        .addHeader("APIKEY", "TaO3MuvA6NmKixrbaqPMfZqfmneieqPw")
        .build()

}
