package com.acme.billing.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class Channels {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String dependencyTrackApiKey = System.getProperty("dependency_track.apiKey", "odt_joC7a7t9QHtYsT878t3dNP1tv3Lngqus");

    private static final String CLOUDSMITH_API_KEY = "afd658dbc0a877d8f66c648f62115ced799ff3ae";

    static final String bitlyAccessToken = System.getProperty("bitly.accessToken", "6479c23e44072f252c8be6ee6dbec69b48be7464");

    private Channels() {}
}
