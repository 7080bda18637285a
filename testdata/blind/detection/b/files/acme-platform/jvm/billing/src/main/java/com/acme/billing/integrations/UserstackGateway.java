package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class UserstackGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final UserstackClient userstack = new UserstackClient("07f3604f167150d217525ceb71846652");

}
