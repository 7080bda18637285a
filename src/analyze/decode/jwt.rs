//! JSON Web Tokens: `base64url(header).base64url(claims).signature`.
//!
//! Claims read: `alg`/`typ`/`kid` (header); `iss`, `sub`, `aud`, `exp`, `nbf`, `iat`, OAuth
//! `scope` (space separated or a list), Entra `scp`/`roles`/`wids`/`tid`/`oid`/`azp`/`appid`,
//! and Docker Hub's `https://hub.docker.com` claim. The signature is never checked (no key).

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use super::{Decoded, b64_decode, epoch_time, expiry_at, human_duration};
use crate::finding::{Expiry, Privilege};

/// Entra built-in role template ids that administer the whole tenant (`wids` claim).
const ENTRA_ADMIN_ROLES: &[(&str, &str)] = &[
    (
        "62e90394-69f5-4237-9190-012177145e10",
        "Global Administrator",
    ),
    (
        "e8611ab8-c189-46e8-94e1-60213ab1f814",
        "Privileged Role Administrator",
    ),
    (
        "194ae4cb-b126-40b2-bd5b-6091b380977d",
        "Security Administrator",
    ),
    (
        "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3",
        "Application Administrator",
    ),
    (
        "158c047a-c907-4556-b7ef-446551a6b5f7",
        "Cloud Application Administrator",
    ),
    ("fe930be7-5e62-47db-91af-98c3a49a38b1", "User Administrator"),
];

/// Entra's "User" role template id: every member carries it; not a privilege signal.
const ENTRA_MEMBER_ROLE: &str = "b79fbf4d-3ef9-4689-8143-76b194e85509";

/// Claims whose values are identifiers, safe to report.
const ID_CLAIMS: &[&str] = &[
    "iss",
    "sub",
    "tid",
    "oid",
    "azp",
    "appid",
    "client_id",
    "jti",
];

pub(super) fn jwt(secret: &[u8], now: Timestamp) -> Decoded {
    let mut d = Decoded::default();
    let Some(segments) = find_jwt(secret) else {
        return d;
    };
    if segments.len() == 5 {
        // JWE: the claims are encrypted; only the header is readable.
        d.set("jwt_kind", "jwe");
        if let Some(h) = json_object(segments[0]) {
            copy_str(&mut d, &h, "alg", "alg");
            copy_str(&mut d, &h, "enc", "enc");
        }
        d.notes
            .push("encrypted JWT (JWE): its claims cannot be read offline".into());
        return d;
    }
    let (Some(header), Some(claims)) = (json_object(segments[0]), json_object(segments[1])) else {
        return d;
    };
    d.set("jwt_kind", "jws");
    copy_str(&mut d, &header, "alg", "alg");
    copy_str(&mut d, &header, "typ", "typ");
    copy_str(&mut d, &header, "kid", "kid");
    let alg = header.get("alg").and_then(Value::as_str).unwrap_or("");
    if alg.eq_ignore_ascii_case("none") {
        d.set("unsigned", true);
        d.notes.push(
            "unsigned JWT (alg none): anyone can mint the same token, so check that no service \
             accepts unsigned tokens"
                .into(),
        );
    }

    for claim in ID_CLAIMS {
        copy_str(&mut d, &claims, claim, claim);
    }
    if let Some(aud) = claims.get("aud") {
        match aud {
            Value::String(s) => d.set("aud", json!([s])),
            Value::Array(a) => d.set("aud", json!(strings(a))),
            _ => {}
        }
    }
    if let Some(service) = audience_service(&claims) {
        d.set("audience_service", service);
    }

    // Lifetime.
    let exp = claims.get("exp").and_then(epoch_time);
    let nbf = claims.get("nbf").and_then(epoch_time);
    let iat = claims.get("iat").and_then(epoch_time);
    d.issued_at = iat;
    if let Some(nbf) = nbf {
        d.set("not_before", nbf.to_string());
        if nbf > now {
            d.set("not_yet_valid", true);
        }
    }
    d.expiry = Some(match exp {
        Some(exp) => expiry_at(exp, now),
        None => Expiry::Never,
    });
    if let (Some(exp), Some(iat)) = (exp, iat) {
        d.set("lifetime", human_duration(iat, exp));
    }

    // Permissions.
    let mut grants = Vec::new();
    for key in ["scope", "scp", "scopes"] {
        if let Some(v) = claims.get(key) {
            let list = split_scopes(v);
            if !list.is_empty() {
                d.set(key, json!(list));
                grants.extend(list);
            }
        }
    }
    if let Some(Value::Array(roles)) = claims.get("roles") {
        let list = strings(roles);
        d.set("roles", json!(list));
        grants.extend(list);
    }
    let mut privilege = classify(&grants);
    if let Some(Value::Array(wids)) = claims.get("wids") {
        let wids = strings(wids);
        let admin: Vec<&str> = ENTRA_ADMIN_ROLES
            .iter()
            .filter(|(id, _)| wids.iter().any(|w| w.eq_ignore_ascii_case(id)))
            .map(|(_, name)| *name)
            .collect();
        if !admin.is_empty() {
            d.set("directory_roles", json!(admin));
            privilege = Some(Privilege::Admin);
        } else if wids.iter().any(|w| w != ENTRA_MEMBER_ROLE) {
            d.set("directory_role_ids", json!(wids));
        }
    }
    if let Some(Value::Object(hub)) = claims.get("https://hub.docker.com") {
        d.set("docker_hub", true);
        for key in ["username", "email", "source", "session_id"] {
            if let Some(Value::String(v)) = hub.get(key) {
                d.set(&format!("docker_hub_{key}"), v.as_str());
            }
        }
    }
    kubernetes(&claims, &mut d);
    d.privilege = privilege;
    d.suggestion = suggestion(exp, iat, privilege, &grants);
    d
}

