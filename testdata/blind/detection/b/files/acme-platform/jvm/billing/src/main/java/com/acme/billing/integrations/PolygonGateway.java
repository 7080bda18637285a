package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class PolygonGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String POLYGON_API_KEY = "xtEKQy6djky4JpEtGEj2fFXH";

    public URI polygonUri(String q) {
        return URI.create("https://api.polygon.io/v2/aggs/ticker/AAPL/prev?apiKey=" + POLYGON_API_KEY + "&q=" + q);
    }

}
