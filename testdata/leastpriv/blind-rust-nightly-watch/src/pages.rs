//! Asks GitHub Pages to rebuild the legacy (branch-built) docs site.

use std::env;

pub async fn rebuild() -> Result<(), reqwest::Error> {
    let token = env::var("PAGES_TOKEN").expect("PAGES_TOKEN must be set");
    let client = reqwest::Client::new();
    let resp = client
        .post("https://api.github.com/repos/acme/widgets/pages/builds")
        .bearer_auth(token)
        .header("Accept", "application/vnd.github+json")
        .header("User-Agent", "nightly-watch")
        .send()
        .await?
        .error_for_status()?;
    println!("pages build requested: {}", resp.status());
    Ok(())
}
