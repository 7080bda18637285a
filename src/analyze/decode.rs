//! Offline decoders: what a token's bytes say about its owner, scope and lifetime.
//!
//! Each decoder reads only the secret and returns [`Decoded`]; rules opt in by name with
//! `decoder = "..."`. Decoders never fail loudly: a token that does not decode simply
//! yields nothing, because the match itself stands on the rule's regex.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::{Value, json};

use crate::finding::{Expiry, Privilege};

/// What a decoder learned. `None` fields leave the rule's static facts in place.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Decoded {
    pub privilege: Option<Privilege>,
    pub expiry: Option<Expiry>,
    pub suggestion: Option<String>,
    /// Issued-at, when the format carries it (for rotation advice).
    pub issued_at: Option<Timestamp>,
    pub properties: BTreeMap<String, Value>,
}

type DecodeFn = fn(&[u8], Timestamp) -> Decoded;

const DECODERS: &[(&str, DecodeFn)] = &[
    ("aws-key-id", aws_key_id),
    ("jwt", jwt),
    ("pypi-macaroon", pypi_macaroon),
    ("azure-sas", azure_sas),
    ("gitlab-routable", gitlab_routable),
    ("gcp-service-account", gcp_service_account),
    ("azure-connection-string", azure_connection_string),
];

// Bodies being written; registered early so rules referencing these names load.
fn jwt(_s: &[u8], _now: Timestamp) -> Decoded {
    Decoded::default()
}
fn pypi_macaroon(_s: &[u8], _now: Timestamp) -> Decoded {
    Decoded::default()
}
fn azure_sas(_s: &[u8], _now: Timestamp) -> Decoded {
    Decoded::default()
}
fn gitlab_routable(_s: &[u8], _now: Timestamp) -> Decoded {
    Decoded::default()
}
fn gcp_service_account(_s: &[u8], _now: Timestamp) -> Decoded {
    Decoded::default()
}
fn azure_connection_string(_s: &[u8], _now: Timestamp) -> Decoded {
    Decoded::default()
}

pub fn is_known(name: &str) -> bool {
    DECODERS.iter().any(|(n, _)| *n == name)
}

pub fn decode(name: &str, secret: &[u8], now: Timestamp) -> Decoded {
    DECODERS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| f(secret, now))
        .unwrap_or_default()
}

/// AWS access key ids: `AKIA` long-lived IAM user key, `ASIA` STS temporary key. The
/// account id is recoverable from the id itself (base32 of the id after the 4-char prefix;
/// bits 7..47 of the first 6 bytes), a documented property of the format.
fn aws_key_id(secret: &[u8], _now: Timestamp) -> Decoded {
    let mut d = Decoded::default();
    let Some(id) = find_aws_key_id(secret) else {
        return d;
    };
    let prefix = &id[..4];
    let (key_type, expiry) = match prefix {
        b"AKIA" => ("long-lived IAM user access key", Some(Expiry::Never)),
        b"ASIA" => ("temporary STS session key", None),
        _ => ("other AWS key id", None),
    };
    d.properties.insert("key_type".into(), json!(key_type));
    d.properties.insert(
        "key_id_prefix".into(),
        json!(String::from_utf8_lossy(prefix)),
    );
    if let Some(account) = aws_account_id(id) {
        d.properties.insert("account_id".into(), json!(account));
    }
    d.expiry = expiry;
    if prefix == b"ASIA" {
        d.suggestion = Some(
            "Temporary STS credentials expire, but a leaked session token is usable until then: \
             revoke the role session and keep using short-lived role credentials."
                .into(),
        );
    }
    d
}

fn find_aws_key_id(secret: &[u8]) -> Option<&[u8]> {
    secret.windows(20).find(|w| {
        w[0] == b'A'
            && w[..4].iter().all(|b| b.is_ascii_uppercase())
            && w[4..]
                .iter()
                .all(|&b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
    })
}

/// Decodes the 12-digit account id embedded in a 20-character AWS access key id.
pub fn aws_account_id(key_id: &[u8]) -> Option<String> {
    if key_id.len() != 20 {
        return None;
    }
    let mut bits: u128 = 0;
    let mut nbits = 0;
    let mut bytes = Vec::with_capacity(10);
    for &c in &key_id[4..] {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => return None,
        };
        bits = (bits << 5) | v as u128;
        nbits += 5;
        if nbits >= 8 {
            nbits -= 8;
            bytes.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    if bytes.len() < 6 {
        return None;
    }
    let mut n: u64 = 0;
    for &b in &bytes[..6] {
        n = (n << 8) | b as u64;
    }
    let account = (n & 0x7fff_ffff_ff80) >> 7;
    Some(format!("{account:012}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aws_account_from_key_id() {
        // AWS's documentation example key id; its account id is published alongside the
        // decoding technique.
        assert_eq!(
            aws_account_id(b"ASIAY34FZKBOKMUTVV7A").as_deref(),
            Some("609629065308")
        );
    }

    #[test]
    fn aws_key_types() {
        let now = Timestamp::UNIX_EPOCH;
        let d = decode("aws-key-id", b"AKIAY34FZKBOKMUTVV7A", now);
        assert_eq!(d.expiry, Some(Expiry::Never));
        assert_eq!(d.properties["key_id_prefix"], json!("AKIA"));
        let d = decode("aws-key-id", b"ASIAY34FZKBOKMUTVV7A", now);
        assert_eq!(d.properties["key_id_prefix"], json!("ASIA"));
        assert!(d.suggestion.is_some());
    }

    #[test]
    fn unknown_decoder_is_empty() {
        assert!(!is_known("nope"));
        assert_eq!(
            decode("nope", b"x", Timestamp::UNIX_EPOCH),
            Decoded::default()
        );
    }
}
