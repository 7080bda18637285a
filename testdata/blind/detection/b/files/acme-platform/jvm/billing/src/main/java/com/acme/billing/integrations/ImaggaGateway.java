package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class ImaggaGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String IMAGGA_API_SECRET = "********";

    private String basicAuth() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((IMAGGA_API_SECRET + ":" + "").getBytes());
    }

}