/// Kubernetes service-account tokens: legacy secret-based ones use flat
/// `kubernetes.io/serviceaccount/*` claims (and carry no `exp`); bound tokens nest them
/// under `kubernetes.io`.
fn kubernetes(claims: &Map<String, Value>, d: &mut Decoded) {
    let flat = |k: &str| {
        claims
            .get(&format!("kubernetes.io/serviceaccount/{k}"))
            .and_then(Value::as_str)
    };
    let nested = claims.get("kubernetes.io");
    let namespace = flat("namespace").or_else(|| nested?.get("namespace")?.as_str());
    let account = flat("service-account.name")
        .or_else(|| nested?.get("serviceaccount")?.get("name")?.as_str());
    if namespace.is_none() && account.is_none() {
        return;
    }
    d.set(
        "kubernetes_token",
        if nested.is_some() {
            "bound"
        } else {
            "legacy secret"
        },
    );
    if let Some(ns) = namespace {
        d.set("kubernetes_namespace", ns);
    }
    if let Some(sa) = account {
        d.set("kubernetes_service_account", sa);
    }
}

/// Finds `eyJ…` and splits it on dots into 3 (JWS) or 5 (JWE) base64url segments.
fn find_jwt(secret: &[u8]) -> Option<Vec<&[u8]>> {
    let start = memchr::memmem::find(secret, b"eyJ")?;
    let rest = &secret[start..];
    let end = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'=')))
        .unwrap_or(rest.len());
    let segments: Vec<&[u8]> = rest[..end].split(|&b| b == b'.').collect();
    matches!(segments.len(), 3 | 5).then_some(segments)
}

fn json_object(segment: &[u8]) -> Option<Map<String, Value>> {
    let bytes = b64_decode(segment)?;
    match serde_json::from_slice(&bytes).ok()? {
        Value::Object(m) => Some(m),
        _ => None,
    }
}

fn copy_str(d: &mut Decoded, from: &Map<String, Value>, key: &str, as_key: &str) {
    match from.get(key) {
        Some(Value::String(s)) => d.set(as_key, s.as_str()),
        Some(Value::Number(n)) => d.set(as_key, n.to_string()),
        _ => {}
    }
}

fn strings(values: &[Value]) -> Vec<String> {
    values
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// `"repo:read repo:write"` or `["repo:read", …]`.
fn split_scopes(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => s.split_whitespace().map(str::to_string).collect(),
        Value::Array(a) => strings(a),
        _ => Vec::new(),
    }
}

/// Well-known resource audiences, so the report can say what the token is for.
fn audience_service(claims: &Map<String, Value>) -> Option<&'static str> {
    let mut auds = Vec::new();
    match claims.get("aud") {
        Some(Value::String(s)) => auds.push(s.as_str()),
        Some(Value::Array(a)) => auds.extend(a.iter().filter_map(Value::as_str)),
        _ => {}
    }
    for aud in auds {
        let aud = aud.trim_end_matches('/');
        let service = match aud {
            "https://graph.microsoft.com" | "00000003-0000-0000-c000-000000000000" => {
                "Microsoft Graph"
            }
            "https://management.azure.com" | "https://management.core.windows.net" => {
                "Azure Resource Manager"
            }
            "https://vault.azure.net" => "Azure Key Vault",
            "https://storage.azure.com" => "Azure Storage",
            _ => continue,
        };
        return Some(service);
    }
    None
}

