//! Docker Hub personal (`dckr_pat_`) and organisation (`dckr_oat_`) access tokens.
//!
//! Docker Hub's API does not accept a PAT directly: it must be exchanged with
//! `POST /v2/auth/token {"identifier", "secret"}` for a JWT valid 10 minutes. **Decision:**
//! we treat that exchange as read-only and allowlist it. It mints a short-lived session
//! token and changes nothing the account owner manages (no token, repository, member or
//! setting is created or altered; at most a "last used" timestamp moves, as with any read).
//! It is the only way to learn a PAT's scopes. The JWT is decoded locally (unverified) for
//! its `scope` claim (`repo:admin`, `repo:write`, `repo:read`, `repo:public_read`), `exp`
//! and the `https://hub.docker.com` claim (username, uuid); the JWT itself is discarded.
//! Depth: **full**.
//!
//! The exchange needs the account (or organisation) name. It is taken from the finding
//! itself when the secret has the form `name:dckr_pat_…` (Docker `config.json` auths) or
//! from a `username` property the scan attached; without it the token is unsupported.
//!
//! Status: 401 → invalid; 403 → unknown.

use base64::Engine;
use serde_json::Value;

use super::http::{Req, malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};

/// `repo:write` → access.
pub fn scope_access(scope: &str) -> Access {
    match scope.rsplit(':').next() {
        Some("admin") => Access::Admin,
        Some("write") => Access::Write,
        _ => Access::Read,
    }
}

/// The JWT's payload, decoded without checking the signature.
pub fn jwt_claims(jwt: &str) -> Option<Value> {
    let payload = jwt.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(raw) = job.token() else {
        return unsupported(name, "not a token");
    };
    // Docker `config.json` `auth` values are base64 of `user:secret`.
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(raw)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .filter(|d| d.contains(":dckr_"));
    let raw = decoded.as_deref().unwrap_or(raw);
    let (identifier, secret) = match raw.split_once(':') {
        Some((user, pat)) if !user.is_empty() && pat.starts_with("dckr_") => {
            (Some(user.to_string()), pat)
        }
        _ => (
            ["username", "user", "identifier", "login", "namespace"]
                .iter()
                .find_map(|k| job.property(k))
                .map(str::to_string),
            raw,
        ),
    };
    if let Some(v) = super::require_prefix(name, secret, &["dckr_pat_", "dckr_oat_"]) {
        return v;
    }
    let Some(identifier) = identifier else {
        return unsupported(
            name,
            "Docker Hub needs the account name to exchange a token, and none was found with it",
        );
    };
    let req = Req::post(ctx.provider, ctx.url(ctx.provider.identity_path()))
        .json_body(&serde_json::json!({"identifier": identifier, "secret": secret}));
    let resp = match ctx.http.send(&req).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    if let Some(v) = status_outcome(name, &resp, false) {
        return v;
    }
    let Some(claims) = resp
        .json()
        .and_then(|b| b.get("access_token")?.as_str().and_then(jwt_claims))
    else {
        return malformed(name);
    };
    let mut v = Verification::valid(name);
    let hub = claims.get("https://hub.docker.com");
    let username = hub
        .and_then(|h| h.get("username"))
        .and_then(Value::as_str)
        .unwrap_or(&identifier)
        .to_string();
    v.identity = Some(Identity {
        kind: if secret.starts_with("dckr_oat_") {
            IdentityKind::Org
        } else {
            IdentityKind::User
        },
        name: Some(username.clone()),
        id: hub
            .and_then(|h| h.get("uuid"))
            .and_then(Value::as_str)
            .map(str::to_string),
    });
    let scopes: Vec<String> = match claims.get("scope") {
        Some(Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    if scopes.is_empty() {
        v.unknown_note("scopes: the token's JWT carries no scope claim");
    } else {
        // Docker documents a PAT's permission level (and the `repo:*` scope names of its
        // access-token API) but not this claim: say where the scopes came from.
        v.extra(
            "scope_source",
            "session JWT claim (not documented by Docker)",
        );
        v.unknown_note(
            "scopes are read from the exchanged session JWT's `scope` claim, which Docker does \
             not document; the access-token settings page is authoritative",
        );
    }
    // Only the documented scope names become bindings; anything else stays a raw scope.
    let documented = |s: &str| {
        matches!(
            s,
            "repo:admin" | "repo:write" | "repo:read" | "repo:public_read"
        )
    };
    for s in scopes.iter().filter(|s| documented(s)) {
        let resource = if s.ends_with("public_read") {
            "public repositories".to_string()
        } else {
            format!("repositories of {username}")
        };
        v.bind(resource, s.clone(), scope_access(s));
    }
    v.raw_scopes = scopes;
    v.unknown_note(
        "the PAT's own expiry is not in the exchange answer (the JWT's exp is its 10-minute \
         session)",
    );
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_claims() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"scope":"repo:admin","exp":1}"#);
        let jwt = format!("e30.{payload}.sig");
        let c = jwt_claims(&jwt).unwrap();
        assert_eq!(c["scope"], "repo:admin");
        assert_eq!(scope_access("repo:public_read"), Access::Read);
        assert_eq!(scope_access("repo:admin"), Access::Admin);
    }
}
