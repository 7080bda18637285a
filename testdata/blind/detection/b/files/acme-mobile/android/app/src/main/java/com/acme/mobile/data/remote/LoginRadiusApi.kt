package com.acme.mobile.data.remote

import okhttp3.Request

class LoginRadiusApi {

    private val LOGINRADIUS_API_SECRET = System.getenv("LOGINRADIUS_API_SECRET")

}
