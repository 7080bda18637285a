package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class ScalewayGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String SCALEWAY_ACCESS_KEY = "SCW3LM3OA0KXHXYSXHP3";
    private static final String SCALEWAY_SECRET_KEY = "5486b402-a604-411f-92dd-368667d59c54";

    public HttpRequest scalewayRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.scaleway.com/instance/v1/zones/fr-par-1/servers"))
            .header("X-Auth-Token", "" + SCALEWAY_SECRET_KEY)
            .GET().build();
    }

}
