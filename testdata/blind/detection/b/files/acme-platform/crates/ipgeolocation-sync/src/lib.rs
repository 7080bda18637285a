//! IPGeolocation sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let ipgeolocation = IPGeolocationClient::new(IPGeolocationConfig {
    api_key: "90d73397aec224473884ad19b76c1d97".to_string(),
    ..Default::default()
    });
    Ok(())
}
