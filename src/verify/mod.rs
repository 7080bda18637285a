//! `--verify`: ask each token's provider, read-only, what the token can really do.
//!
//! After a scan, every unique token (by fingerprint; an AWS key id and its secret count as
//! one) is checked once against its provider. The answer is one common model,
//! [`Verification`]: a status (valid / invalid / unknown with a reason), the identity behind
//! the token, its permissions as `(resource, permission, access)` [`Binding`]s plus the
//! provider's raw scope names, expiry, extras, and the list of things that read-only calls
//! cannot reveal.
//!
//! Safety rules, enforced in code:
//! - Only calls that cannot change remote state. [`http::check_read_only`] refuses every
//!   method but GET/HEAD, except an explicit allowlist of read-only POSTs (Slack
//!   `auth.test`, AWS STS/IAM `Get*`/`List*` query actions, Docker Hub's token exchange).
//! - A token is only ever sent to its provider's official host, or to the base URL the user
//!   configured with `--endpoint PROVIDER=URL` / `[endpoints]`. Never to a host found in
//!   scanned content: hosts come from [`Provider::official_base`] or the overrides, nothing
//!   else. A provider without one official host (a Shopify store's own Admin API) is only
//!   verified against a base the user set. [`request_url`] shows, without sending
//!   anything, where the first request goes.
//! - Tokens travel in headers, never in URLs, and never appear in errors or reports: every
//!   transport error is reduced to an [`UnknownReason`], and the final verification is
//!   scrubbed of the raw secret as a last line of defence.
//! - Every failure (timeout, 5xx, rate limit, malformed body, network) is `unknown` with its
//!   reason, never `invalid`. Only the provider's explicit "bad credentials" answer (401,
//!   Slack `invalid_auth`, AWS `InvalidClientTokenId`, Datadog's and Vercel's 403 with their
//!   documented body…) is `invalid`.

pub mod anthropic;
pub mod aws;
pub mod aws_eval;
pub mod digitalocean;
pub mod dockerhub;
pub mod github;
pub mod gitlab;
pub mod http;
pub mod huggingface;
pub mod instance;
pub mod npm;
pub mod openai;
pub mod sendgrid;
pub mod slack;
pub mod stripe;
pub mod table;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::Url;
use serde::{Deserialize, Serialize};

use crate::finding::{Expiry, Finding};
use http::{Http, HttpConfig};

/// Whether the provider accepted the token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "lowercase")]
pub enum Status {
    Valid,
    Invalid,
    Unknown { reason: UnknownReason },
}

impl Status {
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Invalid => "invalid",
            Status::Unknown { .. } => "unknown",
        }
    }
}

/// Why a verification could not conclude.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnknownReason {
    /// 429 (or a rate-limit 403) after the bounded retries.
    RateLimited,
    /// No answer within `--verify-timeout`.
    Timeout,
    /// The total `--verify-budget` ran out before this token was done.
    Budget,
    /// 5xx.
    ServerError,
    /// Connection, DNS or TLS failure.
    Network,
    /// Provider or token kind that cannot be checked read-only (or without more context).
    Unsupported,
    /// The provider answered, but not in the documented shape.
    Malformed,
    /// An authenticated request was refused in a way that says nothing about the token
    /// (WAF, IP allow list, SSO enforcement…).
    Forbidden,
    /// Any other status (404, 400…).
    UnexpectedStatus,
    /// A 401 (or 403) without the provider's documented rejection body: a proxy's, WAF's
    /// or captive portal's page says nothing about the token.
    UndocumentedRejection,
    /// AWS accepted the key id but not the signature: the paired secret is not this key's
    /// (pairing is by proximity), or the clock is skewed. The key id itself is live.
    SecretRejected,
    /// The provider's answer fits a dead token and a restriction alike (Slack
    /// `invalid_auth` is also the answer to a request from a disallowed IP).
    Ambiguous,
    /// The token appears to belong to another instance or region (GitHub Enterprise,
    /// self-managed GitLab, SendGrid EU, AWS China / GovCloud); the public host cannot
    /// judge it, so it was not sent there.
    OtherInstance,
}

impl UnknownReason {
    pub fn as_str(self) -> &'static str {
        match self {
            UnknownReason::RateLimited => "rate-limited",
            UnknownReason::Timeout => "timeout",
            UnknownReason::Budget => "budget",
            UnknownReason::ServerError => "server-error",
            UnknownReason::Network => "network",
            UnknownReason::Unsupported => "unsupported",
            UnknownReason::Malformed => "malformed",
            UnknownReason::Forbidden => "forbidden",
            UnknownReason::UnexpectedStatus => "unexpected-status",
            UnknownReason::UndocumentedRejection => "undocumented-rejection",
            UnknownReason::SecretRejected => "secret-rejected",
            UnknownReason::Ambiguous => "ambiguous",
            UnknownReason::OtherInstance => "other-instance",
        }
    }
}

/// What kind of principal holds the token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityKind {
    User,
    Bot,
    Account,
    Team,
    Org,
    ServiceAccount,
    App,
    Role,
}

impl IdentityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IdentityKind::User => "user",
            IdentityKind::Bot => "bot",
            IdentityKind::Account => "account",
            IdentityKind::Team => "team",
            IdentityKind::Org => "org",
            IdentityKind::ServiceAccount => "service-account",
            IdentityKind::App => "app",
            IdentityKind::Role => "role",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub kind: IdentityKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// Access level of one binding. Ordered: `Read < Write < Admin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    Read,
    Write,
    Admin,
}

impl Access {
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Write => "write",
            Access::Admin => "admin",
        }
    }
}

/// Which provider timestamp [`Verification::set_time`] records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeField {
    Created,
    LastUsed,
}

/// One grant: the token may do `permission` (at `access` level) on `resource`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Binding {
    pub resource: String,
    pub permission: String,
    pub access: Access,
}

