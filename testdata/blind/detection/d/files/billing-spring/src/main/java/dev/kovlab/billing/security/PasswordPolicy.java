package dev.kovlab.billing.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.regex.Pattern;

/** Central password rules for billing portal users. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int HISTORY_SIZE = 5;
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern HAS_SYMBOL = Pattern.compile(".*[^A-Za-z0-9].*");

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public boolean isAcceptable(String candidate, String username) {
        if (candidate == null || candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            return false;
        }
        if (candidate.toLowerCase().contains(username.toLowerCase())) {
            return false;
        }
        return HAS_DIGIT.matcher(candidate).matches() && HAS_SYMBOL.matcher(candidate).matches();
    }

    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    public boolean matches(String rawPassword, String storedHash) {
        return encoder.matches(rawPassword, storedHash);
    }
}
