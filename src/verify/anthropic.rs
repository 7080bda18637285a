//! Anthropic: `x-api-key` + `anthropic-version: 2023-06-01`.
//!
//! - API keys (`sk-ant-api03-`): `GET /v1/models`. Anthropic API keys have no scopes: a
//!   valid key has full API access within its workspace, so one write binding. Depth:
//!   **full** for permissions (there is nothing finer), identity limited to the
//!   organisation id header.
//! - Admin keys (`sk-ant-admin01-`): `GET /v1/organizations/me`, then the users,
//!   workspaces and API keys lists are counted. Depth: **full** (one admin binding).
//! - Claude Code OAuth tokens (`sk-ant-oat01-`, `sk-ant-ort01-`): unsupported.
//!
//! Status: 401 → invalid. 403 `permission_error` → valid; other 403 → unknown.
//! 529 (overloaded) → unknown (server error).

use serde_json::Value;

use super::http::{Req, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};

pub const VERSION: &str = "2023-06-01";

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if let Some(v) = super::require_prefix(name, token, &["sk-ant-"]) {
        return v;
    }
    if token.starts_with("sk-ant-oat") || token.starts_with("sk-ant-ort") {
        return unsupported(name, "Claude Code OAuth tokens are not API keys");
    }
    let admin = token.starts_with("sk-ant-admin");
    let get = |path: &str| {
        Req::get(ctx.provider, ctx.url(path))
            .secret_header("x-api-key", token)
            .header("anthropic-version", VERSION)
    };
    let first = if admin {
        "/v1/organizations/me"
    } else {
        ctx.provider.identity_path()
    };
    let resp = match ctx.http.send(&get(first)).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    let permission_error = resp.status == 403 && resp.text().contains("permission_error");
    if let Some(v) = status_outcome(name, &resp, permission_error) {
        return v;
    }
    let Some(body) = resp.json() else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    let org_header = resp.header("anthropic-organization-id").map(str::to_string);
    if admin {
        let Some(id) = body.get("id").and_then(Value::as_str) else {
            return malformed(name);
        };
        v.identity = Some(Identity {
            kind: IdentityKind::Org,
            name: body.get("name").and_then(Value::as_str).map(str::to_string),
            id: Some(id.to_string()),
        });
        v.extra("key_type", "admin");
        v.bind(
            "organization",
            "admin API (members, workspaces, API keys)",
            Access::Admin,
        );
        for (key, path) in [
            ("users", "/v1/organizations/users?limit=100"),
            ("workspaces", "/v1/organizations/workspaces?limit=100"),
            ("api_keys", "/v1/organizations/api_keys?limit=100"),
        ] {
            match ctx.http.send(&get(path)).await {
                Ok(r) if r.ok() => {
                    if let Some(n) = r
                        .json()
                        .and_then(|j| j.get("data")?.as_array().map(Vec::len))
                    {
                        v.extra(key, n);
                    }
                }
                _ => v.unknown_note(format!("{key}: could not be listed")),
            }
        }
        return v;
    }
    let Some(models) = body.get("data").and_then(Value::as_array) else {
        return malformed(name);
    };
    v.extra("models", models.len());
    v.identity = Some(Identity {
        kind: IdentityKind::Org,
        name: None,
        id: org_header,
    });
    v.bind(
        "workspace API (messages, batches, files)",
        "full_access",
        Access::Write,
    );
    v.unknown_note("workspace and key owner: not exposed to API keys");
    v
}
