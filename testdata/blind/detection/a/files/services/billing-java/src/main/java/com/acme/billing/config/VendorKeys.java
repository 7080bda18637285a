package com.acme.billing.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class VendorKeys {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EXCHANGERATE_API_KEY = "3a2691a6c78235070b6f2ba6";

    static HttpRequest buildDetectlanguageRequest() {
        return HttpRequest.newBuilder(URI.create("https://ws.detectlanguage.com/0.2/detect"))
            .header("Authorization", "Bearer d083b35641864f119d7a89b2aba1857e")
            .GET()
            .build();
    }

    private static final String TWITCH_CLIENT_ID = "4putskpvvf3wmgq06mcx214r5da3uo";
    private static final String TWITCH_CLIENT_SECRET = "e8ko1dhfgm0h84ant4moj527681bpp";

    static HttpRequest buildHerokuRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.heroku.com/apps"))
            .header("Authorization", "Bearer HRKU-AAO07yaSnsNWKOok3trb_4FauXpsU8qJwQ0ZPTTYVIRCVuxqM9EAspy65oEE")
            .GET()
            .build();
    }

    private static final String CIRCLE_TOKEN = "a68bf849d6c61cbf9a7a1496ab400224113735f1";

    private VendorKeys() {}
}
