// connector credentials

// Val Town
const VALTOWN_TOKEN: &str = "18b6482976a9a2764c97f876a1a6740a";

// Chec
const CHEC_SECRET_KEY: &str = "sk_717734ab79ab5c68ec40286c811644347d8dd919cdd93";

// Fly.io
        .header("Authorization", "Bearer fo1_Hn7Xgg4fl06DWP925vlxzYisShOXDVBSgy8ePNS1hcY")
// Budibase
const BUDIBASE_API_KEY: &str = "REPLACE_ME_BUDIBASE";
// web3.storage
const WEB3_STORAGE_TOKEN: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzOTk1MjQ3NiIsImlzcyI6IndlYjMtc3RvcmFnZSIsImlhdCI6MTcwNjA5MTY3M30.HsdKphTIn4cPEJweidr4THVElnkM8qbVOBGopOrTbfs";

// Twitter
        .header("Authorization", "Bearer changeme")

// crates.io
        .header("Authorization", "Bearer ciozwGF3affXOfgLsaNOktMGg1MN3KDKFJW")

// Swell
const SWELL_COMMIT_SHA: &str = "3b8149af4ebbc84f15c59bcc01c4cedccf452ae1";

