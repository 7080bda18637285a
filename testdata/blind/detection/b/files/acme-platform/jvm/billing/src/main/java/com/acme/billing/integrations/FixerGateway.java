package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class FixerGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final FixerClient fixer = new FixerClient("3md2a6ddddkfcugcb464b241c8afqf7w");

}
