package com.acme.mobile.data.remote

import okhttp3.Request

class VirusTotalApi {

    private const val VIRUSTOTAL_API_KEY = "2fba6119b4de28a597da314c13cf30a7d02aff4d25c686ec050e7f0014bca4ba719db01"

}
