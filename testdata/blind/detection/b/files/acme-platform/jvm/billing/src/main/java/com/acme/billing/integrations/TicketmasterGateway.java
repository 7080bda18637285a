package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class TicketmasterGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    public URI ticketmasterUri() {
        return URI.create("https://app.ticketmaster.com/discovery/v2/events.json?apikey=idXGwrEYLgEPELgvVW7F1XONstau1D70");
    }

}
