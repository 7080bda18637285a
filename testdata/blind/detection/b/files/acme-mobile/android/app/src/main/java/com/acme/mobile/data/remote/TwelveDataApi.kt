package com.acme.mobile.data.remote

import okhttp3.Request

class TwelveDataApi {

    private const val TWELVE_DATA_API_KEY = "cf9f0a633c130a53585496a28dc2fb630de60e0"

}
