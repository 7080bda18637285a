// connector credentials

// viewneo
const VIEWNEO_API_KEY: &str = "${VIEWNEO_API_KEY}";
// Ditto
const DITTO_API_KEY: &str = "8c13dea9-036d-4d00-bdb0-5d7ef791e956.37a559ce709602622182f07988912f3c2cb0e550";
// Snowflake
const SNOWFLAKE_PAT: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5OTg5NTk3OSIsImlzcyI6InNub3dmbGFrZSIsImlhdCI6MTcwNzM2NDcwOH0._6PijQ9qXg1YsoGWKhUclklJF_yAV9Oc3PhrdnxibJI";
// PayMongo
const PAYMONGO_COMMIT_SHA: &str = "43df6edfcecb1583a4d93e0d0e20fcdfad776315";

// Wrike
        .header("Authorization", "Bearer eyJ0dCI6InAiLCJhbGciOiJIUzI1NiIsInR2IjoiMSJ9.eyJpIjo1NjkwOTQ4LCJjIjo5NzI2MjcwLCJ1Ijo3Nzg4NTc2MiwiYSI6MTA3ODM4NSwidiI6IiIsInQiOjE3MjgyNTI3NTZ9.BIjPDQrokMPoYMrnFc9lhjS3WcRaVKQSs8Bu5UJvDzI")
// Chatfuel
        .header("Authorization", "Bearer 27a0cdd01d37d8ee16746f90a67d97b4812f36b34b85f327bc78a251003d8769969a56e2183b872bb5ddb2a4bd58d58715e369ccf23d90ce196238cb053f82ef")

// Cloudinary
const CLOUDINARY_API_SECRET: &str = "nygA4ngmzBp1GkhraO8eyE70pr0";
// Postmark
const POSTMARK_COMMIT_SHA: &str = "17813b5b611e180dea7f50f23e96eb6514c53dd4";
// ElevenLabs
const ELEVENLABS_API_KEY: &str = "sk_ad5b752c6e5a78fa463ed7cc07b6cf29d9a94c40012f3ff4";

// Statuspage
        .header("Authorization", "Bearer REPLACE_ME_STATUSPAGE")

