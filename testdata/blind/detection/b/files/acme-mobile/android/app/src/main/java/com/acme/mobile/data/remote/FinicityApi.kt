package com.acme.mobile.data.remote

import okhttp3.Request

class FinicityApi {

    private val finicity = FinicityClient(
        partnerId = "7893560676100",
        appKey = "7d3eeaf9cd5a9d327c741669b48c0f57",
    )

}
