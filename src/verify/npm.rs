//! npm: `GET /-/whoami` with `Authorization: Bearer` names the user; `GET /-/npm/v1/user`
//! adds whether the account uses two-factor authentication for writes. npm does not tell a
//! token its own type (granular / session), packages, organisations, read-only flag, CIDR
//! limits or expiry. Depth: **identity only**.
//!
//! Status: 401 → invalid; 403 → unknown (e.g. a CIDR-restricted token).

use serde_json::Value;

use super::http::{Req, malformed, status_outcome};
use super::{Ctx, Identity, IdentityKind, Job, Verification, unsupported};

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    // Legacy `_authToken` values (UUIDs) may belong to any registry named in `.npmrc`.
    if let Some(v) = super::require_prefix(name, token, &["npm_"]) {
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
    let Some(user) = resp
        .json()
        .and_then(|b| b.get("username")?.as_str().map(str::to_string))
    else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    v.identity = Some(Identity {
        kind: IdentityKind::User,
        name: Some(user),
        id: None,
    });
    if let Ok(r) = ctx.http.send(&get("/-/npm/v1/user")).await
        && r.ok()
        && let Some(p) = r.json()
        && let Some(tfa) = p.get("tfa")
    {
        let mode = match tfa {
            Value::Object(o) => o.get("mode").cloned().unwrap_or(Value::Null),
            Value::Bool(false) | Value::Null => Value::from("disabled"),
            other => other.clone(),
        };
        v.extra("tfa", mode);
    }
    v.unknown_note(
        "npm does not expose a token's type, packages, organisations, read-only flag or \
         expiry to the token itself; granular tokens with write access expire within 90 days",
    );
    v
}
