//! GitHub, through octocrab's raw `_get` (the typed API hides response headers).
//!
//! - `GET /user`: identity; `X-OAuth-Scopes` (classic PATs and OAuth tokens),
//!   `github-authentication-token-expiration`, `github-authentication-token-type`.
//!   Classic scopes are expanded along GitHub's hierarchy (`repo` → `repo:status`,
//!   `public_repo`…) into bindings. Depth: **full** for classic/OAuth tokens.
//! - Fine-grained PATs (`github_pat_`), app user tokens (`ghu_`) and installation tokens
//!   (`ghs_`) carry no scope header. We list the repositories they reach (first page of
//!   `/user/repos` or `/installation/repositories`), the app installations (`ghu_`,
//!   `/user/installations`, whose permission maps bound the token), and run GET-only probes on
//!   a few private repositories (commits, issues, pulls, actions, secrets, hooks,
//!   deployments): a 200 proves at least read. Write access cannot be learnt read-only and
//!   is listed in `unknowns`. Depth: **partial**.
//! - `ghr_` refresh tokens can only be exchanged (a POST that mints tokens): unsupported.
//!
//! Status: 401 → invalid. 403 on `/user` that is not a rate limit → unknown (forbidden):
//! IP allow lists and SSO enforcement answer 403 for tokens that are otherwise fine.

use std::collections::BTreeSet;

use octocrab::Octocrab;
use octocrab::service::middleware::retry::RetryConfig;
use serde_json::Value;

use super::http::{Fail, Req, Resp, malformed, status_outcome};
use super::{Access, Credential, Ctx, Identity, IdentityKind, Job, UnknownReason, Verification};
use crate::finding::Expiry;

/// Classic OAuth scopes: (scope, resource, access, implied sub-scopes).
const SCOPES: &[(&str, &str, Access, &[&str])] = &[
    (
        "repo",
        "repositories (public and private)",
        Access::Admin,
        &[
            "repo:status",
            "repo_deployment",
            "public_repo",
            "repo:invite",
            "security_events",
        ],
    ),
    ("repo:status", "commit statuses", Access::Write, &[]),
    ("repo_deployment", "deployments", Access::Write, &[]),
    ("public_repo", "public repositories", Access::Write, &[]),
    ("repo:invite", "repository invitations", Access::Write, &[]),
    (
        "security_events",
        "code scanning alerts",
        Access::Write,
        &[],
    ),
    (
        "admin:repo_hook",
        "repository webhooks",
        Access::Admin,
        &["write:repo_hook", "read:repo_hook"],
    ),
    (
        "write:repo_hook",
        "repository webhooks",
        Access::Write,
        &["read:repo_hook"],
    ),
    ("read:repo_hook", "repository webhooks", Access::Read, &[]),
    (
        "admin:org",
        "organizations",
        Access::Admin,
        &["write:org", "read:org", "manage_runners:org"],
    ),
    ("write:org", "organizations", Access::Write, &["read:org"]),
    ("read:org", "organizations", Access::Read, &[]),
    (
        "manage_runners:org",
        "organization runners",
        Access::Admin,
        &[],
    ),
    (
        "admin:public_key",
        "SSH public keys",
        Access::Admin,
        &["write:public_key", "read:public_key"],
    ),
    (
        "write:public_key",
        "SSH public keys",
        Access::Write,
        &["read:public_key"],
    ),
    ("read:public_key", "SSH public keys", Access::Read, &[]),
    (
        "admin:org_hook",
        "organization webhooks",
        Access::Admin,
        &[],
    ),
    ("gist", "gists", Access::Write, &[]),
    ("notifications", "notifications", Access::Write, &[]),
    (
        "user",
        "user profile",
        Access::Write,
        &["read:user", "user:email", "user:follow"],
    ),
    ("read:user", "user profile", Access::Read, &[]),
    ("user:email", "user email addresses", Access::Read, &[]),
    ("user:follow", "followed users", Access::Write, &[]),
    ("delete_repo", "repositories (deletion)", Access::Admin, &[]),
    (
        "write:discussion",
        "team discussions",
        Access::Write,
        &["read:discussion"],
    ),
    ("read:discussion", "team discussions", Access::Read, &[]),
    (
        "write:packages",
        "packages",
        Access::Write,
        &["read:packages"],
    ),
    ("read:packages", "packages", Access::Read, &[]),
    ("delete:packages", "packages (deletion)", Access::Admin, &[]),
    (
        "admin:gpg_key",
        "GPG keys",
        Access::Admin,
        &["write:gpg_key", "read:gpg_key"],
    ),
    (
        "write:gpg_key",
        "GPG keys",
        Access::Write,
        &["read:gpg_key"],
    ),
    ("read:gpg_key", "GPG keys", Access::Read, &[]),
    (
        "admin:ssh_signing_key",
        "SSH signing keys",
        Access::Admin,
        &["write:ssh_signing_key", "read:ssh_signing_key"],
    ),
    (
        "write:ssh_signing_key",
        "SSH signing keys",
        Access::Write,
        &["read:ssh_signing_key"],
    ),
    (
        "read:ssh_signing_key",
        "SSH signing keys",
        Access::Read,
        &[],
    ),
    (
        "codespace",
        "codespaces",
        Access::Write,
        &["codespace:secrets"],
    ),
    ("codespace:secrets", "codespace secrets", Access::Write, &[]),
    (
        "workflow",
        "GitHub Actions workflow files",
        Access::Write,
        &[],
    ),
    (
        "admin:enterprise",
        "enterprise",
        Access::Admin,
        &[
            "manage_runners:enterprise",
            "manage_billing:enterprise",
            "read:enterprise",
            "scim:enterprise",
        ],
    ),
    (
        "manage_runners:enterprise",
        "enterprise runners",
        Access::Admin,
        &[],
    ),
    (
        "manage_billing:enterprise",
        "enterprise billing",
        Access::Admin,
        &["read:enterprise"],
    ),
    ("read:enterprise", "enterprise", Access::Read, &[]),
    (
        "scim:enterprise",
        "enterprise SCIM provisioning",
        Access::Admin,
        &[],
    ),
    ("audit_log", "audit log", Access::Read, &["read:audit_log"]),
    ("read:audit_log", "audit log", Access::Read, &[]),
    ("project", "projects", Access::Write, &["read:project"]),
    ("read:project", "projects", Access::Read, &[]),
    (
        "copilot",
        "Copilot settings and seats",
        Access::Admin,
        &["manage_billing:copilot"],
    ),
    (
        "manage_billing:copilot",
        "Copilot billing",
        Access::Admin,
        &[],
    ),
];

