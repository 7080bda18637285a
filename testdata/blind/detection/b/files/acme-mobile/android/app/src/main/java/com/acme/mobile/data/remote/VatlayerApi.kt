package com.acme.mobile.data.remote

import okhttp3.Request

class VatlayerApi {

    private val vatlayerUrl = "https://apilayer.net/api/validate?access_key=69a64273c8627542e908a372ec4e1475"

}
