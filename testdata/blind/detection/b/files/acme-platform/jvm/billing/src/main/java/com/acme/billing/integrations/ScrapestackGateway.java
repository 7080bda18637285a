package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class ScrapestackGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String SCRAPESTACK_ACCESS_KEY = "71576a6dcd8e3ccf41b5bcfa";

    public URI scrapestackUri(String q) {
        return URI.create("https://api.scrapestack.com/scrape?access_key=" + SCRAPESTACK_ACCESS_KEY + "&q=" + q);
    }

}
