package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public class TableauGateway {

    private final HttpClient http = HttpClient.newHttpClient();

    private static final String TABLEAU_PAT_NAME = "etl-bot";
    private static final String TABLEAU_PAT_SECRET = "CeRSPfSNvSulb5EkKBSr/A==:as5Qtxc5rK0lNdno9ajkfpK2NCIUhWZ0";

}
