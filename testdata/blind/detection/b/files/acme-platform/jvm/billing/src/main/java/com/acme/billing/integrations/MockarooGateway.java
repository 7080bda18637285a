package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class MockarooGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final MockarooClient mockaroo = new MockarooClient("ee9db6cb");

}
