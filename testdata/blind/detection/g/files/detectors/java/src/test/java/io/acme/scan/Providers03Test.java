package io.acme.scan;

import org.junit.jupiter.api.Test;
import static io.acme.scan.Assertions.*;

class Providers03Test {
    @Test
    void detectsProviderKeys() {
        assertDetected("pipedream", "PIPEDREAM_API_KEY=e5d8a8a70ff5aed4096347800f6a6d04");
        assertNotDetected("pipedream", "PIPEDREAM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        assertDetected("flexport", "FLEXPORT_API_KEY=8BixvVhQJ8GAdDhvnzMkjpsprDphJlGeBqIUYU9b");
        assertNotDetected("flexport", "FLEXPORT_API_KEY=REPLACE_ME");
        assertDetected("numverify", "numverify.access.key=468bfeb9a37540fb4aba755911a783de");
        assertDetected("spotify", "SPOTIFY_CLIENT_SECRET=0f151317dc05205fb6e46561ad71ecf9");
        assertNotDetected("spotify", "SPOTIFY_CLIENT_SECRET=${SPOTIFY_CLIENT_SECRET}");
        assertDetected("intercom", "INTERCOM_ACCESS_TOKEN=dG9rOjwXQ2CsRoC6V5e9Sv9I7VlWOPIN5CT47czy/RPvIBZO60ZaIQrNXp=");
        assertDetected("intercom", "intercom.access.token=dG9rOj6ozAwo9GEMZY1AUUnGcGtXbzF94YO2/B1xyFqgYm43MSF7MJE494=");
        assertDetected("flyio", "fly.api.token=fo1_t2CJJcVkpHjjS4oDHYXYJSP8B1WNZ_3h1Hy30Xud_8C");
        assertDetected("shodankey", "ShodankeyClient client = new ShodankeyClient(\"RyF0YUpc3b8zHPmbYlAVlKnPyIjxEanC\");");
        assertDetected("zohocrm", "ZohocrmClient client = new ZohocrmClient(\"1000.9f4fc7088261ac222ebdb921cfe583b0.b266d68bc2eca0acfd6c1291ed8c23e4\");");
        assertDetected("zohocrm", "ZOHO_ACCESS_TOKEN=1000.65e0fbb6ea8d3477ee3413a93f14e0fb.3dab97f39f5a7ff9aac26f76f9d62ba5");
        assertNotDetected("zohocrm", "ZOHO_ACCESS_TOKEN=1000.dda2f811b60b9476dc21b591a5e1906a");
        assertDetected("capsulecrm", "CapsulecrmClient client = new CapsulecrmClient(\"WYYS_W91j_718_QyxnFmRqIK9u0TmbX1slCM6UV4DIna5uQ21PVUmwFNUhCBX1VU\");");
        assertDetected("capsulecrm", "capsule.api.token=pWQtOAndhlXwBWupfovf_6sdpWxLJuIqYYQZz5ojpv5kzjVLSfvovE1T5Ew-KiF7");
        assertDetected("discord", "discord.bot.token=MU37pu1j08v0eRwa7gQ9gPQLOF.PptOvR.w1rdoOF2m4mmBXDRN7klfimiY_lp-EvJr2oLV3");
        assertDetected("artifactory", "ArtifactoryClient client = new ArtifactoryClient(\"AKCp2GHgfNloOut5A8SgvYMyyy4fKD6hKbqhyXo16yqe4mYAIIT1hUNS0A1N5jY2esggRopFI\");");
        assertDetected("artifactory", "ARTIFACTORY_API_KEY=AKCp72CEY9hRDhdxdypz1QLqOMYkvMZoXj6c9bu3YyX28Moxlr3QeyW7MZByTa4rYSbKkDZ0m");
        assertDetected("sonarqube", "sonarqube.token=squ_a2b44b8f496bbced9f1d7d570fd77c0e624d15cd");
    }
}
