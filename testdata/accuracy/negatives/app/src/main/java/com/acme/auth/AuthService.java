package com.acme.auth;

import org.springframework.beans.factory.annotation.Value;

public class AuthService {
    @Value("${db.password}")
    private String password;

    @Value("${stripe.secret-key}")
    private String stripeSecretKey;

    private static final String PASSWORD_RESET_TEMPLATE = "password-reset-email";
    private static final String TOKEN_HEADER = "Authorization";

    public String getPassword() { return password; }

    public boolean verify(String token) {
        String secret = System.getenv("JWT_SECRET");
        return JwtVerifier.verify(token, secret);
    }
}
