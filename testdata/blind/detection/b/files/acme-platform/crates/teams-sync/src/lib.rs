//! Teams sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let webhook_url = &load_secret("teams_webhook_url")?;
    Ok(())
}