impl Binding {
    pub fn new(resource: impl Into<String>, permission: impl Into<String>, access: Access) -> Self {
        Binding {
            resource: resource.into(),
            permission: permission.into(),
            access,
        }
    }
}

/// The provider's answer about one token.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verification {
    pub provider: String,
    #[serde(flatten)]
    pub status: Status,
    /// Safe, human-readable detail (never provider free text, never the token).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bindings: Vec<Binding>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raw_scopes: Vec<String>,
    #[serde(default)]
    pub expiry: Expiry,
    /// Provider-specific facts: last used, organisations, repository count…
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extras: BTreeMap<String, serde_json::Value>,
    /// What read-only calls could not reveal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknowns: Vec<String>,
    /// When the token (or key) was created, RFC 3339, where the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// When it was last used, RFC 3339, where the provider says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used: Option<String>,
    /// The provider says it was never used (`last_used` is then absent).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub never_used: bool,
    /// AWS: the allowed actions of the readable identity policies, evaluated offline
    /// ([`aws_eval`]); empty when they allow nothing, absent when none was readable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_actions: Option<Vec<String>>,
}

impl Verification {
    fn with_status(provider: &str, status: Status) -> Self {
        Verification {
            provider: provider.to_string(),
            status,
            detail: None,
            identity: None,
            bindings: Vec::new(),
            raw_scopes: Vec::new(),
            expiry: Expiry::Unknown,
            extras: BTreeMap::new(),
            unknowns: Vec::new(),
            created: None,
            last_used: None,
            never_used: false,
            effective_actions: None,
        }
    }

    pub fn valid(provider: &str) -> Self {
        Self::with_status(provider, Status::Valid)
    }

    pub fn invalid(provider: &str, detail: impl Into<String>) -> Self {
        let mut v = Self::with_status(provider, Status::Invalid);
        v.detail = Some(detail.into());
        v
    }

    pub fn unknown(provider: &str, reason: UnknownReason, detail: impl Into<String>) -> Self {
        let mut v = Self::with_status(provider, Status::Unknown { reason });
        v.detail = Some(detail.into());
        v
    }

    pub fn is_valid(&self) -> bool {
        self.status == Status::Valid
    }

    /// Highest access among the bindings.
    pub fn max_access(&self) -> Option<Access> {
        self.bindings.iter().map(|b| b.access).max()
    }

    /// Records a provider timestamp (`created` or `last used`) as RFC 3339; an unreadable
    /// one becomes a note.
    pub fn set_time(&mut self, which: TimeField, text: &str) {
        let (slot, name) = match which {
            TimeField::Created => (&mut self.created, "creation date"),
            TimeField::LastUsed => (&mut self.last_used, "last use date"),
        };
        match parse_timestamp(text) {
            Some(t) => *slot = Some(t.to_string()),
            None => self.unknown_note(format!("{name} unreadable")),
        }
    }

    /// `created 2024-01-01T00:00:00Z (400 days ago) · last used …` or `never used`; `None`
    /// when the provider said neither.
    pub fn usage_line(&self, now: jiff::Timestamp) -> Option<String> {
        let ago = |at: &str| {
            parse_timestamp(at)
                .map(|t| format!(" ({} days ago)", (now - t).get_seconds().max(0) / 86_400))
                .unwrap_or_default()
        };
        let mut parts = Vec::new();
        if let Some(c) = &self.created {
            parts.push(format!("created {c}{}", ago(c)));
        }
        if let Some(l) = &self.last_used {
            parts.push(format!("last used {l}{}", ago(l)));
        } else if self.never_used {
            parts.push("never used".to_string());
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    pub fn extra(&mut self, key: &str, value: impl Into<serde_json::Value>) {
        self.extras.insert(key.to_string(), value.into());
    }

    pub fn bind(
        &mut self,
        resource: impl Into<String>,
        permission: impl Into<String>,
        access: Access,
    ) {
        let b = Binding::new(resource, permission, access);
        if !self.bindings.contains(&b) {
            self.bindings.push(b);
        }
    }

    pub fn unknown_note(&mut self, note: impl Into<String>) {
        let note = note.into();
        if !self.unknowns.contains(&note) {
            self.unknowns.push(note);
        }
    }

    /// One line for humans: `valid · user alice (42) · 3 bindings, max admin`.
    pub fn summary(&self) -> String {
        let mut parts = vec![match &self.status {
            Status::Unknown { reason } => format!("unknown ({})", reason.as_str()),
            s => s.as_str().to_string(),
        }];
        if let Some(id) = &self.identity {
            let mut s = id.kind.as_str().to_string();
            if let Some(n) = &id.name {
                s.push(' ');
                s.push_str(n);
            }
            if let Some(i) = &id.id {
                s.push_str(&format!(" ({i})"));
            }
            parts.push(s);
        }
        if let Some(d) = &self.detail {
            parts.push(d.clone());
        }
        parts.join(" · ")
    }
}

/// What a verification says the token may do, for humans: the provider's raw scopes on
/// one line (`scopes: repo, admin:org`), then one line per access level, highest first
/// (`admin: repo:octo/a [admin], … (+3 more)`), each showing at most `max` bindings.
pub fn binding_lines(v: &Verification, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    if !v.raw_scopes.is_empty() {
        out.push(format!("scopes: {}", v.raw_scopes.join(", ")));
    }
    for acc in [Access::Admin, Access::Write, Access::Read] {
        let items: Vec<String> = v
            .bindings
            .iter()
            .filter(|b| b.access == acc)
            .map(|b| format!("{} [{}]", b.resource, b.permission))
            .collect();
        if items.is_empty() {
            continue;
        }
        let shown = items.len().min(max);
        let mut line = format!("{}: {}", acc.as_str(), items[..shown].join(", "));
        if items.len() > shown {
            line.push_str(&format!(" (+{} more)", items.len() - shown));
        }
        out.push(line);
    }
    out
}

/// The lines the text report prints under a finding.
pub fn text_lines(v: &Verification) -> Vec<String> {
    let mut first = format!("verified: {}", v.summary());
    if let Some(e) = v.expiry.describe() {
        first.push_str(" · ");
        first.push_str(&e);
    }
    let mut out = vec![first];
    out.extend(v.usage_line(jiff::Timestamp::now()));
    if let Some(e) = &v.effective_actions {
        out.push(if e.is_empty() {
            "effective actions: none".to_string()
        } else {
            format!("effective actions: {}", e.join(", "))
        });
    }
    out.extend(binding_lines(v, 6));
    if !v.extras.is_empty() {
        let parts: Vec<String> = v
            .extras
            .iter()
            .map(|(k, x)| match x {
                serde_json::Value::String(s) => format!("{k}: {s}"),
                other => format!("{k}: {other}"),
            })
            .collect();
        out.push(parts.join(" · "));
    }
    for u in &v.unknowns {
        out.push(format!("? {u}"));
    }
    out
}

/// Providers with a read-only verifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Provider {
    Github,
    Gitlab,
    Slack,
    Stripe,
    Openai,
    Anthropic,
    Huggingface,
    Npm,
    Sendgrid,
    Dockerhub,
    Digitalocean,
    Aws,
    /// A provider verified from its data description, [`table::SPECS`]`[i]`.
    Table(u8),
}

impl Provider {
    /// Every provider with a verifier: the dedicated ones, then the table-driven ones.
    pub fn all() -> Vec<Provider> {
        let mut v = Provider::ALL.to_vec();
        v.extend((0..table::SPECS.len()).map(|i| Provider::Table(i as u8)));
        v
    }

