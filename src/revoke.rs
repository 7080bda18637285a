//! `tokenscope revoke`: revoke leaked tokens the user names. The **only** part of
//! tokenscope that changes remote state; `scan`, `audit`, `--verify` and the Action never
//! call it.
//!
//! Input: a JSON or SARIF report (`--report FILE`) and the fingerprints (or 8+ hex digit
//! prefixes) of the tokens to revoke, or `--all`. Reports never hold token values, so each
//! token is read again from the report's source file (relative to `--root`) by scanning
//! that file and keeping the finding with the same fingerprint. Token values are never
//! printed: outcomes name the fingerprint, provider and place.
//!
//! Dry run by default: prints what would be sent where, sends nothing. `--yes` acts.
//!
//! Methods (each the provider's documented self-revocation):
//! - GitHub `POST /credentials/revoke` (unauthenticated; `ghp_`, `github_pat_`, `gho_`,
//!   `ghu_`, `ghr_`), in batches of at most 1,000 tokens; `202 Accepted` → revoked.
//! - GitLab `DELETE /api/v4/personal_access_tokens/self` (`glpat-`); 204 → revoked,
//!   401 → already invalid.
//! - Slack `auth.revoke` (`xoxb-`, `xoxp-`…); `revoked: true` → revoked; `invalid_auth`,
//!   `token_revoked`, `account_inactive` → already invalid.
//!
//! Everything else is "not supported". Tokens go only to the provider's official host or
//! a base URL given explicitly with `--endpoint PROVIDER=URL` (used by the tests); never to
//! a host found in scanned content. Redirects are not followed.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use reqwest::Url;
use serde::Serialize;
use serde_json::{Value, json};

use crate::verify::{Endpoints, Provider, base_url, join};

/// GitHub accepts at most this many credentials per revocation request.
pub const GITHUB_BATCH: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RevokeFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct RevokeArgs {
    /// Fingerprints (or prefixes of 8+ hex digits) of the tokens to revoke, from the report.
    pub fingerprints: Vec<String>,
    /// The JSON or SARIF report the fingerprints come from.
    #[arg(long, value_name = "FILE")]
    pub report: PathBuf,
    /// Revoke every token in the report.
    #[arg(long, conflicts_with = "fingerprints")]
    pub all: bool,
    /// The directory the report's paths are relative to (where the scan ran).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// Actually revoke. Without it, a dry run: prints what would be sent, sends nothing.
    #[arg(long)]
    pub yes: bool,
    #[arg(long, value_enum, default_value = "text")]
    pub format: RevokeFormat,
    /// Send PROVIDER's requests to URL instead of its official host (self-managed GitLab,
    /// GitHub Enterprise, tests). Repeatable.
    #[arg(long = "endpoint", value_name = "PROVIDER=URL")]
    pub endpoints: Vec<String>,
    /// Per-request timeout, in seconds.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
}

/// One token named in the report.
#[derive(Debug, Clone)]
struct Entry {
    fingerprint: String,
    rule_id: String,
    provider: String,
    path: String,
    line: usize,
}

/// What happened to one token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Dry run: this request would be sent.
    WouldRevoke,
    Revoked,
    AlreadyInvalid,
    NotSupported,
    Failed,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::WouldRevoke => "would revoke",
            Outcome::Revoked => "revoked",
            Outcome::AlreadyInvalid => "already invalid",
            Outcome::NotSupported => "not supported",
            Outcome::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Result1 {
    pub fingerprint: String,
    pub provider: String,
    pub path: String,
    pub line: usize,
    pub outcome: Outcome,
    /// Safe detail: the method and URL, the HTTP status, the provider's error code.
    pub detail: String,
}

/// How a token is revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    Github,
    Gitlab,
    Slack,
}

