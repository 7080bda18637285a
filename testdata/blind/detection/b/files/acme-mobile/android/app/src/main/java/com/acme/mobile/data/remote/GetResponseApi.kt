package com.acme.mobile.data.remote

import okhttp3.Request

class GetResponseApi {

    private val getResponse = GetResponseClient(
        apiKey = "wvnc4ic8a7bklf8une690ejdmt9t7s4t",
    )

}
