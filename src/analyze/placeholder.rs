//! Rejects values that look like placeholders, not secrets. Generic rules are where secret
//! scanners drown users in false positives; this is the first line of defence.

const WORDS: &[&str] = &[
    "changeme",
    "change_me",
    "change-me",
    "example",
    "dummy",
    "placeholder",
    "your_",
    "your-",
    "yourtoken",
    "yourkey",
    "redacted",
    "sample",
    "test123",
    "password",
    "secret",
    "foobar",
    "xxxx",
    "****",
    "....",
    "todo",
    "fixme",
    "insert",
    "replace",
    "notreal",
    "not_real",
    "fake",
    "null",
    "undefined",
    "none",
    "lorem",
];

/// True when `value` is almost certainly not a real secret.
pub fn is_placeholder(value: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(value) else {
        return false;
    };
    let lower = s.to_ascii_lowercase();
    if WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    // Template and variable references: ${VAR}, {{ var }}, <token>, %VAR%, $VAR.
    if s.starts_with('$')
        || s.contains("${")
        || s.contains("{{")
        || (s.starts_with('<') && s.ends_with('>'))
        || (s.starts_with('%') && s.ends_with('%'))
    {
        return true;
    }
    is_repetitive(value) || is_sequential(value) || is_uuid(s) || is_identifier_like(s)
}

/// Few distinct characters: `aaaaaaaa`, `abababab`.
fn is_repetitive(v: &[u8]) -> bool {
    let mut seen = [false; 256];
    let mut distinct = 0;
    for &b in v {
        if !seen[b as usize] {
            seen[b as usize] = true;
            distinct += 1;
        }
    }
    distinct <= 3 || (v.len() >= 16 && distinct <= 5)
}

/// `abcdefgh`, `12345678`, `987654321`.
fn is_sequential(v: &[u8]) -> bool {
    if v.len() < 6 {
        return false;
    }
    let steps: Vec<i16> = v.windows(2).map(|w| w[1] as i16 - w[0] as i16).collect();
    let ascending = steps.iter().filter(|&&d| d == 1).count();
    let descending = steps.iter().filter(|&&d| d == -1).count();
    ascending.max(descending) * 10 >= steps.len() * 8
}

/// 8-4-4-4-12 hex: identifiers, not credentials, in generic assignments.
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, &c)| match i {
            8 | 13 | 18 | 23 => c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// `my_api_key_name`, `getSecretValue`: code identifiers assigned, not secrets.
fn is_identifier_like(s: &str) -> bool {
    let has_digit = s.bytes().any(|b| b.is_ascii_digit());
    let letters_and_sep = s
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'-' || b == b'.');
    // Lower-case words joined by separators, or camelCase with no digits.
    !has_digit
        && letters_and_sep
        && (s.contains('_') || s.contains('.') || s.contains('-') || s.len() < 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders() {
        for p in [
            "changeme",
            "${API_KEY}",
            "{{ token }}",
            "<your-token>",
            "xxxxxxxxxxxxxxxx",
            "aaaaaaaaaaaa",
            "abcdefghijklmnop",
            "1234567890",
            "123e4567-e89b-12d3-a456-426614174000",
            "my_secret_value",
            "$SECRET",
            "YOUR_API_KEY_HERE",
            "dummy-token-123",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p} should be a placeholder");
        }
    }

    #[test]
    fn real_looking_values_pass() {
        for p in ["q8W7e6R5t4Y3u2I1", "hK9#mP2$vL5@nQ8!", "s3cr3tV4lu3Xy9Zq"] {
            assert!(!is_placeholder(p.as_bytes()), "{p} is not a placeholder");
        }
    }
}
