package com.acme.billing.security;

final class EmbeddedKeys {
    static final String PRIVATE_KEY_PEM =
        "-----BEGIN PRIVATE KEY-----\n" +
        "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCjQCfxy8WL1Aa+\n" +
        "M+xkHRFLFSABaNQeD79jwGuEYuowis+cNuhtkOO8B9isHiUADScvpb6Hr0Ltc+/M\n" +
        "E0hQ1j9OiacVmSJhacmtfkoJzODlz4IE7/Cg3v1+ydowHBjSCG4d0ANiBcZ4cjhx\n" +
        "HZFYHZdNl8iKiwDAYdijvATaiRco4CgemPn/fo9eBLqIlqdmoKYXEYBdYiRvRp11\n" +
        "khtqJbwVYWFtIQmiqnRDIi7fC/zTwyJu60f+rT8IEpLSquQkXKTsT3dU+oAuMrCT\n" +
        "7ukA8JlK4VRu0UqcICVW2GCoC5o2qcOcuhrTIJkiy9amxZPdgB/I0Qlzle88rdHG\n" +
        "dDDRBY7VAgMBAAECggEAIxu7y3AxmJf9aD/V7ZTjwHQ3WR5AigOEe1EpPkQgjdZ4\n" +
        "fiW/2DpiA7DjS+bCuc9aV1CrmFYcjGET191ovrvIyxzm8knn3y/HR/jCNvfZAQte\n" +
        "sK2iYBJ8zVzfP9v3CYp3FhHDfHv1+jbERS1g8eSRQsZrAkKRI46XbuUTXSVA9hDg\n" +
        "tz2NeEuw4pusd3g0bViW9qMeBiahM4DhYGyHgGMaz1kRVAeU7CaltP7fRBLlCQiB\n" +
        "X4N2+vspZ91BgwEaiNSqOn88t7RcFY95pchEFgy3CLA3Z1JqPPycAm942Ei0d3TW\n" +
        "CZ49LehNoMHrevI7InAjpLpLgDOCoyCATdrEdmysWQKBgQDgeEqBJ/jUYWvAHVJT\n" +
        "7X7qTHUgVoqit9p8i4A484NJWiIWvznyFiYSSvUX/zgxTtmrzfAk6JQEJca6WaKz\n" +
        "VP1FHrFpIHQVY07/cdlKL/+lLkxEZWJBNexSv12KqIeG1rkMGJDbj2Zj9PHtAUqC\n" +
        "PDKzJ9Vo8ELuaQj0Yib88IHaLQKBgQC6LntlPeN6Ss3ALg2R2ZtHFAMp4ZX4nvo6\n" +
        "VBrsGuzqKCl16mSjdk+hK8pnFJt7WNsWt2pxVLI9qHAxYMlH6Rxui18Wiejz/dK6\n" +
        "YNFnyxweEP+gN65fHBbccKWQmsasAh252LdJ83oitK6cfGxJcqK2u8jAaZ9txxFe\n" +
        "sNrH5qa4SQKBgD/zJU68g5CGHLuD3wOYItM/axMGdMK83FslJyeSgLGyIwoV+r00\n" +
        "gC4v+rmWdXzeuPbQWf054Yl49a/7f3XV3b4Ga4bGvyukukneNoiDOjLmCMZnl+F6\n" +
        "KlS8vjqVnt7UZ63Bhet3ZDVQAGiEOKT3333Y+FzILllbxThSikb/gg8VAoGAeGDx\n" +
        "e+ZmHH4dRnMAZxsx4OU5nmyzUQtJc0lKFvrZ0BSjqhAhfedTWTw9JCUY2sn67lct\n" +
        "RZWjoWY1FFgmDI7WyUrn8mS88HVfOQ68lsWmqnIHNgqKfghlZ6aWBkdsyW6c1bsf\n" +
        "13rLr4DvnVJ9mYe7WTdVd8NTR+F8g6MJ8lJZ3bECgYBG/dSuoPTnjWmVBJd5h6I2\n" +
        "Ksq6Rg5Qs2j0i0Kabseml+CGbmymVDB5/us3f+4fkkxDq8FqDFeIbr1qft+1HyOH\n" +
        "glxfIa/29uUFsvsGZLc4IwcKuMIgnyDphipfrE+dUjiYZL5AH5tbE2V4i91R0FD3\n" +
        "OR6e9mwpLDwKjbuwBMNLxg==\n" +
        "-----END PRIVATE KEY-----\n";

    static final String HEADER_CHECK = "-----BEGIN PRIVATE KEY-----";
}
