//! Hygiene checks: good credential practice judged from a finding's facts and its place.
//!
//! - separate environments: a live credential in a test/example/dev/staging path, or a
//!   test-mode key in a production config;
//! - short expiry: a token that never expires, or lives longer than the policy allows;
//! - rotation: a token issued longer ago than the policy allows;
//! - usage and age, after `--verify`: a token its provider says was not used, or was
//!   created, longer ago than the policy allows ([`apply_usage`]).
//!
//! Each issue is recorded as an id in `facts.properties["hygiene"]` plus one human note.
//! None of them changes severity (see `docs/severity.md`).

use jiff::Timestamp;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::finding::{Expiry, Facts, Location};

use super::decode::{days_between, parse_time};

/// Limits the hygiene checks apply. Deserialisable so that a `[policy]` config table can
/// hold it directly.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// Tokens issued longer ago than this are `stale` (rotate them).
    pub max_token_age_days: u32,
    /// Tokens valid for longer than this (from issue, or from now when the issue date is
    /// unknown) get `long-expiry`.
    pub max_expiry_days: u32,
    /// Live tokens whose provider reports no use for longer than this get
    /// `unused-for-N-days`.
    pub max_unused_days: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            max_token_age_days: 90,
            max_expiry_days: 90,
            max_unused_days: 90,
        }
    }
}

/// Hygiene issue ids, as they appear in `facts.properties["hygiene"]`.
pub mod ids {
    pub const LIVE_IN_TEST: &str = "live-credential-in-test-context";
    pub const TEST_IN_PRODUCTION: &str = "test-key-in-production-config";
    pub const NO_EXPIRY: &str = "no-expiry";
    pub const LONG_EXPIRY: &str = "long-expiry";
    pub const STALE: &str = "stale";
    /// `unused-for-N-days`, N the whole days since the provider last saw the token used
    /// (or since its creation, for a token never used). Filter on the prefix: N changes
    /// from run to run.
    pub const UNUSED_FOR_PREFIX: &str = "unused-for-";
    /// `older-than-N-days`, N the whole days since the provider says it was created.
    pub const OLDER_THAN_PREFIX: &str = "older-than-";

    pub fn unused_for(days: i64) -> String {
        format!("{UNUSED_FOR_PREFIX}{days}-days")
    }

    pub fn older_than(days: i64) -> String {
        format!("{OLDER_THAN_PREFIX}{days}-days")
    }

    /// Whether `id` is one of the usage ids above, whatever its N.
    pub fn is_usage(id: &str) -> bool {
        let numbered = |prefix: &str| {
            id.strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix("-days"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        numbered(UNUSED_FOR_PREFIX) || numbered(OLDER_THAN_PREFIX)
    }
}

/// What a path says about the environment it configures or tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathContext {
    /// Tests, fixtures, examples, development or staging; `marker` is what gave it away.
    Test {
        marker: String,
    },
    Production {
        marker: String,
    },
    Unknown,
}

/// Directory names of non-production places.
const TEST_DIRS: &[&str] = &[
    "test",
    "tests",
    "__tests__",
    "testing",
    "spec",
    "specs",
    "fixture",
    "fixtures",
    "__fixtures__",
    "testdata",
    "test-data",
    "test_data",
    "example",
    "examples",
    "sample",
    "samples",
    "mock",
    "mocks",
    "__mocks__",
    "e2e",
    "dev",
    "development",
    "staging",
];

/// Words in a file name (split on `.`, `_`, `-`) that mark a non-production file:
/// `.env.test`, `.env.development`, `app_test.go`, `app.test.js`, `app.spec.ts`,
/// `config.example.yml`.
const TEST_WORDS: &[&str] = &[
    "test",
    "tests",
    "spec",
    "fixture",
    "fixtures",
    "example",
    "sample",
    "mock",
    "dev",
    "development",
    "staging",
];

const PROD_DIRS: &[&str] = &["prod", "production", "deploy", "deployment", "deployments"];
const PROD_WORDS: &[&str] = &["prod", "production"];

/// Classifies a location: any non-production marker wins over a production one (a
/// `tests/prod.env` fixture is still a test file).
/// The variable a token is assigned to (`GITHUB_TOKEN=ghp_…`, `"slack_token": "xoxb-…"`,
/// `Authorization: Bearer …` gives none), from the text before it on its line. Only the
/// last 256 bytes are read, so a long line costs the same as a short one.
pub fn assigned_name(data: &[u8], secret_start: usize) -> Option<String> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r#"([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?::=|=|:|=>)\s*["'`]?\s*(?:Bearer\s+|token\s+)?$"#,
        )
        .expect("regex")
    });
    let from = secret_start.saturating_sub(256);
    let window = &data[from..secret_start.min(data.len())];
    let window = match memchr::memrchr(b'\n', window) {
        Some(nl) => &window[nl + 1..],
        None => window,
    };
    let before = String::from_utf8_lossy(window);
    re.captures(before.trim_end_matches(['"', '\'', '`']).trim_end())
        .or_else(|| re.captures(&before))
        .map(|c| c[1].to_string())
        .filter(|name| !looks_like_a_value(name))
}

