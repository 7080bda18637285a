//! PyPI API tokens: `pypi-` + base64url(macaroon, libmacaroons V2 binary format).
//!
//! V2 layout: version byte `2`; packets of `varint field type, varint length, data`; the
//! header holds location (1) and identifier (2) and ends with EOS (0); each caveat is a
//! group of packets (identifier, optional location and verification id (4) for third-party
//! caveats) ending with EOS; an extra EOS ends the caveats; the signature (6) comes last.
//!
//! PyPI's first-party caveats are JSON: arrays `[tag, …]` (0 expiration `[0, exp, nbf]`,
//! 1 project names, 2 project ids, 3 request user, 4 OIDC provider) or the legacy objects
//! (`{"version": 1, "permissions": "user" | {"projects": […]}}`, `{"exp", "nbf"}`,
//! `{"project_ids": […]}`). The signature needs PyPI's key, so it is not checked.

use jiff::Timestamp;
use serde_json::{Value, json};

use super::{Decoded, b64_decode, epoch_time, expiry_at};
use crate::finding::{Expiry, Privilege};

const EOS: u64 = 0;
const LOCATION: u64 = 1;
const IDENTIFIER: u64 = 2;
const VID: u64 = 4;
const SIGNATURE: u64 = 6;

/// A parsed V2 macaroon; only what analysis needs.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Macaroon {
    pub location: Option<String>,
    pub identifier: Vec<u8>,
    /// First-party caveat predicates, in order.
    pub caveats: Vec<Vec<u8>>,
    pub third_party_caveats: usize,
    pub has_signature: bool,
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.data.get(self.pos)?;
            self.pos += 1;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// `(field type, data)`, or `(EOS, [])`.
    fn packet(&mut self) -> Option<(u64, &'a [u8])> {
        let ty = self.varint()?;
        if ty == EOS {
            return Some((EOS, &[]));
        }
        let len = usize::try_from(self.varint()?).ok()?;
        let end = self.pos.checked_add(len)?;
        let data = self.data.get(self.pos..end)?;
        self.pos = end;
        Some((ty, data))
    }

    fn peek_eos(&self) -> bool {
        self.data.get(self.pos) == Some(&0)
    }
}

/// Parses a V2 binary macaroon. A truncated token yields what was read so far, as long as
/// the header was complete.
pub(crate) fn parse_v2(data: &[u8]) -> Option<Macaroon> {
    if data.first() != Some(&2) {
        return None;
    }
    let mut r = Reader { data, pos: 1 };
    let mut m = Macaroon::default();
    loop {
        match r.packet()? {
            (EOS, _) => break,
            (LOCATION, v) => m.location = Some(String::from_utf8_lossy(v).into_owned()),
            (IDENTIFIER, v) => m.identifier = v.to_vec(),
            _ => return None,
        }
    }
    loop {
        if r.peek_eos() {
            r.pos += 1;
            break;
        }
        let mut id = None;
        let mut third_party = false;
        loop {
            match r.packet() {
                Some((EOS, _)) => break,
                Some((IDENTIFIER, v)) => id = Some(v.to_vec()),
                Some((VID, _)) => third_party = true,
                Some((LOCATION, _)) => {}
                Some(_) | None => return Some(m),
            }
        }
        match (id, third_party) {
            (Some(_), true) => m.third_party_caveats += 1,
            (Some(id), false) => m.caveats.push(id),
            (None, _) => return Some(m),
        }
    }
    m.has_signature = matches!(r.packet(), Some((SIGNATURE, s)) if s.len() == 32);
    Some(m)
}

/// What PyPI's caveats restrict.
#[derive(Debug, Default, PartialEq)]
struct Restrictions {
    expires_at: Option<Timestamp>,
    not_before: Option<Timestamp>,
    project_names: Vec<String>,
    project_ids: Vec<String>,
    user_id: Option<String>,
    /// Legacy V1 "user" token: user-wide, the user is whoever owns it in PyPI's database.
    legacy_user: bool,
    oidc_provider_id: Option<String>,
    unknown: usize,
}

