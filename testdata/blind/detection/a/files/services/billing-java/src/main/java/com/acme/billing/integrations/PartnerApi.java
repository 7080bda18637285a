package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class PartnerApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String diffbotToken = System.getProperty("diffbot.token", "76d2dc1391db6e1a6a6ff9a1ae8a1c86");

    private static final String ALGOLIA_APP_ID = "4UZ6Q53DPZ";
    private static final String ALGOLIA_ADMIN_API_KEY = "9980840177d4f525f2b577d8cfab9c96";

    private static final String TWITTER_CONSUMER_KEY = "3dz2u710LLHj00ae6nVwmNLEB";
    private static final String TWITTER_CONSUMER_SECRET = "rX7RwRzL93VHfvTaNm93SH1Mofbpr0Ea8mZnaihEe6Y5HV0MZu";

    private PartnerApi() {}
}
