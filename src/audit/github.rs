//! Listing an organisation's or user's repositories through the GitHub REST API (octocrab),
//! and cloning one with the `git` CLI.
//!
//! The API base is GitHub's, or the `--endpoint github=URL` override (GitHub Enterprise
//! Server, or a mock in tests). `GITHUB_TOKEN`, when set, is sent to that base only, and to
//! the clone host that belongs to it (`github.com` for `api.github.com`, the same host for
//! an override), in a header given to git through its environment, never on a command line.

use std::fmt;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result, bail};
use reqwest::Url;
use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Clone)]
pub enum Owner {
    Org(String),
    User(String),
}

impl fmt::Display for Owner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Owner::Org(o) => write!(f, "GitHub organisation {o}"),
            Owner::User(u) => write!(f, "GitHub user {u}"),
        }
    }
}

/// What the audit needs of a listed repository.
#[derive(Debug, Clone, Deserialize)]
pub struct RepoRef {
    pub full_name: String,
    pub clone_url: String,
    #[serde(default)]
    pub fork: bool,
    #[serde(default)]
    pub archived: bool,
}

/// GitHub login and organisation names: letters, digits, `-` (and `_`, `.` to be lenient).
fn valid_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Pages of 100 until a short page (at most 100 pages: 10,000 repositories).
pub fn list_repos(api: &Url, owner: &Owner, token: Option<&str>) -> Result<Vec<RepoRef>> {
    let (kind, name) = match owner {
        Owner::Org(o) => ("orgs", o),
        Owner::User(u) => ("users", u),
    };
    if !valid_name(name) {
        bail!("{name:?} is not a valid GitHub organisation or user name");
    }
    crate::verify::http::install_crypto_provider();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let mut builder = octocrab::Octocrab::builder()
            .base_uri(api.as_str())
            .map_err(|e| anyhow::anyhow!("invalid GitHub API URL {api}: {e}"))?;
        if let Some(t) = token {
            builder = builder.personal_token(t.to_string());
        }
        let crab = builder
            .build()
            .map_err(|e| anyhow::anyhow!("cannot set up the GitHub client: {e}"))?;
        let filter = if kind == "orgs" { "all" } else { "owner" };
        let mut out: Vec<RepoRef> = Vec::new();
        for page in 1..=100u32 {
            let route = format!("/{kind}/{name}/repos?per_page=100&page={page}&type={filter}");
            let items: Vec<Value> = crab.get(&route, None::<&()>).await.map_err(|e| {
                anyhow::anyhow!(
                    "listing the repositories of {owner} at {api}: {}",
                    brief(&e)
                )
            })?;
            let n = items.len();
            for item in items {
                let r: RepoRef = serde_json::from_value(item)
                    .context("unexpected repository object from the GitHub API")?;
                out.push(r);
            }
            if n < 100 {
                break;
            }
        }
        Ok(out)
    })
}

/// An octocrab error, without anything that could echo a credential.
fn brief(e: &octocrab::Error) -> String {
    match e {
        octocrab::Error::GitHub { source, .. } => {
            format!("{} ({})", source.message, source.status_code)
        }
        other => {
            let s = other.to_string();
            s.lines().next().unwrap_or("request failed").to_string()
        }
    }
}

/// The host git should send the token to when cloning from `clone_url`, if any.
fn token_host(api: &Url, clone_url: &Url) -> bool {
    let (Some(api_host), Some(clone_host)) = (api.host_str(), clone_url.host_str()) else {
        return false;
    };
    clone_url.scheme() == "https"
        && (clone_host == api_host || (api_host == "api.github.com" && clone_host == "github.com"))
}

/// `git clone` of the repository into `dest` (full history, default branch checked out).
pub fn clone(repo: &RepoRef, dest: &Path, api: &Url, token: Option<&str>) -> Result<()> {
    let url = Url::parse(&repo.clone_url)
        .with_context(|| format!("{}: invalid clone URL", repo.full_name))?;
    if !matches!(url.scheme(), "https" | "http" | "file" | "ssh" | "git") {
        bail!(
            "{}: refusing clone URL scheme {:?}",
            repo.full_name,
            url.scheme()
        );
    }
    let mut cmd = Command::new("git");
    cmd.env("GIT_TERMINAL_PROMPT", "0")
        .args(["clone", "--quiet", "--no-hardlinks", "--"])
        .arg(url.as_str())
        .arg(dest);
    if let Some(t) = token
        && token_host(api, &url)
    {
        use base64::Engine as _;
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("x-access-token:{t}"));
        let host = url.host_str().unwrap_or_default();
        cmd.env("GIT_CONFIG_COUNT", "1")
            .env(
                "GIT_CONFIG_KEY_0",
                format!("http.https://{host}/.extraheader"),
            )
            .env(
                "GIT_CONFIG_VALUE_0",
                format!("AUTHORIZATION: basic {basic}"),
            );
    }
    let out = cmd
        .output()
        .context("running git clone (is git installed?)")?;
    if !out.status.success() {
        bail!(
            "{}: git clone failed: {}",
            repo.full_name,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_token_hosts() {
        assert!(valid_name("acme-corp"));
        assert!(!valid_name("../x"));
        assert!(!valid_name("a/b"));
        let api = Url::parse("https://api.github.com").unwrap();
        let gh = Url::parse("https://github.com/acme/x.git").unwrap();
        let other = Url::parse("https://evil.example/acme/x.git").unwrap();
        let plain = Url::parse("http://github.com/acme/x.git").unwrap();
        assert!(token_host(&api, &gh));
        assert!(!token_host(&api, &other));
        assert!(!token_host(&api, &plain));
        let ghes = Url::parse("https://ghe.corp/api/v3").unwrap();
        assert!(token_host(
            &ghes,
            &Url::parse("https://ghe.corp/a/b.git").unwrap()
        ));
    }
}