    fn spec(i: u8) -> &'static table::Spec {
        &table::SPECS[usize::from(i)]
    }

    pub const ALL: [Provider; 12] = [
        Provider::Github,
        Provider::Gitlab,
        Provider::Slack,
        Provider::Stripe,
        Provider::Openai,
        Provider::Anthropic,
        Provider::Huggingface,
        Provider::Npm,
        Provider::Sendgrid,
        Provider::Dockerhub,
        Provider::Digitalocean,
        Provider::Aws,
    ];

    /// The name used in `--endpoint NAME=URL`, `[endpoints]` and reports.
    pub fn name(self) -> &'static str {
        match self {
            Provider::Github => "github",
            Provider::Gitlab => "gitlab",
            Provider::Slack => "slack",
            Provider::Stripe => "stripe",
            Provider::Openai => "openai",
            Provider::Anthropic => "anthropic",
            Provider::Huggingface => "huggingface",
            Provider::Npm => "npm",
            Provider::Sendgrid => "sendgrid",
            Provider::Dockerhub => "dockerhub",
            Provider::Digitalocean => "digitalocean",
            Provider::Aws => "aws",
            Provider::Table(i) => Provider::spec(i).name,
        }
    }

    /// The provider's official API base. Compile-time constants: the only hosts a token is
    /// sent to without an explicit user override. (A provider without one official host,
    /// Shopify, sends nothing without an override.)
    pub fn official_base(self) -> &'static str {
        match self {
            Provider::Github => "https://api.github.com",
            Provider::Gitlab => "https://gitlab.com",
            Provider::Slack => "https://slack.com",
            Provider::Stripe => "https://api.stripe.com",
            Provider::Openai => "https://api.openai.com",
            Provider::Anthropic => "https://api.anthropic.com",
            Provider::Huggingface => "https://huggingface.co",
            Provider::Npm => "https://registry.npmjs.org",
            Provider::Sendgrid => "https://api.sendgrid.com",
            Provider::Dockerhub => "https://hub.docker.com",
            Provider::Digitalocean => "https://api.digitalocean.com",
            Provider::Aws => "https://sts.amazonaws.com",
            Provider::Table(i) => Provider::spec(i).base,
        }
    }

    /// Path (and query) of the first request a verifier sends.
    pub fn identity_path(self) -> &'static str {
        match self {
            Provider::Github => "/user",
            Provider::Gitlab => "/api/v4/personal_access_tokens/self",
            Provider::Slack => "/api/auth.test",
            Provider::Stripe => "/v1/account",
            Provider::Openai => "/v1/models",
            Provider::Anthropic => "/v1/models",
            Provider::Huggingface => "/api/whoami-v2",
            Provider::Npm => "/-/whoami",
            Provider::Sendgrid => "/v3/scopes",
            Provider::Dockerhub => "/v2/auth/token",
            Provider::Digitalocean => "/v2/account",
            Provider::Aws => "/",
            Provider::Table(i) => Provider::spec(i).path,
        }
    }

    pub fn from_name(name: &str) -> Option<Provider> {
        let n: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        Some(match n.as_str() {
            "github" => Provider::Github,
            "gitlab" => Provider::Gitlab,
            "slack" => Provider::Slack,
            "stripe" => Provider::Stripe,
            "openai" => Provider::Openai,
            "anthropic" => Provider::Anthropic,
            "huggingface" | "hf" => Provider::Huggingface,
            "npm" | "npmjs" => Provider::Npm,
            "sendgrid" | "twiliosendgrid" => Provider::Sendgrid,
            "dockerhub" | "docker" => Provider::Dockerhub,
            "digitalocean" => Provider::Digitalocean,
            "aws" | "amazon" | "amazonwebservices" => Provider::Aws,
            _ => {
                let norm = |s: &str| -> String {
                    s.chars()
                        .filter(|c| c.is_ascii_alphanumeric())
                        .map(|c| c.to_ascii_lowercase())
                        .collect()
                };
                let i = table::SPECS.iter().position(|spec| {
                    norm(spec.name) == n || spec.aliases.iter().any(|a| norm(a) == n)
                })?;
                Provider::Table(i as u8)
            }
        })
    }

    /// The provider a finding belongs to: its `provider` field, else its rule id's first
    /// segment.
    pub fn of_finding(f: &Finding) -> Option<Provider> {
        Provider::from_name(&f.provider)
            .or_else(|| Provider::from_name(f.rule_id.split('.').next().unwrap_or("")))
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Joins `path_and_query` onto `base`, keeping any path prefix of the base
/// (`https://ghe.example.com/api/v3` + `/user` → `https://ghe.example.com/api/v3/user`).
pub fn join(base: &Url, path_and_query: &str) -> Url {
    let (path, query) = match path_and_query.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (path_and_query, None),
    };
    let mut url = base.clone();
    let prefix = base.path().trim_end_matches('/');
    url.set_path(&format!("{prefix}{path}"));
    url.set_query(query);
    url.set_fragment(None);
    url
}

