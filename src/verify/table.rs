//! Providers verified by one generic verifier over a data description each ([`SPECS`]):
//! one read-only GET that proves the token and names its owner, the provider's documented
//! 401 body, and where the answer keeps identity, scopes and expiry. The HTTP layer, guard,
//! retries and host rules are the same as for every other verifier.

use serde_json::Value;

use super::http::{Req, Resp, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};
use crate::finding::Expiry;

/// How the token is sent (always in a header, never in the URL).
#[derive(Debug, Clone, Copy)]
pub enum Auth {
    Bearer,
    Header(&'static str),
}

/// One provider's description.
#[derive(Debug)]
pub struct Spec {
    /// The name used in reports and `--endpoint NAME=URL`; also the rules' provider.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// Official API base: the only host the token goes to without an override.
    pub base: &'static str,
    /// The read-only GET.
    pub path: &'static str,
    /// Rule ids whose tokens this GET can judge; empty for every rule of the provider.
    /// (A Cloudflare account-owned token or global key would read as invalid on the
    /// user-token endpoint.)
    pub rules: &'static [&'static str],
    pub auth: Auth,
    pub headers: &'static [(&'static str, &'static str)],
    /// Token prefixes that prove the token is this provider's; empty when the rule's own
    /// match is the only proof (unprefixed formats).
    pub prefixes: &'static [&'static str],
    /// A JSON pointer that a 200 answer must hold.
    pub proof: &'static str,
    pub kind: IdentityKind,
    pub name_at: Option<&'static str>,
    pub id_at: Option<&'static str>,
    /// An array of scope strings, if the answer lists them.
    pub scopes_at: Option<&'static str>,
    /// An expiry timestamp (null = never), if the answer has one.
    pub expiry_at: Option<&'static str>,
    /// The provider's documented 401 body: (JSON pointer, expected value or `None` for
    /// "present").
    pub rejection: (&'static str, Option<&'static str>),
    /// What a valid token reaches when the answer lists no scopes.
    pub grant: (&'static str, Access),
    pub note: &'static str,
}

