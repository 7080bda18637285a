//! Stripe: `GET /v1/account` with `Authorization: Bearer`.
//!
//! - Secret keys (`sk_live_`, `sk_test_`) can do everything in their account and mode:
//!   one admin binding. Depth: **full**.
//! - Restricted keys (`rk_`) are probed with GET-only list calls (`?limit=1`): 200 means the
//!   key reads that resource, 403 means it does not. Write permissions cannot be probed
//!   without mutating calls and are listed as unknown. Depth: **partial**.
//! - Publishable keys and webhook secrets are not verified.
//!
//! Status: 401 → invalid (also expired keys). 403 with Stripe's JSON error → valid (a
//! restricted key without that permission); other 403 → unknown.

use serde_json::Value;

use super::http::{malformed, status_outcome};
use super::{Access, Ctx, Identity, IdentityKind, Job, Verification, unsupported};
use crate::verify::http::Req;

/// GET-only probes for restricted keys: (resource, Stripe's permission name, path).
/// Stripe names restricted-key permissions after the singular resource (`rak_charge_read`),
/// and its 403 answer names the permission that was missing.
const PROBES: &[(&str, &str, &str)] = &[
    ("balance", "rak_balance_read", "/v1/balance"),
    ("charges", "rak_charge_read", "/v1/charges?limit=1"),
    ("customers", "rak_customer_read", "/v1/customers?limit=1"),
    (
        "payment_intents",
        "rak_payment_intent_read",
        "/v1/payment_intents?limit=1",
    ),
    (
        "subscriptions",
        "rak_subscription_read",
        "/v1/subscriptions?limit=1",
    ),
    ("invoices", "rak_invoice_read", "/v1/invoices?limit=1"),
    ("products", "rak_product_read", "/v1/products?limit=1"),
    ("prices", "rak_price_read", "/v1/prices?limit=1"),
    ("payouts", "rak_payout_read", "/v1/payouts?limit=1"),
    ("refunds", "rak_refund_read", "/v1/refunds?limit=1"),
    ("events", "rak_event_read", "/v1/events?limit=1"),
    (
        "webhook_endpoints",
        "rak_webhook_read",
        "/v1/webhook_endpoints?limit=1",
    ),
    (
        "checkout_sessions",
        "rak_checkout_session_read",
        "/v1/checkout/sessions?limit=1",
    ),
    (
        "connected_accounts",
        "rak_connected_account_read",
        "/v1/accounts?limit=1",
    ),
];

fn stripe_error(body: &[u8]) -> bool {
    serde_json::from_slice::<Value>(body)
        .ok()
        .is_some_and(|j| j.get("error").is_some_and(Value::is_object))
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Some(token) = job.token() else {
        return unsupported(name, "not a token");
    };
    let restricted = token.starts_with("rk_");
    if token.starts_with("pk_") {
        return unsupported(name, "publishable keys are public by design");
    }
    if token.starts_with("whsec_") {
        return unsupported(
            name,
            "webhook signing secrets cannot be checked against the API",
        );
    }
    if let Some(v) = super::require_prefix(name, token, &["sk_", "rk_"]) {
        return v;
    }
    let mode = if token.contains("_live_") {
        "live"
    } else if token.contains("_test_") {
        "test"
    } else {
        "unknown"
    };
    let get = |path: &str| Req::get(ctx.provider, ctx.url(path)).bearer(token);
    let resp = match ctx.http.send(&get(ctx.provider.identity_path())).await {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    let forbidden_json = resp.status == 403 && stripe_error(&resp.body);
    if let Some(v) = status_outcome(name, &resp, forbidden_json)
        && !(forbidden_json && restricted)
    {
        return v;
    }
    let mut v = Verification::valid(name);
    v.extra("mode", mode);
    if resp.ok() {
        let Some(body) = resp.json() else {
            return malformed(name);
        };
        let Some(id) = body.get("id").and_then(Value::as_str) else {
            return malformed(name);
        };
        let display = body
            .pointer("/settings/dashboard/display_name")
            .or_else(|| body.pointer("/business_profile/name"))
            .or_else(|| body.get("email"))
            .and_then(Value::as_str)
            .map(str::to_string);
        v.identity = Some(Identity {
            kind: IdentityKind::Account,
            name: display,
            id: Some(id.to_string()),
        });
        for key in ["country", "charges_enabled", "payouts_enabled", "type"] {
            if let Some(x) = body.get(key).filter(|x| !x.is_null()) {
                v.extra(key, x.clone());
            }
        }
        if restricted {
            v.bind(format!("account ({mode} mode)"), "account", Access::Read);
        }
    } else {
        v.unknown_note("account identity: the restricted key may not read the account");
    }
    if !restricted {
        v.bind(
            format!("account ({mode} mode)"),
            "all API resources (secret key)",
            Access::Admin,
        );
        return v;
    }
    v.extra("key_type", "restricted");
    for (resource, permission, path) in PROBES {
        match ctx.http.send(&get(path)).await {
            Ok(r) if r.ok() => v.bind(
                format!("{resource} ({mode} mode)"),
                *permission,
                Access::Read,
            ),
            Ok(r) if r.status == 403 => {}
            Ok(r) => v.unknown_note(format!("probe {resource}: HTTP {}", r.status)),
            Err(f) => v.unknown_note(format!("probe {resource}: {}", f.detail())),
        }
    }
    v.unknown_note(
        "restricted key write permissions: not knowable without mutating calls; \
         resources without a GET list endpoint were not probed",
    );
    v
}