impl Method {
    fn of(provider: Provider, token: &str) -> Option<Method> {
        let starts = |ps: &[&str]| ps.iter().any(|p| token.starts_with(p));
        match provider {
            Provider::Github if starts(&["ghp_", "github_pat_", "gho_", "ghu_", "ghr_"]) => {
                Some(Method::Github)
            }
            Provider::Gitlab if starts(&["glpat-"]) => Some(Method::Gitlab),
            Provider::Slack if starts(&["xoxb-", "xoxp-", "xoxa-", "xoxe.", "xoxe-"]) => {
                Some(Method::Slack)
            }
            _ => None,
        }
    }

    fn provider(self) -> Provider {
        match self {
            Method::Github => Provider::Github,
            Method::Gitlab => Provider::Gitlab,
            Method::Slack => Provider::Slack,
        }
    }

    fn verb_path(self) -> (&'static str, &'static str) {
        match self {
            Method::Github => ("POST", "/credentials/revoke"),
            Method::Gitlab => ("DELETE", "/api/v4/personal_access_tokens/self"),
            Method::Slack => ("POST", "/api/auth.revoke"),
        }
    }
}

pub fn run(args: &RevokeArgs) -> Result<u8> {
    let endpoints =
        Endpoints::from_sources(&BTreeMap::new(), &args.endpoints).context("reading --endpoint")?;
    let text = std::fs::read_to_string(&args.report)
        .with_context(|| format!("reading report {}", args.report.display()))?;
    let report: Value = serde_json::from_str(&text)
        .with_context(|| format!("parsing report {} as JSON", args.report.display()))?;
    let entries = read_report(&report)
        .with_context(|| format!("reading findings from {}", args.report.display()))?;
    if args.fingerprints.is_empty() && !args.all {
        bail!("name the tokens to revoke by fingerprint, or pass --all");
    }
    let mut results = Vec::new();
    let mut chosen: Vec<&Entry> = Vec::new();
    if args.all {
        chosen.extend(unique(&entries));
    }
    for want in &args.fingerprints {
        let want = want.trim().to_ascii_lowercase();
        let hits: Vec<&Entry> = if want.len() >= 8 && want.bytes().all(|b| b.is_ascii_hexdigit()) {
            unique(&entries)
                .filter(|e| e.fingerprint.starts_with(&want))
                .collect()
        } else {
            Vec::new()
        };
        match hits.as_slice() {
            [one] => chosen.push(one),
            [] => results.push(unnamed(&want, "not a fingerprint in the report")),
            _ => results.push(unnamed(
                &want,
                "prefix matches several tokens; give more digits",
            )),
        }
    }
    chosen.dedup_by(|a, b| a.fingerprint == b.fingerprint);
    let tokens = recover_tokens(&chosen, &args.root)?;
    let mut plan: Vec<(Method, &Entry, String)> = Vec::new();
    for e in &chosen {
        let Some(token) = tokens.get(&e.fingerprint) else {
            results.push(outcome(
                e,
                Outcome::Failed,
                "the token is no longer in the source file (or the file is gone)".into(),
            ));
            continue;
        };
        let method = Provider::from_name(&e.provider)
            .or_else(|| Provider::from_name(e.rule_id.split('.').next().unwrap_or("")))
            .and_then(|p| Method::of(p, token));
        match method {
            Some(m) => plan.push((m, e, token.clone())),
            None => results.push(outcome(
                e,
                Outcome::NotSupported,
                "no documented self-revocation for this token kind; revoke it in the \
                 provider's console"
                    .into(),
            )),
        }
    }
    if !args.yes {
        for (m, e, _) in &plan {
            let (verb, path) = m.verb_path();
            let url = join(&base_url(m.provider(), endpoints.get(m.provider())), path);
            results.push(outcome(e, Outcome::WouldRevoke, format!("{verb} {url}")));
        }
    } else {
        crate::verify::http::install_crypto_provider();
        let client = reqwest::Client::builder()
            .user_agent(concat!(
                "tokenscope/",
                env!("CARGO_PKG_VERSION"),
                " (revoke)"
            ))
            // Never follow redirects: the token would be replayed to whatever host is named.
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(args.timeout.max(1)))
            .build()
            .context("building the HTTP client")?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("starting the HTTP runtime")?;
        results.extend(runtime.block_on(execute(&client, &endpoints, &plan)));
    }
    results
        .sort_by(|a, b| (&a.path, a.line, &a.fingerprint).cmp(&(&b.path, b.line, &b.fingerprint)));
    match args.format {
        RevokeFormat::Json => {
            let doc = json!({"dry_run": !args.yes, "results": results});
            println!("{}", serde_json::to_string_pretty(&doc)?);
        }
        RevokeFormat::Text => print!("{}", text_report(&results, !args.yes)),
    }
    Ok(if results.iter().any(|r| r.outcome == Outcome::Failed) {
        1
    } else {
        0
    })
}

