//! Hugging Face: `GET /api/whoami-v2` with `Authorization: Bearer`.
//!
//! The answer names the user (or org, for legacy `api_org_` tokens), the orgs and the
//! user's role in each, and `auth.accessToken.role`: `read`, `write` or `fineGrained`
//! with `fineGrained.global[]` and `fineGrained.scoped[{entity, permissions[]}]`.
//! Depth: **full** (read/write tokens bounded by the user's org roles; fine-grained tokens
//! list their grants). Expiry comes from `auth.accessToken.expiresAt`.
//!
//! Status: 401 with Hugging Face's JSON error → invalid; 403 → unknown.

use serde_json::Value;

use super::http::{Req, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};
use crate::finding::Expiry;

/// Fine-grained permission name → access (`repo.content.read`, `repo.write`, `org.write`…).
pub fn permission_access(p: &str) -> Access {
    let last = p.rsplit('.').next().unwrap_or(p);
    match last {
        "read" => Access::Read,
        "manage" | "admin" => Access::Admin,
        _ => Access::Write,
    }
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if let Some(v) = super::require_prefix(name, token, &["hf_", "api_org_"]) {
        return v;
    }
    let req = Req::get(ctx.provider, ctx.url(ctx.provider.identity_path())).bearer(token);
    let resp = match ctx.http.send(&req).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(body) = resp.json() else {
        return malformed(name);
    };
    let Some(user) = body.get("name").and_then(Value::as_str) else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    let is_org = body.get("type").and_then(Value::as_str) == Some("org");
    v.identity = Some(Identity {
        kind: if is_org {
            IdentityKind::Org
        } else {
            IdentityKind::User
        },
        name: Some(user.to_string()),
        id: body.get("id").and_then(Value::as_str).map(str::to_string),
    });
    let orgs: Vec<(String, String)> = body
        .get("orgs")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|o| {
                    Some((
                        o.get("name")?.as_str()?.to_string(),
                        o.get("roleInOrg")
                            .and_then(Value::as_str)
                            .unwrap_or("unknown")
                            .to_string(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    if !orgs.is_empty() {
        let list: Vec<Value> = orgs
            .iter()
            .map(|(n, r)| serde_json::json!({"name": n, "role": r}))
            .collect();
        v.extra("orgs", list);
    }
    let token_info = body.pointer("/auth/accessToken");
    let Some(role) = token_info
        .and_then(|t| t.get("role"))
        .and_then(Value::as_str)
    else {
        v.unknown_note("token role: auth.accessToken.role missing from the response");
        return v;
    };
    if let Some(d) = token_info
        .and_then(|t| t.get("displayName"))
        .and_then(Value::as_str)
    {
        v.extra("token_name", d);
    }
    if let Some(c) = token_info.and_then(|t| t.get("createdAt")) {
        v.extra("created_at", c.clone());
        if let Some(t) = c.as_str() {
            v.set_time(super::TimeField::Created, t);
        }
    }
    // whoami-v2 reports the token's expiry as `auth.accessToken.expiresAt`: a timestamp, or
    // null for a token without one.
    v.expiry = match token_info.and_then(|t| t.get("expiresAt")) {
        Some(Value::String(at)) => {
            super::expiry_from(at, jiff::Timestamp::now()).unwrap_or_else(|| {
                v.unknown_note("expiry: expiresAt unreadable");
                Expiry::Unknown
            })
        }
        Some(Value::Null) => Expiry::Never,
        _ => {
            v.unknown_note("expiry: auth.accessToken.expiresAt missing from the response");
            Expiry::Unknown
        }
    };
    let self_kind = if is_org { "org" } else { "user" };
    match role {
        "read" | "write" => {
            let acc = if role == "write" {
                Access::Write
            } else {
                Access::Read
            };
            v.raw_scopes = vec![role.to_string()];
            v.bind(format!("{self_kind}:{user} repositories"), role, acc);
            for (org, org_role) in &orgs {
                // The token acts with the user's role in the org, capped by its own.
                let org_acc = match org_role.as_str() {
                    "admin" => Access::Admin,
                    "write" | "contributor" => Access::Write,
                    _ => Access::Read,
                };
                v.bind(
                    format!("org:{org}"),
                    format!("{role} (as {org_role})"),
                    acc.min(org_acc),
                );
            }
        }
        "fineGrained" => {
            let fg = token_info.and_then(|t| t.get("fineGrained"));
            let mut scopes = Vec::new();
            if let Some(global) = fg.and_then(|f| f.get("global")).and_then(Value::as_array) {
                for p in global.iter().filter_map(Value::as_str) {
                    v.bind("global", p, permission_access(p));
                    scopes.push(p.to_string());
                }
            }
            if let Some(scoped) = fg.and_then(|f| f.get("scoped")).and_then(Value::as_array) {
                for s in scoped {
                    let ent_type = s
                        .pointer("/entity/type")
                        .and_then(Value::as_str)
                        .unwrap_or("?");
                    let ent_name = s
                        .pointer("/entity/name")
                        .and_then(Value::as_str)
                        .unwrap_or("?");
                    for p in s
                        .get("permissions")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                    {
                        v.bind(format!("{ent_type}:{ent_name}"), p, permission_access(p));
                        scopes.push(format!("{ent_type}:{ent_name}:{p}"));
                    }
                }
            } else {
                v.unknown_note("fine-grained scoped permissions: not in the response");
            }
            v.raw_scopes = scopes;
        }
        other => {
            v.raw_scopes = vec![other.to_string()];
            v.unknown_note(format!("token role {other:?} is not documented"));
        }
    }
    v
}