/// A "name" that is really a value (`curl -u SKd3…:secret` puts a key id where a name
/// would stand): long, digits among letters, no word separator. Showing it would print a
/// credential part as a label.
fn looks_like_a_value(name: &str) -> bool {
    let digits = name.bytes().filter(u8::is_ascii_digit).count();
    name.len() >= 16 && digits >= 3 && !name.contains('_')
}

pub fn classify_path(location: &Location) -> PathContext {
    let mut prod = None;
    let pieces =
        std::iter::once(location.path.as_str()).chain(location.members.iter().map(String::as_str));
    for piece in pieces {
        let segments: Vec<&str> = piece.split(['/', '\\']).filter(|s| !s.is_empty()).collect();
        let Some((file, dirs)) = segments.split_last() else {
            continue;
        };
        for dir in dirs {
            let lower = dir.to_ascii_lowercase();
            if TEST_DIRS.contains(&lower.as_str()) {
                return PathContext::Test {
                    marker: format!("{dir}/"),
                };
            }
            if prod.is_none() && PROD_DIRS.contains(&lower.as_str()) {
                prod = Some(format!("{dir}/"));
            }
        }
        if is_test_file(file) {
            return PathContext::Test {
                marker: file.to_string(),
            };
        }
        let lower = file.to_ascii_lowercase();
        if prod.is_none()
            && lower
                .split(['.', '_', '-'])
                .any(|w| PROD_WORDS.contains(&w))
        {
            prod = Some(file.to_string());
        }
    }
    match prod {
        Some(marker) => PathContext::Production { marker },
        None => PathContext::Unknown,
    }
}

fn is_test_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower == "conftest.py" {
        return true;
    }
    if lower
        .split(['.', '_', '-'])
        .any(|w| TEST_WORDS.contains(&w))
    {
        return true;
    }
    // CamelCase test classes: `PaymentTest.java`, `ClientSpec.scala`, `ApiTests.cs`.
    let stem = name.split('.').next().unwrap_or(name);
    stem.len() > 4 && ["Test", "Tests", "Spec"].iter().any(|s| stem.ends_with(s))
}

/// Live/test mode known from the token text itself, for rules that do not declare it.
pub fn environment_from_secret(secret: &[u8]) -> Option<&'static str> {
    const LIVE: &[&[u8]] = &[b"sk_live_", b"rk_live_", b"access_token$production$"];
    const TEST: &[&[u8]] = &[b"sk_test_", b"rk_test_", b"access_token$sandbox$"];
    if LIVE.iter().any(|p| secret.starts_with(p)) {
        Some("live")
    } else if TEST.iter().any(|p| secret.starts_with(p)) {
        Some("test")
    } else {
        None
    }
}

/// The outcome of the checks, applied by `analyze`.
#[derive(Debug, Default, PartialEq)]
pub struct Hygiene {
    pub issues: Vec<&'static str>,
    pub notes: Vec<String>,
    /// `test` / `production` when the path says so.
    pub context: Option<&'static str>,
    pub marker: Option<String>,
}

