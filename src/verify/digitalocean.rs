//! DigitalOcean: `GET /v2/account` with `Authorization: Bearer` names the account and team;
//! GET list probes (droplets, Kubernetes clusters, databases, domains, projects) show which
//! resources the token reads. Whether the token has full, read-only or custom scopes, and
//! any write access, is not exposed to read-only calls. Depth: **partial** (identity +
//! read probes).
//!
//! Status: 401 → invalid. 403 with DigitalOcean's JSON error → valid (a custom-scoped token
//! without `account:read`); other 403 → unknown.

use serde_json::Value;

use super::http::{Req, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};

const PROBES: &[(&str, &str)] = &[
    ("droplet", "/v2/droplets?per_page=1"),
    ("kubernetes", "/v2/kubernetes/clusters?per_page=1"),
    ("database", "/v2/databases"),
    ("domain", "/v2/domains?per_page=1"),
    ("project", "/v2/projects?per_page=1"),
];

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if token.starts_with("dor_") {
        return unsupported(name, "refresh tokens can only be exchanged (a POST)");
    }
    if let Some(v) = super::require_prefix(name, token, &["dop_v1_", "doo_v1_"]) {
        return v;
    }
    let get = |path: &str| Req::get(ctx.provider, ctx.url(path)).bearer(token);
    let resp = match ctx.http.send(&get(ctx.provider.identity_path())).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    let do_error = resp.status == 403
        && resp
            .json()
            .is_some_and(|j| j.get("id").and_then(Value::as_str).is_some());
    if let Some(v) = status_outcome(name, &resp, do_error)
        && !do_error
    {
        return v;
    }
    let mut v = Verification::valid(name);
    if resp.ok() {
        let Some(acct) = resp.json().and_then(|b| b.get("account").cloned()) else {
            return malformed(name);
        };
        let Some(uuid) = acct.get("uuid").and_then(Value::as_str) else {
            return malformed(name);
        };
        v.identity = Some(Identity {
            kind: IdentityKind::Account,
            name: acct
                .get("email")
                .and_then(Value::as_str)
                .map(str::to_string),
            id: Some(uuid.to_string()),
        });
        v.bind("account", "account:read", Access::Read);
        for key in ["status", "email_verified", "droplet_limit"] {
            if let Some(x) = acct.get(key).filter(|x| !x.is_null()) {
                v.extra(key, x.clone());
            }
        }
        if let Some(team) = acct.get("team").filter(|t| t.is_object()) {
            v.extra("team", team.clone());
        }
    } else {
        v.unknown_note("account identity: the token may not read the account");
    }
    for (resource, path) in PROBES {
        match ctx.http.send(&get(path)).await {
            Ok(r) if r.ok() => v.bind(*resource, format!("{resource}:read"), Access::Read),
            Ok(r) if r.status == 403 || r.status == 404 => {}
            Ok(r) => v.unknown_note(format!("probe {resource}: HTTP {}", r.status)),
            Err(f) => v.unknown_note(format!("probe {resource}: {}", f.detail())),
        }
    }
    v.unknown_note(
        "token scopes (full, read-only or custom) and write access are not exposed to \
         read-only calls",
    );
    v
}