/// The URL of the first request a verifier for `provider` would send, given the user's
/// override for that provider (if any). Pure: nothing is sent. Without an override, the
/// host is always the provider's official one.
pub fn request_url(provider: Provider, base_override: Option<&Url>) -> Url {
    join(&base_url(provider, base_override), provider.identity_path())
}

/// The base every request for `provider` is built on.
pub fn base_url(provider: Provider, base_override: Option<&Url>) -> Url {
    match base_override {
        Some(u) => u.clone(),
        None => Url::parse(provider.official_base()).expect("official base URLs are valid"),
    }
}

/// Configuration problems, reported before any request is sent.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    #[error("--endpoint expects PROVIDER=URL, got {0:?}")]
    EndpointSyntax(String),
    #[error("unknown provider {0:?} in endpoint override (known: {1})")]
    UnknownProvider(String, String),
    #[error("invalid endpoint URL for {0}: {1}")]
    BadUrl(String, String),
    #[error("invalid duration {0:?} (use e.g. 10s, 500ms, 2m)")]
    Duration(String),
    #[error("cannot start the verification runtime: {0}")]
    Runtime(String),
}

/// Validated base-URL overrides, by provider.
#[derive(Debug, Clone, Default)]
pub struct Endpoints(BTreeMap<Provider, Url>);

impl Endpoints {
    /// Builds the overrides from `[endpoints]` (config) and then `--endpoint` flags, later
    /// entries winning.
    pub fn from_sources(
        config: &BTreeMap<String, String>,
        flags: &[String],
    ) -> Result<Endpoints, VerifyError> {
        let mut out = Endpoints::default();
        for (k, v) in config {
            out.set(k, v)?;
        }
        for f in flags {
            let (k, v) = f
                .split_once('=')
                .ok_or_else(|| VerifyError::EndpointSyntax(f.clone()))?;
            out.set(k.trim(), v.trim())?;
        }
        Ok(out)
    }

    pub fn set(&mut self, provider: &str, url: &str) -> Result<(), VerifyError> {
        let p = Provider::from_name(provider).ok_or_else(|| {
            let known: Vec<&str> = Provider::all().iter().map(|p| p.name()).collect();
            VerifyError::UnknownProvider(provider.to_string(), known.join(", "))
        })?;
        let u = Url::parse(url).map_err(|e| VerifyError::BadUrl(p.name().into(), e.to_string()))?;
        if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
            return Err(VerifyError::BadUrl(
                p.name().into(),
                "must be an http(s) URL with a host".into(),
            ));
        }
        if !u.username().is_empty() || u.password().is_some() || u.query().is_some() {
            return Err(VerifyError::BadUrl(
                p.name().into(),
                "must not carry credentials or a query".into(),
            ));
        }
        self.0.insert(p, u);
        Ok(())
    }

    pub fn get(&self, p: Provider) -> Option<&Url> {
        self.0.get(&p)
    }
}

/// Parses `10`, `10s`, `500ms`, `2m`, `1.5s`.
pub fn parse_duration(s: &str) -> Result<Duration, VerifyError> {
    let t = s.trim();
    let err = || VerifyError::Duration(s.to_string());
    let (num, mult) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else {
        (t, 1.0)
    };
    let v: f64 = num.trim().parse().map_err(|_| err())?;
    if !v.is_finite() || v < 0.0 {
        return Err(err());
    }
    Ok(Duration::from_secs_f64(v * mult))
}

/// Everything `--verify` needs.
#[derive(Debug, Clone)]
pub struct VerifyOptions {
    pub endpoints: Endpoints,
    /// Tokens verified at the same time.
    pub concurrency: usize,
    /// Per HTTP request.
    pub timeout: Duration,
    /// For the whole verification phase.
    pub budget: Duration,
    /// Retries after a rate-limit answer (429, GitHub secondary limits).
    pub max_retries: u32,
    /// Longest single `Retry-After` wait honoured; longer ones give up as rate-limited.
    pub max_retry_wait: Duration,
    /// Minimum spacing between two requests to the same provider.
    pub min_interval: Duration,
    /// Fine-grained GitHub tokens: how many private repositories get read probes.
    pub github_probe_repos: usize,
    /// The scanned roots, to find a finding's file again for instance hints
    /// ([`instance`]); paths are also tried as they are.
    pub roots: Vec<std::path::PathBuf>,
}

impl VerifyOptions {
    pub fn with_roots(mut self, roots: Vec<std::path::PathBuf>) -> Self {
        self.roots = roots;
        self
    }

    /// Options from the config's `[endpoints]` and the command-line flags.
    pub fn from_cli(
        config_endpoints: &BTreeMap<String, String>,
        endpoint_flags: &[String],
        concurrency: usize,
        timeout: Duration,
        budget: Duration,
    ) -> Result<VerifyOptions, VerifyError> {
        Ok(VerifyOptions {
            endpoints: Endpoints::from_sources(config_endpoints, endpoint_flags)?,
            concurrency: concurrency.max(1),
            timeout,
            budget,
            ..VerifyOptions::default()
        })
    }
}

