package com.acme.mobile.data.remote

import okhttp3.Request

class ImageKitApi {

    private const val IMAGEKIT_PRIVATE_KEY = "private_aSVUjaD4onjjKvyg+jrYrzwa7qw="

}
