package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class ShodanGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final ShodanClient shodan = new ShodanClient("wsLrfxtSYcj0okyQKuTLBbYthdxRYU34");

}
