//! Azure shared access signatures and connection strings.
//!
//! A storage SAS is a query string (`sv`, `ss`, `srt`, `sr`, `sp`, `st`, `se`, `sip`, `spr`,
//! `si`, user-delegation `skoid`/`sktid`/`skt`/`ske`/`sks`/`skv`, and `sig`) that carries its
//! own permissions and expiry in clear text. Service Bus / Event Hubs SAS tokens
//! (`SharedAccessSignature sr=…&sig=…&se=<epoch>&skn=<policy>`) carry the policy name and an
//! epoch expiry. Connection strings are `Key=Value;` lists naming the account or namespace.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::json;

use super::{Decoded, days_between, epoch_time, expiry_at, parse_time, percent_decode};
use crate::finding::{Expiry, Privilege};

/// Storage SAS permission letters (service and account SAS), in Azure's canonical order.
const PERMISSIONS: &[(char, &str)] = &[
    ('r', "read"),
    ('a', "add"),
    ('c', "create"),
    ('w', "write"),
    ('d', "delete"),
    ('x', "delete version"),
    ('y', "permanent delete"),
    ('l', "list"),
    ('t', "tags"),
    ('f', "find by tags"),
    ('m', "move"),
    ('e', "execute"),
    ('o', "change ownership"),
    ('p', "permissions / process"),
    ('i', "set immutability policy"),
    ('u', "update"),
];

/// Letters that only read.
const READ_ONLY: &[char] = &['r', 'l', 'f', 'e'];

/// The SAS parameters of a URL, bare query string or `SharedAccessSignature …` token.
/// Keys are lowercased; `sig` is dropped on the spot so it cannot leak into output.
fn sas_params(text: &str) -> BTreeMap<String, String> {
    let text = text.trim();
    let text = text
        .strip_prefix("SharedAccessSignature ")
        .unwrap_or(text)
        .trim();
    let query = match text.find('?') {
        Some(q) => &text[q + 1..],
        None => text,
    };
    let mut params = BTreeMap::new();
    for pair in query.split(['&', ';']) {
        let Some((k, v)) = pair.split_once('=') else {
            continue;
        };
        let k = k.trim().to_ascii_lowercase();
        if k == "sig" || k.is_empty() {
            continue;
        }
        let v = percent_decode(v.trim().trim_end_matches(['"', '\'', ' ']));
        params.insert(k, v);
    }
    params
}

fn sas_time(v: &str) -> Option<Timestamp> {
    parse_time(v).or_else(|| epoch_time(&json!(v)))
}

pub(super) fn azure_sas(secret: &[u8], now: Timestamp) -> Decoded {
    let text = String::from_utf8_lossy(secret);
    let p = sas_params(&text);
    let mut d = Decoded::default();
    if p.contains_key("skn") {
        service_bus_sas(&p, now, &mut d);
        return d;
    }
    if !p.contains_key("sp") && !p.contains_key("se") && !p.contains_key("si") {
        return d;
    }
    for key in [
        "sv", "ss", "srt", "sr", "sip", "spr", "si", "skoid", "sktid", "tn",
    ] {
        if let Some(v) = p.get(key) {
            d.set(key, v.as_str());
        }
    }
    let account_sas = p.contains_key("ss") || p.contains_key("srt");
    let delegation = p.contains_key("skoid") || p.contains_key("sktid");
    let sas_type = if account_sas {
        "account"
    } else if delegation {
        "user-delegation"
    } else {
        "service"
    };
    d.set("sas_type", sas_type);
    if let Some(host) = url_host(&text) {
        d.set("host", host);
        if let Some(account) = host.split('.').next() {
            d.set("account_name", account);
        }
    }
    d.set("scope", scope_text(&p));

    let stored_policy = p.contains_key("si");
    let letters: Vec<char> = p.get("sp").map(|s| s.chars().collect()).unwrap_or_default();
    if !letters.is_empty() {
        let names: Vec<&str> = letters
            .iter()
            .filter_map(|c| PERMISSIONS.iter().find(|(l, _)| l == c).map(|(_, n)| *n))
            .collect();
        d.set("permissions", json!(names));
        let writes = letters.iter().any(|c| !READ_ONLY.contains(c));
        let service_level = p.get("srt").is_some_and(|s| s.contains('s'));
        d.privilege = Some(if letters.contains(&'o') || (service_level && writes) {
            Privilege::Admin
        } else if writes {
            Privilege::Write
        } else {
            Privilege::Read
        });
    }
    if let Some(st) = p.get("st").and_then(|v| sas_time(v)) {
        d.set("starts", st.to_string());
    }
    let se = p.get("se").and_then(|v| sas_time(v));
    if let Some(se) = se {
        d.expiry = Some(expiry_at(se, now));
        let from = p.get("st").and_then(|v| sas_time(v)).unwrap_or(now);
        d.issued_at = p.get("st").and_then(|v| sas_time(v));
        d.set("validity_days", days_between(from, se));
    }
    if delegation && let Some(ske) = p.get("ske").and_then(|v| sas_time(v)) {
        d.set("delegation_key_expires", ske.to_string());
        // A user-delegation SAS cannot outlive its key (at most 7 days).
        if se.is_none_or(|se| ske < se) {
            d.expiry = Some(expiry_at(ske, now));
        }
    }
    if stored_policy {
        d.notes.push(
            "SAS bound to a stored access policy (si): permissions and expiry missing from the \
             token live on the server; revoking or editing the policy revokes the token"
                .into(),
        );
        if se.is_none() {
            d.expiry = Some(Expiry::Unknown);
        }
    }
    d.suggestion = Some(sas_suggestion(&p, &d, sas_type, now));
    d
}

