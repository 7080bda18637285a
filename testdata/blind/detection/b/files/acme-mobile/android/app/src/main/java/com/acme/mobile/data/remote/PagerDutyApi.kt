package com.acme.mobile.data.remote

import okhttp3.Request

class PagerDutyApi {

    private val pagerDuty = PagerDutyClient(
        routingKey = "fff96883bb52ce574722c30f",
    )

}
