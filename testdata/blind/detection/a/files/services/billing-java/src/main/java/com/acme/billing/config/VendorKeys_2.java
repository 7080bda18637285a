package com.acme.billing.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class VendorKeys_2 {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LINKEDIN_CLIENT_ID = "9bfjwo5cjql5rq";
    private static final String LINKEDIN_CLIENT_SECRET = "BU1OOMBB5CXsh41b";

    private static final String TWITTER_ACCESS_TOKEN = "5835439688117359247-LVC8t9ZWqPsMo2bjse9DquxAqJQoSfNOwdpcRzwF";
    private static final String TWITTER_ACCESS_TOKEN_SECRET = "Lo5EX8VkaxKaW8ciWVSfkcaKac91BgiB5LrohrEvpR9oQ";

    private static final String ANYPOINT_CLIENT_SECRET = "a800745b39238f23049d7";

    private VendorKeys_2() {}
}
