//! Offline checksum validators: they tell a well-formed token from a look-alike without a
//! network call.

/// Validator names usable in a rule's `checksum` field.
const KNOWN: &[&str] = &["github", "npm", "gitlab-routable"];

pub fn is_known(name: &str) -> bool {
    KNOWN.contains(&name)
}

/// `Some(true)` valid, `Some(false)` invalid, `None` when the validator does not apply to
/// this shape of token (so the match is kept and marked unverified).
pub fn verify(name: &str, token: &[u8]) -> Option<bool> {
    match name {
        "github" | "npm" => github_style(token),
        "gitlab-routable" => gitlab_routable(token),
        _ => None,
    }
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// GitHub's 2021 token format (also used by npm): `prefix_` + 30 random base62 characters
/// + 6 characters that are base62(CRC32(random part)), left-padded with `0`.
fn github_style(token: &[u8]) -> Option<bool> {
    let underscore = token.iter().rposition(|&b| b == b'_')?;
    let body = &token[underscore + 1..];
    if body.len() != 36 {
        return None;
    }
    let (random, check) = body.split_at(30);
    Some(base62_fixed(crc32fast::hash(random), 6).as_bytes() == check)
}

pub fn base62_fixed(mut n: u32, width: usize) -> String {
    let mut digits = vec![b'0'; width];
    for slot in digits.iter_mut().rev() {
        *slot = BASE62[(n % 62) as usize];
        n /= 62;
    }
    String::from_utf8(digits).expect("ascii")
}

/// Appends the GitHub-style checksum to `prefix + random30`. Used by tests and the fixture
/// generator to make fake but well-formed tokens.
pub fn github_style_token(prefix: &str, random30: &str) -> String {
    assert_eq!(
        random30.len(),
        30,
        "GitHub-style tokens have 30 random characters"
    );
    format!(
        "{prefix}{random30}{}",
        base62_fixed(crc32fast::hash(random30.as_bytes()), 6)
    )
}

/// The pieces of a GitLab routable token (GitLab 17.x+).
///
/// Layout: `<prefix><payload>.<version>.<length><crc>` (versioned) or
/// `<prefix><payload>.<length><crc>` (first routable format), where `payload` is base64url
/// without padding, `version` is 2 base36 characters, `length` is the payload length in
/// 2 base36 characters and `crc` is CRC32-IEEE of everything before it (prefix included),
/// in base36, zero-padded to 7.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutableParts<'a> {
    /// Everything before the payload: `glpat-`, `glrt-t1_`, or an instance prefix + type.
    pub prefix: &'a [u8],
    pub payload: &'a [u8],
    pub version: Option<&'a [u8]>,
    /// The text the CRC covers (`token` without the last 7 characters).
    pub signed: &'a [u8],
    pub crc: &'a [u8],
}

fn is_base36_lower(b: &[u8]) -> bool {
    b.iter()
        .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
}

fn is_base64url(b: &[u8]) -> bool {
    b.iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// Splits a routable token into its parts. `None` when the shape is not routable at all
/// (e.g. a legacy `glpat-` + 20 characters token). The payload length field decides where
/// the payload starts, so prefixes containing `-`/`_` (`glrt-t1_`) need no special casing.
pub fn routable_parts(token: &[u8]) -> Option<RoutableParts<'_>> {
    let dot = token.iter().rposition(|&b| b == b'.')?;
    let tail = &token[dot + 1..];
    if tail.len() != 9 || !is_base36_lower(tail) {
        return None;
    }
    let (len_field, crc) = tail.split_at(2);
    let head = &token[..dot];
    // Versioned: `<payload>.<vv>` before the last dot.
    let (payload_end, version) = if head.len() >= 3
        && head[head.len() - 3] == b'.'
        && is_base36_lower(&head[head.len() - 2..])
    {
        (head.len() - 3, Some(&head[head.len() - 2..]))
    } else {
        (head.len(), None)
    };
    let len = usize::from_str_radix(std::str::from_utf8(len_field).ok()?, 36).ok()?;
    if !(27..=300).contains(&len) || len > payload_end {
        return None;
    }
    let payload = &token[payload_end - len..payload_end];
    if !is_base64url(payload) {
        return None;
    }
    Some(RoutableParts {
        prefix: &token[..payload_end - len],
        payload,
        version,
        signed: &token[..token.len() - 7],
        crc,
    })
}

/// CRC32-IEEE in base36, zero-padded to 7 characters (`u32::MAX` is `1z141z3`).
pub fn base36_crc(data: &[u8]) -> String {
    let mut n = crc32fast::hash(data);
    let mut digits = [b'0'; 7];
    for slot in digits.iter_mut().rev() {
        let d = (n % 36) as u8;
        *slot = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        n /= 36;
    }
    String::from_utf8(digits.to_vec()).expect("ascii")
}

/// The CRC covers the whole prefix, so a capture that starts too early (`abc-glpat-…` out of
/// `key=abc-glpat-…`) would fail; retrying from each `-`/`_` boundary inside the prefix keeps
/// such matches valid without weakening the check (the CRC must still match exactly).
fn gitlab_routable(token: &[u8]) -> Option<bool> {
    let parts = routable_parts(token)?;
    let starts = std::iter::once(0).chain(
        parts
            .prefix
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'-' | b'_'))
            .map(|(i, _)| i + 1),
    );
    for start in starts {
        if base36_crc(&parts.signed[start..]).as_bytes() == parts.crc {
            return Some(true);
        }
    }
    Some(false)
}