/// The strongest privilege the grant names show, or `None` when none is recognisable.
fn classify(grants: &[String]) -> Option<Privilege> {
    grants.iter().filter_map(|g| classify_one(g)).max()
}

fn classify_one(grant: &str) -> Option<Privilege> {
    let g = grant.to_ascii_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| g.contains(w));
    if g == "*"
        || has(&[
            "admin",
            "owner",
            "manage",
            "fullcontrol",
            "full_access",
            "root",
            "sudo",
        ])
    {
        Some(Privilege::Admin)
    } else if has(&[
        "write", "push", "delete", "create", "update", "upload", "publish", "modify", "send",
        "edit",
    ]) {
        Some(Privilege::Write)
    } else if has(&[
        "read", "pull", "view", "list", "get", "openid", "profile", "email",
    ]) {
        Some(Privilege::Read)
    } else {
        None
    }
}

fn suggestion(
    exp: Option<Timestamp>,
    iat: Option<Timestamp>,
    privilege: Option<Privilege>,
    grants: &[String],
) -> Option<String> {
    let mut parts = Vec::new();
    match (exp, iat) {
        (None, _) => parts.push(
            "This JWT has no `exp` claim, so it is valid until its signing key is rotated: \
             rotate the key and issue tokens with a short expiry."
                .to_string(),
        ),
        (Some(exp), Some(iat)) if exp.as_second() - iat.as_second() > 86_400 => {
            parts.push(format!(
                "This bearer token lives {}: issue short-lived access tokens (minutes to hours) \
                 and refresh them instead.",
                human_duration(iat, exp)
            ))
        }
        _ => {}
    }
    if matches!(privilege, Some(Privilege::Admin | Privilege::Write)) && !grants.is_empty() {
        parts.push(format!(
            "It grants {}: request only the scopes/roles the client actually uses.",
            grants.join(", ")
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;

    fn b64(v: &Value) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    }

    fn make(header: Value, claims: Value) -> String {
        format!("{}.{}.c2lnbmF0dXJl", b64(&header), b64(&claims))
    }

    const NOW: i64 = 1_750_000_000; // 2025-06-15

    fn now() -> Timestamp {
        Timestamp::from_second(NOW).unwrap()
    }

    #[test]
    fn lifetime_and_identity() {
        let t = make(
            json!({"alg": "RS256", "typ": "JWT", "kid": "k1"}),
            json!({
                "iss": "https://login.example.com/", "sub": "user-1", "aud": "api://x",
                "iat": NOW - 3600, "nbf": NOW - 3600, "exp": NOW + 3600, "scope": "openid profile"
            }),
        );
        let d = jwt(format!("Authorization: Bearer {t}").as_bytes(), now());
        assert_eq!(d.properties["alg"], json!("RS256"));
        assert_eq!(d.properties["iss"], json!("https://login.example.com/"));
        assert_eq!(d.properties["aud"], json!(["api://x"]));
        assert_eq!(d.properties["scope"], json!(["openid", "profile"]));
        assert_eq!(d.properties["lifetime"], json!("2 hours"));
        assert_eq!(
            d.issued_at,
            Some(Timestamp::from_second(NOW - 3600).unwrap())
        );
        assert!(matches!(d.expiry, Some(Expiry::At { expired: false, .. })));
        assert_eq!(d.privilege, Some(Privilege::Read));
        assert!(
            d.suggestion.is_none(),
            "short-lived read token needs no advice"
        );
    }

    #[test]
    fn expired_and_no_exp() {
        let t = make(json!({"alg": "HS256"}), json!({"exp": NOW - 10}));
        let d = jwt(t.as_bytes(), now());
        assert_eq!(
            d.expiry,
            Some(Expiry::At {
                at: Timestamp::from_second(NOW - 10).unwrap().to_string(),
                expired: true
            })
        );
        let t = make(json!({"alg": "HS256"}), json!({"sub": "svc"}));
        let d = jwt(t.as_bytes(), now());
        assert_eq!(d.expiry, Some(Expiry::Never));
        assert!(d.suggestion.unwrap().contains("no `exp`"));
        assert_eq!(d.privilege, None);
    }

    #[test]
    fn alg_none_is_flagged() {
        let t = format!(
            "{}.{}.",
            b64(&json!({"alg": "none"})),
            b64(&json!({"sub": "x", "exp": NOW + 60}))
        );
        let d = jwt(t.as_bytes(), now());
        assert_eq!(d.properties["unsigned"], json!(true));
        assert_eq!(d.notes.len(), 1);
    }

    #[test]
    fn entra_roles_and_admin_wids() {
        let t = make(
            json!({"alg": "RS256"}),
            json!({
                "aud": "https://graph.microsoft.com", "tid": "tenant-1", "oid": "obj-1",
                "iat": NOW - 60, "exp": NOW + 3600,
                "roles": ["User.Read.All", "Mail.Send"],
                "wids": ["62e90394-69f5-4237-9190-012177145e10", ENTRA_MEMBER_ROLE]
            }),
        );
        let d = jwt(t.as_bytes(), now());
        assert_eq!(d.properties["audience_service"], json!("Microsoft Graph"));
        assert_eq!(d.properties["tid"], json!("tenant-1"));
        assert_eq!(
            d.properties["directory_roles"],
            json!(["Global Administrator"])
        );
        assert_eq!(d.privilege, Some(Privilege::Admin));
        assert!(d.suggestion.unwrap().contains("Mail.Send"));
    }

    #[test]
    fn entra_delegated_write_scope() {
        let t = make(
            json!({"alg": "RS256"}),
            json!({"scp": "Files.ReadWrite User.Read", "iat": NOW, "exp": NOW + 90 * 86_400}),
        );
        let d = jwt(t.as_bytes(), now());
        assert_eq!(d.privilege, Some(Privilege::Write));
        let s = d.suggestion.unwrap();
        assert!(s.contains("90 days"), "{s}");
    }

    #[test]
    fn docker_hub_claim() {
        let t = make(
            json!({"alg": "RS256"}),
            json!({
                "scope": "repo:admin",
                "https://hub.docker.com": {"username": "octo", "email": "octo@example.com"},
                "exp": NOW + 300
            }),
        );
        let d = jwt(t.as_bytes(), now());
        assert_eq!(d.properties["docker_hub"], json!(true));
        assert_eq!(d.properties["docker_hub_username"], json!("octo"));
        assert_eq!(d.privilege, Some(Privilege::Admin));
    }

    #[test]
    fn kubernetes_service_account_tokens() {
        let legacy = make(
            json!({"alg": "RS256"}),
            json!({
                "iss": "kubernetes/serviceaccount",
                "kubernetes.io/serviceaccount/namespace": "ci",
                "kubernetes.io/serviceaccount/service-account.name": "deployer",
                "sub": "system:serviceaccount:ci:deployer"
            }),
        );
        let d = jwt(legacy.as_bytes(), now());
        assert_eq!(d.properties["kubernetes_token"], json!("legacy secret"));
        assert_eq!(d.properties["kubernetes_namespace"], json!("ci"));
        assert_eq!(
            d.properties["kubernetes_service_account"],
            json!("deployer")
        );
        assert_eq!(d.expiry, Some(Expiry::Never));

        let bound = make(
            json!({"alg": "RS256"}),
            json!({
                "kubernetes.io": {"namespace": "web", "serviceaccount": {"name": "app", "uid": "u"}},
                "iat": NOW - 60, "exp": NOW + 3600
            }),
        );
        let d = jwt(bound.as_bytes(), now());
        assert_eq!(d.properties["kubernetes_token"], json!("bound"));
        assert_eq!(d.properties["kubernetes_service_account"], json!("app"));
    }

    #[test]
    fn jwe_and_garbage() {
        let h = b64(&json!({"alg": "RSA-OAEP", "enc": "A256GCM"}));
        let d = jwt(format!("{h}.a.b.c.d").as_bytes(), now());
        assert_eq!(d.properties["jwt_kind"], json!("jwe"));
        assert_eq!(d.expiry, None);
        assert_eq!(jwt(b"eyJhbGciOi.not-json.x", now()), Decoded::default());
        assert_eq!(jwt(b"no token here", now()), Decoded::default());
    }

    #[test]
    fn scope_classification() {
        let c = |s: &str| classify_one(s);
        assert_eq!(c("repo:read"), Some(Privilege::Read));
        assert_eq!(c("repository:app:pull,push"), Some(Privilege::Write));
        assert_eq!(c("Directory.ReadWrite.All"), Some(Privilege::Write));
        assert_eq!(
            c("RoleManagement.ReadWrite.Directory"),
            Some(Privilege::Admin)
        );
        assert_eq!(c("offline_access"), None);
    }
}
