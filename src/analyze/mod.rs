//! Offline analysis: what each finding's token can do, judged from its format and its place.
//!
//! Runs after matching, per finding. Everything here is local and deterministic given `now`.

pub mod checksum;
pub mod context;
pub mod decode;
pub mod placeholder;

use jiff::Timestamp;
use serde_json::json;

use crate::finding::{Confidence, Expiry, Facts, Finding, Location, Privilege, Severity};
use crate::rules::Rule;

pub use context::Policy;

/// [`analyze_with_policy`] with the default [`Policy`].
pub fn analyze(finding: &mut Finding, rule: &Rule, now: Timestamp) {
    analyze_with_policy(finding, rule, now, &Policy::default());
}

/// Fills `finding.facts` from the rule's static knowledge, its checksum validator and its
/// decoder, runs the hygiene checks of [`context`], and sets the final severity with
/// [`severity`].
pub fn analyze_with_policy(finding: &mut Finding, rule: &Rule, now: Timestamp, policy: &Policy) {
    let a = assess(
        rule,
        finding.secret.expose(),
        &finding.location,
        now,
        policy,
    );
    finding.facts = a.facts;
    finding.notes.extend(a.notes);
    finding.severity = a.severity;
}

/// What analysis concludes about one secret at one place.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub facts: Facts,
    pub notes: Vec<String>,
    pub severity: Severity,
}

/// The work behind [`analyze_with_policy`], on plain inputs.
pub fn assess(
    rule: &Rule,
    secret: &[u8],
    location: &Location,
    now: Timestamp,
    policy: &Policy,
) -> Analysis {
    let spec = &rule.spec;
    let mut notes = Vec::new();
    let mut facts = Facts {
        privilege: spec.privilege,
        expiry: match spec.expiry.as_deref() {
            Some("never") => Expiry::Never,
            _ => Expiry::Unknown,
        },
        suggestion: spec.suggestion.clone(),
        properties: Default::default(),
    };
    if let Some(env) = spec
        .environment
        .as_deref()
        .or_else(|| context::environment_from_secret(secret))
    {
        facts.properties.insert("environment".into(), json!(env));
    }
    let mut checksum_valid = None;
    if let Some(name) = &spec.checksum {
        checksum_valid = checksum::verify(name, secret);
        let state = match checksum_valid {
            Some(true) => "valid",
            Some(false) => "invalid",
            None => "not-applicable",
        };
        facts.properties.insert("checksum".into(), json!(state));
    }
    let mut issued_at = None;
    if let Some(name) = &spec.decoder {
        let d = decode::decode(name, secret, now);
        if let Some(p) = d.privilege {
            facts.privilege = p;
        }
        if let Some(e) = d.expiry {
            facts.expiry = e;
        }
        if d.suggestion.is_some() {
            facts.suggestion = d.suggestion;
        }
        if let Some(iat) = d.issued_at {
            facts
                .properties
                .insert("issued_at".into(), json!(iat.to_string()));
        }
        issued_at = d.issued_at;
        facts.properties.extend(d.properties);
        notes.extend(d.notes);
    }

    let expired = matches!(facts.expiry, Expiry::At { expired: true, .. });
    if expired {
        notes.push("token has expired according to its own claims".into());
    }
    let hygiene = context::check(location, &facts, issued_at, now, policy);
    hygiene.record(&mut facts);
    notes.extend(hygiene.notes);

    let severity = severity(&SeverityInputs {
        rule_severity: spec.severity,
        confidence: spec.confidence,
        generic: spec.generic,
        privilege: facts.privilege,
        checksum_valid,
        expired,
        test_mode: facts
            .properties
            .get("environment")
            .is_some_and(|e| e == "test"),
    });
    Analysis {
        facts,
        notes,
        severity,
    }
}

/// Everything the final severity depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeverityInputs {
    /// What the rule declares for its kind of credential.
    pub rule_severity: Severity,
    /// How sure the rule is that a match is a real credential.
    pub confidence: Confidence,
    /// Assignment-style rule (`password = …`), as opposed to a provider format.
    pub generic: bool,
    /// Privilege after decoding.
    pub privilege: Privilege,
    /// Offline checksum result, `None` when the rule has none or it does not apply.
    pub checksum_valid: Option<bool>,
    /// The token's own claims say it has expired.
    pub expired: bool,
    /// A test-mode key (`sk_test_…`): it cannot touch real money or data.
    pub test_mode: bool,
}

