//! Providers verified by one generic verifier over a data description each ([`SPECS`]):
//! one read-only GET that proves the token and names its owner, the provider's documented
//! rejection (status and body), and where the answer keeps identity, scopes and expiry. The
//! HTTP layer, guard, retries and host rules are the same as for every other verifier.
//!
//! Only the documented rejection makes a token invalid; every other answer (429, 5xx, a
//! timeout, a proxy's HTML page, a body of another shape) is unknown. A provider with
//! other sites or regions ([`Regional`]) says which site rejected the token, and a token
//! found next to another site's host is not sent to the official one at all
//! ([`super::instance`]). A provider without one official host ([`Spec::needs_base`],
//! Shopify's per-store Admin API) sends nothing unless the user names the base URL.

use base64::Engine as _;
use serde_json::Value;

use super::http::{Req, Resp, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, UnknownReason, Verification, unsupported};
use crate::finding::Expiry;

/// How the token is sent (always in a header, never in the URL).
#[derive(Debug, Clone, Copy)]
pub enum Auth {
    Bearer,
    Header(&'static str),
    /// `Authorization: Bot <token>` (Discord bot tokens).
    Bot,
    /// HTTP basic auth with a fixed user name and the token as password (Mailgun: `api`).
    Basic {
        user: &'static str,
    },
}

/// The body of the provider's documented rejection.
#[derive(Debug, Clone, Copy)]
pub enum Reject {
    /// A JSON pointer and the value it must hold: a string (case-insensitive, a final `.`
    /// ignored), `true` / `false` or a number; `None` for "present and not null" (`false`
    /// counts, `true` does not: Cloudflare's `{"success": false}`).
    Json(&'static str, Option<&'static str>),
    /// A plain-text body, exactly (trimmed, case-insensitive): Mailgun's `Forbidden`.
    Text(&'static str),
    /// Any of these.
    Any(&'static [Reject]),
}

impl Reject {
    /// Whether `body` is this rejection.
    pub fn matches(&self, body: &[u8]) -> bool {
        match self {
            Reject::Json(at, want) => serde_json::from_slice::<Value>(body)
                .is_ok_and(|j| json_matches(j.pointer(at), *want)),
            Reject::Text(t) => {
                std::str::from_utf8(body).is_ok_and(|b| b.trim().eq_ignore_ascii_case(t))
            }
            Reject::Any(all) => all.iter().any(|r| r.matches(body)),
        }
    }
}

fn json_matches(v: Option<&Value>, want: Option<&str>) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('.').to_ascii_lowercase();
    match (v, want) {
        (Some(Value::String(s)), Some(w)) => norm(s) == norm(w),
        (Some(Value::Bool(b)), Some(w)) => {
            w.eq_ignore_ascii_case(if *b { "true" } else { "false" })
        }
        (Some(Value::Number(n)), Some(w)) => n.to_string() == w,
        (Some(Value::Bool(b)), None) => !b,
        (Some(v), None) => !v.is_null(),
        _ => false,
    }
}

/// Other sites, regions or instances of a provider, with tokens of the same format that the
/// official base rejects: a rejection there says nothing about them.
#[derive(Debug)]
pub struct Regional {
    /// The site the official base serves, named in invalid verdicts:
    /// `US1 (api.datadoghq.com)`.
    pub home: &'static str,
    /// The other sites, and how to verify a token there.
    pub others: &'static str,
    /// Lower-case text that, in the lines around a finding, names another site: the token
    /// is then not sent to the official base (`other-instance`) unless the user set one.
    pub markers: &'static [&'static str],
    /// What such a marker means, for the `other-instance` answer.
    pub instance: &'static str,
}

/// One provider's description.
#[derive(Debug)]
pub struct Spec {
    /// The name used in reports and `--endpoint NAME=URL`; also the rules' provider.
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// Official API base: the only host the token goes to without an override. With
    /// [`Spec::needs_base`] it is never used: nothing is sent without an override.
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
    /// A JSON pointer that a 200 answer must hold (not null, not `false`).
    pub proof: &'static str,
    pub kind: IdentityKind,
    pub name_at: Option<&'static str>,
    pub id_at: Option<&'static str>,
    /// An array of scope strings, if the answer lists them.
    pub scopes_at: Option<&'static str>,
    /// An expiry timestamp (null = never), if the answer has one.
    pub expiry_at: Option<&'static str>,
    /// Scalar facts copied into the extras: `(key, JSON pointer)`.
    pub extras: &'static [(&'static str, &'static str)],
    /// The status of the documented rejection: 401 for most, 403 for Datadog and Vercel.
    pub reject_status: u16,
    /// The documented rejection's body. The status alone is never enough.
    pub rejection: Reject,
    /// Statuses with a documented meaning other than "invalid", and what they mean (an
    /// HCP Terraform organization token answers 404 on the user endpoint).
    pub status_notes: &'static [(u16, &'static str)],
    /// What a valid token reaches when the answer lists no scopes.
    pub grant: (&'static str, Access),
    pub note: &'static str,
    /// `Some(example)` when there is no single official host (a Shopify store's own
    /// `SHOP.myshopify.com`): the base must come from `--endpoint NAME=URL`, never from
    /// scanned content, and without it nothing is sent.
    pub needs_base: Option<&'static str>,
    pub regional: Option<Regional>,
    /// Where the request, the answer and the rejection are documented.
    pub docs: &'static [&'static str],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/error/code", Some("invalid_api_key")),
        status_notes: &[],
        grant: (
            "inference API (billed to the key's organisation)",
            Access::Write,
        ),
        note: "Groq keys carry no scopes; every key can run billed inference",
        needs_base: None,
        regional: None,
        docs: &[],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/message", None),
        status_notes: &[],
        grant: ("inference API (billed to the workspace)", Access::Write),
        note: "Mistral keys carry no scopes visible to the API",
        needs_base: None,
        regional: None,
        docs: &[],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/code", None),
        status_notes: &[],
        grant: ("inference API", Access::Write),
        note: "xAI reports the key's ACLs; model-level limits are not shown",
        needs_base: None,
        regional: None,
        docs: &["https://docs.x.ai/docs/api-reference#api-key"],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/error/code", None),
        status_notes: &[],
        grant: (
            "inference API (billed to the account's credits)",
            Access::Write,
        ),
        note: "OpenRouter keys carry no scopes; the credit limit bounds them",
        needs_base: None,
        regional: None,
        docs: &["https://openrouter.ai/docs/api/api-reference/api-keys/get-current-key"],
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
        extras: &[("token_status", "/result/status")],
        reject_status: 401,
        rejection: Reject::Json("/success", None),
        status_notes: &[],
        grant: (
            "the token's policies (not readable with the token itself)",
            Access::Write,
        ),
        note: "the token's permission policies need the token-read permission to list",
        needs_base: None,
        regional: None,
        docs: &[
            "https://developers.cloudflare.com/api/python/resources/user/subresources/tokens/methods/verify",
            "https://developers.cloudflare.com/fundamentals/api/troubleshooting",
        ],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/code", Some("unauthorized")),
        status_notes: &[],
        grant: (
            "pages and databases shared with the integration",
            Access::Write,
        ),
        note: "the integration's capabilities (read / update / insert content) are not exposed",
        needs_base: None,
        regional: None,
        docs: &[],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/success", None),
        status_notes: &[],
        grant: (
            "secrets the token's workplace role or config reaches",
            Access::Read,
        ),
        note: "write access depends on the token type and role, not shown by /v3/me",
        needs_base: None,
        regional: None,
        docs: &["https://docs.doppler.com/reference-link/api"],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/detail", None),
        status_notes: &[],
        grant: ("organisation API", Access::Read),
        note: "self-hosted Sentry tokens need --endpoint sentry=URL",
        needs_base: None,
        regional: None,
        docs: &[],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/id", Some("unauthorized")),
        status_notes: &[],
        grant: (
            "every app the account can reach (global API key)",
            Access::Admin,
        ),
        note: "OAuth authorisation scopes are not listed by /account",
        needs_base: None,
        regional: None,
        docs: &[],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/error/name", None),
        status_notes: &[],
        grant: (
            "workspaces, collections and environments of the user",
            Access::Write,
        ),
        note: "Postman API keys carry the user's full access",
        needs_base: None,
        regional: None,
        docs: &["https://learning.postman.com/api-docs/api-reference/users/get-authenticated-user"],
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
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/code", None),
        status_notes: &[],
        grant: ("every site and team of the user", Access::Admin),
        note: "Netlify personal tokens carry the user's full access",
        needs_base: None,
        regional: None,
        docs: &[],
    },
];

