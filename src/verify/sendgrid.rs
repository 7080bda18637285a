//! SendGrid: `GET /v3/scopes` (any valid key may call it) returns the key's scopes.
//! Scopes are grouped by resource into bindings; write actions on API keys, subusers,
//! teammates, access settings and the user account count as admin. `GET /v3/user/username`
//! names the account when the key may read it. Depth: **full**.
//!
//! Status: 401 → invalid; 403 → unknown (IP access management blocks look the same).

use std::collections::BTreeMap;

use serde_json::Value;

use super::http::{Req, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};

const ADMIN_RESOURCES: &[&str] = &[
    "api_keys",
    "subusers",
    "teammates",
    "access_settings",
    "user",
    "credentials",
    "sso",
];

/// `mail.send` → (`mail`, `send`, write); `api_keys.create` → (`api_keys`, admin).
pub fn scope_binding(scope: &str) -> (String, String, Access) {
    let (resource, action) = scope.rsplit_once('.').unwrap_or((scope, ""));
    let top = resource.split('.').next().unwrap_or(resource);
    let acc = if action == "read" {
        Access::Read
    } else if ADMIN_RESOURCES.contains(&top) {
        Access::Admin
    } else {
        Access::Write
    };
    (resource.to_string(), action.to_string(), acc)
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if let Some(v) = super::require_prefix(name, token, &["SG."]) {
        return v;
    }
    let get = |path: &str| Req::get(ctx.provider, ctx.url(path)).bearer(token);
    let resp = match ctx.http.send(&get(ctx.provider.identity_path())).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(scopes) = resp.json().and_then(|b| {
        b.get("scopes")?.as_array().map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect::<Vec<_>>()
        })
    }) else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    // One binding per resource: its actions and the highest access among them.
    let mut grouped: BTreeMap<String, (Vec<String>, Access)> = BTreeMap::new();
    for s in &scopes {
        let (res, action, acc) = scope_binding(s);
        let e = grouped.entry(res).or_insert((Vec::new(), Access::Read));
        e.0.push(action);
        e.1 = e.1.max(acc);
    }
    for (res, (mut actions, acc)) in grouped {
        actions.sort();
        actions.dedup();
        v.bind(res, actions.join(","), acc);
    }
    if scopes.iter().any(|s| s == "api_keys.create") {
        v.extra("full_access_likely", true);
    }
    v.raw_scopes = scopes.clone();
    if scopes.iter().any(|s| s == "user.username.read") {
        if let Ok(r) = ctx.http.send(&get("/v3/user/username")).await
            && r.ok()
            && let Some(b) = r.json()
        {
            v.identity = Some(Identity {
                kind: IdentityKind::Account,
                name: b
                    .get("username")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                id: b.get("user_id").map(|x| x.to_string()),
            });
        }
    } else {
        v.unknown_note("account name: the key may not read it");
    }
    v.unknown_note("expiry: SendGrid API keys do not report one");
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings() {
        assert_eq!(scope_binding("mail.send").2, Access::Write);
        assert_eq!(scope_binding("api_keys.create").2, Access::Admin);
        assert_eq!(scope_binding("api_keys.read").2, Access::Read);
        assert_eq!(scope_binding("user.profile.update").0, "user.profile");
        assert_eq!(scope_binding("user.profile.update").2, Access::Admin);
    }
}
