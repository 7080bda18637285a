package com.acme.mobile.data.remote

import okhttp3.Request

class KnapsackProApi {

    private const val KNAPSACK_PRO_TEST_SUITE_TOKEN = "dc12b9b7e58ad9b4a83d7b38eab9e329"

}
