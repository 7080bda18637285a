package com.acme.mobile.data.remote

import okhttp3.Request

class NasdaqDataLinkApi {

    private val nasdaqDataLinkUrl = "https://data.nasdaq.com/api/v3/datatables/ETFG/FUND.json?api_key=4LRoDqGAAi5o_D0R9V1z"

}