impl Default for VerifyOptions {
    fn default() -> Self {
        VerifyOptions {
            endpoints: Endpoints::default(),
            concurrency: 8,
            timeout: Duration::from_secs(10),
            budget: Duration::from_secs(120),
            max_retries: 3,
            max_retry_wait: Duration::from_secs(60),
            min_interval: Duration::from_millis(50),
            github_probe_repos: 3,
            roots: Vec::new(),
        }
    }
}

/// What a verifier receives: the credential and what the scan knows about it.
#[derive(Clone)]
pub struct Job {
    pub provider: Provider,
    pub rule_id: String,
    pub kind: String,
    pub credential: Credential,
    /// Offline facts from the scan (`token_type`, `mode`…), never secret.
    pub properties: BTreeMap<String, serde_json::Value>,
}

/// The secret material of one job. `Debug` is redacted.
#[derive(Clone)]
pub enum Credential {
    Token(String),
    AwsKey {
        key_id: String,
        secret: String,
        session_token: Option<String>,
    },
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Token(t) => write!(f, "Token(<{} bytes redacted>)", t.len()),
            Credential::AwsKey { .. } => f.write_str("AwsKey(<redacted>)"),
        }
    }
}

impl Credential {
    /// Every secret string inside, for scrubbing.
    fn secrets(&self) -> Vec<&str> {
        match self {
            Credential::Token(t) => vec![t.as_str()],
            Credential::AwsKey {
                secret,
                session_token,
                ..
            } => {
                let mut v = vec![secret.as_str()];
                if let Some(s) = session_token {
                    v.push(s.as_str());
                }
                v
            }
        }
    }
}

impl Job {
    /// The token, for single-token credentials.
    pub fn token(&self) -> Option<&str> {
        match &self.credential {
            Credential::Token(t) => Some(t),
            Credential::AwsKey { .. } => None,
        }
    }

    /// A string property from the scan's offline facts.
    pub fn property(&self, key: &str) -> Option<&str> {
        self.properties.get(key).and_then(|v| v.as_str())
    }
}

/// Unless `token` starts with one of the provider's own prefixes, an `Unsupported` answer:
/// a credential is only sent to a provider when its format proves it belongs there (an
/// `.npmrc` `_authToken` may be for a private registry, a Docker `config.json` auth for
/// any registry).
pub fn require_prefix(provider: &str, token: &str, prefixes: &[&str]) -> Option<Verification> {
    if prefixes.iter().any(|p| token.starts_with(p)) {
        None
    } else {
        Some(unsupported(
            provider,
            "the token's format does not prove it belongs to this provider; not sent",
        ))
    }
}

/// `Unknown(Unsupported)` for a credential shape a verifier cannot use.
pub fn unsupported(provider: &str, detail: impl Into<String>) -> Verification {
    Verification::unknown(provider, UnknownReason::Unsupported, detail)
}

impl fmt::Debug for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Job")
            .field("provider", &self.provider)
            .field("rule_id", &self.rule_id)
            .field("credential", &self.credential)
            .finish()
    }
}

/// Per-provider context handed to a verifier.
pub struct Ctx<'a> {
    pub http: &'a Http,
    pub provider: Provider,
    pub base: Url,
    pub opts: &'a VerifyOptions,
}

impl Ctx<'_> {
    pub fn url(&self, path_and_query: &str) -> Url {
        join(&self.base, path_and_query)
    }

    pub fn name(&self) -> &'static str {
        self.provider.name()
    }
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct VerifyStats {
    pub tokens: usize,
    pub valid: usize,
    pub invalid: usize,
    pub unknown: usize,
    /// With `--only-verified`: unknown tokens left out, by reason.
    pub left_out_unknown: BTreeMap<&'static str, usize>,
    /// With `--only-verified`: invalid tokens left out.
    pub left_out_invalid: usize,
    /// Providers no request reached (connection, DNS or TLS failure), and none answered:
    /// said in words, so that an offline run does not read as a verdict.
    pub unreachable: BTreeSet<String>,
    /// Providers that answered at least once.
    pub reached: BTreeSet<String>,
}

impl VerifyStats {
    /// The line `--only-verified` prints so that nothing disappears silently:
    /// `--only-verified left out 3 unknown tokens (2 rate-limited, 1 other-instance) and 1
    /// invalid token`. `None` when nothing was left out.
    pub fn left_out_line(&self) -> Option<String> {
        let unknown: usize = self.left_out_unknown.values().sum();
        if unknown == 0 && self.left_out_invalid == 0 {
            return None;
        }
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut line = format!(
            "--only-verified left out {unknown} unknown token{}",
            plural(unknown)
        );
        if unknown > 0 {
            let why: Vec<String> = self
                .left_out_unknown
                .iter()
                .map(|(r, n)| format!("{n} {r}"))
                .collect();
            line.push_str(&format!(" ({})", why.join(", ")));
        }
        line.push_str(&format!(
            " and {} invalid token{}",
            self.left_out_invalid,
            plural(self.left_out_invalid)
        ));
        Some(line)
    }
}

impl fmt::Display for VerifyStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "verified {} token{}: {} valid, {} invalid, {} unknown",
            self.tokens,
            if self.tokens == 1 { "" } else { "s" },
            self.valid,
            self.invalid,
            self.unknown
        )?;
        let unreachable: Vec<&str> = self
            .unreachable
            .iter()
            .filter(|p| !self.reached.contains(*p))
            .map(String::as_str)
            .collect();
        if !unreachable.is_empty() {
            write!(
                f,
                "; could not reach {} (no connection: check the network or proxy; nothing was judged)",
                unreachable.join(", ")
            )?;
        }
        Ok(())
    }
}

/// A unit of work: one credential and the findings that carry it.
struct Planned {
    job: Option<Job>,
    /// Set when no request will be made (unsupported kind, missing pair…).
    immediate: Option<Verification>,
    findings: Vec<usize>,
}

