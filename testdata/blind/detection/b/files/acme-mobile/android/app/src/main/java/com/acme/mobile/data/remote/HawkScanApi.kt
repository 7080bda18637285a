package com.acme.mobile.data.remote

import okhttp3.Request

class HawkScanApi {

    private val hawkScan = HawkScanClient(
        apiKey = "hawk.GnvY7wdGrkRsHfK9UmGl.INwjq0lHJTKZnrxXijrC",
    )

}
