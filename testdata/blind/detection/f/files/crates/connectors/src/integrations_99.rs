// connector credentials

// SSLMate
const SSLMATE_API_KEY: &str = "MzClVUGpKK6KJJrxuOc5AsNk0G9PKooT";

// Grafana
const GRAFANA_COMMIT_SHA: &str = "d23d82ba-2cf1-4e88-b2ea-b292232928d5";
// Lob
const LOB_API_KEY: &str = "live_62a909c112bdd30c38b07a2de388eeb07f6";
// Autopilot
const AUTOPILOT_API_KEY: &str = "b8bf35c88042ef07ee2cd6cc1eac38bc";

// Together AI
        .header("Authorization", "Bearer 70b46b52487264777041a722cbfadca3d1b75d4e26b3d7290da6d59cb0b1230f")
// Linear
        .header("Authorization", "Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

// IPinfo
const IPINFO_TOKEN: &str = "f60b343df3dae6";
// BorgBase
        .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ODMxMTU5MiIsImlzcyI6ImJvcmdiYXNlIiwiaWF0IjoxNzE5NjA2MjQ5fQ.S_0Zw8bedDc5-a-fXLPZeDnf-zvxzhCRXKP8epuDjY5EwWqYX9-gMeXx0wLjarKbBUHcMNLkygf_CXVud--DDCbEhGxwLli78HGMVQ-6MUB-cjKR_TkunEhNmxmv8Zn7Jh4RLRviE_2beId0eRQwfivx-fkAs15UrJwHFN479kw1Y0S9t5SLYoEgIOQmQ3CZysEtI3d2ZJSfA4_mEGv8yK1FoiLYdd3jn6SHonwtJzQ-1gM0h1smpbzzzwXgxTd_J0jWsoOespJ8tTqkqZ755P5Y-ZfTUQ2g7YPWjje_2UKUEdkjRMQwxFdCBdbCAOR86DJhHrMzeNa4AOx0zuVIww")

// Voicegain
const VOICEGAIN_JWT: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4NTcxMzM5MyIsImlzcyI6InZvaWNlZ2FpbiIsImlhdCI6MTcyOTg0NDg1MSwic2NvcGUiOiJhcGkifQ.qIm4agdNRf2QXan3DLfZeZ60JF78GyOTtBjyVu4VJvzKhxtu67K1PjCxlthkyO2nHSS-3wbVxGe01qIRKneCJAO1v3-6zDEo4-auZEd8Xnguw2mU0jPyY4LPPVw3-D5uPnESGsFJrSG72VGkZ7DLMWg_63Z8AIYx6EaxkTG9Mw4AdrhXV2_JueyDok4kBo2sv3JYjvxJLLP4IC_IjApqPZO6O5Fid1sa1BCJYYxssWdrGVOm5jWRW6uB-gu1lPqNFp9Ga_m0Suh_L6hwU_h2oQmDWCYYfikyrkbjSxSGqb9Bs27OYrraA_OxtV3Va0SG3rHI2JXMSi-iS9RlUgKLDg";
// TomTom
        .header("Authorization", "Bearer jPfyo6qKOLajOgGFBSJyiWjsBVCCfnw9")
