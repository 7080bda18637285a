package io.acme.scan;

import org.junit.jupiter.api.Test;
import static io.acme.scan.Assertions.*;

class GitlabFormatsTest {
    @Test
    void detectsProviderKeys() {
        assertDetected("gitlab", "GITLAB_TOKEN=glptt-59e044c6488bf9e52cd7d0e144b8ae5d05a3b55a");
        assertDetected("gitlab", "GitlabClient client = new GitlabClient(\"glpat-3Rsn2anaDEW34bldbZdn\");");
        assertDetected("gitlab", "gitlab.token=gldt-hzt1U2SbBvTXZ68Jenha");
        assertNotDetected("gitlab", "GITLAB_TOKEN=glpat-vBJCBGE4");
        assertNotDetected("gitlab", "GITLAB_TOKEN=REPLACE_ME");
    }
}
