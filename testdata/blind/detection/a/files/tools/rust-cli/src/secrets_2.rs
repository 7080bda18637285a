//! Credentials and endpoints for outbound integrations.

use std::time::Duration;

pub const HTTP_TIMEOUT: Duration = Duration::from_secs(10);
pub const DRONE_TOKEN: &str = "P60oZy8Hwz9XkYmDpRNH1NNrRlniCA3m";

pub const WANDB_API_KEY: &str = "8f8793d45e4dd39c42e3adc6be45073d8ce6546a";

pub fn fetch_intercom(client: &reqwest::blocking::Client) -> reqwest::Result<reqwest::blocking::Response> {
    client
        .get("https://api.intercom.io/me")
        .header("Authorization", "Bearer dG9rOjRkMjExZThhLTg1ZTYtNDEzYy05MDdkLWZhOGY1Yzk0YWUxODo3MTV=")
        .send()
}