/// Whether `resp` is `spec`'s documented rejection: its status and its body.
pub fn rejection(spec: &Spec, resp: &Resp) -> bool {
    resp.status == spec.reject_status && spec.rejection.matches(&resp.body)
}

fn text_at(body: &Value, at: Option<&str>) -> Option<String> {
    match body.pointer(at?)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Whether the user named a base URL for this provider.
fn user_base(ctx: &Ctx<'_>) -> bool {
    ctx.opts.endpoints.get(ctx.provider).is_some()
}

/// Without a user-set base, a provider without one official host sends nothing.
pub fn needs_base_answer(spec: &Spec) -> Verification {
    let example = spec.needs_base.unwrap_or("URL");
    unsupported(
        spec.name,
        format!(
            "{} has no single API host (each has its own, which is never taken from scanned \
             files); nothing was sent: verify with --endpoint {}={example}",
            spec.name, spec.name
        ),
    )
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job, spec: &Spec) -> Verification {
    let name = spec.name;
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if spec.needs_base.is_some() && !user_base(ctx) {
        return needs_base_answer(spec);
    }
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
        Auth::Bot => req.secret_header("authorization", &format!("Bot {token}")),
        Auth::Basic { user } => {
            let pair = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{token}"));
            req.secret_header("authorization", &format!("Basic {pair}"))
        }
    };
    for (k, v) in spec.headers {
        req = req.header(k, v);
    }
    let resp: Resp = match ctx.http.send(&req).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if !resp.ok() {
        return refused(spec, &resp, user_base(ctx));
    }
    let Some(body) = resp.json().filter(|b| {
        b.pointer(spec.proof)
            .is_some_and(|p| !p.is_null() && *p != Value::Bool(false))
    }) else {
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
    for (key, at) in spec.extras {
        if let Some(x @ (Value::String(_) | Value::Number(_) | Value::Bool(_))) = body.pointer(at) {
            v.extra(key, x.clone());
        }
    }
    v.unknown_note(spec.note);
    v
}

/// The verdict on a non-2xx answer. Only the documented rejection (status and body) is
/// invalid, and for a provider with other sites only on the site that was asked.
fn refused(spec: &Spec, resp: &Resp, user_base: bool) -> Verification {
    let name = spec.name;
    if rejection(spec, resp) {
        let mut detail = format!(
            "HTTP {} with the provider's documented rejection",
            resp.status
        );
        if let Some(r) = &spec.regional {
            if user_base {
                detail.push_str(" from the configured base URL");
            } else {
                detail.push_str(&format!(": not a live token on {}; {}", r.home, r.others));
            }
        }
        return Verification::invalid(name, detail);
    }
    if resp.status == spec.reject_status && resp.status != 401 {
        // The rejection status without its body: a WAF's or proxy's answer.
        return Verification::unknown(
            name,
            UnknownReason::UndocumentedRejection,
            format!(
                "HTTP {} without the provider's documented body (a proxy or WAF?); says \
                 nothing about the token",
                resp.status
            ),
        );
    }
    let mut v = status_outcome(name, resp, false).unwrap_or_else(|| malformed(name));
    if let Some((_, note)) = spec.status_notes.iter().find(|(s, _)| *s == resp.status) {
        v.detail = Some(format!("HTTP {}: {note}", resp.status));
    }
    v
}

/// A scope name's access: `*:admin` / `admin*` administer, `*:write` / `*write*` /
/// `*:manage` write, the rest read.
pub fn scope_access(s: &str) -> Access {
    let l = s.to_ascii_lowercase();
    if l.contains("admin") {
        Access::Admin
    } else if l.contains("write") || l.contains("manage") || l.ends_with(":*") || l == "*" {
        Access::Write
    } else {
        Access::Read
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    fn spec(name: &str) -> &'static Spec {
        SPECS.iter().find(|s| s.name == name).unwrap()
    }

    fn resp(status: u16, body: &str) -> Resp {
        Resp {
            status,
            headers: HeaderMap::new(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn specs_are_https_gets_with_unique_names() {
        let mut names = std::collections::BTreeSet::new();
        for s in SPECS {
            assert!(s.base.starts_with("https://"), "{}", s.name);
            assert!(s.path.starts_with('/'), "{}", s.name);
            assert!(names.insert(s.name), "{} twice", s.name);
            for d in s.docs {
                assert!(d.starts_with("https://"), "{}: {d}", s.name);
            }
            if let Some(r) = &s.regional {
                assert!(!r.markers.is_empty(), "{}", s.name);
                for m in r.markers {
                    assert_eq!(
                        *m,
                        m.to_ascii_lowercase(),
                        "{}: markers are lower-case",
                        s.name
                    );
                }
            }
            assert!(
                matches!(s.reject_status, 401 | 403),
                "{}: a rejection is 401 or 403",
                s.name
            );
        }
    }

    #[test]
    fn rejections() {
        let cf = spec("cloudflare");
        assert!(rejection(cf, &resp(401, r#"{"success": false}"#)));
        assert!(!rejection(cf, &resp(401, r#"{"success": true}"#)));
        // The body alone is not enough: the status must be the documented one.
        assert!(!rejection(cf, &resp(400, r#"{"success": false}"#)));
        let notion = spec("notion");
        assert!(rejection(notion, &resp(401, r#"{"code": "unauthorized"}"#)));
        assert!(!rejection(
            notion,
            &resp(401, r#"{"code": "rate_limited"}"#)
        ));
        assert!(!rejection(notion, &resp(401, "{}")));
        assert_eq!(scope_access("org:admin"), Access::Admin);
        assert_eq!(scope_access("project:write"), Access::Write);
        assert_eq!(scope_access("webhook:manage"), Access::Write);
        assert_eq!(scope_access("event:read"), Access::Read);
    }

    #[test]
    fn text_rejections_need_the_whole_body() {
        assert!(Reject::Text("Forbidden").matches(b"  forbidden "));
        assert!(!Reject::Text("Forbidden").matches(b"Forbidden: proxy"));
        assert!(!Reject::Text("Forbidden").matches(&[0xff, 0xfe]));
    }
}
