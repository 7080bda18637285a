//! SonarCloud sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let sonarcloud = SonarCloudClient::new(SonarCloudConfig {
    token: "d5659e19b2627124ef0ea52de6a7b02e383ba910".to_string(),
    ..Default::default()
    });
    Ok(())
}
