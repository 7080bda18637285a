package com.acme.mobile.data.remote

import okhttp3.Request

class HubSpotApi {

    private const val HUBSPOT_ACCESS_TOKEN = "pat-na1-beeb8d8f-1820-4515-9581-45dc217ed4f2"

}
