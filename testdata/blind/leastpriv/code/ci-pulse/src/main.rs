//! ci-pulse: every few minutes, summarise red CI runs on main in one Slack
//! message that gets edited in place.

mod github;
mod slack;

use anyhow::Result;
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<()> {
    let repos: Vec<String> = std::env::var("CI_PULSE_REPOS")?
        .split(',')
        .map(str::to_owned)
        .collect();
    let channel = std::env::var("CI_PULSE_CHANNEL")?;
    let gh = github::GitHub::new(
        std::env::var("GITHUB_API_URL").unwrap_or_else(|_| "https://api.github.com".into()),
        std::env::var("CI_PULSE_GH_TOKEN")?,
    );
    let slack = slack::Slack::new(std::env::var("CI_PULSE_SLACK_TOKEN")?);

    let mut ts: Option<String> = None;
    loop {
        let mut lines = vec![String::from(":rotating_light: *Red on main*")];
        for repo in &repos {
            for run in gh.failed_runs(repo, "main").await? {
                let author = gh.commit_author(repo, &run.head_sha).await?;
                let failed: Vec<String> = gh
                    .jobs(repo, run.id)
                    .await?
                    .into_iter()
                    .filter(|j| j.conclusion.as_deref() == Some("failure"))
                    .map(|j| j.name)
                    .collect();
                lines.push(format!(
                    "• <{}|{} {}> ({}) failed: {}",
                    run.html_url,
                    repo,
                    run.name.unwrap_or_default(),
                    author,
                    failed.join(", ")
                ));
            }
        }
        ts = Some(slack.upsert(&channel, ts.as_deref(), &lines.join("\n")).await?);
        tokio::time::sleep(Duration::from_secs(300)).await;
    }
}
