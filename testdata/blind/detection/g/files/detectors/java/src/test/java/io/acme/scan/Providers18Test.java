package io.acme.scan;

import org.junit.jupiter.api.Test;
import static io.acme.scan.Assertions.*;

class Providers18Test {
    @Test
    void detectsProviderKeys() {
        assertDetected("dynalist", "dynalist.token=u9yI-TPyMRLUw17whEOOxTVVSaYIQhjA8Wj4rHcWPXp0Itfg6dXern_CueM9IVvdcPUb1U0oF6-0zSD3vdu54vKUL1DiXQi5j7W2-8HeTJJt7pxhae3rwrEMQiHpD_6w");
        assertNotDetected("dynalist", "DYNALIST_TOKEN=<your-api-key>");
        assertDetected("datadog", "DD_API_KEY=80b0d1d6d69b4c44c9cf5ffe7cf43e77");
        assertDetected("versioneye", "versioneye.api.key=0bd7966f55e499be2ef0");
        assertDetected("versioneye", "VersioneyeClient client = new VersioneyeClient(\"a8671b47218f417aa7c2\");");
        assertDetected("linear", "linear.api.key=lin_api_jlgUIyu33bFXu32z4w1L6ATW53IuDNDzayQG8DP2");
        assertDetected("linkpreview", "linkpreview.key=58bb7c9d3d4c6f83b8a6f777c1eeaf90");
        assertDetected("airtable", "airtable.token=patnCH9D8xVFfnQ8s.18a3e94fda86e1069e1a69a926092cb934ce6bf1df787f8a544faef51e1ce0f0");
        assertNotDetected("airtable", "AIRTABLE_TOKEN=example-key-not-real");
        assertDetected("browserstack", "BROWSERSTACK_ACCESS_KEY=9XsmdgV2ZlBjC9WA8HhO");
        assertNotDetected("browserstack", "BROWSERSTACK_ACCESS_KEY=changeme");
        assertDetected("squarespace", "SQUARESPACE_API_KEY=0266430a-726d-49e2-bb2a-379d47b79be5");
        assertDetected("squarespace", "squarespace.api.key=0a6a3457-f2f9-4699-aad2-6c339f897a59");
        assertDetected("scrapingbee", "SCRAPINGBEE_API_KEY=N0WP06GHBF4UQN2F0659HRDZ5O3R2VAQ0GX4K18SX341L062TLDL7KESGFJH0QGG4A5IBKZ8X31UZAE1");
        assertDetected("dropbox", "DropboxClient client = new DropboxClient(\"sl.FhZDUQcsw_pMY9T_RlcR8dQviHal5OC8zVgcnrt1d8mypcUrjKdg7PW_WEK7ssVe3E3oJxG2iUJxUqFotw_WqfpRi9hanAGuQnBIsDG1qlm5FnPfa-AriyA6iCLniwHeTimjtlGR85\");");
        assertDetected("dropbox", "dropbox.access.token=sl.YSQ0sxADZVtSu9ntVUU0qYa68f9PGQ6-UkJfL9yhy-6aH33VbMksUA0cojLzMa27imbYKsC1MwJpYbgv4ORqDWW8gX-nlnTDSpe0uF_fmxnP4tNsbZ5Iynok00fERTCsyhXK_aZSQB");
        assertDetected("holidayapi", "HolidayapiClient client = new HolidayapiClient(\"dd3cfa62-8bf7-457f-9c8d-ba7038b3a1cb\");");
        assertDetected("holidayapi", "holidayapi.key=acb68ed0-8449-4cd9-b12a-4744402d7d06");
        assertDetected("disqus", "DisqusClient client = new DisqusClient(\"QVlljbcDBjt2ia5a6OJeX9P8s5uFAP94DgW7yekfMRMqwCBBtSE2n0wzIYMEKWvD\");");
        assertDetected("disqus", "disqus.secret.key=caEFW6zcpKoagrykdSSo9Rl1z1iTDBJM5wJ8tbRRZH7PPTIPW5LA9mKsgGjF6dP7");
        assertNotDetected("disqus", "DISQUS_SECRET_KEY={{ .Values.disqus.apiKey }}");
    }
}
