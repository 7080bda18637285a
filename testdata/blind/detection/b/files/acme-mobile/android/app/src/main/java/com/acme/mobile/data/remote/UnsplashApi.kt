package com.acme.mobile.data.remote

import okhttp3.Request

class UnsplashApi {

    private const val UNSPLASH_ACCESS_KEY = "OB5XvXd_6OPxCijtP0cWrvy96MC0fyYLaEXx_BsxRpr"
    private const val UNSPLASH_SECRET_KEY = "XyVRDeh8UNslZtJEtVa5lxj3amYHvgbP_q4vKNVH7gP"

}
