package com.acme.mobile.data.remote

import okhttp3.Request

class PayMongoApi {

    private const val PAYMONGO_TEST_SECRET_KEY = "sk_test_5oJ7QrqBRkcEHOLIsZ"

}
