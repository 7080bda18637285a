package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class MapQuestGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String MAPQUEST_API_KEY = System.getenv("MAPQUEST_API_KEY");

    public URI mapQuestUri(String q) {
        return URI.create("https://www.mapquestapi.com/geocoding/v1/address?key=" + MAPQUEST_API_KEY + "&q=" + q);
    }

}
