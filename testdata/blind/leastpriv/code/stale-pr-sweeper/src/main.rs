//! Close pull requests nobody touched for N days (unless labelled `keep-open`).

mod queries;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use clap::Parser;
use serde::Deserialize;
use serde_json::json;

#[derive(Parser)]
struct Opt {
    #[arg(long, env = "STALE_PR_TOKEN")]
    token: String,
    #[arg(long, env = "STALE_PR_DAYS", default_value_t = 90)]
    days: i64,
    /// owner/name, repeatable
    #[arg(long = "repo", required = true)]
    repos: Vec<String>,
}

#[derive(Deserialize)]
struct Resp<T> {
    data: T,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Data {
    repository: Repo,
}
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Repo {
    pull_requests: Conn,
}
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Conn {
    page_info: PageInfo,
    nodes: Vec<Pr>,
}
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PageInfo {
    has_next_page: bool,
    end_cursor: Option<String>,
}
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Pr {
    id: String,
    number: u64,
    updated_at: DateTime<Utc>,
    is_draft: bool,
    labels: Labels,
}
#[derive(Deserialize)]
struct Labels {
    nodes: Vec<Label>,
}
#[derive(Deserialize)]
struct Label {
    name: String,
}

#[tokio::main]
async fn main() -> Result<()> {
    let opt = Opt::parse();
    octocrab::initialise(octocrab::Octocrab::builder().personal_token(opt.token).build()?);
    let gh = octocrab::instance();
    let cutoff = Utc::now() - Duration::days(opt.days);

    for full in &opt.repos {
        let (owner, name) = full.split_once('/').expect("owner/name");
        let mut after: Option<String> = None;
        loop {
            let page: Resp<Data> = gh
                .graphql(&json!({
                    "query": queries::OPEN_PRS,
                    "variables": { "owner": owner, "name": name, "after": after },
                }))
                .await?;
            let conn = page.data.repository.pull_requests;
            for pr in conn.nodes {
                let keep = pr.labels.nodes.iter().any(|l| l.name == "keep-open");
                if keep || pr.updated_at > cutoff {
                    continue;
                }
                let body = format!(
                    "Closing: no activity for {} days{}. Reopen any time.",
                    opt.days,
                    if pr.is_draft { " on this draft" } else { "" }
                );
                let _: serde_json::Value = gh
                    .graphql(&json!({ "query": queries::COMMENT, "variables": { "id": pr.id, "body": body } }))
                    .await?;
                let _: serde_json::Value = gh
                    .graphql(&json!({ "query": queries::CLOSE, "variables": { "id": pr.id } }))
                    .await?;
                println!("closed {full}#{}", pr.number);
            }
            if !conn.page_info.has_next_page {
                break;
            }
            after = conn.page_info.end_cursor;
        }
    }
    Ok(())
}