impl Restrictions {
    fn add(&mut self, caveat: &Value) {
        match caveat {
            Value::Array(a) => self.add_tagged(a),
            Value::Object(o) => {
                if o.get("version").and_then(Value::as_i64) == Some(1) {
                    match o.get("permissions") {
                        Some(Value::String(s)) if s == "user" => self.legacy_user = true,
                        Some(Value::Object(p)) => match p.get("projects") {
                            Some(Value::Array(names)) => self.project_names.extend(strs(names)),
                            _ => self.unknown += 1,
                        },
                        _ => self.unknown += 1,
                    }
                } else if o.contains_key("exp") && o.contains_key("nbf") {
                    self.expiration(o.get("exp"), o.get("nbf"));
                } else if let Some(Value::Array(ids)) = o.get("project_ids") {
                    self.project_ids.extend(strs(ids));
                } else {
                    self.unknown += 1;
                }
            }
            _ => self.unknown += 1,
        }
    }

    fn add_tagged(&mut self, a: &[Value]) {
        let as_string = |v: Option<&Value>| match v {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        match (a.first().and_then(Value::as_i64), a.get(1)) {
            (Some(0), _) => self.expiration(a.get(1), a.get(2)),
            (Some(1), Some(Value::Array(names))) => self.project_names.extend(strs(names)),
            (Some(2), Some(Value::Array(ids))) => self.project_ids.extend(strs(ids)),
            (Some(3), v) if as_string(v).is_some() => self.user_id = as_string(v),
            (Some(4), v) if as_string(v).is_some() => self.oidc_provider_id = as_string(v),
            _ => self.unknown += 1,
        }
    }

    /// Several expiration caveats all apply: the earliest expiry and latest start win.
    fn expiration(&mut self, exp: Option<&Value>, nbf: Option<&Value>) {
        if let Some(exp) = exp.and_then(epoch_time) {
            self.expires_at = Some(self.expires_at.map_or(exp, |e| e.min(exp)));
        }
        if let Some(nbf) = nbf.and_then(epoch_time) {
            self.not_before = Some(self.not_before.map_or(nbf, |n| n.max(nbf)));
        }
    }

    fn project_scoped(&self) -> bool {
        !self.project_names.is_empty() || !self.project_ids.is_empty()
    }
}

fn strs(values: &[Value]) -> Vec<String> {
    values
        .iter()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

pub(super) fn pypi_macaroon(secret: &[u8], now: Timestamp) -> Decoded {
    let mut d = Decoded::default();
    let Some(start) = memchr::memmem::find(secret, b"pypi-") else {
        return d;
    };
    let body = &secret[start + 5..];
    let end = body
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'=')))
        .unwrap_or(body.len());
    let Some(m) = b64_decode(&body[..end]).and_then(|raw| parse_v2(&raw)) else {
        return d;
    };
    d.set("macaroon_version", 2);
    if let Some(loc) = &m.location {
        d.set("location", loc.as_str());
        if loc != "pypi.org" {
            d.set("index", loc.as_str());
        }
    }
    // The identifier is the token's database id (a UUID): public, useful to find it in the
    // account's token list.
    if let Ok(id) = std::str::from_utf8(&m.identifier)
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
    {
        d.set("token_id", id);
    }
    let mut r = Restrictions::default();
    for caveat in &m.caveats {
        match serde_json::from_slice::<Value>(caveat) {
            Ok(v) => r.add(&v),
            Err(_) => r.unknown += 1,
        }
    }
    d.set("caveats", m.caveats.len());
    if r.unknown > 0 {
        d.set("unrecognised_caveats", r.unknown);
    }
    if m.third_party_caveats > 0 {
        d.set("third_party_caveats", m.third_party_caveats);
    }

    let scope = if r.oidc_provider_id.is_some() {
        "trusted-publishing"
    } else if r.project_scoped() {
        "project"
    } else if r.user_id.is_some() || r.legacy_user {
        "user"
    } else {
        "unrestricted"
    };
    d.set("scope", scope);
    if !r.project_names.is_empty() {
        d.set("projects", json!(r.project_names));
    }
    if !r.project_ids.is_empty() {
        d.set("project_ids", json!(r.project_ids));
    }
    if let Some(u) = &r.user_id {
        d.set("user_id", u.as_str());
    }
    if let Some(p) = &r.oidc_provider_id {
        d.set("oidc_provider_id", p.as_str());
        d.set("origin", "trusted publishing (OIDC)");
    }
    if let Some(nbf) = r.not_before {
        d.set("not_before", nbf.to_string());
    }
    d.expiry = Some(match r.expires_at {
        Some(exp) => expiry_at(exp, now),
        None => Expiry::Never,
    });
    // Every PyPI API token can upload; none can manage the account.
    d.privilege = Some(Privilege::Write);
    d.suggestion = Some(suggestion(scope, &r, &d.expiry));
    d
}

