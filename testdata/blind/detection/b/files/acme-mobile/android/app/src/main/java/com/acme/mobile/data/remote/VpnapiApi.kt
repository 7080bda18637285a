package com.acme.mobile.data.remote

import okhttp3.Request

class VpnapiApi {

    private val vpnapi = VpnapiClient(
        apiKey = "25d6d4ae71a791b25851af50488f6c6d3b2f9d9",
    )

}
