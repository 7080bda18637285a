package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class NightfallGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String NIGHTFALL_API_KEY = "NF-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    public HttpRequest nightfallRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.nightfall.ai/v3/scan"))
            .header("Authorization", "Bearer " + NIGHTFALL_API_KEY)
            .GET().build();
    }

}
