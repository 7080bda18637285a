package com.acme.mobile.data.remote

import okhttp3.Request

class ScraperAPIApi {

    private val scraperAPI = ScraperAPIClient(
        apiKey = "49bd01244becd227636a38c479225ea5",
    )

}
