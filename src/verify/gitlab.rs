//! GitLab (gitlab.com or self-managed through `--endpoint gitlab=URL`).
//!
//! `GET /api/v4/personal_access_tokens/self` with `PRIVATE-TOKEN` returns the token's own
//! record: `scopes`, `expires_at`, `last_used_at`, `active`, `revoked`, `user_id`. Scopes map
//! to bindings; `GET /api/v4/user` adds the user name and whether the user is an instance
//! administrator (an `api`/`sudo`/`admin_mode` token of an admin administers the instance),
//! and `GET /api/v4/projects?min_access_level=40` counts the projects it maintains.
//! Depth: **full** for personal, project and group access tokens (`glpat-`).
//!
//! Status: 401 → invalid (also revoked/expired). 403 with `insufficient_scope` → valid (the
//! token authenticated but lacks a scope for the endpoint); other 403 → unknown. Deploy,
//! runner, CI-job, trigger and feed tokens cannot use this endpoint: unsupported.

use serde_json::Value;

use super::http::{Fail, Req, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};
use crate::finding::Expiry;

/// GitLab scope → (resource, access).
pub fn scope_binding(scope: &str) -> (&'static str, Access) {
    match scope {
        "api" => (
            "API: every project and group the user can reach",
            Access::Write,
        ),
        "read_api" => (
            "API: every project and group the user can reach",
            Access::Read,
        ),
        "read_user" => ("user profile", Access::Read),
        "create_runner" => ("runners", Access::Write),
        "manage_runner" => ("runners", Access::Admin),
        "k8s_proxy" => ("Kubernetes clusters (agent proxy)", Access::Write),
        "read_repository" => ("repositories", Access::Read),
        "write_repository" => ("repositories", Access::Write),
        "read_registry" => ("container registry", Access::Read),
        "write_registry" => ("container registry", Access::Write),
        "read_package_registry" => ("package registry", Access::Read),
        "write_package_registry" => ("package registry", Access::Write),
        "read_virtual_registry" => ("virtual registry", Access::Read),
        "write_virtual_registry" => ("virtual registry", Access::Write),
        "read_observability" => ("observability data", Access::Read),
        "write_observability" => ("observability data", Access::Write),
        "ai_features" => ("AI features", Access::Write),
        "read_service_ping" => ("service ping", Access::Read),
        "self_rotate" => ("this token (rotation)", Access::Write),
        "sudo" => ("any user (impersonation)", Access::Admin),
        "admin_mode" => ("instance administration (admin mode)", Access::Admin),
        s if s.starts_with("read_") => ("gitlab", Access::Read),
        s if s.starts_with("manage_") || s.starts_with("admin") => ("gitlab", Access::Admin),
        _ => ("gitlab", Access::Write),
    }
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    for (prefix, what) in [
        ("gldt-", "deploy tokens only work with git and registries"),
        (
            "glrt-",
            "runner tokens are verified with a POST to the runner API",
        ),
        ("glcbt-", "CI job tokens live only while their job runs"),
        (
            "glptt-",
            "pipeline trigger tokens are used only to start pipelines (a POST)",
        ),
        ("glft-", "feed tokens only read RSS/calendar feeds"),
        ("glimt-", "incoming mail tokens are not API tokens"),
        ("glagent-", "cluster agent tokens are not API tokens"),
        ("gloas-", "OAuth application secrets need the client id"),
    ] {
        if token.starts_with(prefix) {
            return unsupported(name, what);
        }
    }
    // Instance-prefixed tokens (`acme-glpat-…`) belong to a self-managed instance: only
    // sent when the user named its URL.
    let custom = ctx.opts.endpoints.get(ctx.provider).is_some() && token.contains("-glpat-");
    if !custom && let Some(v) = super::require_prefix(name, token, &["glpat-"]) {
        return v;
    }
    let get =
        |path: &str| Req::get(ctx.provider, ctx.url(path)).secret_header("private-token", token);
    let resp = match ctx.http.send(&get(ctx.provider.identity_path())).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if resp.status == 403 && resp.text().contains("insufficient_scope") {
        let mut v = Verification::valid(name);
        v.detail = Some("authenticated, but lacks the scope to read its own record".into());
        v.unknown_note("scopes: the token may not read its own record");
        return v;
    }
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(body) = resp.json() else {
        return malformed(name);
    };
    let Some(scopes) = body.get("scopes").and_then(Value::as_array) else {
        return malformed(name);
    };
    if body.get("revoked").and_then(Value::as_bool) == Some(true)
        || body.get("active").and_then(Value::as_bool) == Some(false)
    {
        return Verification::invalid(name, "the token is revoked or inactive");
    }
    let scopes: Vec<String> = scopes
        .iter()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect();
    let mut v = Verification::valid(name);
    for s in &scopes {
        let (res, acc) = scope_binding(s);
        v.bind(res, s.clone(), acc);
    }
    let now = jiff::Timestamp::now();
    v.expiry = match body.get("expires_at") {
        Some(Value::String(s)) => super::expiry_from(s, now).unwrap_or_else(|| {
            v.unknown_note("expires_at unreadable");
            Expiry::Unknown
        }),
        Some(Value::Null) => Expiry::Never,
        _ => {
            v.unknown_note("expiry: expires_at missing from the response");
            Expiry::Unknown
        }
    };
    for (key, which) in [
        ("created_at", super::TimeField::Created),
        ("last_used_at", super::TimeField::LastUsed),
    ] {
        if let Some(t) = body.get(key).and_then(Value::as_str) {
            v.set_time(which, t);
        }
    }
    for key in ["name", "created_at", "last_used_at", "id"] {
        if let Some(x) = body.get(key).filter(|x| !x.is_null()) {
            let k = if key == "name" || key == "id" {
                format!("token_{key}")
            } else {
                key.to_string()
            };
            v.extra(&k, x.clone());
        }
    }
    let user_id = body.get("user_id").map(|u| match u {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    });
    v.identity = Some(Identity {
        kind: IdentityKind::User,
        name: None,
        id: user_id,
    });
    let can_read_user = scopes
        .iter()
        .any(|s| matches!(s.as_str(), "api" | "read_api" | "read_user"));
    if can_read_user {
        user(ctx, &mut v, &scopes, &get).await;
    } else {
        v.unknown_note("user name: the token has no scope that reads the user");
    }
    if scopes.iter().any(|s| s == "api" || s == "read_api") {
        match ctx
            .http
            .send(&get(
                "/api/v4/projects?min_access_level=40&simple=true&per_page=100",
            ))
            .await
        {
            Ok(r) if r.ok() => {
                let n = r
                    .header("x-total")
                    .and_then(|t| t.parse::<u64>().ok())
                    .or_else(|| r.json().and_then(|j| j.as_array().map(|a| a.len() as u64)));
                if let Some(n) = n {
                    v.extra("projects_maintainer_or_owner", n);
                }
            }
            _ => v.unknown_note("projects: could not be counted"),
        }
    }
    v.raw_scopes = scopes;
    v
}

