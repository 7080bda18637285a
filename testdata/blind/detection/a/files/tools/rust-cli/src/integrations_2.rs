//! Credentials and endpoints for outbound integrations.

use std::time::Duration;

pub const HTTP_TIMEOUT: Duration = Duration::from_secs(10);
pub const WANDB_API_KEY: &str = "b215ab56f17e8c4284ac34d9b1";

pub const DTRACK_API_KEY: &str = "odt_PZFsVOv4zLnfXFFSxzVZpoFD467uE1Q6utHcH4SwZ";

pub const CRYPTOCOMPARE_API_KEY: &str = "91f69b399d6c34df32db3d1a4a9aa18f6037ddf742";

pub fn fetch_cloudsmith(client: &reqwest::blocking::Client) -> reqwest::Result<reqwest::blocking::Response> {
    client
        .get("https://api.cloudsmith.io/v1/user/self/")
        .header("X-Api-Key", "a54b01e551a6ce751012343580")
        .send()
}

pub const LAUNCHDARKLY_SDK_KEY: &str = "sdk-cd256ba9-b39b-4621-90c2-c362b3e1caab";
