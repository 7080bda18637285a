//! Slack: `auth.test` (a documented POST that only reports who the token is; it is on the
//! read-only allowlist) with `Authorization: Bearer`. The granted scopes come back in the
//! `x-oauth-scopes` header; the body names the user or bot, team and enterprise.
//! Depth: **full** (scopes are explicit).
//!
//! Slack answers HTTP 200 with `{"ok": false, "error": …}`: `not_authed`,
//! `account_inactive`, `token_revoked`, `token_expired` → invalid; `invalid_auth` → unknown
//! (ambiguous: Slack says the same to a live token from a disallowed IP); `ratelimited` →
//! unknown (rate-limited); anything else → unknown. Webhook URLs are not verified: the only thing
//! a webhook does is post a message.

use serde_json::Value;

use super::http::{Fail, Req, malformed, safe_code, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, UnknownReason, Verification, unsupported};

/// Slack scope → access. `admin*` and the legacy `client` scope administer; `*:write`,
/// `*:manage`, `*:remove` and the legacy `post`/`bot` write; the rest read.
pub fn scope_access(scope: &str) -> Access {
    let action = scope.split_once(':').map_or(scope, |(_, a)| a);
    if scope.starts_with("admin") || scope == "client" {
        Access::Admin
    } else if action.starts_with("write")
        || action.starts_with("manage")
        || action.starts_with("remove")
        || matches!(scope, "post" | "bot")
    {
        Access::Write
    } else {
        Access::Read
    }
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    if token.starts_with("https://") || job.kind.contains("webhook") {
        return unsupported(name, "webhooks can only post messages; not verified");
    }
    if token.starts_with("xoxc-") {
        return unsupported(name, "browser session tokens need their cookie");
    }
    if token.starts_with("xoxr-") || token.starts_with("xoxe-") {
        return unsupported(
            name,
            "refresh tokens can only be exchanged for new tokens (a POST); not verified",
        );
    }
    if let Some(v) =
        super::require_prefix(name, token, &["xoxb-", "xoxp-", "xoxa-", "xoxe.", "xapp-"])
    {
        return v;
    }
    let req = Req::post(ctx.provider, ctx.url(ctx.provider.identity_path()))
        .bearer(token)
        .form(String::new());
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
    match body.get("ok").and_then(Value::as_bool) {
        Some(true) => {}
        Some(false) => {
            let code = body.get("error").and_then(Value::as_str).unwrap_or("");
            return match code {
                "not_authed" | "account_inactive" | "token_revoked" | "token_expired" => {
                    Verification::invalid(name, format!("Slack: {code}"))
                }
                // Slack also answers `invalid_auth` to a valid token sent from an IP
                // outside the workspace's allowed ranges.
                "invalid_auth" => Verification::unknown(
                    name,
                    UnknownReason::Ambiguous,
                    "Slack: invalid_auth (a dead token, or a request from a disallowed IP)",
                ),
                "ratelimited" => Fail::RateLimited.into_verification(name),
                _ => Verification::unknown(
                    name,
                    UnknownReason::UnexpectedStatus,
                    format!(
                        "Slack error {}",
                        safe_code(code).unwrap_or_else(|| "(unreadable)".into())
                    ),
                ),
            };
        }
        None => return malformed(name),
    }
    let mut v = Verification::valid(name);
    let bot_id = body.get("bot_id").and_then(Value::as_str);
    let user = body.get("user").and_then(Value::as_str).map(str::to_string);
    v.identity = Some(match bot_id {
        Some(b) => Identity {
            kind: IdentityKind::Bot,
            name: user,
            id: Some(b.to_string()),
        },
        None => Identity {
            kind: IdentityKind::User,
            name: user,
            id: body
                .get("user_id")
                .and_then(Value::as_str)
                .map(str::to_string),
        },
    });
    for key in [
        "team",
        "team_id",
        "url",
        "enterprise_id",
        "is_enterprise_install",
    ] {
        if let Some(x) = body.get(key).filter(|x| !x.is_null()) {
            v.extra(key, x.clone());
        }
    }
    let team = body
        .get("team")
        .and_then(Value::as_str)
        .unwrap_or("workspace")
        .to_string();
    match resp.header("x-oauth-scopes") {
        Some(h) => {
            let scopes: Vec<String> = h
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            for s in &scopes {
                let resource = s.split(':').next().unwrap_or(s);
                v.bind(format!("{team}: {resource}"), s.clone(), scope_access(s));
            }
            v.raw_scopes = scopes;
        }
        None => v.unknown_note("scopes: the x-oauth-scopes header was missing from the response"),
    }
    v.unknown_note("expiry: auth.test does not report it (rotating tokens expire after 12 hours)");
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_levels() {
        assert_eq!(scope_access("chat:write"), Access::Write);
        assert_eq!(scope_access("chat:write.public"), Access::Write);
        assert_eq!(scope_access("channels:history"), Access::Read);
        assert_eq!(scope_access("admin.users:write"), Access::Admin);
        assert_eq!(scope_access("users:read.email"), Access::Read);
    }
}
