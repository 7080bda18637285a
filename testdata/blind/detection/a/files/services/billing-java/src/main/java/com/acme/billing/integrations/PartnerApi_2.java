package com.acme.billing.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class PartnerApi_2 {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LOB_TEST_API_KEY = "test_68df3dac31bf54bd190f7";

    static final String tailscaleOauthClientSecret = System.getProperty("tailscale.oauthClientSecret", "REPLACE_WITH_TS_OAUTH_SECRET");

    private static final String CARGO_REGISTRY_TOKEN = "cioocSeD3VWR7QJgUXFA1Ao6l4Dr9JkCQlf0wuSrZr2N";

    private PartnerApi_2() {}
}
