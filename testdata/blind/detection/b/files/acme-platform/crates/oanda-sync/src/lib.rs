//! OANDA sync job

use reqwest;

pub fn configure() -> Result<(), Box<dyn std::error::Error>> {
    let oanda = OANDAClient::new(OANDAConfig {
    api_token: "a0967884149fee753f12da5ddfea8db7-dd02ccc0fe63685cfef65e467272abc5".to_string(),
    ..Default::default()
    });
    Ok(())
}
