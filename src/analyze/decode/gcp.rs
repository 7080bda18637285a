//! Google Cloud service-account keys (the JSON key file, or a fragment of it).
//!
//! Reads `type`, `project_id`, `client_email`, `client_id`, `private_key_id` and
//! `universe_domain`; never `private_key`. Works on a whole JSON object, on a fragment, and
//! on JSON embedded as an escaped string (`{\"client_email\": …}`).

use jiff::Timestamp;
use serde_json::Value;

use super::Decoded;
use crate::finding::{Expiry, Privilege};

/// Non-secret fields reported as properties.
const FIELDS: &[&str] = &[
    "type",
    "project_id",
    "client_email",
    "client_id",
    "private_key_id",
    "universe_domain",
];

pub(super) fn gcp_service_account(secret: &[u8], _now: Timestamp) -> Decoded {
    let mut d = Decoded::default();
    let parsed = serde_json::from_slice::<Value>(secret)
        .ok()
        .and_then(|v| match v {
            Value::Object(m) => Some(m),
            _ => None,
        });
    for field in FIELDS {
        let value = match &parsed {
            Some(m) => m.get(*field).and_then(Value::as_str).map(str::to_string),
            None => None,
        }
        .or_else(|| string_field(secret, field));
        if let Some(v) = value
            && is_public_value(&v)
        {
            d.set(field, v);
        }
    }
    if !d.properties.contains_key("client_email") && !d.properties.contains_key("project_id") {
        return Decoded::default();
    }
    if let Some(Value::String(email)) = d.properties.get("client_email").cloned()
        && let Some((account, domain)) = email.split_once('@')
    {
        d.set("service_account", account);
        if let Some(project) = domain.strip_suffix(".iam.gserviceaccount.com") {
            d.properties
                .entry("project_id".into())
                .or_insert_with(|| project.into());
        } else if domain.ends_with("developer.gserviceaccount.com")
            || domain.ends_with("appspot.gserviceaccount.com")
        {
            d.set("default_service_account", true);
        }
    }
    d.privilege = Some(Privilege::Unknown);
    d.expiry = Some(Expiry::Never);
    d.notes
        .push("roles are granted server-side (IAM); the key file does not list them".into());
    let default_sa = d.properties.contains_key("default_service_account");
    let mut s = String::from(
        "Delete this key in IAM (by its private_key_id). Prefer keyless access: workload identity \
         federation or attached service accounts issue short-lived tokens. If a key is \
         unavoidable, use a dedicated service account holding only the roles it uses, and an \
         expiry policy for keys.",
    );
    if default_sa {
        s.push_str(
            " This is a default service account, which often holds the broad Editor role: do \
             not use it for keys.",
        );
    }
    d.suggestion = Some(s);
    d
}

/// Finds `"field"` followed by `:` and a string value, tolerating whitespace and one level
/// of backslash escaping. Returns the value without unescaping JSON escapes.
fn string_field(secret: &[u8], field: &str) -> Option<String> {
    let needle = format!("{field}\\\"");
    let plain = format!("\"{field}\"");
    let (after, escaped) = if let Some(i) = memchr::memmem::find(secret, plain.as_bytes()) {
        (i + plain.len(), false)
    } else {
        let i = memchr::memmem::find(secret, needle.as_bytes())?;
        (i + needle.len(), true)
    };
    let mut rest = secret[after..].trim_ascii_start();
    rest = rest.strip_prefix(b":")?.trim_ascii_start();
    if escaped {
        rest = rest.strip_prefix(b"\\")?;
    }
    rest = rest.strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
    String::from_utf8(rest[..end].to_vec()).ok()
}

/// Identifiers only: short, printable, no whitespace (keeps a mangled `private_key` fragment
/// from ever being echoed).
fn is_public_value(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 256
        && v.bytes().all(|b| b.is_ascii_graphic())
        && !v.contains("PRIVATE KEY")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The fake key file `testdata/decode/gcp-service-account.json`, as compact JSON.
    fn key_json() -> String {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/gcp-service-account.json"
        ));
        serde_json::from_str::<Value>(text).unwrap().to_string()
    }

    #[test]
    fn whole_key_file() {
        let d = gcp_service_account(key_json().as_bytes(), Timestamp::UNIX_EPOCH);
        assert_eq!(d.properties["project_id"], json!("demo-project"));
        assert_eq!(
            d.properties["client_email"],
            json!("deployer@demo-project.iam.gserviceaccount.com")
        );
        assert_eq!(
            d.properties["private_key_id"],
            json!("0123456789abcdef0123456789abcdef01234567")
        );
        assert_eq!(d.properties["service_account"], json!("deployer"));
        assert_eq!(d.privilege, Some(Privilege::Unknown));
        assert_eq!(d.expiry, Some(Expiry::Never));
        assert!(
            d.suggestion
                .unwrap()
                .contains("workload identity federation")
        );
        let out = serde_json::to_string(&d.properties).unwrap();
        assert!(
            !out.contains("PRIVATE KEY") && !out.contains("TUlJ"),
            "{out}"
        );
    }

    #[test]
    fn fragment_and_escaped_json() {
        let fragment = r#"  "private_key": "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
  "client_email": "ci@other-proj.iam.gserviceaccount.com", "#;
        let d = gcp_service_account(fragment.as_bytes(), Timestamp::UNIX_EPOCH);
        assert_eq!(d.properties["project_id"], json!("other-proj"));

        let escaped = serde_json::to_string(&key_json()).unwrap();
        let d = gcp_service_account(escaped.as_bytes(), Timestamp::UNIX_EPOCH);
        assert_eq!(d.properties["project_id"], json!("demo-project"));
        assert_eq!(d.properties["client_id"], json!("123456789012345678901"));
    }

    #[test]
    fn default_compute_account_is_flagged() {
        let s =
            r#"{"client_email": "123-compute@developer.gserviceaccount.com", "project_id": "p"}"#;
        let d = gcp_service_account(s.as_bytes(), Timestamp::UNIX_EPOCH);
        assert_eq!(d.properties["default_service_account"], json!(true));
        assert!(d.suggestion.unwrap().contains("Editor"));
    }

    #[test]
    fn unrelated_input() {
        assert_eq!(
            gcp_service_account(b"-----BEGIN PRIVATE KEY-----", Timestamp::UNIX_EPOCH),
            Decoded::default()
        );
    }
}