/// Scopes in `granted` plus everything they imply, sorted.
pub fn expand_scopes(granted: &[String]) -> Vec<String> {
    let mut out: BTreeSet<String> = BTreeSet::new();
    let mut stack: Vec<String> = granted.to_vec();
    while let Some(s) = stack.pop() {
        if !out.insert(s.clone()) {
            continue;
        }
        if let Some((_, _, _, kids)) = SCOPES.iter().find(|(n, ..)| *n == s) {
            stack.extend(kids.iter().map(|k| k.to_string()));
        }
    }
    out.into_iter().collect()
}

fn scope_binding(scope: &str) -> (String, Access) {
    if let Some((_, res, acc, _)) = SCOPES.iter().find(|(n, ..)| *n == scope) {
        return (res.to_string(), *acc);
    }
    let acc = if scope.starts_with("admin:") || scope.starts_with("delete") {
        Access::Admin
    } else if scope.starts_with("read:") {
        Access::Read
    } else {
        Access::Write
    };
    ("github".to_string(), acc)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Classic,
    FineGrained,
    OAuth,
    UserToServer,
    Installation,
    Refresh,
    Other,
}

impl Kind {
    fn of(token: &str) -> Kind {
        match token.split('_').next() {
            _ if token.starts_with("github_pat_") => Kind::FineGrained,
            Some("ghp") => Kind::Classic,
            Some("gho") => Kind::OAuth,
            Some("ghu") => Kind::UserToServer,
            Some("ghs") => Kind::Installation,
            Some("ghr") => Kind::Refresh,
            _ => Kind::Other,
        }
    }
}

struct Gh<'a> {
    ctx: &'a Ctx<'a>,
    crab: Octocrab,
}

impl Gh<'_> {
    async fn get(&self, route: &str) -> Result<Resp, Fail> {
        let req = Req::get(self.ctx.provider, self.ctx.url(route));
        self.ctx
            .http
            .run(&req, || async {
                let r = self.crab._get(route).await.map_err(|_| Fail::Network)?;
                let status = r.status().as_u16();
                let headers = r.headers().clone();
                let body = self
                    .crab
                    .body_to_string(r)
                    .await
                    .map_err(|_| Fail::Network)?;
                Ok(Resp {
                    status,
                    headers,
                    body: body.into_bytes(),
                })
            })
            .await
    }
}

