package com.acme.net;

public final class Keys {
// Snowflake
        conn.setRequestProperty("X-Snowflake-Token", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3NzI3Nzk4MiIsImlzcyI6InNub3dmbGFrZSIsImlhdCI6MTc1NzEzMzQxMSwic2NvcGUiOiJhY2NvdW50OnJlYWQifQ.SfnY2vgFrhmBJ7EokLeO2jqjby_-XPqy3ikovx25KW330Ev8xW1Z2BI6_fdujC_SPAqQ7efKxfQMF19Iofrt4CmJWnGFnf4stYSMVzNLME7csD6yFC5QaFowrJXTdiJbMtKYN8RLSzuNqHkjtPGpCiRBKLgMimcoO0-jDTiKKjGpB_HRgdhyOZjuWPSBmXNEqJ02ya3r2JPZtg4vMfG36eanWHaimEF1qptsgrbprgVJGKeZC2XK7nr5mhOLlfcHUccGm6nWrthAUKFztk_QNXJ3e5nQv0cHCJfhGBCXUmP0m4F9Ick5ZkteGyxXEbvKDmvRXQuSsslNmsgxOPUj7A");
// Weights & Biases
        conn.setRequestProperty("X-WeightsBiases-Token", "00e857be754fd75a39a04d8c1a84ddff7056eda1");
// Netlify
    private static final String NETLIFY_AUTH_TOKEN = "nfp_jzOerdWvFmIAJ8A1XT2OWHv0BogDnz9ImwuS";

// JFrog Artifactory
    private static final String ARTIFACTORY_API_KEY = "AKCpadHlA5yQ0cnvx94tOgu9K5T2TCby01CeM25hwC2BCKtv34rLTpYaDlh4e42hd7hKYJ6Iz";
// Linear
        conn.setRequestProperty("X-Linear-Token", "lin_api_Qa48FT6FPDXUvG59H5HLkRoUoJamKO6oJGOn34yu");
// Mailmodo
        conn.setRequestProperty("X-Mailmodo-Token", "CUEPBQEXSKC00LE8KMEQ278OBVT7ACFMFCQ7ZZW6SUU");
// PowrBot
    private static final String POWRBOT_API_KEY = "REPLACE_ME_POWRBOT";

// Clustdoc
        conn.setRequestProperty("X-Clustdoc-Token", "CbDPHdCy7HTQQb6fAjDQ4Pu2QMucRTdLpyAVZM9KkHJZhHOtCzTrwQJA5bG9");

}