/// Builds a well-formed versioned routable token for fixtures, the way GitLab lays it out:
/// base64url(16 random bytes + `k:v` lines (ids in base36, sorted by key) + 1 byte length of
/// those lines), then `.01.`, the payload length and the CRC. `routing` holds `(key, id)`
/// pairs such as `('o', 1)`, `('u', 42)`.
pub fn gitlab_routable_token(prefix: &str, routing: &[(char, u64)], random16: [u8; 16]) -> String {
    use base64::Engine as _;
    let mut pairs = routing.to_vec();
    pairs.sort_by_key(|(k, _)| *k);
    let lines = pairs
        .iter()
        .map(|(k, v)| format!("{k}:{}", to_base36(*v)))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(lines.len() <= 159, "routing payload too large");
    let mut raw = random16.to_vec();
    raw.extend_from_slice(lines.as_bytes());
    raw.push(lines.len() as u8);
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&raw);
    let signed = format!(
        "{prefix}{payload}.01.{:0>2}",
        to_base36(payload.len() as u64)
    );
    let crc = base36_crc(signed.as_bytes());
    format!("{signed}{crc}")
}

pub fn to_base36(mut n: u64) -> String {
    if n == 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        let d = (n % 36) as u8;
        out.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_checksum_round_trip() {
        let t = github_style_token("ghp_", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123");
        assert_eq!(verify("github", t.as_bytes()), Some(true));
        let mut broken = t.into_bytes();
        let last = broken.len() - 1;
        broken[last] = if broken[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(verify("github", &broken), Some(false));
    }

    #[test]
    fn github_checksum_not_applicable_to_other_shapes() {
        assert_eq!(verify("github", b"ghp_short"), None);
    }

    #[test]
    fn base62_padding() {
        assert_eq!(base62_fixed(0, 6), "000000");
        assert_eq!(base62_fixed(61, 2), "0z");
        assert_eq!(base62_fixed(62, 2), "10");
    }

    #[test]
    fn gitlab_routable_round_trip() {
        let t = gitlab_routable_token("glpat-", &[('o', 1), ('u', 42)], [7; 16]);
        assert_eq!(verify("gitlab-routable", t.as_bytes()), Some(true));
        let p = routable_parts(t.as_bytes()).unwrap();
        assert_eq!(p.prefix, b"glpat-");
        assert_eq!(p.version, Some(&b"01"[..]));
        // Flip one payload character: the CRC no longer matches.
        let mut broken = t.clone().into_bytes();
        broken[8] = if broken[8] == b'A' { b'B' } else { b'A' };
        assert_eq!(verify("gitlab-routable", &broken), Some(false));
    }

    #[test]
    fn gitlab_routable_prefixes() {
        let t = gitlab_routable_token("glrt-t1_", &[('o', 1), ('p', 99)], [1; 16]);
        assert_eq!(verify("gitlab-routable", t.as_bytes()), Some(true));
        assert_eq!(routable_parts(t.as_bytes()).unwrap().prefix, b"glrt-t1_");
        // An instance prefix is covered by the CRC too.
        let t = gitlab_routable_token("acme-glpat-", &[('o', 3)], [2; 16]);
        assert_eq!(verify("gitlab-routable", t.as_bytes()), Some(true));
        // A capture that started too early still validates on the real token.
        let over = format!("key-{t}");
        assert_eq!(verify("gitlab-routable", over.as_bytes()), Some(true));
        // A capture that lost the instance prefix does not.
        assert_eq!(
            verify(
                "gitlab-routable",
                t.strip_prefix("acme-").unwrap().as_bytes()
            ),
            Some(false)
        );
    }

    #[test]
    fn gitlab_first_routable_format() {
        // Unversioned layout `<prefix><payload>.<len><crc>`, built by hand.
        let payload = "b3oxAAAAAAAAAAAAAAAAAAAAAAAA"; // 28 chars
        let signed = format!("glpat-{payload}.{:0>2}", to_base36(payload.len() as u64));
        let token = format!("{signed}{}", base36_crc(signed.as_bytes()));
        let p = routable_parts(token.as_bytes()).unwrap();
        assert_eq!(p.version, None);
        assert_eq!(p.payload, payload.as_bytes());
        assert_eq!(verify("gitlab-routable", token.as_bytes()), Some(true));
    }

    #[test]
    fn gitlab_public_example_token() {
        // Known-answer test: the unversioned routable example published with GitLab's
        // secret-detection rules (quoted in gitleaks issue #1655).
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/gitlab-public-example.txt"
        ));
        let [t] = crate::analyze::fixture_lines(text)[..] else {
            panic!("gitlab-public-example.txt: expected one token");
        };
        assert_eq!(verify("gitlab-routable", t.as_bytes()), Some(true));
    }

    #[test]
    fn gitlab_checksum_not_applicable_to_legacy_tokens() {
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/gitlab-legacy.txt"
        ));
        let [legacy] = crate::analyze::fixture_lines(text)[..] else {
            panic!("gitlab-legacy.txt: expected one token");
        };
        assert_eq!(verify("gitlab-routable", legacy.as_bytes()), None);
        assert_eq!(verify("gitlab-routable", b"glpat-short.0r03gxo7s"), None);
        // Payload length field pointing past the start of the token.
        let text = include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/testdata/decode/gitlab-bad-length.txt"
        ));
        let [bad_length] = crate::analyze::fixture_lines(text)[..] else {
            panic!("gitlab-bad-length.txt: expected one token");
        };
        assert_eq!(verify("gitlab-routable", bad_length.as_bytes()), None);
    }

    #[test]
    fn base36_helpers() {
        assert_eq!(to_base36(0), "0");
        assert_eq!(to_base36(35), "z");
        assert_eq!(to_base36(36), "10");
        assert_eq!(base36_crc(b""), "0000000");
        assert_eq!(
            base36_crc(b"123456789"),
            format!("{:0>7}", to_base36(0xCBF4_3926))
        );
    }
}
