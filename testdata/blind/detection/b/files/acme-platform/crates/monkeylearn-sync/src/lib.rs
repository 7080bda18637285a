//! MonkeyLearn sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let api_key = &std::env::var("MONKEYLEARN_API_KEY").expect("MONKEYLEARN_API_KEY not set");
    Ok(())
}
