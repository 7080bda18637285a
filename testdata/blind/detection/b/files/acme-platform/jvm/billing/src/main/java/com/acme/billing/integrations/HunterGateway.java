package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class HunterGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    public URI hunterUri() {
        return URI.create("https://api.hunter.io/v2/domain-search?api_key=63dbacde228778bf7f70328f49ebe75b0f332bdf");
    }

}
