package com.acme.mobile.data.remote

import okhttp3.Request

class HelloSignApi {

    private const val HELLOSIGN_API_KEY = "3dd2143a3069e3a6a3d58453b1966936643f5ba0cad247d99289bd58d51d5fcb"

}