fn client(ctx: &Ctx<'_>, token: &str) -> Option<Octocrab> {
    super::http::install_crypto_provider();
    let t = ctx.http.config().timeout;
    Octocrab::builder()
        .personal_token(token.to_string())
        .base_uri(ctx.base.as_str())
        .ok()?
        .add_retry_config(RetryConfig::None)
        .set_connect_timeout(Some(t))
        // Our own timeout fires first and is reported as such.
        .set_read_timeout(Some(t + std::time::Duration::from_secs(1)))
        .build()
        .ok()
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Credential::Token(token) = &job.credential else {
        return Verification::unknown(name, UnknownReason::Unsupported, "not a token");
    };
    let kind = Kind::of(token);
    if kind == Kind::Other {
        return super::unsupported(
            name,
            "the token's format does not prove it belongs to this provider; not sent",
        );
    }
    if kind == Kind::Refresh {
        return Verification::unknown(
            name,
            UnknownReason::Unsupported,
            "refresh tokens can only be exchanged for new tokens (a POST); not verified",
        );
    }
    let Some(crab) = client(ctx, token) else {
        return Verification::unknown(
            name,
            UnknownReason::Network,
            "cannot set up the GitHub client",
        );
    };
    let gh = Gh { ctx, crab };
    if kind == Kind::Installation {
        return installation(&gh).await;
    }
    user(&gh, kind).await
}

async fn user(gh: &Gh<'_>, kind: Kind) -> Verification {
    let name = gh.ctx.name();
    let resp = match gh.get("/user").await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(body) = resp.json() else {
        return malformed(name);
    };
    let Some(login) = body.get("login").and_then(Value::as_str) else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    v.identity = Some(Identity {
        kind: if body.get("type").and_then(Value::as_str) == Some("Bot") {
            IdentityKind::Bot
        } else {
            IdentityKind::User
        },
        name: Some(login.to_string()),
        id: body.get("id").map(json_id),
    });
    if let Some(t) = resp.header("github-authentication-token-type") {
        v.extra("token_type", t);
    }
    if let Some(tfa) = body
        .get("two_factor_authentication")
        .and_then(Value::as_bool)
    {
        v.extra("two_factor_authentication", tfa);
    }
    if body.get("site_admin").and_then(Value::as_bool) == Some(true) {
        v.extra("site_admin", true);
    }
    let now = jiff::Timestamp::now();
    let expiry_header = resp.header("github-authentication-token-expiration");
    let scopes_header = resp.header("x-oauth-scopes");
    let classic = matches!(kind, Kind::Classic | Kind::OAuth)
        || (kind == Kind::Other && scopes_header.is_some_and(|s| !s.trim().is_empty()));
    v.expiry = match expiry_header.and_then(|h| super::expiry_from(h, now)) {
        Some(e) => e,
        // Classic PATs and OAuth tokens without an expiry get no header.
        None if classic && scopes_header.is_some() && expiry_header.is_none() => Expiry::Never,
        None => Expiry::Unknown,
    };
    if expiry_header.is_some() && v.expiry == Expiry::Unknown {
        v.unknown_note("expiry header present but unreadable");
    }
    if classic {
        match scopes_header {
            Some(h) => {
                let scopes: Vec<String> = h
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                if scopes.is_empty() {
                    v.bind(
                        "public repositories and profiles",
                        "(no scope)",
                        Access::Read,
                    );
                }
                for s in expand_scopes(&scopes) {
                    let (res, acc) = scope_binding(&s);
                    v.bind(res, s, acc);
                }
                v.raw_scopes = scopes;
            }
            None => {
                v.unknown_note("scopes: the X-OAuth-Scopes header was missing from the response")
            }
        }
        repos(gh, &mut v, "/user/repos?per_page=100&sort=pushed", false).await;
        orgs(gh, &mut v).await;
    } else {
        v.unknown_note(
            "fine-grained / app token: per-permission access is not exposed by the API; \
             read probes show at least read access, write access is not knowable read-only",
        );
        if kind == Kind::UserToServer {
            installations(gh, &mut v).await;
        }
        let private = repos(gh, &mut v, "/user/repos?per_page=100&sort=pushed", true).await;
        probes(gh, &mut v, &private).await;
        orgs(gh, &mut v).await;
    }
    v
}

