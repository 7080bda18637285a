//! Yelp sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let api_key = &std::env::var("YELP_API_KEY").expect("YELP_API_KEY not set");
    Ok(())
}
