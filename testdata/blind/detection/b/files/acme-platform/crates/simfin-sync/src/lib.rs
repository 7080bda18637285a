//! SimFin sync job

use reqwest;

pub async fn simfin_get(http: &reqwest::Client) -> reqwest::Result<reqwest::Response> {
    http.get("https://backend.simfin.com/api/v3/companies/general/compact")
        .header("Authorization", "api-key Fcw7xyHVpNAlW25DGfNgdGUMmQ9Bc6oz")
        .send()
        .await
}

