//! Offline analysis: what each finding's token can do, judged from its format and its place.
//!
//! Runs after matching, per finding. Everything here is local and deterministic given `now`.

pub mod checksum;
pub mod decode;
pub mod placeholder;

use jiff::Timestamp;
use serde_json::json;

use crate::finding::{Expiry, Facts, Finding, Privilege};
use crate::rules::Rule;

/// Fills `finding.facts` from the rule's static knowledge and its decoder, and adjusts the
/// severity: privilege and liveness evidence raise or lower what the rule declares.
pub fn analyze(finding: &mut Finding, rule: &Rule, now: Timestamp) {
    let spec = &rule.spec;
    let mut facts = Facts {
        privilege: spec.privilege,
        expiry: match spec.expiry.as_deref() {
            Some("never") => Expiry::Never,
            _ => Expiry::Unknown,
        },
        suggestion: spec.suggestion.clone(),
        properties: Default::default(),
    };
    if let Some(env) = &spec.environment {
        facts.properties.insert("environment".into(), json!(env));
    }
    if let Some(name) = &spec.checksum {
        let state = match checksum::verify(name, finding.secret.expose()) {
            Some(true) => "valid",
            Some(false) => "invalid",
            None => "not-applicable",
        };
        facts.properties.insert("checksum".into(), json!(state));
    }
    if let Some(name) = &spec.decoder {
        let d = decode::decode(name, finding.secret.expose(), now);
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
        facts.properties.extend(d.properties);
    }

    // An expired token was still leaked, but it is no longer an emergency.
    if let Expiry::At { expired: true, .. } = facts.expiry {
        finding.severity = finding.severity.lower();
        finding
            .notes
            .push("token has expired according to its own claims".into());
    }
    if spec.environment.as_deref() == Some("test") {
        finding.severity = finding.severity.lower();
    }
    if facts.privilege == Privilege::Admin && spec.confidence == crate::finding::Confidence::High {
        finding.severity = finding.severity.max(crate::finding::Severity::High);
    }
    finding.facts = facts;
}