fn url_host(text: &str) -> Option<&str> {
    let rest = text.split_once("://")?.1;
    let end = rest.find(['/', '?', ':']).unwrap_or(rest.len());
    let host = &rest[..end];
    (!host.is_empty()).then_some(host)
}

fn scope_text(p: &BTreeMap<String, String>) -> String {
    if let Some(srt) = p.get("srt") {
        let services: Vec<&str> = p
            .get("ss")
            .map(|s| {
                s.chars()
                    .filter_map(|c| match c {
                        'b' => Some("blob"),
                        'f' => Some("file"),
                        'q' => Some("queue"),
                        't' => Some("table"),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let kinds: Vec<&str> = srt
            .chars()
            .filter_map(|c| match c {
                's' => Some("service"),
                'c' => Some("container"),
                'o' => Some("object"),
                _ => None,
            })
            .collect();
        return format!(
            "account ({} services; {} level)",
            services.join(", "),
            kinds.join(", ")
        );
    }
    match p.get("sr").map(String::as_str) {
        Some("b") => "blob".into(),
        Some("bv") => "blob version".into(),
        Some("bs") => "blob snapshot".into(),
        Some("c") => "container".into(),
        Some("d") => "directory".into(),
        Some("f") => "file".into(),
        Some("s") => "file share".into(),
        Some(other) => other.to_string(),
        None if p.contains_key("tn") => "table".into(),
        None => "unknown".into(),
    }
}

fn sas_suggestion(
    p: &BTreeMap<String, String>,
    d: &Decoded,
    sas_type: &str,
    now: Timestamp,
) -> String {
    let mut advice = Vec::new();
    if sas_type == "account" {
        advice.push(
            "use a user-delegation SAS (Entra ID) or a service SAS on one container instead of \
             an account SAS"
                .to_string(),
        );
    }
    if let Some(Expiry::At { expired: false, .. }) = &d.expiry
        && let Some(se) = p.get("se").and_then(|v| sas_time(v))
        && days_between(now, se) > 1
    {
        advice.push("give it a short expiry (hours, not days)".into());
    }
    if matches!(d.privilege, Some(Privilege::Admin | Privilege::Write)) {
        advice.push("grant only the permissions the client needs (often just r or r+l)".into());
    }
    if !p.contains_key("sip") {
        advice.push("limit it to the caller's IP range (sip)".into());
    }
    if p.get("spr").map(String::as_str) != Some("https") {
        advice.push("require HTTPS (spr=https)".into());
    }
    if !p.contains_key("si") && sas_type == "service" {
        advice.push("bind it to a stored access policy so it can be revoked".into());
    }
    if advice.is_empty() {
        "This SAS is already narrow; revoke it by rotating the signing key or policy.".into()
    } else {
        let mut s = String::from("Rotate the signing key, then ");
        s.push_str(&advice.join("; "));
        s.push('.');
        s
    }
}

/// `SharedAccessSignature sr=<resource>&sig=…&se=<epoch>&skn=<policy>` (Service Bus, Event
/// Hubs, IoT Hub).
fn service_bus_sas(p: &BTreeMap<String, String>, now: Timestamp, d: &mut Decoded) {
    d.set("sas_type", "service-bus");
    if let Some(sr) = p.get("sr") {
        d.set("resource", sr.as_str());
    }
    if let Some(skn) = p.get("skn") {
        d.set("shared_access_key_name", skn.as_str());
        if skn.eq_ignore_ascii_case("RootManageSharedAccessKey") {
            d.privilege = Some(Privilege::Admin);
        } else {
            d.privilege = iot_policy_privilege(skn);
        }
    }
    if let Some(se) = p.get("se").and_then(|v| sas_time(v)) {
        d.expiry = Some(expiry_at(se, now));
    }
    d.suggestion = Some(
        "Sign SAS tokens with a policy that has only Send or Listen rights, scoped to one \
         entity, and keep their lifetime short."
            .into(),
    );
}

/// `Key=Value;…` pairs with case-insensitive keys. Secret values are dropped on the spot.
fn connection_pairs(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for part in text.split(';') {
        let Some((k, v)) = part.split_once('=') else {
            continue;
        };
        let key = k
            .trim()
            .trim_start_matches(['"', '\''])
            .to_ascii_lowercase();
        let value = v.trim().trim_end_matches(['"', '\'']).to_string();
        out.insert(key, value);
    }
    out
}

pub(super) fn azure_connection_string(secret: &[u8], now: Timestamp) -> Decoded {
    let text = String::from_utf8_lossy(secret);
    let pairs = connection_pairs(&text);
    let mut d = Decoded::default();
    let has = |k: &str| pairs.contains_key(k);

    if has("accountname") || has("blobendpoint") || has("defaultendpointsprotocol") {
        d.set("service", "storage");
        if let Some(v) = pairs.get("accountname") {
            d.set("account_name", v.as_str());
        }
        if let Some(v) = pairs.get("endpointsuffix") {
            d.set("endpoint_suffix", v.as_str());
        }
        if has("accountkey") {
            d.set("credential", "account key");
            d.privilege = Some(Privilege::Admin);
            d.expiry = Some(Expiry::Never);
            d.suggestion = Some(
                "A storage account key gives full control of every container, queue, table \
                 and share in the account and never expires: rotate it, then connect with \
                 Entra ID (managed identity) or a short-lived user-delegation SAS, and \
                 consider disabling shared-key access."
                    .into(),
            );
        } else if let Some(sas) = pairs.get("sharedaccesssignature") {
            let mut inner = azure_sas(sas.as_bytes(), now);
            inner.set("service", "storage");
            inner.set("credential", "shared access signature");
            for (k, v) in d.properties {
                inner.properties.entry(k).or_insert(v);
            }
            return inner;
        }
        return d;
    }

    if let Some(endpoint) = pairs.get("accountendpoint") {
        let host = url_host(endpoint).unwrap_or(endpoint).to_string();
        d.set("service", "cosmos db");
        if let Some(acct) = host.split('.').next() {
            d.set("account_name", acct);
        }
        if has("accountkey") {
            // Read-write and read-only keys look the same: the rule's privilege stands.
            d.set("credential", "account key");
            d.expiry = Some(Expiry::Never);
            d.suggestion = Some(
                "Cosmos DB account keys never expire and a primary key can manage every \
                 database in the account: rotate it, and use Entra ID RBAC (or at least a \
                 read-only key for clients that only read)."
                    .into(),
            );
        }
        return d;
    }
    let Some(host) = pairs
        .get("endpoint")
        .map(|e| url_host(e).unwrap_or(e).to_string())
        .or_else(|| pairs.get("hostname").cloned())
    else {
        return d;
    };
    let name = host.split('.').next().unwrap_or_default().to_string();
    d.set("host", host.as_str());
    if has("sharedaccesskey") || has("secret") {
        d.expiry = Some(Expiry::Never);
    }
    let key_name = pairs.get("sharedaccesskeyname");
    if let Some(k) = key_name {
        d.set("shared_access_key_name", k.as_str());
    }
    if host.contains(".servicebus.") {
        d.set("service", "service bus / event hubs");
        d.set("namespace", name);
        if let Some(entity) = pairs.get("entitypath") {
            d.set("entity_path", entity.as_str());
        }
        if key_name.is_some_and(|k| k.eq_ignore_ascii_case("RootManageSharedAccessKey")) {
            d.set("rights", "Manage, Send, Listen");
            d.privilege = Some(Privilege::Admin);
        }
        d.suggestion = Some(if d.privilege == Some(Privilege::Admin) {
            "RootManageSharedAccessKey can manage the whole namespace: rotate it, and give \
             each client its own policy with only Send or Listen on one entity, or use Entra \
             ID (managed identity)."
                .into()
        } else {
            "Rotate the key; keep per-client policies limited to Send or Listen on one entity, \
             or use Entra ID (managed identity) instead of shared access keys."
                .into()
        });
    } else if host.contains(".azure-devices.") {
        d.set("service", "iot hub");
        d.set("hub", name);
        if let Some(dev) = pairs.get("deviceid") {
            d.set("device_id", dev.as_str());
            d.privilege = Some(Privilege::Write);
        } else if let Some(k) = key_name {
            d.privilege = iot_policy_privilege(k);
        }
        d.suggestion = Some(if d.privilege == Some(Privilege::Admin) {
            "iothubowner holds every IoT Hub right: rotate it, and give each back-end service a \
             policy with only the rights it uses (service connect, registry read), or use \
             Entra ID."
                .into()
        } else {
            "Rotate the key; give each client only the IoT Hub rights it uses, and prefer \
             per-device credentials (X.509) for devices."
                .into()
        });
    } else if host.contains(".azconfig.") {
        d.set("service", "app configuration");
        d.set("store", name);
        if let Some(id) = pairs.get("id") {
            d.set("key_id", id.as_str());
        }
        d.suggestion = Some(
            "Rotate the access key; let applications read configuration with Entra ID \
             (managed identity, App Configuration Data Reader), or at least a read-only key."
                .into(),
        );
    } else {
        d.set("service", "azure");
        d.suggestion =
            Some("Rotate the key, and prefer Entra ID (managed identity) over shared keys.".into());
    }
    d
}

/// IoT Hub's built-in shared access policies.
fn iot_policy_privilege(name: &str) -> Option<Privilege> {
    match name.to_ascii_lowercase().as_str() {
        "iothubowner" => Some(Privilege::Admin),
        "registryreadwrite" | "service" | "device" => Some(Privilege::Write),
        "registryread" => Some(Privilege::Read),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_750_000_000; // 2025-06-15T15:06:40Z

    fn now() -> Timestamp {
        Timestamp::from_second(NOW).unwrap()
    }

    #[test]
    fn service_sas_read_only() {
        let url = "https://acct.blob.core.windows.net/c/file.txt?sv=2022-11-02&sr=b&sp=r\
                   &st=2025-06-15T00:00:00Z&se=2025-06-16T00:00:00Z&spr=https&sip=10.0.0.1\
                   &sig=c2lnbmF0dXJl%3D";
        let d = azure_sas(url.as_bytes(), now());
        assert_eq!(d.privilege, Some(Privilege::Read));
        assert_eq!(d.properties["sas_type"], json!("service"));
        assert_eq!(d.properties["scope"], json!("blob"));
        assert_eq!(d.properties["account_name"], json!("acct"));
        assert_eq!(d.properties["permissions"], json!(["read"]));
        assert_eq!(d.properties["validity_days"], json!(1));
        assert!(matches!(d.expiry, Some(Expiry::At { expired: false, .. })));
        assert!(!d.properties.contains_key("sig"));
        let json = serde_json::to_string(&d.properties).unwrap();
        assert!(!json.contains("c2lnbmF0dXJl"), "signature leaked: {json}");
    }

    #[test]
    fn account_sas_with_service_level_write_is_admin() {
        let q = "?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx\
                 &se=2026-12-31T00%3A00%3A00Z&st=2025-01-01T00%3A00%3A00Z&spr=https,http&sig=abc";
        let d = azure_sas(q.as_bytes(), now());
        assert_eq!(d.privilege, Some(Privilege::Admin));
        assert_eq!(d.properties["sas_type"], json!("account"));
        assert_eq!(
            d.properties["scope"],
            json!("account (blob, file, queue, table services; service, container, object level)")
        );
        assert_eq!(
            d.expiry,
            Some(Expiry::At {
                at: "2026-12-31T00:00:00Z".into(),
                expired: false
            })
        );
        let s = d.suggestion.unwrap();
        assert!(s.contains("user-delegation"), "{s}");
        assert!(s.contains("spr=https"), "{s}");
        assert!(s.contains("sip"), "{s}");
    }

    #[test]
    fn container_write_sas_minute_precision_expired() {
        let q = "sv=2020-08-04&sr=c&sp=racwl&se=2024-01-01T00:00Z&sig=abc";
        let d = azure_sas(q.as_bytes(), now());
        assert_eq!(d.privilege, Some(Privilege::Write));
        assert_eq!(d.properties["scope"], json!("container"));
        assert_eq!(
            d.expiry,
            Some(Expiry::At {
                at: "2024-01-01T00:00:00Z".into(),
                expired: true
            })
        );
    }

    #[test]
    fn stored_policy_and_user_delegation() {
        let d = azure_sas(b"sv=2022-11-02&sr=c&si=readers&sig=abc", now());
        assert_eq!(d.properties["si"], json!("readers"));
        assert_eq!(d.expiry, Some(Expiry::Unknown));
        assert_eq!(d.privilege, None);
        assert_eq!(d.notes.len(), 1);

        let q = "sv=2022-11-02&sr=b&sp=r&se=2025-07-01&skoid=oid-1&sktid=tid-1\
                 &skt=2025-06-15T00:00:00Z&ske=2025-06-20T00:00:00Z&sks=b&skv=2022-11-02&sig=x";
        let d = azure_sas(q.as_bytes(), now());
        assert_eq!(d.properties["sas_type"], json!("user-delegation"));
        assert_eq!(d.properties["skoid"], json!("oid-1"));
        // Bounded by the delegation key's expiry.
        assert_eq!(
            d.expiry,
            Some(Expiry::At {
                at: "2025-06-20T00:00:00Z".into(),
                expired: false
            })
        );
    }

    #[test]
    fn service_bus_sas_token() {
        let t = "SharedAccessSignature sr=https%3A%2F%2Fns.servicebus.windows.net%2Fq\
                 &sig=abc%3D&se=1750003600&skn=RootManageSharedAccessKey";
        let d = azure_sas(t.as_bytes(), now());
        assert_eq!(d.properties["sas_type"], json!("service-bus"));
        assert_eq!(
            d.properties["resource"],
            json!("https://ns.servicebus.windows.net/q")
        );
        assert_eq!(d.privilege, Some(Privilege::Admin));
        assert!(matches!(d.expiry, Some(Expiry::At { expired: false, .. })));
    }

    #[test]
    fn not_a_sas() {
        assert_eq!(
            azure_sas(b"https://example.com/?a=b", now()),
            Decoded::default()
        );
    }

    #[test]
    fn storage_connection_string() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/azure-storage-connection-string.txt"
        ));
        let [s] = crate::analyze::fixture_lines(text)[..] else {
            panic!("azure-storage-connection-string.txt: expected one connection string");
        };
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["account_name"], json!("myacct"));
        assert_eq!(d.properties["endpoint_suffix"], json!("core.windows.net"));
        assert_eq!(d.privilege, Some(Privilege::Admin));
        assert_eq!(d.expiry, Some(Expiry::Never));
        let json = serde_json::to_string(&d.properties).unwrap();
        assert!(!json.contains("ZmFrZWtle"));
    }

    #[test]
    fn storage_connection_string_with_sas() {
        let s = "BlobEndpoint=https://myacct.blob.core.windows.net/;\
                 SharedAccessSignature=sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-06-16T00:00:00Z&sig=x";
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["credential"], json!("shared access signature"));
        assert_eq!(d.privilege, Some(Privilege::Read));
        assert_eq!(d.properties["sas_type"], json!("account"));
    }

    #[test]
    fn service_bus_connection_strings() {
        let s = "Endpoint=sb://my-ns.servicebus.windows.net/;\
                 SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=ZmFrZQ==";
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["namespace"], json!("my-ns"));
        assert_eq!(d.privilege, Some(Privilege::Admin));
        assert_eq!(d.properties["rights"], json!("Manage, Send, Listen"));

        let s = "Endpoint=sb://my-ns.servicebus.windows.net/;SharedAccessKeyName=sender;\
                 SharedAccessKey=ZmFrZQ==;EntityPath=orders";
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["entity_path"], json!("orders"));
        assert_eq!(d.privilege, None);
    }

    #[test]
    fn cosmos_and_iot_hub() {
        let s = "AccountEndpoint=https://db1.documents.azure.com:443/;AccountKey=ZmFrZQ==;";
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["service"], json!("cosmos db"));
        assert_eq!(d.properties["account_name"], json!("db1"));
        assert_eq!(
            d.privilege, None,
            "read-only and read-write keys look alike"
        );
        assert_eq!(d.expiry, Some(Expiry::Never));
        let s = "HostName=hub1.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=ZmFrZQ==";
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["service"], json!("iot hub"));
        assert_eq!(d.properties["hub"], json!("hub1"));
        assert_eq!(d.privilege, Some(Privilege::Admin));
        let s = "Endpoint=https://cfg1.azconfig.io;Id=AbC1-l0-s0:key-id;Secret=ZmFrZQ==";
        let d = azure_connection_string(s.as_bytes(), now());
        assert_eq!(d.properties["service"], json!("app configuration"));
        assert_eq!(d.properties["store"], json!("cfg1"));
        assert_eq!(d.expiry, Some(Expiry::Never));
        let out = serde_json::to_string(&d.properties).unwrap();
        assert!(!out.contains("ZmFrZQ"), "{out}");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%3Ab%2F"), "a:b/");
        assert_eq!(percent_decode("50%"), "50%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
