package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class WiseGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final WiseClient wise = new WiseClient("REPLACE_ME");

}
