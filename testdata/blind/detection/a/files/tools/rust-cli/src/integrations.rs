//! Credentials and endpoints for outbound integrations.

use std::time::Duration;

pub const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

pub fn fetch_doppler(client: &reqwest::blocking::Client) -> reqwest::Result<reqwest::blocking::Response> {
    client
        .get("https://api.doppler.com/v3/configs/config/secrets/download")
        .header("Authorization", "Bearer dp.st.prd.dPY51pALxiXxF5iyDzz0Rw4SbnRC4tC3Sb92F7RK")
        .send()
}

pub const RAPIDAPI_KEY: &str = "42702bc568mshd83793337ae3adp162c13fjsn4e3b7a74f990";

pub const VERCEL_TOKEN: &str = "VtJ0JTj7rdNd1kFJaMu84EQt";
