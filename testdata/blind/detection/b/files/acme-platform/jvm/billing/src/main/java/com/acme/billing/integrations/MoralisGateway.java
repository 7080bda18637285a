package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class MoralisGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final MoralisClient moralis = new MoralisClient("#{api_key}");

}
