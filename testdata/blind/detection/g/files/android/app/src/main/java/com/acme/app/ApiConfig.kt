package com.acme.app

object ApiConfig {
    const val BASE_URL = "https://api.acme.io/"
    const val BASIC_AUTH_PASSWORD = "#bO9n1#UBCo=D"
    const val GOOGLE_API_KEY = "AIzaSy8aCCOa1RU-ssXCmXaykCxgxGBcuvmTJTZ"
}
