package com.acme.net;

public final class Keys {
// HashiCorp Vault
        conn.setRequestProperty("X-HashicorpVault-Token", "${VAULT_TOKEN}");

// viewneo
        conn.setRequestProperty("X-Viewneo-Token", "BdkBb7XhEwgLxYCMNcWhysS9h5SDdt5iNZ6fvsu5");
// Feedier
        conn.setRequestProperty("X-Feedier-Token", "f9pcfgiuptqw3sxfvzs22gmzspgnghxe7bbm956t");
// Beebole
    private static final String BEEBOLE_API_TOKEN = "<your-beebole-api-key>";

// FullStory
        conn.setRequestProperty("X-Fullstory-Token", "na1.YQ6mcjVyEQKmT/6JrwOXCgPTbQTZU6jCf80eM0kFqLisi6uYO0ou57wj6DSXkPnoLWitIjLADYiZMBCq");

// UptimeRobot
    private static final String UPTIMEROBOT_COMMIT_SHA = "545f7ac5-f473-46b9-b04f-0aa7ade3a386";

// Instabot
    private static final String INSTABOT_WORKSPACE_ID = "351c1351-4b22-472c-af99-2f16eb117bf8";

// CircleCI
    private static final String CIRCLECI_COMMIT_SHA = "106fa4b2-1d13-4628-ab05-81777efebc21";

}
