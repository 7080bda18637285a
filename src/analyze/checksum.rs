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
}
