package com.acme.mobile.data.remote

import okhttp3.Request

class GoogleOAuthApi {

    private const val GOOGLE_OAUTH_CLIENT_ID = "570818823971-2q5xgomyz0m93xwhakfxmkmz7sk2zi3w.apps.googleusercontent.com"
    private const val GOOGLE_OAUTH_CLIENT_SECRET = "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"

}
