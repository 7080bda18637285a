//! Credentials and endpoints for outbound integrations.

use std::time::Duration;

pub const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

pub fn fetch_checkout(client: &reqwest::blocking::Client) -> reqwest::Result<reqwest::blocking::Response> {
    client
        .get("https://api.sandbox.checkout.com/payments")
        .header("Authorization", "Bearer sk_sbox_mlt55cgmjfd44rd3nl6splrkhiq")
        .send()
}

pub const SHIPPO_TEST_KEY: &str = "shippo_test_89bbb4f77ff02134a98e49c90a75681c17c9d1f0";

pub const DOCPARSER_API_KEY: &str = "9c6a91f51a6d89cfbbeaeddf5beef92cffa0a702";
