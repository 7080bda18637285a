//! Wrike sync job

use reqwest;

pub async fn wrike_get(http: &reqwest::Client) -> reqwest::Result<reqwest::Response> {
    http.get("https://www.wrike.com/api/v4/tasks")
        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpIjo2OTYxNTczLCJjIjozMDE1MjE5LCJ1IjoyNDY5OTQ4NCwiciI6IlVTQSIsInMiOlsiVyIsIkYiXSwiYSI6WyIqIl0sImwiOiJFTiJ9.sElnOX0jcwb9TW3ApphlCB6-OT3P9jCwvEnz96ebjPQ")
        .send()
        .await
}

