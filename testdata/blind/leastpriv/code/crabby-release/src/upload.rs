//! Release assets go to the uploads host advertised in `upload_url`
//! (https://uploads.github.com/... on github.com), which octocrab 0.44 has
//! no helper for, so this uses reqwest directly.

use anyhow::{bail, Result};
use std::path::Path;

pub async fn asset(token: &str, upload_url: &str, path: &Path) -> Result<()> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("asset");
    // upload_url looks like .../releases/123/assets{?name,label}
    let base = upload_url.split('{').next().unwrap_or(upload_url);
    let bytes = tokio::fs::read(path).await?;
    let resp = reqwest::Client::new()
        .post(format!("{base}?name={name}"))
        .bearer_auth(token)
        .header("Accept", "application/vnd.github+json")
        .header("Content-Type", "application/octet-stream")
        .header("User-Agent", "crabby-release")
        .body(bytes)
        .send()
        .await?;
    if !resp.status().is_success() {
        bail!("upload of {name} failed: {}", resp.status());
    }
    Ok(())
}
