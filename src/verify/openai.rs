//! OpenAI, GET only (no synthetic write probes), `Authorization: Bearer`.
//!
//! - Project, service-account and legacy keys: `GET /v1/models` proves validity; the
//!   `openai-organization` / `openai-project` response headers name the owner; `GET /v1/me`
//!   names the user where the key may; GET list probes (`files`, `fine_tuning/jobs`,
//!   `batches`, `assistants`, `vector_stores`) show which resources the key reads. The key's
//!   permission mode (All / Restricted / Read-only) and write access are not exposed.
//!   Depth: **partial**.
//! - Admin keys (`sk-admin-`): `GET /v1/organization/projects` and `/v1/organization/users`.
//!   An admin key administers the organisation. Depth: **full** (one admin binding).
//!
//! Status: 401 `invalid_api_key` → invalid. 401 or 403 naming missing scopes or
//! insufficient permissions → valid (a restricted key); any other 401 → unknown. 429
//! `insufficient_quota` → valid (the key works; its account has no credit).

use serde_json::Value;

use super::http::{Req, Resp, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};

const PROBES: &[(&str, &str)] = &[
    ("files", "/v1/files?limit=1"),
    ("fine_tuning", "/v1/fine_tuning/jobs?limit=1"),
    ("batches", "/v1/batches?limit=1"),
    ("assistants", "/v1/assistants?limit=1"),
    ("vector_stores", "/v1/vector_stores?limit=1"),
];

/// A restricted key without the endpoint's permission. OpenAI answers it with **401**
/// "You have insufficient permissions for this operation. Missing scopes: …" (some
/// endpoints with 403): the key authenticated, it just may not do this.
fn restricted(r: &Resp) -> bool {
    let t = r.text().to_ascii_lowercase();
    matches!(r.status, 401 | 403)
        && (t.contains("missing scopes") || t.contains("insufficient permissions"))
}

fn quota_429(r: &Resp) -> bool {
    r.status == 429 && r.text().contains("insufficient_quota")
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if token.starts_with("sk-ant-") {
        return unsupported(name, "an Anthropic key, not an OpenAI one; not sent");
    }
    if let Some(v) = super::require_prefix(name, token, &["sk-"]) {
        return v;
    }
    let get = |path: &str| {
        let mut r = Req::get(ctx.provider, ctx.url(path)).bearer(token);
        if path.starts_with("/v1/assistants") || path.starts_with("/v1/vector_stores") {
            r = r.header("openai-beta", "assistants=v2");
        }
        r
    };
    if token.starts_with("sk-admin-") {
        return admin(ctx, &get).await;
    }
    let resp = match ctx.http.send(&get(ctx.provider.identity_path())).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    let mut v = Verification::valid(name);
    if quota_429(&resp) {
        v.detail = Some("valid, but the account has no remaining quota".into());
        v.extra("quota_exhausted", true);
    } else if restricted(&resp) {
        v.detail = Some("valid restricted key: models are not readable".into());
    } else if let Some(out) = status_outcome(name, &resp, false) {
        return out;
    } else {
        let Some(body) = resp.json() else {
            return malformed(name);
        };
        let Some(models) = body.get("data").and_then(Value::as_array) else {
            return malformed(name);
        };
        v.extra("models", models.len());
        v.bind("models", "model.read", Access::Read);
    }
    let org = resp.header("openai-organization").map(str::to_string);
    if let Some(p) = resp.header("openai-project") {
        v.extra("project", p);
    }
    v.identity = Some(Identity {
        kind: IdentityKind::Org,
        name: org.clone(),
        id: None,
    });
    match ctx.http.send(&get("/v1/me")).await {
        Ok(r) if r.ok() => {
            if let Some(me) = r.json() {
                let kind = if token.starts_with("sk-svcacct-") {
                    IdentityKind::ServiceAccount
                } else {
                    IdentityKind::User
                };
                v.identity = Some(Identity {
                    kind,
                    name: me
                        .get("email")
                        .or_else(|| me.get("name"))
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    id: me.get("id").and_then(Value::as_str).map(str::to_string),
                });
                if let Some(orgs) = me.pointer("/orgs/data").and_then(Value::as_array) {
                    let list: Vec<Value> = orgs
                        .iter()
                        .map(|o| {
                            serde_json::json!({
                                "id": o.get("id"),
                                "title": o.get("title"),
                                "role": o.get("role"),
                            })
                        })
                        .collect();
                    v.extra("orgs", list);
                }
            }
        }
        _ => v.unknown_note("user identity: /v1/me is not readable with this key"),
    }
    for (resource, path) in PROBES {
        match ctx.http.send(&get(path)).await {
            Ok(r) if r.ok() => v.bind(*resource, format!("{resource}.read"), Access::Read),
            Ok(r) if restricted(&r) || r.status == 404 => {}
            Ok(r) => v.unknown_note(format!("probe {resource}: HTTP {}", r.status)),
            Err(f) => v.unknown_note(format!("probe {resource}: {}", f.detail())),
        }
    }
    v.unknown_note(
        "key permission mode (All / Restricted / Read-only) and write access (requests, \
         uploads, fine-tuning) are not exposed to read-only calls",
    );
    v
}

async fn admin(ctx: &Ctx<'_>, get: &impl Fn(&str) -> Req) -> Verification {
    let name = ctx.name();
    let resp = match ctx
        .http
        .send(&get("/v1/organization/projects?limit=100"))
        .await
    {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(body) = resp.json() else {
        return malformed(name);
    };
    let Some(projects) = body.get("data").and_then(Value::as_array) else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    v.identity = Some(Identity {
        kind: IdentityKind::Org,
        name: resp.header("openai-organization").map(str::to_string),
        id: None,
    });
    v.extra("key_type", "admin");
    v.extra("projects", projects.len());
    let names: Vec<&str> = projects
        .iter()
        .filter_map(|p| p.get("name").and_then(Value::as_str))
        .collect();
    v.extra("project_names", names);
    v.bind(
        "organization",
        "admin API (projects, users, keys)",
        Access::Admin,
    );
    if let Ok(r) = ctx
        .http
        .send(&get("/v1/organization/users?limit=100"))
        .await
        && r.ok()
        && let Some(n) = r
            .json()
            .and_then(|j| j.get("data")?.as_array().map(Vec::len))
    {
        v.extra("users", n);
    }
    v
}
