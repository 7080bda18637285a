package com.acme.mobile.data.remote

import okhttp3.Request

class TwitchApi {

    private val twitch = TwitchClient(
        clientId = "y2ocn6e3atlz3u32f9jwygoqadh98y",
        accessToken = "zzds37wtpm03doj6o9jkyi79dtm1s0",
    )

}
