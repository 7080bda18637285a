//! Two-part credentials: an AWS secret access key is only usable with its access key id.
//! When a rule names its partner (`pair_with`) and both are found a few lines apart in the
//! same blob, they become one finding: the secret's, with the partner attached as its
//! companion. The secret's fingerprint does not change, so pairing never splits an alert.

use serde_json::json;

use crate::finding::Finding;
use crate::rules::RuleSet;

/// Default distance, in lines, within which two halves count as one credential.
pub const DEFAULT_WITHIN_LINES: usize = 5;

/// Pairs the findings in `findings[first..]` (all from one blob) in place.
pub fn pair_findings(rules: &RuleSet, findings: &mut Vec<Finding>, first: usize) {
    if findings.len() - first < 2 {
        return;
    }
    let mut consumed: Vec<usize> = Vec::new();
    for i in first..findings.len() {
        let Some(rule) = rules
            .rules()
            .iter()
            .find(|r| r.spec.id == findings[i].rule_id)
        else {
            continue;
        };
        let Some(partner) = &rule.spec.pair_with else {
            continue;
        };
        let within = rule.spec.pair_within_lines.unwrap_or(DEFAULT_WITHIN_LINES);
        let here = &findings[i].location;
        let nearest = (first..findings.len())
            .filter(|&j| j != i && !consumed.contains(&j))
            .filter(|&j| {
                let there = &findings[j].location;
                findings[j].rule_id == *partner
                    && there.path == here.path
                    && there.members == here.members
                    && there.line.abs_diff(here.line) <= within
            })
            .min_by_key(|&j| findings[j].location.line.abs_diff(here.line));
        let Some(j) = nearest else {
            continue;
        };
        let id = findings[j].secret.clone();
        let id_redacted = findings[j].redacted.clone();
        let id_facts = findings[j].facts.properties.clone();
        let partner_line = findings[j].location.line;
        let distance = partner_line.abs_diff(findings[i].location.line);
        let f = &mut findings[i];
        f.facts
            .properties
            .insert("paired_with".into(), json!(partner));
        f.facts
            .properties
            .insert("access_key_id".into(), json!(&id_redacted));
        f.facts
            .properties
            .insert("paired_line".into(), json!(partner_line));
        // The key id's decoded facts (account, key type) describe the pair too.
        for (k, v) in id_facts {
            f.facts.properties.entry(k).or_insert(v);
        }
        f.notes.push(format!(
            "complete credential: key id {id_redacted} is {distance} line(s) away"
        ));
        f.companion = Some(id);
        consumed.push(j);
    }
    consumed.sort_unstable();
    for j in consumed.into_iter().rev() {
        findings.remove(j);
    }
}
