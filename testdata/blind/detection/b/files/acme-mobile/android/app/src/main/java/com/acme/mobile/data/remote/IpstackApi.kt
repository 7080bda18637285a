package com.acme.mobile.data.remote

import okhttp3.Request

class IpstackApi {

    private const val IPSTACK_ACCESS_KEY = "0r0c576ftsd9ip10r9396539e5d0b9eb"

}
