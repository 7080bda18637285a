package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class Route4MeGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String ROUTE4ME_API_KEY = "BE506C355CC7F2121D6D9F9E1B103AB2";

    public URI route4MeUri(String q) {
        return URI.create("https://api.route4me.com/api.v4/route.php?api_key=" + ROUTE4ME_API_KEY + "&q=" + q);
    }

}
