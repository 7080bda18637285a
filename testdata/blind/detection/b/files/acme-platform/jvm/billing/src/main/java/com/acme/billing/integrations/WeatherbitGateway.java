package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class WeatherbitGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private final WeatherbitClient weatherbit = new WeatherbitClient("a3e6e989aa0b2c645e9e2e851130a6a5");

}
