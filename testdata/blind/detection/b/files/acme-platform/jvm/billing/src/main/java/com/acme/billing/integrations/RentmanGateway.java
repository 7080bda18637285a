package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class RentmanGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String RENTMAN_API_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJyZW50bWFuIiwic3ViIjoiODQwMjY3NCIsImlhdCI6MTc1NjAzOTc1OSwibWVkZXdlcmtlciI6MzExLCJhY2NvdW50IjoiYWNtZSIsImNsaWVudF90eXBlIjoib3BlbmFwaSIsImNsaWVudC5uYW1lIjoib3BlbmFwaSIsImV4cCI6MTgwNDk1MzE4NH0.Qg5qU97bQSiqUK2CdNyWAwoqy-qLNVwRh7jwN1OFkS0";

    public HttpRequest rentmanRequest() {
        return HttpRequest.newBuilder(URI.create("https://api.rentman.net/equipment"))
            .header("Authorization", "Bearer " + RENTMAN_API_TOKEN)
            .GET().build();
    }

}
