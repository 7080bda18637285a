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
    "mock",
    "insecure",
    "qwerty",
    "letmein",
    "hunter2",
    "passw0rd",
    "p@ssw0rd",
    "<your",
];

/// Words that only stand in for a value, whatever the rule: a specific format filled with
/// them is documentation, not a leak.
const DUMMY_WORDS: &[&str] = &[
    "changeme",
    "change_me",
    "change-me",
    "example",
    "placeholder",
    "your_",
    "your-",
    "yourtoken",
    "yourkey",
    "redacted",
    "xxxx",
    "****",
    "<your",
    "insert_",
    "replace_me",
    "notreal",
    "not_real",
];

/// For every rule, generic or not: templates (`${TOKEN}`, `{{ .Values.key }}`, `<token>`,
/// `%TOKEN%`, `$TOKEN`), stand-in words (`changeme`, `your_key`, `xxxx`, `EXAMPLE`), a bare
/// word such as `password`, and runs like `aaaaaaaa` or `12345678`. Narrower than
/// [`is_placeholder`], which also drops shapes (UUIDs, digests, identifiers) that a
/// specific format may legitimately have.
pub fn is_dummy(value: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(value) else {
        return false;
    };
    // A URL's host is often a documentation host in real code (`chat.example.com`) while
    // its token part is real: stand-in words count only after the host.
    let lower = match s.find("://") {
        Some(i) => {
            let rest = &s[i + 3..];
            rest.find('/')
                .map_or("", |j| &rest[j..])
                .to_ascii_lowercase()
        }
        None => s.to_ascii_lowercase(),
    };
    // `$VAR` alone only in upper case here: some formats start with `$` (`$aact_…`).
    let shell_var = s.len() > 1
        && s.starts_with('$')
        && s[1..]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    DUMMY_WORDS.iter().any(|w| lower.contains(w))
        || shell_var
        || (!s.starts_with('$') && is_template(s))
        || s.contains("${")
        // A redacted or elided value in documentation (`ghp_…`): no token has an ellipsis.
        || s.contains('\u{2026}')
        || matches!(
            lower.as_str(),
            "password"
                | "passwd"
                | "secret"
                | "token"
                | "apikey"
                | "api_key"
                | "none"
                | "null"
                | "undefined"
                | "true"
                | "false"
        )
        || is_repetitive(value)
        || is_sequential(value)
}

fn is_template(s: &str) -> bool {
    s.starts_with('$')
        || s.contains("${")
        || s.contains("{{")
        || s.contains("#{")
        || (s.starts_with('<') && s.ends_with('>'))
        || (s.starts_with('%') && s.ends_with('%'))
        || (s.len() > 2 && s.starts_with('@') && s.ends_with('@'))
        || (s.len() > 4 && s.starts_with("__") && s.ends_with("__"))
        || is_format_field(s)
}

/// A Python f-string or `str.format` field standing for the whole value: `{pw()}`,
/// `{password}`, `{cfg.db_pass!r}`. Code that builds a secret-shaped line from a variable.
fn is_format_field(s: &str) -> bool {
    s.len() > 2
        && s.starts_with('{')
        && s.ends_with('}')
        && s[1..s.len() - 1].bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(b, b'_' | b'.' | b'(' | b')' | b'!' | b':' | b'[' | b']')
        })
}

/// True when `value` is almost certainly not a real secret.
pub fn is_placeholder(value: &[u8]) -> bool {
    is_placeholder_for(value, false)
}

/// [`is_placeholder`] for a value a person chose (`human`: a password field), where words
/// joined by separators with a number (`lantern-walnut-46`, `cobalt_onyx_774`) are the
/// passphrases password generators and people make, not names.
pub fn is_placeholder_for(value: &[u8], human: bool) -> bool {
    let Ok(s) = std::str::from_utf8(value) else {
        return false;
    };
    let lower = s.to_ascii_lowercase();
    if WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    // Template and variable references: ${VAR}, {{ var }}, <token>, %VAR%, $VAR, #{var},
    // @VAR@, __VAR__.
    if is_template(s) {
        return true;
    }
    is_repetitive(value)
        || is_sequential(value)
        || is_uuid(s)
        || is_identifier_like(s)
        || is_word(s)
        // A type, not a value: `Boolean!`, `String?` (GraphQL, TypeScript, Kotlin).
        || (s.ends_with(['!', '?']) && is_camel_words(s.trim_end_matches(['!', '?'])))
        || is_camel_words(s)
        || (is_slug(s) && !(human && is_passphrase(s)))
        || is_path(s)
        || is_email(s)
        || is_digest(s)
        || is_encoded_placeholder(s)
        || is_code_name(s)
}