/// Groups findings into unique credentials. AWS key ids and secret keys found within a
/// few lines of each other in the same file are paired (see [`aws::pair_findings`]).
fn plan(findings: &[Finding], roots: &[std::path::PathBuf]) -> Vec<Planned> {
    let mut out: Vec<Planned> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut push =
        |key: String, job: Option<Job>, immediate: Option<Verification>, i: usize| match by_key
            .get(&key)
        {
            Some(&at) => out[at].findings.push(i),
            None => {
                by_key.insert(key, out.len());
                out.push(Planned {
                    job,
                    immediate,
                    findings: vec![i],
                });
            }
        };
    let pairs = aws::pair_findings(findings);
    let mut files = instance::Files::new(roots);
    // Another instance's or region's token is marked (`instance` property) so it is not
    // sent to the public host.
    let mut mark = |mut job: Job, f: &Finding| {
        if let Some(what) = instance::hint_for(job.provider, f, &mut files) {
            job.properties.insert("instance".into(), what.into());
        }
        job
    };
    for (i, f) in findings.iter().enumerate() {
        let Some(provider) = Provider::of_finding(f) else {
            continue;
        };
        // Findings without a secret (least-privilege analysis) have nothing to verify.
        if f.secret.is_empty() {
            continue;
        }
        if provider == Provider::Aws {
            match pairs.get(&i) {
                Some(aws::Paired::Job(key, job)) => {
                    push(key.clone(), Some(mark(job.clone(), f)), None, i)
                }
                Some(aws::Paired::Skip(key, v)) => push(key.clone(), None, Some(v.clone()), i),
                None => {}
            }
            continue;
        }
        match std::str::from_utf8(f.secret.expose()) {
            Ok(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_graphic()) => {
                let job = Job {
                    provider,
                    rule_id: f.rule_id.clone(),
                    kind: f.kind.clone(),
                    credential: Credential::Token(t.to_string()),
                    properties: f.facts.properties.clone(),
                };
                push(f.fingerprint.clone(), Some(mark(job, f)), None, i);
            }
            _ => {
                let v = Verification::unknown(
                    provider.name(),
                    UnknownReason::Unsupported,
                    "the secret is not a printable ASCII token",
                );
                push(f.fingerprint.clone(), None, Some(v), i);
            }
        }
    }
    out
}

/// Where each unique token of `findings` would be sent first, without sending anything:
/// `(provider, fingerprint of the first finding carrying it, URL)`.
pub fn planned_requests(
    findings: &[Finding],
    opts: &VerifyOptions,
) -> Vec<(Provider, String, Url)> {
    plan(findings, &opts.roots)
        .into_iter()
        .filter_map(|p| {
            let job = p.job?;
            other_instance(&job, opts).is_none().then_some(())?;
            needs_base(&job, opts).is_none().then_some(())?;
            let fp = findings[p.findings[0]].fingerprint.clone();
            Some((
                job.provider,
                fp,
                request_url(job.provider, opts.endpoints.get(job.provider)),
            ))
        })
        .collect()
}

/// Verifies every finding's token (once per unique token), attaches the result, adjusts
/// severity, adds the usage and age hygiene issues the provider's dates show (judged at
/// the scan's fixed `now` against `policy`, see [`crate::analyze::context::apply_usage`]),
/// and with `only_verified` drops every finding that is not valid. Creates its own async
/// runtime; call it from synchronous code.
pub fn verify_findings(
    findings: &mut Vec<Finding>,
    opts: &VerifyOptions,
    only_verified: bool,
    now: jiff::Timestamp,
    policy: &crate::analyze::Policy,
) -> Result<VerifyStats, VerifyError> {
    let planned = plan(findings, &opts.roots);
    if planned.is_empty() {
        if only_verified {
            findings.clear();
        }
        return Ok(VerifyStats::default());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(opts.concurrency.clamp(1, 4))
        .enable_all()
        .build()
        .map_err(|e| VerifyError::Runtime(e.to_string()))?;
    let results = runtime.block_on(run_planned(&planned, opts));
    drop(runtime);
    let mut stats = VerifyStats::default();
    for (p, v) in planned.iter().zip(results) {
        stats.tokens += 1;
        if matches!(v.status, Status::Valid | Status::Invalid) {
            stats.reached.insert(v.provider.clone());
        }
        match v.status {
            Status::Valid => stats.valid += 1,
            Status::Invalid => {
                stats.invalid += 1;
                if only_verified {
                    stats.left_out_invalid += 1;
                }
            }
            Status::Unknown { reason } => {
                stats.unknown += 1;
                if reason == UnknownReason::Network {
                    stats.unreachable.insert(v.provider.clone());
                } else {
                    stats.reached.insert(v.provider.clone());
                }
                if only_verified {
                    *stats.left_out_unknown.entry(reason.as_str()).or_default() += 1;
                }
            }
        }
        for &i in &p.findings {
            attach(&mut findings[i], v.clone());
            crate::analyze::context::apply_usage(&mut findings[i], now, policy);
        }
    }
    if only_verified {
        findings.retain(|f| f.verification.as_ref().is_some_and(|v| v.is_valid()));
    }
    Ok(stats)
}

/// Attaches a verification and moves severity: valid with write/admin bindings raises it
/// one step (max critical), invalid lowers it one step. The finding stays either way: the
/// token was leaked.
pub fn attach(f: &mut Finding, v: Verification) {
    match v.status {
        Status::Valid if v.max_access().is_some_and(|a| a >= Access::Write) => {
            f.severity = f.severity.raise();
        }
        Status::Invalid => f.severity = f.severity.lower(),
        _ => {}
    }
    f.verification = Some(v);
}

/// Runs the async part on an existing runtime (tests call this directly).
pub async fn verify_jobs(jobs: Vec<Job>, opts: &VerifyOptions) -> Vec<Verification> {
    let planned: Vec<Planned> = jobs
        .into_iter()
        .map(|j| Planned {
            job: Some(j),
            immediate: None,
            findings: Vec::new(),
        })
        .collect();
    run_planned(&planned, opts).await
}

async fn run_planned(planned: &[Planned], opts: &VerifyOptions) -> Vec<Verification> {
    let deadline = Instant::now() + opts.budget;
    let http = Arc::new(Http::new(HttpConfig {
        timeout: opts.timeout,
        deadline,
        max_retries: opts.max_retries,
        max_retry_wait: opts.max_retry_wait,
        min_interval: opts.min_interval,
    }));
    let opts = Arc::new(opts.clone());
    let sem = Arc::new(tokio::sync::Semaphore::new(opts.concurrency.max(1)));
    let mut set = tokio::task::JoinSet::new();
    let mut results: Vec<Option<Verification>> = vec![None; planned.len()];
    for (idx, p) in planned.iter().enumerate() {
        if let Some(v) = &p.immediate {
            results[idx] = Some(v.clone());
            continue;
        }
        let Some(job) = p.job.clone() else { continue };
        // Decided before any budget or request: nothing is sent for these.
        if let Some(v) = other_instance(&job, &opts).or_else(|| needs_base(&job, &opts)) {
            results[idx] = Some(v);
            continue;
        }
        let http = http.clone();
        let opts = opts.clone();
        let sem = sem.clone();
        set.spawn(async move {
            let name = job.provider.name();
            let permit = tokio::time::timeout_at(deadline.into(), sem.acquire_owned()).await;
            let v = match permit {
                Ok(Ok(_permit)) => {
                    match tokio::time::timeout_at(deadline.into(), verify_one(&http, &job, &opts))
                        .await
                    {
                        Ok(v) => v,
                        Err(_) => budget_exhausted(name),
                    }
                }
                _ => budget_exhausted(name),
            };
            (idx, scrub(v, &job.credential))
        });
    }
    while let Some(r) = set.join_next().await {
        if let Ok((idx, v)) = r {
            results[idx] = Some(v);
        }
    }
    results
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            v.unwrap_or_else(|| {
                let name = planned[i]
                    .job
                    .as_ref()
                    .map_or("unknown", |j| j.provider.name());
                Verification::unknown(name, UnknownReason::Network, "verification task failed")
            })
        })
        .collect()
}