pub const SPECS: &[Spec] = &[
    Spec {
        name: "groq",
        aliases: &[],
        base: "https://api.groq.com",
        path: "/openai/v1/models",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["gsk_"],
        proof: "/data",
        kind: IdentityKind::Org,
        name_at: None,
        id_at: None,
        scopes_at: None,
        expiry_at: None,
        rejection: ("/error/code", Some("invalid_api_key")),
        grant: (
            "inference API (billed to the key's organisation)",
            Access::Write,
        ),
        note: "Groq keys carry no scopes; every key can run billed inference",
    },
    Spec {
        name: "mistral",
        aliases: &["mistralai"],
        base: "https://api.mistral.ai",
        path: "/v1/models",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &[],
        proof: "/data",
        kind: IdentityKind::Org,
        name_at: None,
        id_at: None,
        scopes_at: None,
        expiry_at: None,
        rejection: ("/message", None),
        grant: ("inference API (billed to the workspace)", Access::Write),
        note: "Mistral keys carry no scopes visible to the API",
    },
    Spec {
        name: "xai",
        aliases: &["x.ai", "grok"],
        base: "https://api.x.ai",
        path: "/v1/api-key",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["xai-"],
        proof: "/api_key_id",
        kind: IdentityKind::Team,
        name_at: Some("/name"),
        id_at: Some("/team_id"),
        scopes_at: Some("/acls"),
        expiry_at: None,
        rejection: ("/code", None),
        grant: ("inference API", Access::Write),
        note: "xAI reports the key's ACLs; model-level limits are not shown",
    },
    Spec {
        name: "openrouter",
        aliases: &[],
        base: "https://openrouter.ai",
        path: "/api/v1/key",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["sk-or-"],
        proof: "/data",
        kind: IdentityKind::Account,
        name_at: Some("/data/label"),
        id_at: None,
        scopes_at: None,
        expiry_at: None,
        rejection: ("/error/code", None),
        grant: (
            "inference API (billed to the account's credits)",
            Access::Write,
        ),
        note: "OpenRouter keys carry no scopes; the credit limit bounds them",
    },
    Spec {
        name: "cloudflare",
        aliases: &[],
        base: "https://api.cloudflare.com",
        path: "/client/v4/user/tokens/verify",
        rules: &["cloudflare.user-api-token"],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &[],
        proof: "/result/status",
        kind: IdentityKind::User,
        name_at: None,
        id_at: Some("/result/id"),
        scopes_at: None,
        expiry_at: Some("/result/expires_on"),
        rejection: ("/success", None),
        grant: (
            "the token's policies (not readable with the token itself)",
            Access::Write,
        ),
        note: "the token's permission policies need the token-read permission to list",
    },
    Spec {
        name: "notion",
        aliases: &[],
        base: "https://api.notion.com",
        path: "/v1/users/me",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[("notion-version", "2022-06-28")],
        prefixes: &["ntn_", "secret_"],
        proof: "/id",
        kind: IdentityKind::Bot,
        name_at: Some("/name"),
        id_at: Some("/id"),
        scopes_at: None,
        expiry_at: None,
        rejection: ("/code", Some("unauthorized")),
        grant: (
            "pages and databases shared with the integration",
            Access::Write,
        ),
        note: "the integration's capabilities (read / update / insert content) are not exposed",
    },
    Spec {
        name: "doppler",
        aliases: &[],
        base: "https://api.doppler.com",
        path: "/v3/me",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &[
            "dp.pt.",
            "dp.st.",
            "dp.sa.",
            "dp.ct.",
            "dp.scim.",
            "dp.audit.",
        ],
        proof: "/type",
        kind: IdentityKind::Account,
        name_at: Some("/name"),
        id_at: Some("/workplace/slug"),
        scopes_at: None,
        expiry_at: None,
        rejection: ("/success", None),
        grant: (
            "secrets the token's workplace role or config reaches",
            Access::Read,
        ),
        note: "write access depends on the token type and role, not shown by /v3/me",
    },
    Spec {
        name: "sentry",
        aliases: &[],
        base: "https://sentry.io",
        path: "/api/0/",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["sntrys_", "sntryu_"],
        proof: "/version",
        kind: IdentityKind::User,
        name_at: Some("/user/username"),
        id_at: Some("/user/id"),
        scopes_at: Some("/auth/scopes"),
        expiry_at: None,
        rejection: ("/detail", None),
        grant: ("organisation API", Access::Read),
        note: "self-hosted Sentry tokens need --endpoint sentry=URL",
    },
    Spec {
        name: "heroku",
        aliases: &[],
        base: "https://api.heroku.com",
        path: "/account",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[("accept", "application/vnd.heroku+json; version=3")],
        prefixes: &[],
        proof: "/id",
        kind: IdentityKind::User,
        name_at: Some("/email"),
        id_at: Some("/id"),
        scopes_at: None,
        expiry_at: None,
        rejection: ("/id", Some("unauthorized")),
        grant: (
            "every app the account can reach (global API key)",
            Access::Admin,
        ),
        note: "OAuth authorisation scopes are not listed by /account",
    },
    Spec {
        name: "postman",
        aliases: &[],
        base: "https://api.getpostman.com",
        path: "/me",
        rules: &[],
        auth: Auth::Header("x-api-key"),
        headers: &[],
        prefixes: &["PMAK-"],
        proof: "/user/id",
        kind: IdentityKind::User,
        name_at: Some("/user/username"),
        id_at: Some("/user/id"),
        scopes_at: None,
        expiry_at: None,
        rejection: ("/error/name", None),
        grant: (
            "workspaces, collections and environments of the user",
            Access::Write,
        ),
        note: "Postman API keys carry the user's full access",
    },
    Spec {
        name: "netlify",
        aliases: &[],
        base: "https://api.netlify.com",
        path: "/api/v1/user",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["nfp_"],
        proof: "/id",
        kind: IdentityKind::User,
        name_at: Some("/email"),
        id_at: Some("/id"),
        scopes_at: None,
        expiry_at: None,
        rejection: ("/code", None),
        grant: ("every site and team of the user", Access::Admin),
        note: "Netlify personal tokens carry the user's full access",
    },
];