async fn user(ctx: &Ctx<'_>, v: &mut Verification, scopes: &[String], get: &impl Fn(&str) -> Req) {
    let r = match ctx.http.send(&get("/api/v4/user")).await {
        Ok(r) if r.ok() => r,
        Ok(r) => {
            v.unknown_note(format!("user: HTTP {}", r.status));
            return;
        }
        Err(f) => {
            v.unknown_note(format!("user: {}", Fail::detail(f)));
            return;
        }
    };
    let Some(u) = r.json() else {
        v.unknown_note("user: unreadable response");
        return;
    };
    let bot = u.get("bot").and_then(Value::as_bool) == Some(true);
    v.identity = Some(Identity {
        kind: if bot {
            IdentityKind::Bot
        } else {
            IdentityKind::User
        },
        name: u
            .get("username")
            .and_then(Value::as_str)
            .map(str::to_string),
        id: u.get("id").map(|x| x.to_string()),
    });
    if bot {
        v.extra("token_owner", "project or group access token bot");
    }
    if u.get("is_admin").and_then(Value::as_bool) == Some(true) {
        v.extra("user_is_admin", true);
        if scopes
            .iter()
            .any(|s| matches!(s.as_str(), "api" | "sudo" | "admin_mode"))
        {
            v.bind("instance administration", "is_admin", Access::Admin);
        }
    }
}
