package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class ZeroBounceGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String ZEROBOUNCE_API_KEY = secretStore.get("zerobounce_api_key");

    public URI zeroBounceUri(String q) {
        return URI.create("https://api.zerobounce.net/v2/validate?api_key=" + ZEROBOUNCE_API_KEY + "&q=" + q);
    }

}