/// The text report: one line per token, then (dry run) how to act.
pub fn text_report(results: &[Result1], dry_run: bool) -> String {
    let mut out = String::new();
    if dry_run {
        out.push_str("dry run: nothing was sent; pass --yes to revoke\n");
    }
    for r in results {
        let fp: String = r.fingerprint.chars().take(12).collect();
        out.push_str(&format!(
            "{fp}  {}  {}:{}  {}: {}\n",
            r.provider,
            crate::escape::line(&r.path),
            r.line,
            r.outcome.as_str(),
            r.detail
        ));
    }
    out
}

fn unique(entries: &[Entry]) -> impl Iterator<Item = &Entry> {
    let mut seen = std::collections::HashSet::new();
    entries
        .iter()
        .filter(move |e| !e.fingerprint.is_empty() && seen.insert(e.fingerprint.clone()))
}

fn unnamed(fingerprint: &str, detail: &str) -> Result1 {
    Result1 {
        fingerprint: fingerprint.to_string(),
        provider: String::new(),
        path: String::new(),
        line: 0,
        outcome: Outcome::Failed,
        detail: detail.to_string(),
    }
}

fn outcome(e: &Entry, outcome: Outcome, detail: String) -> Result1 {
    Result1 {
        fingerprint: e.fingerprint.clone(),
        provider: e.provider.clone(),
        path: e.path.clone(),
        line: e.line,
        outcome,
        detail,
    }
}

/// Findings of a tokenscope JSON report (`findings[]`) or SARIF log (`runs[].results[]`).
fn read_report(doc: &Value) -> Result<Vec<Entry>> {
    let s = |v: &Value, p: &str| v.pointer(p).and_then(Value::as_str).map(str::to_string);
    if let Some(findings) = doc.get("findings").and_then(Value::as_array) {
        return Ok(findings
            .iter()
            .filter_map(|f| {
                Some(Entry {
                    fingerprint: s(f, "/fingerprint")?,
                    rule_id: s(f, "/rule_id")?,
                    provider: s(f, "/provider").unwrap_or_default(),
                    path: s(f, "/location/path")?,
                    line: f.pointer("/location/line")?.as_u64()? as usize,
                })
            })
            .collect());
    }
    if let Some(runs) = doc.get("runs").and_then(Value::as_array) {
        let key = crate::report::sarif::FINGERPRINT_KEY;
        let mut out = Vec::new();
        for r in runs
            .iter()
            .filter_map(|r| r.get("results")?.as_array())
            .flatten()
        {
            let Some(fp) = r
                .get("partialFingerprints")
                .and_then(|p| p.get(key))
                .and_then(Value::as_str)
            else {
                continue;
            };
            let loc = "/locations/0/physicalLocation";
            let (Some(rule_id), Some(uri)) = (
                s(r, "/ruleId"),
                s(r, &format!("{loc}/artifactLocation/uri")),
            ) else {
                continue;
            };
            out.push(Entry {
                fingerprint: fp.to_string(),
                provider: rule_id.split('.').next().unwrap_or("").to_string(),
                rule_id,
                path: crate::analyze::decode::percent_decode(&uri),
                line: r
                    .pointer(&format!("{loc}/region/startLine"))
                    .and_then(Value::as_u64)
                    .unwrap_or(0) as usize,
            });
        }
        return Ok(out);
    }
    bail!("neither a tokenscope JSON report (findings) nor a SARIF log (runs)")
}

