//! Opens an issue when the nightly workflow keeps failing, and refreshes the docs site.

mod pages;

use anyhow::Context;
use octocrab::Octocrab;

const OWNER: &str = "acme";
const REPO: &str = "widgets";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let token = std::env::var("GITHUB_TOKEN").context("GITHUB_TOKEN is not set")?;
    let gh = Octocrab::builder().personal_token(token).build()?;

    let runs = gh
        .workflows(OWNER, REPO)
        .list_runs("nightly.yml")
        .branch("main")
        .per_page(10)
        .send()
        .await?;

    let streak = runs
        .items
        .iter()
        .take_while(|r| r.conclusion.as_deref() == Some("failure"))
        .count();

    if streak >= 3 {
        let latest = gh.repos(OWNER, REPO).releases().get_latest().await?;
        let body = format!(
            "The nightly workflow failed {streak} times in a row.\n\n\
             Last good release: {} ({}).\nLatest failing run: {}",
            latest.tag_name,
            latest.html_url,
            runs.items[0].html_url,
        );
        let issue = gh
            .issues(OWNER, REPO)
            .create(format!("Nightly is red ({streak} failures in a row)"))
            .body(body)
            .labels(vec!["ci".to_string(), "priority/high".to_string()])
            .send()
            .await?;
        println!("opened {}", issue.html_url);
    } else {
        pages::rebuild().await?;
    }
    Ok(())
}
