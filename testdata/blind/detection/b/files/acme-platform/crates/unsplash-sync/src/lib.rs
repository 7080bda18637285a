//! Unsplash sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let unsplash = UnsplashClient::new(UnsplashConfig {
    secret_key: "md7KYXjYBMk9Y2T5T9KHT0PEZMtZeaYgo".to_string(),
    ..Default::default()
    });
    Ok(())
}
