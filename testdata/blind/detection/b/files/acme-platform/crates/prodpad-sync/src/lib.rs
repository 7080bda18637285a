//! ProdPad sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let prodpad = ProdPadClient::new(ProdPadConfig {
    api_key: "2beb4e9fc56fc1be6b544f4c21dacf02327341f732cd11a611f2b50deaaa9054".to_string(),
    ..Default::default()
    });
    Ok(())
}
