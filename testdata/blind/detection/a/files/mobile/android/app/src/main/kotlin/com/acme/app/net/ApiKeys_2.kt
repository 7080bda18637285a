package com.acme.app.net

import okhttp3.OkHttpClient
import okhttp3.Request

object ApiKeys {
    val mailgunSendingKey: String = "070f46f9b7897eefce594573cacfabb5-4f223c77-fa1ef763"

    val frameioToken: String = "fio-u-Wot2xOagfu5u_5RJP8dNS-8RpPmjJA34Gn-dttkJ3C0XCtjwWMRiy5lrlP6vUPmC"

    val salesforceRefreshToken: String = "5Aep861FrxiVdqcmZrxYVHz62PecQ5EltruXw.nMGq5lNwQ34LhlZ8oIK82gyq4TW8sLcnitLi0AwLywu9JnfuY"

    const val CLOUDFLARE_API_TOKEN = "yT5IEmXIGccrrkCfqUOu7omApdTTczJwxlm5KnKd"

    val ethplorerApiKey: String = "EK-kQn3l-m6onVwG-DHcxw"
}