/// Scans each named file again (once per file) and keeps the secrets whose fingerprint was
/// asked for. Fingerprints hash the rule id and the secret, so a match is the same token.
fn recover_tokens(chosen: &[&Entry], root: &Path) -> Result<HashMap<String, String>> {
    let mut by_file: BTreeMap<PathBuf, Vec<&str>> = BTreeMap::new();
    for e in chosen {
        let p = Path::new(&e.path);
        let file = if p.is_absolute() || !root.join(p).exists() {
            p.to_path_buf()
        } else {
            root.join(p)
        };
        by_file.entry(file).or_default().push(&e.fingerprint);
    }
    let mut out = HashMap::new();
    if by_file.is_empty() {
        return Ok(out);
    }
    let rules = crate::rules::RuleSet::load(&[]).context("loading the built-in rules")?;
    let suppressor = crate::suppress::Suppressor::new(&Default::default(), Default::default())
        .context("setting up the scanner")?;
    let engine = crate::scan::Engine::new(rules, suppressor);
    for (file, wanted) in by_file {
        if !file.is_file() {
            continue;
        }
        let walk = crate::sources::fs::WalkOptions {
            roots: vec![file.clone()],
            no_ignore: true,
            excludes: Vec::new(),
            max_file_size: 64 << 20,
            threads: 1,
        };
        let scanned = crate::scan::scan_tree(&engine, &walk)
            .with_context(|| format!("scanning {} again", file.display()))?;
        for f in scanned.findings {
            if wanted.contains(&f.fingerprint.as_str())
                && let Ok(t) = std::str::from_utf8(f.secret.expose())
            {
                out.insert(f.fingerprint.clone(), t.to_string());
            }
        }
    }
    Ok(out)
}

/// Sends the revocations. Failures carry a status or code, never transport text (which can
/// hold URLs) and never the token.
async fn execute(
    client: &reqwest::Client,
    endpoints: &Endpoints,
    plan: &[(Method, &Entry, String)],
) -> Vec<Result1> {
    let mut out = Vec::new();
    let url_for = |m: Method| {
        let (_, path) = m.verb_path();
        join(&base_url(m.provider(), endpoints.get(m.provider())), path)
    };
    let github: Vec<&(Method, &Entry, String)> =
        plan.iter().filter(|(m, ..)| *m == Method::Github).collect();
    for batch in github.chunks(GITHUB_BATCH) {
        let url = url_for(Method::Github);
        let creds: Vec<&str> = batch.iter().map(|(_, _, t)| t.as_str()).collect();
        let resp = client
            .post(url.clone())
            .header("accept", "application/vnd.github+json")
            .header("x-github-api-version", "2022-11-28")
            .json(&json!({ "credentials": creds }))
            .send()
            .await;
        let (o, d) = match resp {
            Ok(r) if r.status().as_u16() == 202 => (
                Outcome::Revoked,
                "accepted by GitHub (202); revoked asynchronously".into(),
            ),
            Ok(r) => (
                Outcome::Failed,
                format!("POST {url}: HTTP {}", r.status().as_u16()),
            ),
            Err(e) => (Outcome::Failed, transport(&e)),
        };
        for (_, e, _) in batch {
            out.push(outcome(e, o.clone(), d.clone()));
        }
    }
    for (m, e, token) in plan.iter().filter(|(m, ..)| *m != Method::Github) {
        let url = url_for(*m);
        let (o, d) = match m {
            Method::Gitlab => gitlab(client, &url, token).await,
            Method::Slack => slack(client, &url, token).await,
            Method::Github => unreachable!("sent in batches above"),
        };
        out.push(outcome(e, o, d));
    }
    out
}