/// Names from code rather than values: type paths (`windows_sys::core::PCWSTR`,
/// `crate::Config`) and upper-case constants (`SHA256_DIGEST_LENGTH`, `WIN32_ERROR`), which
/// struct fields and enum arms put right after `password:` or `secret:`.
fn is_code_name(s: &str) -> bool {
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    // `password::InvalidCharacter` leaves `:InvalidCharacter` after the `:` "assignment".
    if s.starts_with(':') {
        return true;
    }
    if s.contains("::") {
        return s.split("::").all(|p| !p.is_empty() && p.bytes().all(ident));
    }
    s.contains('_')
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        && s.split('_').all(|seg| {
            seg.bytes().all(|b| b.is_ascii_digit())
                || seg.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        })
}

/// Base64 of a placeholder, as in Kubernetes Secret examples (`cGFzc3dvcmQ=` is `password`).
fn is_encoded_placeholder(s: &str) -> bool {
    use base64::Engine as _;
    if s.len() < 8
        || !s.len().is_multiple_of(4)
        || !s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=')
    {
        return false;
    }
    let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(s) else {
        return false;
    };
    !decoded.is_empty() && decoded.iter().all(u8::is_ascii_graphic) && is_placeholder(&decoded)
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

/// A single word: `authentication`, `Production`, `NONE`. Random letter-only secrets mix
/// cases, so they are not words.
fn is_word(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let tail = &b[1..];
    tail.iter().all(u8::is_ascii_lowercase) || b.iter().all(u8::is_ascii_uppercase)
}

/// camelCase or PascalCase words with no digits: `getSecretValue`, `DefaultApiKey`. Every
/// hump is at least two lower-case letters long, which random strings almost never manage.
fn is_camel_words(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 4 || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let mut humps = true;
    let mut start = 0;
    for i in 1..=b.len() {
        if i == b.len() || b[i].is_ascii_uppercase() {
            let word = &b[start..i];
            let lower = word.iter().filter(|c| c.is_ascii_lowercase()).count();
            // `URL`-style acronyms of up to 4 capitals are words too.
            let acronym = word.iter().all(u8::is_ascii_uppercase) && word.len() <= 4;
            if lower < 2 && !acronym {
                humps = false;
                break;
            }
            start = i;
        }
    }
    humps
}

/// Lower-case words joined by separators, with at most short numeric or `v2`-style parts:
/// `my-app-secrets`, `tls-cert-2024`, `db_credentials_v2`.
fn is_slug(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '_', '.', ':', '/']).collect();
    if parts.len() < 2 {
        return false;
    }
    let mut words = 0;
    for p in &parts {
        let b = p.as_bytes();
        if b.iter().all(u8::is_ascii_lowercase) && b.len() >= 2 {
            words += 1;
        } else if b.is_empty()
            || (b.len() <= 4 && b.iter().all(u8::is_ascii_digit))
            || (b.len() <= 3 && b[0].is_ascii_lowercase() && b[1..].iter().all(u8::is_ascii_digit))
        {
        } else {
            return false;
        }
    }
    words >= 2 || (words == 1 && parts.len() == 2)
}

/// Two or more words with a 2–3 digit number (`ember-pepper-42`, `velvet_gopher_713`):
/// the generated-passphrase shape. A year (`tls-cert-2024`) or a version (`v2`) stays a name.
fn is_passphrase(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['-', '_', '.']).collect();
    let words = parts
        .iter()
        .filter(|p| p.len() >= 3 && p.bytes().all(|b| b.is_ascii_lowercase()))
        .count();
    let number = parts
        .iter()
        .any(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    words >= 2 && number && !s.contains(['/', ':'])
}

/// A file-system path or a file name with a key/config extension: `/etc/ssl/x.key`,
/// `./secrets.json`, `~/.ssh/id_rsa`, `C:\keys\app.pfx`, `client.pem`.
fn is_path(s: &str) -> bool {
    if s.starts_with('/')
        || s.starts_with("./")
        || s.starts_with("../")
        || s.starts_with("~/")
        || (s.len() > 3 && s.as_bytes()[1] == b':' && s.as_bytes()[2] == b'\\')
    {
        return true;
    }
    const EXT: &[&str] = &[
        ".pem",
        ".key",
        ".crt",
        ".cer",
        ".der",
        ".p12",
        ".pfx",
        ".jks",
        ".keystore",
        ".json",
        ".yaml",
        ".yml",
        ".txt",
        ".env",
        ".pub",
        ".asc",
        ".gpg",
    ];
    let lower = s.to_ascii_lowercase();
    EXT.iter().any(|e| lower.ends_with(e))
}

