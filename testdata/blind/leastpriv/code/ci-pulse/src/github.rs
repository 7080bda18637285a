use anyhow::Result;
use serde::Deserialize;

#[derive(Deserialize, Debug)]
pub struct Run {
    pub id: u64,
    pub name: Option<String>,
    pub head_sha: String,
    pub conclusion: Option<String>,
    pub html_url: String,
}

#[derive(Deserialize)]
struct Runs {
    workflow_runs: Vec<Run>,
}

#[derive(Deserialize, Debug)]
pub struct Job {
    pub name: String,
    pub conclusion: Option<String>,
}

#[derive(Deserialize)]
struct Jobs {
    jobs: Vec<Job>,
}

pub struct GitHub {
    http: reqwest::Client,
    root: String,
    token: String,
}

impl GitHub {
    pub fn new(root: impl Into<String>, token: impl Into<String>) -> Self {
        Self { http: reqwest::Client::new(), root: root.into(), token: token.into() }
    }

    async fn get<T: for<'de> Deserialize<'de>>(&self, path: String) -> Result<T> {
        Ok(self
            .http
            .get(format!("{}/{}", self.root.trim_end_matches('/'), path))
            .header("Authorization", format!("token {}", self.token))
            .header("User-Agent", "ci-pulse")
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?)
    }

    pub async fn failed_runs(&self, repo: &str, branch: &str) -> Result<Vec<Run>> {
        let r: Runs = self
            .get(format!("repos/{repo}/actions/runs?branch={branch}&status=failure&per_page=20"))
            .await?;
        Ok(r.workflow_runs)
    }

    pub async fn jobs(&self, repo: &str, run_id: u64) -> Result<Vec<Job>> {
        let j: Jobs = self.get(format!("repos/{repo}/actions/runs/{run_id}/jobs")).await?;
        Ok(j.jobs)
    }

    pub async fn commit_author(&self, repo: &str, sha: &str) -> Result<String> {
        let c: serde_json::Value = self.get(format!("repos/{repo}/commits/{sha}")).await?;
        Ok(c["commit"]["author"]["name"].as_str().unwrap_or("?").to_string())
    }
}
