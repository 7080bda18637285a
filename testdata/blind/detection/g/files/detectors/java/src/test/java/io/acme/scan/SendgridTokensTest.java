package io.acme.scan;

import org.junit.jupiter.api.Test;
import static io.acme.scan.Assertions.*;

class SendgridTokensTest {
    @Test
    void detectsProviderKeys() {
        assertDetected("sendgrid", "SENDGRID_API_KEY=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");
        assertDetected("sendgrid", "SendgridClient client = new SendgridClient(\"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\");");
        assertDetected("sendgrid", "sendgrid.api.key=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");
        assertNotDetected("sendgrid", "SENDGRID_API_KEY=SG.6a8zPgtS");
        assertNotDetected("sendgrid", "SENDGRID_API_KEY=<your-token>");
        assertNotDetected("sendgrid", "SENDGRID_API_KEY=${SENDGRID_API_KEY}");
    }
}