/// The final severity of a finding, in four steps applied in this order (documented with
/// examples in `docs/severity.md`):
///
/// 1. Start from the rule's severity.
/// 2. Floor: an **admin** credential we are sure of (confidence high, or a valid checksum)
///    is at least **high**.
/// 3. Lower one step each for: **expired** by its own claims; **test-mode** key.
/// 4. Cap: a **generic** rule without a valid checksum and below high confidence, or any
///    **low**-confidence match, is at most **medium**.
///
/// Deliberately *not* inputs: a valid checksum does not raise (it proves the format, not
/// that the token is live); where the token was found (a live key in tests is still
/// leaked; hygiene issues are reported as notes); an unsigned JWT (a property of the issuer,
/// not of the leak).
pub fn severity(i: &SeverityInputs) -> Severity {
    let sure = i.confidence == Confidence::High || i.checksum_valid == Some(true);
    let mut s = i.rule_severity;
    if i.privilege == Privilege::Admin && sure {
        s = s.max(Severity::High);
    }
    if i.expired {
        s = s.lower();
    }
    if i.test_mode {
        s = s.lower();
    }
    let weak = i.confidence == Confidence::Low || (i.generic && !sure);
    if weak {
        s = s.min(Severity::Medium);
    }
    s
}

/// The fixture values of a `testdata/decode/*.txt` file: its non-blank lines, trimmed,
/// without `#` comment lines.
#[cfg(test)]
pub(crate) fn fixture_lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(rule_severity: Severity) -> SeverityInputs {
        SeverityInputs {
            rule_severity,
            confidence: Confidence::High,
            generic: false,
            privilege: Privilege::Unknown,
            checksum_valid: None,
            expired: false,
            test_mode: false,
        }
    }

    #[test]
    fn rule_severity_is_the_default() {
        for s in [
            Severity::Low,
            Severity::Medium,
            Severity::High,
            Severity::Critical,
        ] {
            assert_eq!(severity(&base(s)), s);
        }
    }

    #[test]
    fn admin_floor_needs_certainty() {
        let i = SeverityInputs {
            privilege: Privilege::Admin,
            ..base(Severity::Medium)
        };
        assert_eq!(severity(&i), Severity::High);
        let i = SeverityInputs {
            confidence: Confidence::Medium,
            ..i
        };
        assert_eq!(severity(&i), Severity::Medium);
        let i = SeverityInputs {
            checksum_valid: Some(true),
            ..i
        };
        assert_eq!(severity(&i), Severity::High);
        // Never lowers a critical rule.
        let i = SeverityInputs {
            privilege: Privilege::Admin,
            ..base(Severity::Critical)
        };
        assert_eq!(severity(&i), Severity::Critical);
    }

    #[test]
    fn expired_and_test_mode_each_lower_one_step() {
        let expired = SeverityInputs {
            expired: true,
            ..base(Severity::Critical)
        };
        assert_eq!(severity(&expired), Severity::High);
        let both = SeverityInputs {
            test_mode: true,
            ..expired
        };
        assert_eq!(severity(&both), Severity::Medium);
        let floor = SeverityInputs {
            expired: true,
            ..base(Severity::Low)
        };
        assert_eq!(severity(&floor), Severity::Low);
        // The admin floor applies before lowering: an expired admin token is medium.
        let admin_expired = SeverityInputs {
            privilege: Privilege::Admin,
            expired: true,
            ..base(Severity::Medium)
        };
        assert_eq!(severity(&admin_expired), Severity::Medium);
    }

    #[test]
    fn weak_matches_are_capped() {
        let generic = SeverityInputs {
            generic: true,
            confidence: Confidence::Medium,
            ..base(Severity::Critical)
        };
        assert_eq!(severity(&generic), Severity::Medium);
        let low = SeverityInputs {
            confidence: Confidence::Low,
            privilege: Privilege::Admin,
            ..base(Severity::High)
        };
        assert_eq!(severity(&low), Severity::Medium);
        // A generic rule that is sure of itself keeps its severity.
        let sure = SeverityInputs {
            generic: true,
            ..base(Severity::High)
        };
        assert_eq!(severity(&sure), Severity::High);
    }

    #[test]
    fn checksum_valid_does_not_raise() {
        let i = SeverityInputs {
            checksum_valid: Some(true),
            ..base(Severity::Medium)
        };
        assert_eq!(severity(&i), Severity::Medium);
    }

    use crate::rules::RuleSet;

    fn rule(extra: &str) -> RuleSet {
        let text = format!(
            r#"[[rule]]
id = "test.token"
name = "Test token"
provider = "test"
kind = "token"
regex = '(tok_[a-z0-9]+)'
keywords = ["tok_"]
severity = "high"
description = "d"
remediation = "r"
examples = ["tok_abc123"]
negative_examples = ["tok"]
{extra}
"#
        );
        RuleSet::from_sources(vec![("test.toml".into(), text)]).expect("rule loads")
    }

    fn at(path: &str) -> Location {
        Location {
            path: path.into(),
            ..Default::default()
        }
    }

    const NOW: i64 = 1_750_000_000;

    fn now() -> Timestamp {
        Timestamp::from_second(NOW).unwrap()
    }

    #[test]
    fn live_key_in_tests_keeps_severity_and_gets_a_note() {
        let rules = rule("environment = \"live\"\nexpiry = \"never\"\nprivilege = \"admin\"");
        let a = assess(
            rules.get(0),
            b"tok_abc123",
            &at("tests/conftest.py"),
            now(),
            &Policy::default(),
        );
        assert_eq!(a.severity, Severity::High);
        assert_eq!(
            a.facts.properties["hygiene"],
            json!(["live-credential-in-test-context", "no-expiry"])
        );
        assert_eq!(a.facts.properties["context"], json!("test"));
        assert_eq!(a.notes.len(), 2);
    }

    #[test]
    fn test_mode_key_is_lowered() {
        let rules = rule("environment = \"test\"");
        let a = assess(
            rules.get(0),
            b"tok_abc123",
            &at("src/app.py"),
            now(),
            &Policy::default(),
        );
        assert_eq!(a.severity, Severity::Medium);
        assert!(!a.facts.properties.contains_key("hygiene"));
    }

    #[test]
    fn decoder_facts_flow_into_the_analysis() {
        use base64::Engine as _;
        let b64 = |v: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        let jwt = format!(
            "{}.{}.c2ln",
            b64(json!({"alg": "none"})),
            b64(json!({"roles": ["Admin"], "iat": NOW - 200 * 86_400, "exp": NOW - 86_400}))
        );
        let rules = rule("decoder = \"jwt\"");
        let a = assess(
            rules.get(0),
            jwt.as_bytes(),
            &at("src/app.py"),
            now(),
            &Policy::default(),
        );
        assert_eq!(a.facts.privilege, Privilege::Admin);
        assert!(matches!(a.facts.expiry, Expiry::At { expired: true, .. }));
        // Admin floor (high), then expired: medium.
        assert_eq!(a.severity, Severity::Medium);
        assert!(a.facts.properties.contains_key("issued_at"));
        // Expired: neither stale nor long-expiry.
        assert!(!a.facts.properties.contains_key("hygiene"));
        // The alg-none note and the expiry note.
        assert_eq!(a.notes.len(), 2, "{:?}", a.notes);
        let out = serde_json::to_string(&a.facts).unwrap();
        assert!(!out.contains("c2ln"));
    }

    #[test]
    fn stale_follows_policy() {
        use base64::Engine as _;
        let b64 = |v: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        let jwt = format!(
            "{}.{}.c2ln",
            b64(json!({"alg": "RS256"})),
            b64(json!({"iat": NOW - 100 * 86_400, "exp": NOW + 86_400}))
        );
        let rules = rule("decoder = \"jwt\"");
        let a = assess(
            rules.get(0),
            jwt.as_bytes(),
            &at("src/app.py"),
            now(),
            &Policy::default(),
        );
        assert_eq!(
            a.facts.properties["hygiene"],
            json!(["long-expiry", "stale"])
        );
        let relaxed = Policy {
            max_token_age_days: 365,
            max_expiry_days: 365,
            ..Policy::default()
        };
        let a = assess(
            rules.get(0),
            jwt.as_bytes(),
            &at("src/app.py"),
            now(),
            &relaxed,
        );
        assert!(!a.facts.properties.contains_key("hygiene"));
    }
}