/// Whether `j` is `spec`'s documented rejection body.
pub fn rejection(spec: &Spec, j: &Value) -> bool {
    let (at, want) = spec.rejection;
    match (j.pointer(at), want) {
        (Some(Value::String(s)), Some(w)) => s.eq_ignore_ascii_case(w),
        (Some(Value::Bool(false)), None) => true,
        (Some(Value::Bool(true)), _) => false,
        (Some(v), None) => !v.is_null(),
        _ => false,
    }
}

fn text_at(body: &Value, at: Option<&str>) -> Option<String> {
    match body.pointer(at?)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job, spec: &Spec) -> Verification {
    let name = spec.name;
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if !spec.rules.is_empty() && !spec.rules.contains(&job.rule_id.as_str()) {
        return unsupported(
            name,
            "this kind of token cannot be judged by the provider's read-only check; not sent",
        );
    }
    if !spec.prefixes.is_empty()
        && let Some(v) = super::require_prefix(name, token, spec.prefixes)
    {
        return v;
    }
    let mut req = Req::get(ctx.provider, ctx.url(spec.path));
    req = match spec.auth {
        Auth::Bearer => req.bearer(token),
        Auth::Header(h) => req.secret_header(h, token),
    };
    for (k, v) in spec.headers {
        req = req.header(k, v);
    }
    let resp: Resp = match ctx.http.send(&req).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(body) = resp.json().filter(|b| b.pointer(spec.proof).is_some()) else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    v.identity = Some(Identity {
        kind: spec.kind,
        name: text_at(&body, spec.name_at),
        id: text_at(&body, spec.id_at),
    });
    let scopes: Vec<String> = spec
        .scopes_at
        .and_then(|at| body.pointer(at))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if scopes.is_empty() {
        v.bind(spec.grant.0, "api", spec.grant.1);
    }
    for s in &scopes {
        v.bind(format!("{name} API"), s.clone(), scope_access(s));
    }
    v.raw_scopes = scopes;
    if let Some(at) = spec.expiry_at {
        v.expiry = match body.pointer(at) {
            Some(Value::String(s)) => {
                super::expiry_from(s, jiff::Timestamp::now()).unwrap_or(Expiry::Unknown)
            }
            Some(Value::Null) | None => Expiry::Never,
            _ => Expiry::Unknown,
        };
    }
    if let Some(status) = text_at(&body, Some("/result/status")) {
        v.extra("token_status", status);
    }
    v.unknown_note(spec.note);
    v
}

/// A scope name's access: `*:admin` / `admin*` administer, `*:write` / `*write*` write, the
/// rest read.
pub fn scope_access(s: &str) -> Access {
    let l = s.to_ascii_lowercase();
    if l.contains("admin") {
        Access::Admin
    } else if l.contains("write") || l.ends_with(":*") || l == "*" {
        Access::Write
    } else {
        Access::Read
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_are_https_gets_with_unique_names() {
        let mut names = std::collections::BTreeSet::new();
        for s in SPECS {
            assert!(s.base.starts_with("https://"), "{}", s.name);
            assert!(s.path.starts_with('/'), "{}", s.name);
            assert!(names.insert(s.name), "{} twice", s.name);
        }
    }

    #[test]
    fn rejections() {
        let cf = SPECS.iter().find(|s| s.name == "cloudflare").unwrap();
        assert!(rejection(cf, &serde_json::json!({"success": false})));
        assert!(!rejection(cf, &serde_json::json!({"success": true})));
        let notion = SPECS.iter().find(|s| s.name == "notion").unwrap();
        assert!(rejection(
            notion,
            &serde_json::json!({"code": "unauthorized"})
        ));
        assert!(!rejection(
            notion,
            &serde_json::json!({"code": "rate_limited"})
        ));
        assert!(!rejection(notion, &serde_json::json!({})));
        assert_eq!(scope_access("org:admin"), Access::Admin);
        assert_eq!(scope_access("project:write"), Access::Write);
        assert_eq!(scope_access("event:read"), Access::Read);
    }
}
