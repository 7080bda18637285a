//! secret-fanout: push Actions secrets and variables from one manifest to an
//! organization and its repositories (github.com or GitHub Enterprise Server).

mod seal;

use anyhow::{Context, Result};
use clap::Parser;
use octocrab::models::orgs::secrets::{CreateOrganizationSecret, Visibility};
use octocrab::models::repos::secrets::CreateRepositorySecret;
use octocrab::Octocrab;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Parser)]
struct Args {
    #[arg(long, env = "FANOUT_TOKEN", hide_env_values = true)]
    token: String,
    /// e.g. https://github.acme.internal/api/v3
    #[arg(long, env = "FANOUT_GHES_URL")]
    ghes_url: Option<String>,
    #[arg(default_value = "fanout.toml")]
    manifest: std::path::PathBuf,
    #[arg(long)]
    dry_run: bool,
}

#[derive(Deserialize)]
struct Manifest {
    org: String,
    #[serde(default)]
    org_secrets: BTreeMap<String, OrgSecret>,
    #[serde(default)]
    repo: Vec<Repo>,
}

#[derive(Deserialize)]
struct OrgSecret {
    from_env: String,
}

#[derive(Deserialize)]
struct Repo {
    name: String,
    #[serde(default)]
    secrets: BTreeMap<String, String>,
    #[serde(default)]
    variables: BTreeMap<String, String>,
}

fn client(args: &Args) -> Result<Octocrab> {
    let mut b = Octocrab::builder().personal_token(args.token.clone());
    if let Some(url) = &args.ghes_url {
        b = b.base_uri(url.as_str())?;
    }
    Ok(b.build()?)
}

async fn put_variable(gh: &Octocrab, repo: &str, name: &str, value: &str) -> Result<()> {
    let body = serde_json::json!({ "name": name, "value": value });
    let existing = gh
        ._get(format!("/repos/{repo}/actions/variables/{name}"))
        .await?;
    let resp = if existing.status().is_success() {
        gh._patch(format!("/repos/{repo}/actions/variables/{name}"), Some(&body)).await?
    } else {
        gh._post(format!("/repos/{repo}/actions/variables"), Some(&body)).await?
    };
    anyhow::ensure!(resp.status().is_success(), "variable {name} on {repo}: {}", resp.status());
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    let m: Manifest = toml::from_str(&std::fs::read_to_string(&args.manifest)?)?;
    let gh = client(&args)?;

    let org = gh.orgs(&m.org);
    let org_key = org.secrets().get_public_key().await?;
    for (name, s) in &m.org_secrets {
        let value = std::env::var(&s.from_env).with_context(|| s.from_env.clone())?;
        if args.dry_run {
            println!("would set org secret {name}");
            continue;
        }
        org.secrets()
            .create_or_update_secret(
                name,
                &CreateOrganizationSecret {
                    key_id: &org_key.key_id,
                    encrypted_value: &seal::seal(&org_key.key, &value)?,
                    visibility: Visibility::Private,
                    selected_repository_ids: None,
                },
            )
            .await?;
    }

    for r in &m.repo {
        let (owner, name) = r.name.split_once('/').context("repo must be owner/name")?;
        let repo = gh.repos(owner, name);
        let key = repo.secrets().get_public_key().await?;
        for (secret, env_name) in &r.secrets {
            let value = std::env::var(env_name).with_context(|| env_name.clone())?;
            if args.dry_run {
                println!("would set {secret} on {}", r.name);
                continue;
            }
            repo.secrets()
                .create_or_update_secret(
                    secret,
                    &CreateRepositorySecret {
                        key_id: &key.key_id,
                        encrypted_value: &seal::seal(&key.key, &value)?,
                    },
                )
                .await?;
        }
        for (var, value) in &r.variables {
            if !args.dry_run {
                put_variable(&gh, &r.name, var, value).await?;
            }
        }
    }
    Ok(())
}