/// Runs every check. `issued_at` comes from the decoder (JWT `iat`, SAS `st`…).
pub fn check(
    location: &Location,
    facts: &Facts,
    issued_at: Option<Timestamp>,
    now: Timestamp,
    policy: &Policy,
) -> Hygiene {
    let mut h = Hygiene::default();
    let environment = facts.properties.get("environment").and_then(Value::as_str);
    match classify_path(location) {
        PathContext::Test { marker } => {
            h.context = Some("test");
            if environment == Some("live") {
                h.issues.push(ids::LIVE_IN_TEST);
                h.notes.push(format!(
                    "production credential outside production: a live key in a test/example \
                     context (`{marker}`); tests should use test-mode keys or mocks"
                ));
            }
            h.marker = Some(marker);
        }
        PathContext::Production { marker } => {
            h.context = Some("production");
            if environment == Some("test") {
                h.issues.push(ids::TEST_IN_PRODUCTION);
                h.notes.push(format!(
                    "test-mode key in a production config (`{marker}`): production may be \
                     running in test mode, or the live key is kept somewhere else"
                ));
            }
            h.marker = Some(marker);
        }
        PathContext::Unknown => {}
    }

    match &facts.expiry {
        Expiry::Never => {
            h.issues.push(ids::NO_EXPIRY);
            h.notes.push(format!(
                "the token never expires: it stays usable until revoked; prefer tokens that \
                 expire within {} days, or short-lived credentials",
                policy.max_expiry_days
            ));
        }
        Expiry::At { at, expired: false } => {
            if let Some(exp) = parse_time(at) {
                let from = issued_at.unwrap_or(now);
                let days = days_between(from, exp);
                if days > i64::from(policy.max_expiry_days) {
                    h.issues.push(ids::LONG_EXPIRY);
                    let since = if issued_at.is_some() { "issue" } else { "now" };
                    h.notes.push(format!(
                        "the token is valid for {days} days from {since} (policy: at most {}); \
                         issue it with a shorter lifetime",
                        policy.max_expiry_days
                    ));
                }
            }
        }
        _ => {}
    }

    let expired = matches!(facts.expiry, Expiry::At { expired: true, .. });
    if let Some(iat) = issued_at
        && !expired
    {
        let age = days_between(iat, now);
        if age > i64::from(policy.max_token_age_days) {
            h.issues.push(ids::STALE);
            h.notes.push(format!(
                "the token was issued {age} days ago (policy: rotate every {} days)",
                policy.max_token_age_days
            ));
        }
    }
    h
}

impl Hygiene {
    /// Records the result in the facts (`hygiene`, `context`, `context_marker`).
    pub fn record(&self, facts: &mut Facts) {
        if let Some(c) = self.context {
            facts.properties.insert("context".into(), json!(c));
        }
        if let Some(m) = &self.marker {
            facts.properties.insert("context_marker".into(), json!(m));
        }
        if !self.issues.is_empty() {
            facts
                .properties
                .insert("hygiene".into(), json!(self.issues));
        }
    }
}

/// What a provider said about a token's use and age (see `Verification::created`,
/// `last_used`, `never_used`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub created: Option<Timestamp>,
    pub last_used: Option<Timestamp>,
    pub never_used: bool,
}

/// The usage and age issues, as `(id, note)`: `unused-for-N-days` when the last use (or,
/// for a token never used, its creation) is more than `max_unused_days` whole days before
/// `now`; `older-than-N-days` when its creation is more than `max_token_age_days` before.
/// Exactly N days is within the policy, as for `stale`. Without the dates, nothing: an
/// unknown last use is not evidence of disuse.
pub fn usage_issues(u: &Usage, now: Timestamp, policy: &Policy) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let since_use = match (u.last_used, u.never_used) {
        (Some(at), _) => Some((at, "last used")),
        (None, true) => u.created.map(|at| (at, "never used; created")),
        (None, false) => None,
    };
    if let Some((at, what)) = since_use {
        let days = days_between(at, now);
        if days > i64::from(policy.max_unused_days) {
            out.push((
                ids::unused_for(days),
                format!(
                    "the provider reports the token {what} {days} days ago (policy: at most {} \
                     days unused): revoke it if nothing needs it",
                    policy.max_unused_days
                ),
            ));
        }
    }
    if let Some(at) = u.created {
        let days = days_between(at, now);
        if days > i64::from(policy.max_token_age_days) {
            out.push((
                ids::older_than(days),
                format!(
                    "the provider reports the token created {days} days ago (policy: rotate \
                     every {} days)",
                    policy.max_token_age_days
                ),
            ));
        }
    }
    out
}

