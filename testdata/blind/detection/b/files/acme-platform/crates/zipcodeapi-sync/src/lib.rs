//! ZipCodeAPI sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let api_key = &std::env::var("ZIPCODEAPI_API_KEY").expect("ZIPCODEAPI_API_KEY not set");
    Ok(())
}
