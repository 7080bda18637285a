//! crabby-release: collects merged PRs since the latest release and drafts
//! the next release with generated notes, then attaches build artefacts.

use anyhow::{Context, Result};
use clap::Parser;
use octocrab::{params, Octocrab};
use std::path::PathBuf;

mod notes;
mod upload;

#[derive(Parser, Debug)]
#[command(name = "crabby-release", version, about)]
struct Cli {
    /// Personal access token used for every request.
    #[arg(long, env = "CRABBY_GITHUB_TOKEN", hide_env_values = true)]
    token: String,

    /// REST root. Use https://<host>/api/v3 for GitHub Enterprise Server.
    #[arg(long, env = "CRABBY_API_URL", default_value = "https://api.github.com")]
    api_url: String,

    /// owner/name
    #[arg(long)]
    repo: String,

    /// Tag of the release to draft, e.g. v1.4.0
    #[arg(long)]
    tag: String,

    /// Branch the PRs were merged into.
    #[arg(long, default_value = "main")]
    base: String,

    /// Files to attach to the release.
    #[arg(long = "asset")]
    assets: Vec<PathBuf>,
}

#[tokio::main]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let (owner, name) = cli
        .repo
        .split_once('/')
        .context("--repo must look like owner/name")?;

    let gh = Octocrab::builder()
        .personal_token(cli.token.clone())
        .base_uri(cli.api_url.as_str())?
        .build()?;

    let since = match gh.repos(owner, name).releases().get_latest().await {
        Ok(rel) => rel.published_at,
        Err(_) => None,
    };

    let mut merged = Vec::new();
    let mut page = gh
        .pulls(owner, name)
        .list()
        .state(params::State::Closed)
        .base(cli.base.as_str())
        .sort(params::pulls::Sort::Updated)
        .direction(params::Direction::Descending)
        .per_page(100)
        .send()
        .await?;
    loop {
        for pr in page.items.drain(..) {
            if let (Some(merged_at), Some(since)) = (pr.merged_at, since) {
                if merged_at <= since {
                    continue;
                }
            }
            if pr.merged_at.is_some() {
                merged.push(pr);
            }
        }
        match gh.get_page::<octocrab::models::pulls::PullRequest>(&page.next).await? {
            Some(next) => page = next,
            None => break,
        }
    }

    let body = notes::render(&merged);
    let release = gh
        .repos(owner, name)
        .releases()
        .create(&cli.tag)
        .name(&cli.tag)
        .target_commitish(&cli.base)
        .body(&body)
        .draft(true)
        .send()
        .await?;
    println!("drafted {} ({} pull requests)", release.html_url, merged.len());

    for path in &cli.assets {
        upload::asset(&cli.token, release.upload_url.as_str(), path).await?;
    }
    Ok(())
}