fn budget_exhausted(provider: &str) -> Verification {
    Verification::unknown(
        provider,
        UnknownReason::Budget,
        "the verification budget ran out",
    )
}

/// A token marked as another instance's (see [`instance`]) is not sent to the public host;
/// with an explicit `--endpoint` for the provider it goes there as usual.
fn other_instance(job: &Job, opts: &VerifyOptions) -> Option<Verification> {
    let what = job.property("instance")?;
    if opts.endpoints.get(job.provider).is_some() {
        return None;
    }
    let name = job.provider.name();
    let mut v = Verification::unknown(
        name,
        UnknownReason::OtherInstance,
        format!(
            "the token appears to belong to {what}; not sent to the public host (verify it \
             there with --endpoint {name}=URL)"
        ),
    );
    v.extra("instance", what);
    Some(v)
}

/// A provider without one official host (Shopify's per-store Admin API) sends nothing
/// unless the user named the base URL.
fn needs_base(job: &Job, opts: &VerifyOptions) -> Option<Verification> {
    let Provider::Table(i) = job.provider else {
        return None;
    };
    let spec = table::SPECS.get(usize::from(i))?;
    (spec.needs_base.is_some() && opts.endpoints.get(job.provider).is_none())
        .then(|| table::needs_base_answer(spec))
}

async fn verify_one(http: &Http, job: &Job, opts: &VerifyOptions) -> Verification {
    let ctx = Ctx {
        http,
        provider: job.provider,
        base: base_url(job.provider, opts.endpoints.get(job.provider)),
        opts,
    };
    match job.provider {
        Provider::Github => github::verify(&ctx, job).await,
        Provider::Gitlab => gitlab::verify(&ctx, job).await,
        Provider::Slack => slack::verify(&ctx, job).await,
        Provider::Stripe => stripe::verify(&ctx, job).await,
        Provider::Openai => openai::verify(&ctx, job).await,
        Provider::Anthropic => anthropic::verify(&ctx, job).await,
        Provider::Huggingface => huggingface::verify(&ctx, job).await,
        Provider::Npm => npm::verify(&ctx, job).await,
        Provider::Sendgrid => sendgrid::verify(&ctx, job).await,
        Provider::Dockerhub => dockerhub::verify(&ctx, job).await,
        Provider::Digitalocean => digitalocean::verify(&ctx, job).await,
        Provider::Aws => aws::verify(&ctx, job).await,
        Provider::Table(i) => table::verify(&ctx, job, Provider::spec(i)).await,
    }
}

/// Last line of defence: no secret byte string may survive into a verification, whatever
/// a provider echoed back.
fn scrub(v: Verification, cred: &Credential) -> Verification {
    let Ok(text) = serde_json::to_string(&v) else {
        return v;
    };
    let mut cleaned = text.clone();
    for s in cred.secrets() {
        if s.len() >= 8 {
            cleaned = cleaned.replace(s, "<redacted>");
        }
    }
    if cleaned == text {
        return v;
    }
    serde_json::from_str(&cleaned).unwrap_or_else(|_| {
        Verification::unknown(
            v.provider.as_str(),
            UnknownReason::Malformed,
            "response echoed the secret",
        )
    })
}

/// Turns a provider's timestamp (RFC 3339, or `2006-01-02 15:04:05 UTC` /
/// `2006-01-02 15:04:05 -0700` as GitHub sends it, or a date) into an [`Expiry`].
pub fn expiry_from(text: &str, now: jiff::Timestamp) -> Option<Expiry> {
    let ts = parse_timestamp(text)?;
    Some(Expiry::At {
        at: ts.to_string(),
        expired: ts <= now,
    })
}