/// Adds the usage and age issues of a finding's verification to its `hygiene` ids and
/// notes. Runs after `--verify`, the only source of these dates; only for a live, unexpired
/// token, since revoking or expiry already settled a dead one. Idempotent: earlier usage
/// ids are replaced.
pub fn apply_usage(finding: &mut crate::finding::Finding, now: Timestamp, policy: &Policy) {
    let Some(v) = &finding.verification else {
        return;
    };
    let expired = |e: &Expiry| matches!(e, Expiry::At { expired: true, .. });
    if !v.is_valid() || expired(&v.expiry) || expired(&finding.facts.expiry) {
        return;
    }
    let time = |t: &Option<String>| t.as_deref().and_then(crate::verify::parse_timestamp);
    let usage = Usage {
        created: time(&v.created),
        last_used: time(&v.last_used),
        never_used: v.never_used,
    };
    let mut issues = usage_issues(&usage, now, policy);
    let mut hygiene: Vec<Value> = match finding.facts.properties.get("hygiene") {
        Some(Value::Array(a)) => a.clone(),
        _ => Vec::new(),
    };
    hygiene.retain(|id| !id.as_str().is_some_and(ids::is_usage));
    // `stale` and `older-than-N-days` hold one threshold (`max_token_age_days`) against two
    // sources of the issue date: the token's own claims (`iat`) offline, the provider's
    // record here. Both at once would be one fact reported twice, so an offline `stale`
    // stands and the provider's age is left out; a user filtering on age reads either id.
    if hygiene.iter().any(|id| id == ids::STALE) {
        issues.retain(|(id, _)| !id.starts_with(ids::OLDER_THAN_PREFIX));
    }
    if issues.is_empty() && !finding.facts.properties.contains_key("hygiene") {
        return;
    }
    for (id, note) in issues {
        hygiene.push(json!(id));
        if !finding.notes.contains(&note) {
            finding.notes.push(note);
        }
    }
    if hygiene.is_empty() {
        finding.facts.properties.remove("hygiene");
    } else {
        finding
            .facts
            .properties
            .insert("hygiene".into(), Value::Array(hygiene));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assigned_names() {
        let name = |line: &str, token: &str| {
            let at = line.find(token).unwrap();
            assigned_name(line.as_bytes(), at)
        };
        assert_eq!(
            name("GITHUB_TOKEN=ghp_x", "ghp_").as_deref(),
            Some("GITHUB_TOKEN")
        );
        assert_eq!(
            name("a\n  slack_token: \"xoxb-1\"", "xoxb").as_deref(),
            Some("slack_token")
        );
        assert_eq!(
            name("const STRIPE_KEY = 'sk_live_1'", "sk_live").as_deref(),
            Some("STRIPE_KEY")
        );
        assert_eq!(
            name("curl -H 'Authorization: Bearer abc'", "abc").as_deref(),
            Some("Authorization")
        );
        assert_eq!(name("echo abc", "abc"), None);
        // A key id before `:` is a credential part, not a name.
        assert_eq!(name("curl -u SKd3da23c82c4ecb9b1650:fqa7Yb", "fqa7"), None);
        assert_eq!(name("awsS3Key: sk", "sk").as_deref(), Some("awsS3Key"));
        // Only the line's last 256 bytes are read.
        let long = format!("X_TOKEN={}ghp_", "a".repeat(300));
        assert_eq!(name(&long, "ghp_"), None);
    }

    fn loc(path: &str) -> Location {
        Location {
            path: path.into(),
            ..Default::default()
        }
    }

    fn ctx(path: &str) -> PathContext {
        classify_path(&loc(path))
    }

    fn is_test(path: &str) -> bool {
        matches!(ctx(path), PathContext::Test { .. })
    }

    fn is_prod(path: &str) -> bool {
        matches!(ctx(path), PathContext::Production { .. })
    }

    #[test]
    fn test_paths() {
        for p in [
            "tests/config.py",
            "src/test/java/App.java",
            "spec/fixtures/keys.yml",
            "pkg/testdata/token.txt",
            "examples/basic.rs",
            "dev/settings.env",
            "deploy/staging/values.yaml",
            ".env.development",
            ".env.test",
            ".env.test.local",
            "api_test.go",
            "client.test.ts",
            "client.spec.js",
            "conftest.py",
            "config.example.yml",
            "src/PaymentTest.java",
        ] {
            assert!(is_test(p), "{p} should be a test context");
        }
    }

    #[test]
    fn production_and_neutral_paths() {
        for p in [
            ".env.production",
            "deploy/app.env",
            "config/prod.yaml",
            "k8s/production/secret.yaml",
            "values-prod.yaml",
        ] {
            assert!(is_prod(p), "{p} should be a production context");
        }
        for p in [
            ".env",
            "src/main.rs",
            "latest.json",
            "devices/list.txt",
            "contest/rules.md",
            "Testimony.md",
            "productions.txt",
        ] {
            assert_eq!(ctx(p), PathContext::Unknown, "{p} should be neutral");
        }
    }

    #[test]
    fn archive_members_count() {
        let mut l = loc("dist/app.zip");
        l.members = vec!["fixtures/keys.env".into()];
        assert!(matches!(classify_path(&l), PathContext::Test { .. }));
    }

    fn facts(env: Option<&str>, expiry: Expiry) -> Facts {
        let mut f = Facts {
            expiry,
            ..Default::default()
        };
        if let Some(e) = env {
            f.properties.insert("environment".into(), json!(e));
        }
        f
    }

    const NOW: i64 = 1_750_000_000;

    fn now() -> Timestamp {
        Timestamp::from_second(NOW).unwrap()
    }

    fn at(secs: i64, expired: bool) -> Expiry {
        Expiry::At {
            at: Timestamp::from_second(secs).unwrap().to_string(),
            expired,
        }
    }

    #[test]
    fn live_key_in_tests() {
        let h = check(
            &loc("tests/payments.py"),
            &facts(Some("live"), Expiry::Unknown),
            None,
            now(),
            &Policy::default(),
        );
        assert_eq!(h.issues, vec![ids::LIVE_IN_TEST]);
        assert_eq!(h.context, Some("test"));
        assert!(h.notes[0].contains("production credential outside production"));
        assert!(h.notes[0].contains("tests/"));
        let mut f = Facts::default();
        h.record(&mut f);
        assert_eq!(f.properties["hygiene"], json!([ids::LIVE_IN_TEST]));
        assert_eq!(f.properties["context"], json!("test"));
    }

    #[test]
    fn test_key_in_production() {
        let h = check(
            &loc(".env.production"),
            &facts(Some("test"), Expiry::Unknown),
            None,
            now(),
            &Policy::default(),
        );
        assert_eq!(h.issues, vec![ids::TEST_IN_PRODUCTION]);
        // A test key in tests, a live key in production: nothing to say.
        let p = Policy::default();
        let f = facts(Some("test"), Expiry::Unknown);
        assert!(
            check(&loc("tests/a.py"), &f, None, now(), &p)
                .issues
                .is_empty()
        );
        let f = facts(Some("live"), Expiry::Unknown);
        assert!(
            check(&loc("deploy/a.env"), &f, None, now(), &p)
                .issues
                .is_empty()
        );
    }

    #[test]
    fn expiry_checks() {
        let p = Policy::default();
        let l = loc("src/app.py");
        let h = check(&l, &facts(None, Expiry::Never), None, now(), &p);
        assert_eq!(h.issues, vec![ids::NO_EXPIRY]);
        // 30 days from now: fine. 120 days: too long.
        let f = facts(None, at(NOW + 30 * 86_400, false));
        assert!(check(&l, &f, None, now(), &p).issues.is_empty());
        let f = facts(None, at(NOW + 120 * 86_400, false));
        assert_eq!(
            check(&l, &f, None, now(), &p).issues,
            vec![ids::LONG_EXPIRY]
        );
        // Lifetime measured from issue when known: issued 60 days ago, expires in 60.
        let iat = Timestamp::from_second(NOW - 60 * 86_400).unwrap();
        let h = check(&l, &f_at(NOW + 60 * 86_400), Some(iat), now(), &p);
        assert_eq!(h.issues, vec![ids::LONG_EXPIRY]);
        assert!(h.notes[0].contains("120 days from issue"), "{}", h.notes[0]);
        // Expired tokens: no expiry advice, no rotation advice.
        let old = Timestamp::from_second(NOW - 400 * 86_400).unwrap();
        let f = facts(None, at(NOW - 1, true));
        assert!(check(&l, &f, Some(old), now(), &p).issues.is_empty());
    }

    fn f_at(secs: i64) -> Facts {
        facts(None, at(secs, false))
    }

    #[test]
    fn stale_tokens_follow_the_policy() {
        let l = loc("src/app.py");
        let iat = Timestamp::from_second(NOW - 100 * 86_400).unwrap();
        let f = facts(None, Expiry::Unknown);
        let h = check(&l, &f, Some(iat), now(), &Policy::default());
        assert_eq!(h.issues, vec![ids::STALE]);
        assert!(h.notes[0].contains("100 days ago"));
        let lenient = Policy {
            max_token_age_days: 365,
            ..Policy::default()
        };
        assert!(check(&l, &f, Some(iat), now(), &lenient).issues.is_empty());
    }

    #[test]
    fn policy_deserialises_with_defaults() {
        let p: Policy = serde_json::from_value(json!({"max_token_age_days": 30})).unwrap();
        assert_eq!(p.max_token_age_days, 30);
        assert_eq!(p.max_expiry_days, 90);
        assert_eq!(p.max_unused_days, 90);
        assert!(serde_json::from_value::<Policy>(json!({"nope": 1})).is_err());
    }

    fn days_ago(days: i64) -> Option<Timestamp> {
        Some(Timestamp::from_second(NOW - days * 86_400).unwrap())
    }

    fn ids_of(u: &Usage, p: &Policy) -> Vec<String> {
        usage_issues(u, now(), p)
            .into_iter()
            .map(|(id, _)| id)
            .collect()
    }

    #[test]
    fn unused_days_boundaries() {
        let p = Policy::default();
        let last = |d| Usage {
            last_used: days_ago(d),
            ..Usage::default()
        };
        // Exactly the limit is within the policy; one day more is not.
        assert!(ids_of(&last(90), &p).is_empty());
        assert_eq!(ids_of(&last(91), &p), ["unused-for-91-days"]);
        assert_eq!(ids_of(&last(212), &p), ["unused-for-212-days"]);
        // 90 days and 23 hours is still 90 whole days.
        let almost = Usage {
            last_used: Some(Timestamp::from_second(NOW - 91 * 86_400 + 3_600).unwrap()),
            ..Usage::default()
        };
        assert!(ids_of(&almost, &p).is_empty());
        // Used in the future (clock skew at the provider): not unused.
        assert!(ids_of(&last(-5), &p).is_empty());
        let strict = Policy {
            max_unused_days: 10,
            ..Policy::default()
        };
        assert_eq!(ids_of(&last(11), &strict), ["unused-for-11-days"]);
    }

    #[test]
    fn missing_dates_say_nothing() {
        let p = Policy::default();
        assert!(ids_of(&Usage::default(), &p).is_empty());
        // Never used, creation unknown: how long it sat unused is unknown.
        let never = Usage {
            never_used: true,
            ..Usage::default()
        };
        assert!(ids_of(&never, &p).is_empty());
    }

    #[test]
    fn never_used_counts_from_creation() {
        let p = Policy::default();
        let u = Usage {
            created: days_ago(91),
            never_used: true,
            ..Usage::default()
        };
        let got = usage_issues(&u, now(), &p);
        assert_eq!(
            got.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
            ["unused-for-91-days", "older-than-91-days"]
        );
        assert!(
            got[0].1.contains("never used; created 91 days ago"),
            "{}",
            got[0].1
        );
        // A last use wins over creation for disuse; creation still gives the age.
        let used = Usage {
            created: days_ago(400),
            last_used: days_ago(3),
            never_used: false,
        };
        assert_eq!(ids_of(&used, &p), ["older-than-400-days"]);
        let young = Usage {
            created: days_ago(90),
            never_used: true,
            ..Usage::default()
        };
        assert!(ids_of(&young, &p).is_empty());
    }

    #[test]
    fn usage_ids_are_recognised_by_prefix() {
        assert!(ids::is_usage("unused-for-212-days"));
        assert!(ids::is_usage(&ids::older_than(7)));
        assert!(!ids::is_usage("unused-for--days"));
        assert!(!ids::is_usage("older-than-x-days"));
        assert!(!ids::is_usage(ids::STALE));
    }

    fn verified(created: Option<&str>, last_used: Option<&str>) -> crate::finding::Finding {
        let mut v = crate::verify::Verification::valid("gitlab");
        v.created = created.map(str::to_string);
        v.last_used = last_used.map(str::to_string);
        crate::finding::Finding {
            rule_id: "gitlab.pat".into(),
            rule_name: "GitLab".into(),
            provider: "gitlab".into(),
            kind: "pat".into(),
            severity: crate::finding::Severity::High,
            confidence: crate::finding::Confidence::High,
            location: loc("src/app.py"),
            secret: crate::finding::Secret::new(b"x"),
            redacted: "x".into(),
            fingerprint: "f".into(),
            companions: Vec::new(),
            variable: None,
            facts: Facts::default(),
            notes: Vec::new(),
            verification: Some(v),
            fix: None,
        }
    }

    fn ts(days: i64) -> String {
        days_ago(days).unwrap().to_string()
    }

    #[test]
    fn apply_usage_records_ids_and_notes_once() {
        let p = Policy::default();
        let mut f = verified(Some(&ts(300)), Some(&ts(212)));
        apply_usage(&mut f, now(), &p);
        apply_usage(&mut f, now(), &p);
        assert_eq!(
            f.facts.properties["hygiene"],
            json!(["unused-for-212-days", "older-than-300-days"])
        );
        assert_eq!(f.notes.len(), 2, "{:?}", f.notes);
        // Dead or expired tokens get no usage advice.
        let mut dead = verified(Some(&ts(300)), Some(&ts(212)));
        dead.verification.as_mut().unwrap().status = crate::verify::Status::Invalid;
        apply_usage(&mut dead, now(), &p);
        assert!(!dead.facts.properties.contains_key("hygiene"));
        let mut expired = verified(Some(&ts(300)), Some(&ts(212)));
        expired.verification.as_mut().unwrap().expiry = at(NOW - 1, true);
        apply_usage(&mut expired, now(), &p);
        assert!(!expired.facts.properties.contains_key("hygiene"));
    }

    #[test]
    fn offline_stale_is_not_reported_twice() {
        let mut f = verified(Some(&ts(300)), Some(&ts(1)));
        f.facts
            .properties
            .insert("hygiene".into(), json!([ids::STALE]));
        apply_usage(&mut f, now(), &Policy::default());
        assert_eq!(f.facts.properties["hygiene"], json!([ids::STALE]));
        assert!(f.notes.is_empty(), "{:?}", f.notes);
    }

    #[test]
    fn environment_from_known_prefixes() {
        assert_eq!(environment_from_secret(b"sk_live_abc"), Some("live"));
        assert_eq!(environment_from_secret(b"rk_test_abc"), Some("test"));
        assert_eq!(environment_from_secret(b"ghp_abc"), None);
    }
}
