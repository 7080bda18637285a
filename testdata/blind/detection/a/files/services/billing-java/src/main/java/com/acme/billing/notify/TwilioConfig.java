package com.acme.billing.notify;

import com.twilio.Twilio;

public final class TwilioConfig {
    static final String ACCOUNT_SID = "AC2face59725bb9de88a342a9d8104b674";
    static final String API_KEY_SID = "SK8a807498401ae46fd473a047f4f08e3a";
    static final String API_KEY_SECRET = "259s3gpqw0XxaN7Vuelr6bS3NA8Klkl8";

    static void init() {
        Twilio.init(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID);
    }
}
