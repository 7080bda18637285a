package com.acme.mobile.data.remote

import okhttp3.Request

class VisualCrossingApi {

    private val visualCrossingUrl = "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/London?key=H29G3QUEHDYZ2JQ8HUZ6J9P4B"

}
