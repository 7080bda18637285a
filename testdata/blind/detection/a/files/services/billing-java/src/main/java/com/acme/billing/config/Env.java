package com.acme.billing.config;

public final class Env {
    static final String STRIPE_KEY = System.getenv("STRIPE_SECRET_KEY");
    static final String AWS_SECRET = System.getenv("AWS_SECRET_ACCESS_KEY");
    static final String TWILIO_TOKEN = secrets.fetch("twilio-auth-token");
    @Value("${datadog.api-key}") String datadogApiKey;
    private Env() {}
}
