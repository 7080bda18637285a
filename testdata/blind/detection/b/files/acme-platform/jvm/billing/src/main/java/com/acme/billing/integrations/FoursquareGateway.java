package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class FoursquareGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest foursquareRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.foursquare.com/v3/places/search"))
            .header("Authorization", "fsq3Zv6XGvsAw0Y0/RVTnXE/fK+4bdykjPOVpo6ARARXfBXN")
            .GET().build();
    }

}
