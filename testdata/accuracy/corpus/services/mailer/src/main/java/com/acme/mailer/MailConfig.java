package com.acme.mailer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {

    // Mailgun account used by the transactional mailer
    private static final String MAILGUN_KEY = "c92a6db58833a89701585af20be48f03-0191477d-d905c76d";
    private static final String SENDGRID_KEY = "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";
    private static final String SMTP_URL = "smtps://mailer%40acme.io:MFmVd_dBzQUFVaT0@smtp.mailhost.io:465";

    private String password = "DgPek%pNFZkDU0";

    @Bean
    public MailClient mailClient() {
        return MailClient.builder()
            .apiKey(MAILGUN_KEY)
            .fallback(SENDGRID_KEY)
            .smtp(SMTP_URL)
            .build();
    }
}