fn json_id(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Lists the first page of repositories; records counts in extras. With `bind`, each
/// repository becomes a metadata:read binding. Returns the private repositories' names.
async fn repos(gh: &Gh<'_>, v: &mut Verification, route: &str, bind: bool) -> Vec<String> {
    let resp = match gh.get(route).await {
        Ok(r) if r.ok() => r,
        Ok(r) => {
            v.unknown_note(format!("repositories: listing answered HTTP {}", r.status));
            return Vec::new();
        }
        Err(f) => {
            v.unknown_note(format!("repositories: {}", f.detail()));
            return Vec::new();
        }
    };
    let Some(body) = resp.json() else {
        v.unknown_note("repositories: unreadable listing");
        return Vec::new();
    };
    // `/installation/repositories` wraps the list.
    let total = body.get("total_count").and_then(Value::as_u64);
    let list = body
        .get("repositories")
        .unwrap_or(&body)
        .as_array()
        .cloned()
        .unwrap_or_default();
    sso_partial(v, &resp, "repositories");
    let more = resp
        .header("link")
        .is_some_and(|l| l.contains("rel=\"next\""));
    match (total, more) {
        (Some(t), _) => v.extra("repositories", t),
        (None, false) => v.extra("repositories", list.len()),
        (None, true) => v.extra("repositories", format!("more than {}", list.len())),
    }
    let mut private = Vec::new();
    let mut admin = 0usize;
    for r in &list {
        let Some(full) = r.get("full_name").and_then(Value::as_str) else {
            continue;
        };
        if r.get("private").and_then(Value::as_bool) == Some(true) {
            private.push(full.to_string());
        }
        if r.pointer("/permissions/admin").and_then(Value::as_bool) == Some(true) {
            admin += 1;
        }
        if bind {
            v.bind(format!("repo:{full}"), "metadata", Access::Read);
        }
    }
    v.extra("private_repositories_first_page", private.len());
    if admin > 0 {
        v.extra("repositories_user_administers_first_page", admin);
    }
    if more {
        v.unknown_note("repositories beyond the first page of 100 were not listed");
    }
    private
}

/// `X-GitHub-SSO: partial-results; organizations=21955855,20582480`: GitHub left out the
/// resources of SAML-SSO organisations the token is not authorised for. The listing is then
/// partial, and says so, instead of silently under-reporting.
fn sso_partial(v: &mut Verification, resp: &Resp, what: &str) {
    let Some(h) = resp.header("x-github-sso") else {
        return;
    };
    if !h.contains("partial-results") {
        return;
    }
    let ids: Vec<String> = h
        .split(';')
        .filter_map(|p| p.trim().strip_prefix("organizations="))
        .flat_map(|l| l.split(','))
        .map(|id| id.trim())
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_string)
        .collect();
    v.extra("sso_partial_results", true);
    if !ids.is_empty() {
        v.extra("sso_unauthorized_org_ids", ids.clone());
    }
    v.unknown_note(format!(
        "{what}: partial results; {} SAML SSO organisation(s) left out until the token is \
         authorised for them",
        if ids.is_empty() {
            "some".to_string()
        } else {
            ids.len().to_string()
        }
    ));
}

async fn orgs(gh: &Gh<'_>, v: &mut Verification) {
    if let Ok(r) = gh.get("/user/orgs?per_page=100").await
        && r.ok()
        && let Some(Value::Array(list)) = r.json()
    {
        sso_partial(v, &r, "organisations");
        let names: Vec<String> = list
            .iter()
            .filter_map(|o| o.get("login").and_then(Value::as_str).map(str::to_string))
            .collect();
        v.extra("orgs", names);
    }
}

