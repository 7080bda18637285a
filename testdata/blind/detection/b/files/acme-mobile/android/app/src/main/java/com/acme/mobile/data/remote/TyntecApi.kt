package com.acme.mobile.data.remote

import okhttp3.Request

class TyntecApi {

    private val TYNTEC_API_KEY = BuildConfig.TYNTEC_API_KEY

}