pub fn parse_timestamp(text: &str) -> Option<jiff::Timestamp> {
    let t = text.trim();
    if let Ok(ts) = t.parse::<jiff::Timestamp>() {
        return Some(ts);
    }
    // GitHub: "2024-01-01 00:00:00 UTC" or "2024-01-01 00:00:00 -0700".
    if let Some(rest) = t.strip_suffix(" UTC") {
        return format!("{}Z", rest.replace(' ', "T")).parse().ok();
    }
    if let Some((dt, off)) = t.rsplit_once(' ')
        && (off.starts_with('+') || off.starts_with('-'))
        && off.len() == 5
    {
        let s = format!("{}{}:{}", dt.replace(' ', "T"), &off[..3], &off[3..]);
        return s.parse().ok();
    }
    // A bare date means the end of nothing in particular: midnight UTC.
    if t.len() == 10 {
        return format!("{t}T00:00:00Z").parse().ok();
    }
    None
}

/// Epoch seconds → expiry.
pub fn expiry_from_epoch(secs: i64, now: jiff::Timestamp) -> Option<Expiry> {
    let ts = jiff::Timestamp::from_second(secs).ok()?;
    Some(Expiry::At {
        at: ts.to_string(),
        expired: ts <= now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_keeps_base_path() {
        let b = Url::parse("https://ghe.example.com/api/v3/").unwrap();
        assert_eq!(
            join(&b, "/user?per_page=1").as_str(),
            "https://ghe.example.com/api/v3/user?per_page=1"
        );
        let b = Url::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(join(&b, "/").as_str(), "http://127.0.0.1:8080/");
    }

    #[test]
    fn official_hosts_without_override() {
        for p in Provider::all() {
            let u = request_url(p, None);
            assert_eq!(u.scheme(), "https", "{p}");
            assert_eq!(
                u.host_str(),
                Url::parse(p.official_base()).unwrap().host_str()
            );
        }
        assert_eq!(
            request_url(Provider::Github, None).as_str(),
            "https://api.github.com/user"
        );
    }

    #[test]
    fn endpoint_parsing() {
        let e = Endpoints::from_sources(
            &BTreeMap::from([("gitlab".into(), "https://git.example.com".into())]),
            &[
                "github=http://127.0.0.1:9".into(),
                "GitLab=https://gl.corp".into(),
            ],
        )
        .unwrap();
        assert_eq!(
            e.get(Provider::Github).unwrap().as_str(),
            "http://127.0.0.1:9/"
        );
        assert_eq!(e.get(Provider::Gitlab).unwrap().host_str(), Some("gl.corp"));
        assert!(Endpoints::from_sources(&BTreeMap::new(), &["nope=http://x".into()]).is_err());
        assert!(Endpoints::from_sources(&BTreeMap::new(), &["github".into()]).is_err());
        assert!(Endpoints::from_sources(&BTreeMap::new(), &["github=ftp://x".into()]).is_err());
        assert!(
            Endpoints::from_sources(&BTreeMap::new(), &["github=https://u:p@x".into()]).is_err()
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10").unwrap(), Duration::from_secs(10));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("soon").is_err());
    }

    #[test]
    fn timestamps() {
        let now: jiff::Timestamp = "2025-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(
            expiry_from("2026-03-01 12:00:00 UTC", now),
            Some(Expiry::At {
                at: "2026-03-01T12:00:00Z".into(),
                expired: false
            })
        );
        assert_eq!(
            expiry_from("2024-03-01 12:00:00 -0700", now),
            Some(Expiry::At {
                at: "2024-03-01T19:00:00Z".into(),
                expired: true
            })
        );
        assert!(expiry_from("2026-03-01", now).is_some());
        assert!(expiry_from("garbage", now).is_none());
    }

    #[test]
    fn expiry_phrase_in_text_lines() {
        let mut v = Verification::valid("x");
        assert_eq!(text_lines(&v), ["verified: valid"]);
        v.expiry = Expiry::Never;
        assert_eq!(text_lines(&v), ["verified: valid · never expires"]);
        v.expiry = Expiry::At {
            at: "2024-01-01T00:00:00Z".into(),
            expired: true,
        };
        assert_eq!(
            text_lines(&v),
            ["verified: valid · expired 2024-01-01T00:00:00Z"]
        );
        v.expiry = Expiry::At {
            at: "2099-01-01T00:00:00Z".into(),
            expired: false,
        };
        assert_eq!(
            text_lines(&v),
            ["verified: valid · expires 2099-01-01T00:00:00Z"]
        );
    }

    #[test]
    fn status_serialises_flat() {
        let v = Verification::unknown("github", UnknownReason::RateLimited, "429");
        let j = serde_json::to_value(&v).unwrap();
        assert_eq!(j["status"], "unknown");
        assert_eq!(j["reason"], "rate-limited");
        let back: Verification = serde_json::from_value(j).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn binding_lines_group_by_access_and_cap_each_line() {
        let mut v = Verification::valid("x");
        v.raw_scopes = vec!["repo".into(), "read:org".into()];
        for i in 0..4 {
            v.bind(format!("r{i}"), "contents", Access::Read);
        }
        v.bind("org", "admin", Access::Admin);
        assert_eq!(
            binding_lines(&v, 3),
            [
                "scopes: repo, read:org",
                "admin: org [admin]",
                "read: r0 [contents], r1 [contents], r2 [contents] (+1 more)",
            ]
        );
        assert_eq!(binding_lines(&v, 4)[2].matches(" [contents]").count(), 4);
        assert!(binding_lines(&Verification::valid("x"), 5).is_empty());
    }

    #[test]
    fn scrub_removes_secret() {
        let mut v = Verification::valid("x");
        v.extra("echo", "prefix-SECRETSECRET-suffix");
        let v = scrub(v, &Credential::Token("SECRETSECRET".into()));
        assert_eq!(v.extras["echo"], "prefix-<redacted>-suffix");
    }
}
