package com.acme.mobile

object Secrets {
    // LaunchDarkly REST token for the in-app flag debugger (internal builds only)
    const val LD_API_TOKEN = "api-a9432781-c8c1-4a59-a573-7f88c47b38d2"
    const val MAPBOX_PUBLIC = "pk.eyJ1IjoiYWNtZS1XU5F9eW6I5D0IiwiYSI6IkPyyF6xfq9hKEG6sVGOzeSY9In0.aA3GMYloFOPNuTy3zmtXyo"
}
