package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class SwiftypeGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String SWIFTYPE_PRIVATE_KEY = System.getenv("SWIFTYPE_PRIVATE_KEY");

    public HttpRequest swiftypeRequest() {
        return HttpRequest.newBuilder(URI.create("https://acme.api.swiftype.com/api/as/v1/engines"))
            .header("Authorization", "Bearer " + SWIFTYPE_PRIVATE_KEY)
            .GET().build();
    }

}
