package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class SportmonksGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String SPORTMONKS_API_TOKEN = "<your-sportsmonk-api-key>";

    public URI sportmonksUri(String q) {
        return URI.create("https://api.sportmonks.com/v3/football/fixtures?api_token=" + SPORTMONKS_API_TOKEN + "&q=" + q);
    }

}
