//! labelsync: make the label set of several repositories match labels.yml.
//!
//!     LABELSYNC_TOKEN=github_pat_... labelsync labels.yml

use anyhow::{Context, Result};
use reqwest::blocking::Client;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

const DEFAULT_API: &str = "https://api.github.com";
const UA: &str = concat!("labelsync/", env!("CARGO_PKG_VERSION"));

#[derive(Deserialize)]
struct Config {
    repos: Vec<String>,
    labels: Vec<Label>,
    #[serde(default)]
    remove: Vec<String>,
}

#[derive(Deserialize, Serialize, Clone, Debug)]
struct Label {
    name: String,
    color: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
}

struct Gh {
    http: Client,
    api: String,
    token: String,
}

impl Gh {
    fn from_env() -> Result<Self> {
        let token = std::env::var("LABELSYNC_TOKEN").context("LABELSYNC_TOKEN is not set")?;
        let api = std::env::var("LABELSYNC_API").unwrap_or_else(|_| DEFAULT_API.to_string());
        Ok(Self { http: Client::builder().user_agent(UA).build()?, api, token })
    }

    fn req(&self, method: reqwest::Method, path: &str) -> reqwest::blocking::RequestBuilder {
        self.http
            .request(method, format!("{}{}", self.api, path))
            .bearer_auth(&self.token)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
    }

    fn existing(&self, repo: &str) -> Result<HashMap<String, Label>> {
        let mut out = HashMap::new();
        let mut page = 1;
        loop {
            let batch: Vec<Label> = self
                .req(reqwest::Method::GET, &format!("/repos/{repo}/labels?per_page=100&page={page}"))
                .send()?
                .error_for_status()?
                .json()?;
            if batch.is_empty() {
                break;
            }
            for l in batch {
                out.insert(l.name.to_lowercase(), l);
            }
            page += 1;
        }
        Ok(out)
    }
}

fn main() -> Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "labels.yml".into());
    let cfg: Config = serde_yaml::from_str(&std::fs::read_to_string(&path)?)?;
    let gh = Gh::from_env()?;

    for repo in &cfg.repos {
        let have = gh.existing(repo)?;
        for want in &cfg.labels {
            match have.get(&want.name.to_lowercase()) {
                None => {
                    gh.req(reqwest::Method::POST, &format!("/repos/{repo}/labels"))
                        .json(want)
                        .send()?
                        .error_for_status()?;
                    println!("{repo}: created {}", want.name);
                }
                Some(cur) if cur.color != want.color || cur.description != want.description => {
                    let name = urlencoding::encode(&cur.name);
                    gh.req(reqwest::Method::PATCH, &format!("/repos/{repo}/labels/{name}"))
                        .json(want)
                        .send()?
                        .error_for_status()?;
                    println!("{repo}: updated {}", want.name);
                }
                Some(_) => {}
            }
        }
        for gone in &cfg.remove {
            if have.contains_key(&gone.to_lowercase()) {
                let name = urlencoding::encode(gone);
                gh.req(reqwest::Method::DELETE, &format!("/repos/{repo}/labels/{name}"))
                    .send()?
                    .error_for_status()?;
                println!("{repo}: deleted {gone}");
            }
        }
    }
    Ok(())
}
