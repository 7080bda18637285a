package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class Intra42Gateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final Intra42Client intra42 = Intra42Client.builder()
        .clientId("u-s4t2ud-e96dac9a295177f8c6f0de2308f9acda4b6e634a3586f9a59facee94871c3961")
        .clientSecret("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")
        .build();

}