/// `ghu_`: the installations the user token can use, with the app's permission maps.
async fn installations(gh: &Gh<'_>, v: &mut Verification) {
    let r = match gh.get("/user/installations?per_page=100").await {
        Ok(r) if r.ok() => r,
        _ => {
            v.unknown_note("installations: could not be listed");
            return;
        }
    };
    let Some(body) = r.json() else {
        v.unknown_note("installations: unreadable listing");
        return;
    };
    let list = body
        .get("installations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    v.extra("installations", list.len());
    for inst in &list {
        let account = inst
            .pointer("/account/login")
            .and_then(Value::as_str)
            .unwrap_or("?");
        if let Some(perms) = inst.get("permissions").and_then(Value::as_object) {
            for (perm, level) in perms {
                let acc = match level.as_str() {
                    Some("admin") => Access::Admin,
                    Some("write") => Access::Write,
                    _ => Access::Read,
                };
                v.bind(format!("installation:{account}"), perm.clone(), acc);
            }
        }
    }
    v.unknown_note(
        "a user-to-server token holds at most the intersection of the app's permissions \
         (shown per installation) and the user's own",
    );
}

/// GET-only probes on a few private repositories: 200 proves at least read.
const PROBES: &[(&str, &str)] = &[
    ("contents", "commits?per_page=1"),
    ("issues", "issues?per_page=1"),
    ("pull_requests", "pulls?per_page=1"),
    ("actions", "actions/runs?per_page=1"),
    ("secrets", "actions/secrets?per_page=1"),
    ("webhooks", "hooks?per_page=1"),
    ("deployments", "deployments?per_page=1"),
];

async fn probes(gh: &Gh<'_>, v: &mut Verification, private: &[String]) {
    let n = gh.ctx.opts.github_probe_repos;
    for repo in private.iter().take(n) {
        for (perm, path) in PROBES {
            match gh.get(&format!("/repos/{repo}/{path}")).await {
                // 409: empty repository, but the read was allowed.
                Ok(r) if r.ok() || (r.status == 409 && *perm == "contents") => {
                    v.bind(format!("repo:{repo}"), *perm, Access::Read);
                }
                Ok(_) => {}
                Err(f) => {
                    v.unknown_note(format!("probe {perm} on {repo}: {}", f.detail()));
                    if matches!(f, Fail::Budget | Fail::RateLimited) {
                        return;
                    }
                }
            }
        }
    }
    if private.len() > n {
        v.unknown_note(format!(
            "read probes ran on {n} of {} private repositories",
            private.len()
        ));
    }
}

/// `ghs_`: installation tokens cannot call `/user`.
async fn installation(gh: &Gh<'_>) -> Verification {
    let name = gh.ctx.name();
    let resp = match gh.get("/installation/repositories?per_page=100").await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(body) = resp.json() else {
        return malformed(name);
    };
    if body.get("repositories").and_then(Value::as_array).is_none() {
        return malformed(name);
    }
    let mut v = Verification::valid(name);
    v.identity = Some(Identity {
        kind: IdentityKind::App,
        name: None,
        id: None,
    });
    if let Some(e) = resp
        .header("github-authentication-token-expiration")
        .and_then(|h| super::expiry_from(h, jiff::Timestamp::now()))
    {
        v.expiry = e;
    }
    v.unknown_note(
        "installation permissions need the app's own JWT (GET /app/installations/{id}); \
         write access is not knowable read-only",
    );
    // Reuse the listing logic on the body already fetched.
    let private = {
        let list = body["repositories"].as_array().cloned().unwrap_or_default();
        v.extra(
            "repositories",
            body.get("total_count")
                .and_then(Value::as_u64)
                .unwrap_or(list.len() as u64),
        );
        let mut private = Vec::new();
        for r in &list {
            if let Some(full) = r.get("full_name").and_then(Value::as_str) {
                v.bind(format!("repo:{full}"), "metadata", Access::Read);
                if r.get("private").and_then(Value::as_bool) == Some(true) {
                    private.push(full.to_string());
                }
            }
        }
        private
    };
    probes(gh, &mut v, &private).await;
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_hierarchy_expands() {
        let e = expand_scopes(&["repo".into(), "admin:org".into()]);
        for s in [
            "repo",
            "repo:status",
            "repo_deployment",
            "public_repo",
            "repo:invite",
            "security_events",
            "admin:org",
            "write:org",
            "read:org",
            "manage_runners:org",
        ] {
            assert!(e.contains(&s.to_string()), "{s}");
        }
        assert!(!e.contains(&"workflow".to_string()));
        let w = expand_scopes(&["write:packages".into()]);
        assert_eq!(w, vec!["read:packages", "write:packages"]);
    }

    #[test]
    fn every_implied_scope_is_known() {
        for (_, _, _, kids) in SCOPES {
            for k in *kids {
                assert!(SCOPES.iter().any(|(n, ..)| n == k), "{k}");
            }
        }
    }

    #[test]
    fn kinds() {
        assert_eq!(Kind::of("ghp_x"), Kind::Classic);
        assert_eq!(Kind::of("github_pat_x"), Kind::FineGrained);
        assert_eq!(Kind::of("ghs_x"), Kind::Installation);
        assert_eq!(Kind::of("ghr_x"), Kind::Refresh);
        assert_eq!(scope_binding("admin:thing").1, Access::Admin);
    }
}
