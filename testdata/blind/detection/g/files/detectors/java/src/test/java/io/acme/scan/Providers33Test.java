package io.acme.scan;

import org.junit.jupiter.api.Test;
import static io.acme.scan.Assertions.*;

class Providers33Test {
    @Test
    void detectsProviderKeys() {
        assertDetected("contentful", "ContentfulClient client = new ContentfulClient(\"CFPAT-AYPq4gkwClZb6ZN2PLjoPrX67-Ww3bzLa_Wzd6SlxHw\");");
        assertNotDetected("contentful", "CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-$;,siwB_U85yy-jfBWZbPrLGX3qmFD9HjkdfBp8");
        assertDetected("shippo", "SHIPPO_API_TOKEN=shippo_live_e988e7901045f9378de7c0b95e5fdd8ea5f22dec");
        assertDetected("shippo", "ShippoClient client = new ShippoClient(\"shippo_live_a93c30ec6ab57a91892ce22bbdf7f6625f0b002c\");");
        assertDetected("freshdesk", "freshdesk.api.key=LCJSaABPB7PheUbvUmoq");
        assertDetected("sendinblue", "BREVO_API_KEY=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");
        assertDetected("klaviyo", "klaviyo.private.key=pk_0d347509cccf5cabaf3e4e4edf82226f49");
        assertDetected("klaviyo", "KLAVIYO_PRIVATE_KEY=pk_b987ab34083b0b5a8589adec0ae283fd82");
        assertDetected("hashicorpvault", "HashicorpvaultClient client = new HashicorpvaultClient(\"hvs.W9uGZycHZLAYicK6ewyE-Yq83dvntozJRX4Qj5HN_iZJqbPixM9jjQG4yWGANRatwDgPP3Ix6C6EKqsHDNJZObz4WB\");");
        assertDetected("glassnode", "GLASSNODE_API_KEY=fA13xi8XwQ-q6XcGM162e6aALGn");
    }
}
