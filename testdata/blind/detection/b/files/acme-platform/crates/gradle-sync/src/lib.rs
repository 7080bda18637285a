//! Gradle sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let publish_secret = &load_secret("gradle_publish_secret")?;
    Ok(())
}
