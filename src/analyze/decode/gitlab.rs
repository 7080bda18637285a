//! GitLab routable tokens (GitLab 17.x+): the payload carries routing ids offline.
//!
//! Two payload layouts exist, both ending in a length byte:
//! - versioned tokens (`….01.<len><crc>`): `random(16) + routing + len(routing)`;
//! - the first routable tokens (no version segment): `routing + random(n) + n`.
//!
//! `routing` is `key:value` lines sorted by key: `c` cell, `o` organization, `u` user,
//! `g` group, `p` project, `t` (kept as is); integer ids are written in base36.

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use super::{Decoded, b64_decode};
use crate::analyze::checksum::routable_parts;

const KEY_NAMES: &[(u8, &str)] = &[
    (b'c', "cell_id"),
    (b'o', "organization_id"),
    (b'u', "user_id"),
    (b'g', "group_id"),
    (b'p', "project_id"),
];

pub(super) fn gitlab_routable(secret: &[u8], _now: Timestamp) -> Decoded {
    let mut d = Decoded::default();
    let Some(parts) = routable_parts(secret) else {
        d.set("token_format", "legacy");
        return d;
    };
    d.set(
        "token_format",
        if parts.version.is_some() {
            "routable (versioned)"
        } else {
            "routable"
        },
    );
    if let Some(v) = parts.version {
        d.set("token_version", String::from_utf8_lossy(v).as_ref());
    }
    let prefix = String::from_utf8_lossy(parts.prefix);
    if !prefix.is_empty() && prefix.len() <= 40 {
        d.set("token_prefix", prefix.as_ref());
    }
    let Some(raw) = b64_decode(parts.payload) else {
        return d;
    };
    let routing = if parts.version.is_some() {
        versioned_routing(&raw).or_else(|| first_routing(&raw))
    } else {
        first_routing(&raw).or_else(|| versioned_routing(&raw))
    };
    let Some(routing) = routing else {
        return d;
    };
    let mut all = Map::new();
    for (key, value) in routing {
        let shown = match base36_id(value) {
            Some(n) => json!(n),
            None => json!(String::from_utf8_lossy(value)),
        };
        if let Some((_, name)) = KEY_NAMES.iter().find(|(k, _)| *k == key) {
            d.set(name, shown.clone());
        }
        all.insert((key as char).to_string(), shown);
    }
    d.set("routing", Value::Object(all));
    d
}

/// `random(16) + routing + len(routing)`.
fn versioned_routing(raw: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let (&len, body) = raw.split_last()?;
    let start = body.len().checked_sub(usize::from(len))?;
    parse_routing(&body[start..])
}

/// `routing + random(n) + n`.
fn first_routing(raw: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let (&n, body) = raw.split_last()?;
    let end = body.len().checked_sub(usize::from(n))?;
    parse_routing(&body[..end])
}

/// `k:v` lines: one lowercase letter key, a non-empty `[0-9a-z]` value, keys unique.
fn parse_routing(text: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    if text.is_empty() {
        return None;
    }
    let mut out: Vec<(u8, &[u8])> = Vec::new();
    for line in text.split(|&b| b == b'\n') {
        let [key, b':', value @ ..] = line else {
            return None;
        };
        if !key.is_ascii_lowercase()
            || value.is_empty()
            || !value
                .iter()
                .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
            || out.iter().any(|(k, _)| k == key)
        {
            return None;
        }
        out.push((*key, value));
    }
    Some(out)
}

fn base36_id(v: &[u8]) -> Option<u64> {
    if v.len() > 12 {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(v).ok()?, 36).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::checksum::{base36_crc, gitlab_routable_token, to_base36};
    use base64::Engine as _;

    fn now() -> Timestamp {
        Timestamp::UNIX_EPOCH
    }

    #[test]
    fn versioned_pat_owner_ids() {
        let t = gitlab_routable_token("glpat-", &[('o', 1), ('u', 1_234_567), ('c', 2)], [9; 16]);
        let d = gitlab_routable(t.as_bytes(), now());
        assert_eq!(d.properties["token_format"], json!("routable (versioned)"));
        assert_eq!(d.properties["token_version"], json!("01"));
        assert_eq!(d.properties["token_prefix"], json!("glpat-"));
        assert_eq!(d.properties["user_id"], json!(1_234_567));
        assert_eq!(d.properties["organization_id"], json!(1));
        assert_eq!(d.properties["cell_id"], json!(2));
        assert_eq!(d.privilege, None, "scopes are not in the token");
    }

    #[test]
    fn runner_token_group_and_project() {
        let t = gitlab_routable_token("glrt-t2_", &[('o', 1), ('g', 77), ('u', 5)], [0xff; 16]);
        let d = gitlab_routable(t.as_bytes(), now());
        assert_eq!(d.properties["group_id"], json!(77));
        assert_eq!(d.properties["token_prefix"], json!("glrt-t2_"));
        assert_eq!(d.properties["routing"], json!({"g": 77, "o": 1, "u": 5}));
    }

    #[test]
    fn first_routable_layout() {
        // routing first, then n random bytes, then n.
        let mut raw = b"o:1\nu:ap8".to_vec();
        raw.extend_from_slice(&[0xab; 16]);
        raw.push(16);
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&raw);
        let signed = format!("glpat-{payload}.{:0>2}", to_base36(payload.len() as u64));
        let token = format!("{signed}{}", base36_crc(signed.as_bytes()));
        let d = gitlab_routable(token.as_bytes(), now());
        assert_eq!(d.properties["token_format"], json!("routable"));
        assert_eq!(
            d.properties["user_id"],
            json!(u64::from_str_radix("ap8", 36).unwrap())
        );
    }

    #[test]
    fn public_example_token() {
        // GitLab's published unversioned example: routing `o:1`, then 16 random bytes.
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/gitlab-public-example.txt"
        ));
        let [token] = crate::analyze::fixture_lines(text)[..] else {
            panic!("gitlab-public-example.txt: expected one token");
        };
        let d = gitlab_routable(token.as_bytes(), now());
        assert_eq!(d.properties["routing"], json!({"o": 1}));
        assert_eq!(d.properties["organization_id"], json!(1));
    }

    #[test]
    fn legacy_and_undecodable() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/gitlab-legacy.txt"
        ));
        let [legacy] = crate::analyze::fixture_lines(text)[..] else {
            panic!("gitlab-legacy.txt: expected one token");
        };
        let d = gitlab_routable(legacy.as_bytes(), now());
        assert_eq!(d.properties["token_format"], json!("legacy"));
        // Right shape, random payload: format only, no ids.
        let payload = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo";
        let signed = format!("glpat-{payload}.01.{:0>2}", to_base36(payload.len() as u64));
        let token = format!("{signed}{}", base36_crc(signed.as_bytes()));
        let d = gitlab_routable(token.as_bytes(), now());
        assert!(!d.properties.contains_key("routing"));
        assert_eq!(d.properties["token_version"], json!("01"));
    }

    #[test]
    fn fixture_file_decodes() {
        let text = include_str!("../../../testdata/decode/gitlab-routable.txt");
        let d = gitlab_routable(text.trim().as_bytes(), now());
        assert_eq!(d.properties["user_id"], json!(42));
        assert_eq!(
            crate::analyze::checksum::verify("gitlab-routable", text.trim().as_bytes()),
            Some(true)
        );
    }
}