fn transport(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "no answer within the timeout".into()
    } else {
        "connection failed".into()
    }
}

async fn gitlab(client: &reqwest::Client, url: &Url, token: &str) -> (Outcome, String) {
    let mut v = reqwest::header::HeaderValue::from_str(token)
        .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
    v.set_sensitive(true);
    match client
        .delete(url.clone())
        .header("private-token", v)
        .send()
        .await
    {
        Ok(r) => match r.status().as_u16() {
            204 | 200 => (Outcome::Revoked, "GitLab revoked the token (204)".into()),
            401 => (
                Outcome::AlreadyInvalid,
                "GitLab does not accept the token (401): already revoked or expired".into(),
            ),
            s => (Outcome::Failed, format!("DELETE {url}: HTTP {s}")),
        },
        Err(e) => (Outcome::Failed, transport(&e)),
    }
}

async fn slack(client: &reqwest::Client, url: &Url, token: &str) -> (Outcome, String) {
    let mut v = reqwest::header::HeaderValue::from_str(&format!("Bearer {token}"))
        .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
    v.set_sensitive(true);
    let resp = client
        .post(url.clone())
        .header("authorization", v)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await;
    let r = match resp {
        Ok(r) => r,
        Err(e) => return (Outcome::Failed, transport(&e)),
    };
    let status = r.status().as_u16();
    let body: Option<Value> = r.json().await.ok();
    let Some(body) = body.filter(|_| status == 200) else {
        return (Outcome::Failed, format!("POST {url}: HTTP {status}"));
    };
    match body.get("ok").and_then(Value::as_bool) {
        Some(true) if body.get("revoked").and_then(Value::as_bool) == Some(true) => {
            (Outcome::Revoked, "Slack revoked the token".into())
        }
        Some(true) => (
            Outcome::Failed,
            "Slack answered ok without revoked: true".into(),
        ),
        _ => {
            let code = body.get("error").and_then(Value::as_str).unwrap_or("");
            let code =
                crate::verify::http::safe_code(code).unwrap_or_else(|| "(unreadable)".into());
            match code.as_str() {
                "invalid_auth" | "token_revoked" | "account_inactive" | "token_expired" => {
                    (Outcome::AlreadyInvalid, format!("Slack: {code}"))
                }
                _ => (Outcome::Failed, format!("Slack error {code}")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_by_prefix() {
        assert_eq!(Method::of(Provider::Github, "ghp_x"), Some(Method::Github));
        assert_eq!(Method::of(Provider::Github, "ghs_x"), None);
        assert_eq!(
            Method::of(Provider::Gitlab, "glpat-x"),
            Some(Method::Gitlab)
        );
        assert_eq!(Method::of(Provider::Gitlab, "gldt-x"), None);
        assert_eq!(Method::of(Provider::Slack, "xoxb-1"), Some(Method::Slack));
        assert_eq!(Method::of(Provider::Stripe, "sk_live_x"), None);
    }

    #[test]
    fn reads_json_and_sarif_reports() {
        let j = json!({"findings": [{"fingerprint": "ab", "rule_id": "github.pat",
            "provider": "github", "location": {"path": "a b.env", "line": 3}}]});
        let e = read_report(&j).unwrap();
        assert_eq!((e[0].path.as_str(), e[0].line), ("a b.env", 3));
        let s = json!({"runs": [{"results": [{"ruleId": "gitlab.pat",
            "partialFingerprints": {"tokenscope/v1": "cd"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a%20b.env"},
                "region": {"startLine": 7}}}]}]}]});
        let e = read_report(&s).unwrap();
        assert_eq!(e[0].fingerprint, "cd");
        assert_eq!(e[0].provider, "gitlab");
        assert_eq!((e[0].path.as_str(), e[0].line), ("a b.env", 7));
        assert!(read_report(&json!({"x": 1})).is_err());
    }
}