/// `noreply@acme.io`: an address, not a credential.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Content digests, not credentials: Subresource Integrity strings from lockfiles
/// (`sha512-…`), and algorithm-tagged digests (`sha256:…`, `md5:…`).
pub fn is_digest(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    for alg in ["sha1", "sha256", "sha384", "sha512", "md5"] {
        if let Some(rest) = lower.strip_prefix(alg) {
            let Some(body) = rest.strip_prefix('-').or_else(|| rest.strip_prefix(':')) else {
                continue;
            };
            let body = body.trim_end_matches('=');
            if body.len() >= 20
                && body
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
            {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dummies_are_caught_for_every_rule_but_real_shapes_are_not() {
        for d in [
            "password",
            "${GITHUB_TOKEN}",
            "ghp_…dyjC",
            "$GITHUB_TOKEN",
            "{{ .Values.token }}",
            "<your-api-key>",
            "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
            "YOUR_KEY_HERE",
            "AKIAIOSFODNN7EXAMPLE",
            "aaaaaaaaaaaaaaaa",
            "https://hooks.example.com/services/xxxx",
        ] {
            assert!(is_dummy(d.as_bytes()), "{d}");
        }
        // Built here so that the project's own scan does not report a webhook.
        let hook = [
            "https://chat.example.com/hooks/",
            "wa64w38jw4i9",
            "w6d686kriff7no",
        ]
        .concat();
        for real in [
            "$aact_YTU5YTE0M2M2N2I4MTliNzk0YTI5N2U5",
            hook.as_str(),
            "0123e4567e89b12d3a456426614174000a1b",
            "xoxb-2734950213-9581437062-q7Lm3Zs8Yt2Wn5Xc",
        ] {
            assert!(!is_dummy(real.as_bytes()), "{real}");
        }
    }

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
            "<token>",
            "${VAR}",
            "#{ENV['TOKEN']}",
            "@API_TOKEN@",
            "__SECRET__",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "example-secret-value",
            "passw0rd123",
            "authentication",
            "Anmeldekennwort",
            "PRODUCTION",
            "getSecretValue",
            "DefaultApiKeyProvider",
            "process.env.API_KEY",
            "tls-cert-2024",
            "db_credentials_v2",
            "my-app-secrets",
            "/etc/ssl/private/client.key",
            "./config/secrets.json",
            "~/.ssh/id_rsa",
            "client.pem",
            "noreply@acme.io",
            "sha512-9o1H1Gq7Zt9tOq3ZlM8vZgQxqPv4Hc3Fb5yYw3w4WmHfI1n1zvVZp2QqcY8q5l1pF0sQ3mYJ8Qv4Xr2yT7a6uA==",
            "sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904a1b2c3d4e5f60718293a4b5c",
            "AAAABBBBAAAABBBBAAAABBBB",
            "cGFzc3dvcmQ=",
            "Y2hhbmdlbWU=",
            "windows_sys::core::PCWSTR",
            "crate::ObjectIdentifier",
            "SHA256_DIGEST_LENGTH",
            "D3DKMT_PRESENTHISTORYTOKEN",
            "MSV1_0_PROTOCOL_MESSAGE_TYPE",
            "D3DKMT_PRESENTHISTORYTOKEN_0",
            ":InvalidCharacter",
        ] {
            assert!(is_placeholder(p.as_bytes()), "{p} should be a placeholder");
        }
    }

    #[test]
    fn real_looking_values_pass() {
        for p in [
            "q8W7e6R5t4Y3u2I1",
            "hK9#mP2$vL5@nQ8!",
            "s3cr3tV4lu3Xy9Zq",
            "hKqPzRtWmNbVcXzL",
            "Tr0ub4dor&3xQ",
            "kq7-Vt2_mP9xL4wZ",
            "4f9c2a7e1b8d3c6a0e5f9b2d7c1a8e3f",
            "dXNlcjpUcjB1YjRkb3ImM3hR",
            "sk_Zx81Qm2Lp0Vt7Nc4",
            "VHIwdWI0ZG9yJjN4UQ==",
            "ABTLWHOULUVAXGTRYU7OC2876QJ2O",
            "K7_QX2ZP9_M4WR8T",
        ] {
            assert!(!is_placeholder(p.as_bytes()), "{p} is not a placeholder");
        }
    }

    #[test]
    fn passphrases_count_only_where_a_person_chose_the_value() {
        for p in ["ember-pepper-42", "velvet_gopher_713", "quartz-pioneer-65"] {
            assert!(
                is_placeholder(p.as_bytes()),
                "{p} is a slug for a generic rule"
            );
            assert!(
                !is_placeholder_for(p.as_bytes(), true),
                "{p} is a passphrase"
            );
        }
        // Names stay names even in a password field: a year, a version, no number.
        for p in [
            "tls-cert-2024",
            "db_credentials_v2",
            "my-app-secrets",
            "app-7",
            "Boolean!",
        ] {
            assert!(is_placeholder_for(p.as_bytes(), true), "{p} is a name");
        }
    }
}