fn suggestion(scope: &str, r: &Restrictions, expiry: &Option<Expiry>) -> String {
    let projects = if r.project_names.is_empty() {
        "the project it publishes".to_string()
    } else {
        r.project_names.join(", ")
    };
    match scope {
        "trusted-publishing" => {
            "Short-lived token minted by PyPI Trusted Publishing: it expires on its \
            own, but should never be written to disk or logs; keep publishing through OIDC."
                .into()
        }
        "project" => {
            let mut s = format!(
                "PyPI token already scoped to {projects}; it can still upload releases there"
            );
            if matches!(expiry, Some(Expiry::Never)) {
                s.push_str(" and never expires");
            }
            s.push_str(
                ". Revoke it and publish from CI with Trusted Publishing (OIDC) so no \
                 long-lived token is stored.",
            );
            s
        }
        _ => "PyPI user-wide token: it can upload to every project of the account and create \
              new ones. Revoke it, and replace it with a token scoped to the one project it \
              publishes, or better, with Trusted Publishing (OIDC) from CI."
            .into(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use base64::Engine as _;

    /// Minimal V2 macaroon serializer for fixtures (first-party caveats only, dummy
    /// signature).
    pub(crate) fn serialize_v2(location: &str, identifier: &str, caveats: &[Value]) -> String {
        fn varint(out: &mut Vec<u8>, mut n: u64) {
            while n >= 0x80 {
                out.push((n as u8) | 0x80);
                n >>= 7;
            }
            out.push(n as u8);
        }
        fn packet(out: &mut Vec<u8>, ty: u64, data: &[u8]) {
            varint(out, ty);
            varint(out, data.len() as u64);
            out.extend_from_slice(data);
        }
        let mut out = vec![2u8];
        packet(&mut out, LOCATION, location.as_bytes());
        packet(&mut out, IDENTIFIER, identifier.as_bytes());
        out.push(0);
        for c in caveats {
            packet(&mut out, IDENTIFIER, c.to_string().as_bytes());
            out.push(0);
        }
        out.push(0);
        packet(&mut out, SIGNATURE, &[0x5a; 32]);
        format!(
            "pypi-{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(out)
        )
    }

    const ID: &str = "0b0e8f4c-6d0a-4b8e-9a57-2f1d8c3e7a10";
    const NOW: i64 = 1_750_000_000;

    fn now() -> Timestamp {
        Timestamp::from_second(NOW).unwrap()
    }

    #[test]
    fn header_matches_the_known_pypi_prefix() {
        let t = serialize_v2("pypi.org", ID, &[]);
        assert!(t.starts_with("pypi-AgEIcHlwaS5vcmc"), "{t}");
    }

    #[test]
    fn user_wide_token_never_expires() {
        let t = serialize_v2("pypi.org", ID, &[json!([3, "user-uuid-1"])]);
        let d = pypi_macaroon(t.as_bytes(), now());
        assert_eq!(d.properties["scope"], json!("user"));
        assert_eq!(d.properties["user_id"], json!("user-uuid-1"));
        assert_eq!(d.properties["token_id"], json!(ID));
        assert_eq!(d.expiry, Some(Expiry::Never));
        assert_eq!(d.privilege, Some(Privilege::Write));
        assert!(d.suggestion.unwrap().starts_with("PyPI user-wide token"));
    }

    #[test]
    fn project_scoped_with_expiry() {
        let t = serialize_v2(
            "pypi.org",
            ID,
            &[
                json!([1, ["sampleproject"]]),
                json!([2, ["p-1"]]),
                json!([3, "u-1"]),
                json!([0, NOW + 86_400, NOW - 60]),
            ],
        );
        let d = pypi_macaroon(format!("PYPI_TOKEN={t}\n").as_bytes(), now());
        assert_eq!(d.properties["scope"], json!("project"));
        assert_eq!(d.properties["projects"], json!(["sampleproject"]));
        assert_eq!(d.properties["project_ids"], json!(["p-1"]));
        assert_eq!(
            d.expiry,
            Some(Expiry::At {
                at: Timestamp::from_second(NOW + 86_400).unwrap().to_string(),
                expired: false
            })
        );
        assert!(d.suggestion.unwrap().contains("sampleproject"));
    }

    #[test]
    fn expired_trusted_publishing_token() {
        let t = serialize_v2(
            "pypi.org",
            ID,
            &[json!([4, "provider-7"]), json!([0, NOW - 900, NOW - 1800])],
        );
        let d = pypi_macaroon(t.as_bytes(), now());
        assert_eq!(d.properties["scope"], json!("trusted-publishing"));
        assert_eq!(d.properties["oidc_provider_id"], json!("provider-7"));
        assert!(matches!(d.expiry, Some(Expiry::At { expired: true, .. })));
    }

    #[test]
    fn legacy_caveats() {
        let t = serialize_v2(
            "pypi.org",
            ID,
            &[
                json!({"version": 1, "permissions": {"projects": ["legacy-proj"]}}),
                json!({"exp": NOW + 10, "nbf": NOW - 10}),
                json!({"project_ids": ["p-9"]}),
            ],
        );
        let d = pypi_macaroon(t.as_bytes(), now());
        assert_eq!(d.properties["scope"], json!("project"));
        assert_eq!(d.properties["projects"], json!(["legacy-proj"]));
        assert_eq!(d.properties["project_ids"], json!(["p-9"]));
        assert!(matches!(d.expiry, Some(Expiry::At { expired: false, .. })));

        let t = serialize_v2(
            "test.pypi.org",
            ID,
            &[json!({"version": 1, "permissions": "user"})],
        );
        let d = pypi_macaroon(t.as_bytes(), now());
        assert_eq!(d.properties["scope"], json!("user"));
        assert_eq!(d.properties["index"], json!("test.pypi.org"));
    }

    #[test]
    fn unknown_caveats_are_counted() {
        let t = serialize_v2("pypi.org", ID, &[json!([99, "x"]), json!("free text")]);
        let d = pypi_macaroon(t.as_bytes(), now());
        assert_eq!(d.properties["unrecognised_caveats"], json!(2));
    }

    #[test]
    fn parser_rejects_non_v2_and_tolerates_truncation() {
        assert_eq!(parse_v2(b"\x01abc"), None);
        let t = serialize_v2("pypi.org", ID, &[json!([3, "u"])]);
        let raw = b64_decode(&t.as_bytes()[5..]).unwrap();
        let full = parse_v2(&raw).unwrap();
        assert!(full.has_signature);
        assert_eq!(full.caveats.len(), 1);
        let cut = parse_v2(&raw[..raw.len() - 20]).unwrap();
        assert!(!cut.has_signature);
        assert_eq!(cut.caveats.len(), 1);
        assert_eq!(pypi_macaroon(b"pypi-!!!!", now()), Decoded::default());
    }

    #[test]
    fn fixture_file_decodes() {
        let text = include_str!("../../../testdata/decode/pypi-user-wide.txt");
        let d = pypi_macaroon(text.trim().as_bytes(), now());
        assert_eq!(d.properties["scope"], json!("user"));
    }
}
