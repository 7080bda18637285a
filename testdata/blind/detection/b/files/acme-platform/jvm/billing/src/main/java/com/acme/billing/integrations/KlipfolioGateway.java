package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class KlipfolioGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest klipfolioRequest() {
        return HttpRequest.newBuilder(URI.create("https://app.klipfolio.com/api/1.0/datasources"))
            .header("kf-api-key", "45ee1559c5d570eaba433a404d92d511d5fc4eb3")
            .GET().build();
    }

}
