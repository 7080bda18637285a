//! Offline decoders: what a token's bytes say about its owner, scope and lifetime.
//!
//! Each decoder reads only the secret and returns [`Decoded`]; rules opt in by name with
//! `decoder = "..."`. Decoders never fail loudly: a token that does not decode simply
//! yields nothing, because the match itself stands on the rule's regex.

mod azure;
mod gcp;
mod gitlab;
mod jwt;
mod pypi;

use std::collections::BTreeMap;

use base64::Engine as _;
use jiff::{Timestamp, tz::TimeZone};
use serde_json::{Value, json};

use crate::finding::{Expiry, Privilege};

use azure::{azure_connection_string, azure_sas};
use gcp::gcp_service_account;
use gitlab::gitlab_routable;
use jwt::jwt;
use pypi::pypi_macaroon;

/// What a decoder learned. `None` fields leave the rule's static facts in place.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Decoded {
    pub privilege: Option<Privilege>,
    pub expiry: Option<Expiry>,
    pub suggestion: Option<String>,
    /// Issued-at, when the format carries it (for rotation advice).
    pub issued_at: Option<Timestamp>,
    pub properties: BTreeMap<String, Value>,
    /// Human-readable remarks ("unsigned JWT"); never contain key material.
    pub notes: Vec<String>,
}

impl Decoded {
    fn set(&mut self, key: &str, value: impl Into<Value>) {
        self.properties.insert(key.to_string(), value.into());
    }
}

/// Lenient base64 decoding: URL-safe or standard alphabet, padding optional.
pub(crate) fn b64_decode(text: &[u8]) -> Option<Vec<u8>> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    const CONFIG: GeneralPurposeConfig = GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true);
    const URL: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, CONFIG);
    const STD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, CONFIG);
    URL.decode(text).or_else(|_| STD.decode(text)).ok()
}

/// Parses the timestamp spellings tokens use: RFC 3339 (`2030-01-01T00:00:00Z`, fractional
/// seconds, offsets), minute precision (`2030-01-01T00:00Z`, Azure SAS), a date-time without
/// offset or a bare date (both taken as UTC).
pub(crate) fn parse_time(text: &str) -> Option<Timestamp> {
    let text = text.trim();
    if let Ok(t) = text.parse::<Timestamp>() {
        return Some(t);
    }
    let civil = text.strip_suffix('Z').unwrap_or(text);
    if let Ok(dt) = civil.parse::<jiff::civil::DateTime>() {
        return dt.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp());
    }
    None
}

/// Seconds since the Unix epoch (JWT `exp`, Service Bus `se`), as an integer or a float.
pub(crate) fn epoch_time(v: &Value) -> Option<Timestamp> {
    let secs = match v {
        Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64))?,
        Value::String(s) => s.trim().parse::<i64>().ok()?,
        _ => return None,
    };
    Timestamp::from_second(secs).ok()
}

/// `Expiry::At` judged against `now` (a token is expired from its expiry instant on).
pub(crate) fn expiry_at(at: Timestamp, now: Timestamp) -> Expiry {
    Expiry::At {
        at: at.to_string(),
        expired: at <= now,
    }
}

/// Whole days from `a` to `b` (negative if `b` is earlier).
pub(crate) fn days_between(a: Timestamp, b: Timestamp) -> i64 {
    b.as_second().saturating_sub(a.as_second()) / 86_400
}

/// Human duration for notes: `3 days`, `5 hours`, `12 minutes`.
pub(crate) fn human_duration(a: Timestamp, b: Timestamp) -> String {
    let secs = b.as_second().saturating_sub(a.as_second()).abs();
    let (n, unit) = match secs {
        0..120 => (secs, "second"),
        120..7_200 => (secs / 60, "minute"),
        7_200..172_800 => (secs / 3_600, "hour"),
        _ => (secs / 86_400, "day"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
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

/// Decodes `%XX` escapes; `+` stays `+` (Azure SAS timestamps and IAM policy documents,
/// the two users, never encode spaces that way). A malformed escape is kept as written.
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && i + 2 < b.len()
            && b[i + 1].is_ascii_hexdigit()
            && b[i + 2].is_ascii_hexdigit()
        {
            let hex = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
            out.push(hex(b[i + 1]) << 4 | hex(b[i + 2]));
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS's documentation example key id as a temporary (`ASIA`) and as a long-lived
    /// (`AKIA`) key id, from `testdata/decode/aws-key-ids.txt`.
    fn aws_key_ids() -> (&'static str, &'static str) {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/aws-key-ids.txt"
        ));
        let [sts, iam] = crate::analyze::fixture_lines(text)[..] else {
            panic!("aws-key-ids.txt: expected two key ids");
        };
        (sts, iam)
    }

    #[test]
    fn aws_account_from_key_id() {
        // AWS's documentation example key id; its account id is published alongside the
        // decoding technique.
        let (sts, _) = aws_key_ids();
        assert_eq!(
            aws_account_id(sts.as_bytes()).as_deref(),
            Some("609629065308")
        );
    }

    #[test]
    fn aws_key_types() {
        let now = Timestamp::UNIX_EPOCH;
        let (sts, iam) = aws_key_ids();
        let d = decode("aws-key-id", iam.as_bytes(), now);
        assert_eq!(d.expiry, Some(Expiry::Never));
        assert_eq!(d.properties["key_id_prefix"], json!("AKIA"));
        let d = decode("aws-key-id", sts.as_bytes(), now);
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
