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
        extras: &[
            ("token_status", "/result/status"),
            ("not_before", "/result/not_before"),
        ],
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
    Spec {
        name: "discord",
        aliases: &[],
        base: "https://discord.com",
        path: "/api/v10/users/@me",
        // A webhook URL is no bot token.
        rules: &["discord.bot-token"],
        auth: Auth::Bot,
        headers: &[],
        prefixes: &[],
        proof: "/id",
        kind: IdentityKind::Bot,
        name_at: Some("/username"),
        id_at: Some("/id"),
        scopes_at: None,
        expiry_at: None,
        extras: &[],
        reject_status: 401,
        // `{"message": "401: Unauthorized", "code": 0}`
        rejection: Reject::Json("/message", Some("401: Unauthorized")),
        status_notes: &[],
        grant: (
            "every server the bot was added to, with its roles' permissions",
            Access::Write,
        ),
        note: "the bot's permissions in each server are not shown by /users/@me (a user \
               token, sent with the Bot scheme, reads as not a live bot token)",
        needs_base: None,
        regional: None,
        docs: &[
            "https://discord.com/developers/docs/resources/user#get-current-user",
            "https://discord.com/developers/docs/topics/opcodes-and-status-codes#http",
        ],
    },
    Spec {
        name: "vercel",
        aliases: &[],
        base: "https://api.vercel.com",
        path: "/v2/user",
        // Personal tokens only: refresh tokens (vcr_) are never sent, and integration,
        // app and AI Gateway keys are not documented to read /v2/user.
        rules: &["vercel.personal-token"],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["vcp_"],
        proof: "/user/id",
        kind: IdentityKind::User,
        name_at: Some("/user/username"),
        id_at: Some("/user/id"),
        scopes_at: None,
        expiry_at: None,
        extras: &[],
        reject_status: 403,
        // `{"error": {"code": "forbidden", "message": "Not authorized", "invalidToken": true}}`
        rejection: Reject::Json("/error/invalidToken", Some("true")),
        status_notes: &[],
        grant: (
            "projects, deployments and environment variables in the token's scope",
            Access::Write,
        ),
        note: "the token's scope (full account, a team or one project) and expiry are not \
               shown by /v2/user",
        needs_base: None,
        regional: None,
        docs: &["https://vercel.com/docs/rest-api/user/get-the-user"],
    },
    Spec {
        name: "terraform",
        aliases: &["terraformcloud", "hcpterraform", "tfc"],
        base: "https://app.terraform.io",
        path: "/api/v2/account/details",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[("content-type", "application/vnd.api+json")],
        prefixes: &[],
        proof: "/data/id",
        kind: IdentityKind::User,
        name_at: Some("/data/attributes/username"),
        id_at: Some("/data/id"),
        scopes_at: None,
        expiry_at: None,
        extras: &[("service_account", "/data/attributes/is-service-account")],
        reject_status: 401,
        // A JSON:API error object: `{"errors": [{"status": "401", "title": "unauthorized"}]}`
        rejection: Reject::Json("/errors/0/status", Some("401")),
        status_notes: &[(
            404,
            "an organization token cannot read /account/details (HCP Terraform answers 404 \
             to forbidden requests); says nothing about the token",
        )],
        grant: (
            "workspaces, state and variables the user or team can reach",
            Access::Write,
        ),
        note: "team and organization tokens act as a synthetic service user \
               (service_account); their team or organization is not shown by \
               /account/details",
        needs_base: None,
        regional: Some(Regional {
            home: "HCP Terraform (app.terraform.io)",
            others: "a Terraform Enterprise or HCP Terraform Europe (app.eu.terraform.io) \
                     token is unknown there: verify it with --endpoint terraform=https://HOST",
            markers: &["app.eu.terraform.io", "tfe_hostname", "tfe_address"],
            instance: "Terraform Enterprise or HCP Terraform Europe",
        }),
        docs: &[
            "https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account",
            "https://developer.hashicorp.com/terraform/cloud-docs/api-docs#authentication",
        ],
    },
    Spec {
        name: "datadog",
        aliases: &[],
        base: "https://api.datadoghq.com",
        path: "/api/v1/validate",
        // An application key is only judged together with an API key.
        rules: &["datadog.api-key"],
        auth: Auth::Header("dd-api-key"),
        headers: &[],
        prefixes: &[],
        proof: "/valid",
        kind: IdentityKind::Org,
        name_at: None,
        id_at: None,
        scopes_at: None,
        expiry_at: None,
        extras: &[],
        reject_status: 403,
        // "If invalid, a 403 is returned": `{"errors": ["Forbidden"]}`
        rejection: Reject::Json("/errors/0", Some("Forbidden")),
        status_notes: &[],
        grant: (
            "submit metrics, logs and events to the key's organisation",
            Access::Write,
        ),
        note: "the key's organisation is not shown by /api/v1/validate; reading data also \
               needs an application key",
        needs_base: None,
        regional: Some(Regional {
            home: "US1 (api.datadoghq.com)",
            others: "a key of another Datadog site (EU1 api.datadoghq.eu, US3, US5, AP1, AP2, \
                     US1-FED api.ddog-gov.com) is unknown there: verify it with --endpoint \
                     datadog=https://api.datadoghq.eu (the site's API host)",
            markers: &[
                "datadoghq.eu",
                "us3.datadoghq.com",
                "us5.datadoghq.com",
                "ap1.datadoghq.com",
                "ap2.datadoghq.com",
                "uk1.datadoghq.com",
                "ddog-gov.com",
            ],
            instance: "another Datadog site (EU1, US3, US5, AP1, AP2 or US1-FED)",
        }),
        docs: &["https://docs.datadoghq.com/api/latest/authentication/#validate-api-key"],
    },
    Spec {
        name: "mailgun",
        aliases: &[],
        base: "https://api.mailgun.net",
        path: "/v3/domains",
        rules: &[],
        auth: Auth::Basic { user: "api" },
        headers: &[],
        prefixes: &[],
        proof: "/items",
        kind: IdentityKind::Account,
        name_at: None,
        id_at: None,
        scopes_at: None,
        expiry_at: None,
        extras: &[("domains", "/total_count")],
        reject_status: 401,
        // Never "invalid": Mailgun answers 401 to a revoked key, but also to a live domain
        // sending key (which may only POST /messages) and to a live key of the other region,
        // and the key's format does not tell them apart.
        rejection: Reject::Any(&[]),
        status_notes: &[(
            401,
            "Mailgun refuses revoked keys with 401, and also live domain sending keys (they \
             may only send) and keys of the other region (EU keys: --endpoint \
             mailgun=https://api.eu.mailgun.net); says nothing certain about the key",
        )],
        grant: ("the account's sending domains", Access::Read),
        note: "the key's role (admin, developer, sending…) is not shown by /v3/domains; a \
               domain sending key cannot read it",
        needs_base: None,
        regional: Some(Regional {
            home: "the US region (api.mailgun.net)",
            others: "an EU-region key lives on api.eu.mailgun.net and is unknown here: verify \
                     it with --endpoint mailgun=https://api.eu.mailgun.net",
            markers: &["eu.mailgun.net"],
            instance: "Mailgun's EU region (api.eu.mailgun.net)",
        }),
        docs: &[
            "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
            "https://documentation.mailgun.com/docs/mailgun/api-reference/api-overview",
        ],
    },
    Spec {
        name: "shopify",
        aliases: &[],
        // Never used: every store has its own Admin API host, which must come from
        // `--endpoint shopify=https://SHOP.myshopify.com` (never from scanned content).
        base: "https://admin.shopify.com",
        path: "/admin/api/2024-10/shop.json",
        // Admin API access tokens only (not the app's shared secret).
        rules: &["shopify.access-token"],
        auth: Auth::Header("x-shopify-access-token"),
        headers: &[],
        prefixes: &["shpat_"],
        proof: "/shop/id",
        kind: IdentityKind::Account,
        name_at: Some("/shop/name"),
        id_at: Some("/shop/id"),
        scopes_at: None,
        expiry_at: None,
        extras: &[("myshopify_domain", "/shop/myshopify_domain")],
        reject_status: 401,
        rejection: Reject::Json(
            "/errors",
            Some("[API] Invalid API key or access token (unrecognized login or wrong password)"),
        ),
        status_notes: &[],
        grant: (
            "the access scopes granted to the app on the store",
            Access::Read,
        ),
        note: "the granted access scopes are listed by /admin/oauth/access_scopes.json, which \
               is not queried",
        needs_base: Some("https://SHOP.myshopify.com"),
        regional: None,
        docs: &["https://shopify.dev/docs/api/admin-rest/latest/resources/shop"],
    },
    Spec {
        name: "circleci",
        aliases: &[],
        base: "https://circleci.com",
        path: "/api/v2/me",
        // API v2 takes personal tokens only; project tokens are not supported there.
        rules: &["circleci.personal-token"],
        auth: Auth::Header("circle-token"),
        headers: &[],
        prefixes: &["CCIPAT_"],
        proof: "/id",
        kind: IdentityKind::User,
        name_at: Some("/login"),
        id_at: Some("/id"),
        scopes_at: None,
        expiry_at: None,
        extras: &[],
        reject_status: 401,
        rejection: Reject::Json("/message", Some("You must log in first.")),
        status_notes: &[],
        grant: (
            "every project the user can access (pipelines, environment variable names)",
            Access::Write,
        ),
        note: "CircleCI personal tokens carry the user's full access; CircleCI server tokens \
               need --endpoint circleci=URL",
        needs_base: None,
        regional: None,
        docs: &[
            "https://circleci.com/docs/api/v2/index.html#operation/getCurrentUser",
            "https://circleci.com/docs/guides/toolkit/api-developers-guide",
        ],
    },
    Spec {
        name: "asana",
        aliases: &[],
        base: "https://app.asana.com",
        path: "/api/1.0/users/me",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &[],
        proof: "/data/gid",
        kind: IdentityKind::User,
        name_at: Some("/data/email"),
        id_at: Some("/data/gid"),
        scopes_at: None,
        expiry_at: None,
        extras: &[],
        reject_status: 401,
        // `{"errors": [{"message": "Not Authorized"}]}`
        rejection: Reject::Json("/errors/0/message", Some("Not Authorized")),
        status_notes: &[],
        grant: ("every workspace of the user", Access::Write),
        note: "Asana personal access tokens carry the user's full access",
        needs_base: None,
        regional: None,
        docs: &[
            "https://developers.asana.com/reference/getuser",
            "https://developers.asana.com/docs/http-status-codes",
        ],
    },
    Spec {
        name: "airtable",
        aliases: &[],
        base: "https://api.airtable.com",
        path: "/v0/meta/whoami",
        rules: &[],
        auth: Auth::Bearer,
        headers: &[],
        prefixes: &["pat"],
        proof: "/id",
        kind: IdentityKind::User,
        name_at: Some("/email"),
        id_at: Some("/id"),
        scopes_at: Some("/scopes"),
        expiry_at: None,
        extras: &[],
        reject_status: 401,
        // `{"error": {"type": "AUTHENTICATION_REQUIRED" | "UNAUTHORIZED", "message": …}}`
        rejection: Reject::Any(&[
            Reject::Json("/error/type", Some("AUTHENTICATION_REQUIRED")),
            Reject::Json("/error/type", Some("UNAUTHORIZED")),
        ]),
        status_notes: &[],
        grant: ("the bases and scopes chosen at creation", Access::Read),
        note: "a personal access token's scopes and bases are not shown by /v0/meta/whoami \
               (only OAuth tokens list scopes)",
        needs_base: None,
        regional: None,
        docs: &[
            "https://airtable.com/developers/web/api/get-user-id-scopes",
            "https://support.airtable.com/docs/airtable-api-common-troubleshooting",
        ],
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
    fn providers_added_with_their_documentation() {
        for name in [
            "discord",
            "vercel",
            "terraform",
            "datadog",
            "mailgun",
            "shopify",
            "circleci",
            "asana",
            "airtable",
        ] {
            assert!(!spec(name).docs.is_empty(), "{name}");
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
    fn rejections_by_status_text_and_value() {
        let dd = spec("datadog");
        assert!(rejection(dd, &resp(403, r#"{"errors": ["Forbidden"]}"#)));
        assert!(!rejection(dd, &resp(401, r#"{"errors": ["Forbidden"]}"#)));
        assert!(!rejection(
            dd,
            &resp(403, r#"{"errors": ["Rate limit exceeded"]}"#)
        ));
        let vercel = spec("vercel");
        let dead =
            r#"{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}"#;
        assert!(rejection(vercel, &resp(403, dead)));
        let scope = r#"{"error":{"code":"forbidden","message":"Not authorized"}}"#;
        assert!(!rejection(vercel, &resp(403, scope)));
        // Mailgun's 401 is never a verdict (sending keys and other-region keys get it too).
        let mg = spec("mailgun");
        assert!(!rejection(mg, &resp(401, "Forbidden\n")));
        assert!(!rejection(
            mg,
            &resp(401, r#"{"message": "Invalid private key"}"#)
        ));
        // Plain-text rejections, trimmed and case-insensitive, whole body only.
        assert!(Reject::Text("Forbidden").matches(b"forbidden\n"));
        assert!(!Reject::Text("Forbidden").matches(b"<html>Forbidden</html>"));
        assert!(!Reject::Any(&[]).matches(b"Forbidden"));
        let tf = spec("terraform");
        assert!(rejection(
            tf,
            &resp(
                401,
                r#"{"errors":[{"status":"401","title":"unauthorized"}]}"#
            )
        ));
        assert!(rejection(tf, &resp(401, r#"{"errors":[{"status":401}]}"#)));
        assert!(!rejection(
            tf,
            &resp(401, r#"{"errors":[{"status":"404"}]}"#)
        ));
        let cci = spec("circleci");
        assert!(rejection(
            cci,
            &resp(401, r#"{"message": "You must log in first"}"#)
        ));
    }

    #[test]
    fn regional_rejections_name_the_site_that_was_asked() {
        let dd = spec("datadog");
        let v = refused(dd, &resp(403, r#"{"errors":["Forbidden"]}"#), false);
        assert_eq!(v.status, super::super::Status::Invalid);
        let d = v.detail.unwrap();
        assert!(
            d.contains("US1 (api.datadoghq.com)") && d.contains("api.datadoghq.eu"),
            "{d}"
        );
        let v = refused(spec("mailgun"), &resp(401, "Forbidden"), false);
        assert!(v.detail.unwrap().contains("api.eu.mailgun.net"));
        // Against a base the user set, the site is the user's: no guess about which.
        let v = refused(dd, &resp(403, r#"{"errors":["Forbidden"]}"#), true);
        assert!(v.detail.unwrap().contains("configured base URL"));
        // A provider without other sites says nothing about them.
        let v = refused(
            spec("asana"),
            &resp(401, r#"{"errors":[{"message":"Not Authorized"}]}"#),
            false,
        );
        assert_eq!(
            v.detail.as_deref(),
            Some("HTTP 401 with the provider's documented rejection")
        );
    }

    #[test]
    fn text_rejections_need_the_whole_body() {
        assert!(Reject::Text("Forbidden").matches(b"  forbidden "));
        assert!(!Reject::Text("Forbidden").matches(b"Forbidden: proxy"));
        assert!(!Reject::Text("Forbidden").matches(&[0xff, 0xfe]));
    }
}
