//! Multi-part credentials: an AWS secret access key is only usable with its access key id,
//! a Twilio auth token with its account SID, an Azure client secret with its tenant and
//! client id. When a rule names its partners (`pair_with`) and they are found a few lines
//! away in the same blob, they become one finding: the secret's, with each partner attached
//! as a companion. The secret's fingerprint does not change, so pairing never splits an
//! alert.

use std::collections::{BTreeSet, HashMap};

use serde_json::json;

use crate::finding::{Companion, Finding};
use crate::rules::RuleSet;

/// Default distance, in lines, within which two halves count as one credential.
pub const DEFAULT_WITHIN_LINES: usize = 5;

/// Pairs the findings in `findings[first..]` (all from one blob) in place. Each partner is
/// the nearest unclaimed one by line (the one above on a tie); n log n in the findings.
/// Left over, parts that only mean something next to their secret are dropped, and so are
/// public keys unless `include_public`.
pub fn pair_findings(
    rules: &RuleSet,
    findings: &mut Vec<Finding>,
    first: usize,
    include_public: bool,
) {
    join_partners(rules, findings, first);
    let mut k = 0;
    findings.retain(|f| {
        k += 1;
        k <= first
            || !rules.index_of(&f.rule_id).is_some_and(|r| {
                let s = &rules.get(r).spec;
                s.companion_only || (s.public && !include_public)
            })
    });
}

/// Attaches each finding's `pair_with` partners to it and removes the partners it claimed.
fn join_partners(rules: &RuleSet, findings: &mut Vec<Finding>, first: usize) {
    if findings.len() - first < 2 {
        return;
    }
    let wanted: Vec<Option<usize>> = findings[first..]
        .iter()
        .map(|f| {
            rules
                .index_of(&f.rule_id)
                .filter(|&r| !rules.get(r).spec.pair_with.is_empty())
        })
        .collect();
    if wanted.iter().all(Option::is_none) {
        return;
    }
    // Unclaimed findings by rule id, ordered by (line, index).
    let mut free: HashMap<&str, BTreeSet<(usize, usize)>> = HashMap::new();
    for (k, f) in findings[first..].iter().enumerate() {
        free.entry(f.rule_id.as_str())
            .or_default()
            .insert((f.location.line, first + k));
    }
    let mut free: HashMap<String, BTreeSet<(usize, usize)>> =
        free.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let mut consumed = vec![false; findings.len()];
    let mut attach: Vec<(usize, usize, String)> = Vec::new();
    for (k, rule) in wanted.iter().enumerate() {
        let Some(rule) = rule else { continue };
        let i = first + k;
        if consumed[i] {
            continue;
        }
        let spec = &rules.get(*rule).spec;
        let within = spec.pair_within_lines.unwrap_or(DEFAULT_WITHIN_LINES);
        let line = findings[i].location.line;
        for partner in &spec.pair_with {
            let Some(set) = free.get_mut(partner) else {
                continue;
            };
            let above = set
                .range(..(line, i))
                .next_back()
                .copied()
                .filter(|&(l, _)| line - l <= within);
            let below = set
                .range((line, i)..)
                .find(|&&(_, j)| j != i)
                .copied()
                .filter(|&(l, _)| l - line <= within);
            let pick = match (above, below) {
                (Some(a), Some(b)) => Some(if line - a.0 <= b.0 - line { a } else { b }),
                (a, b) => a.or(b),
            };
            if let Some(p) = pick {
                set.remove(&p);
                consumed[p.1] = true;
                attach.push((i, p.1, partner.clone()));
            }
        }
        // A secret that claimed partners is no longer free to be someone's partner.
        if attach.last().is_some_and(|a| a.0 == i)
            && let Some(set) = free.get_mut(&findings[i].rule_id)
        {
            set.remove(&(line, i));
        }
    }
    for (i, j, partner) in attach {
        let (value, shown, line) = {
            let p = &findings[j];
            (p.secret.clone(), p.redacted.clone(), p.location.line)
        };
        let part_facts = findings[j].facts.properties.clone();
        let kind = rules
            .index_of(&partner)
            .map(|r| rules.get(r).spec.kind.replace('-', "_"))
            .unwrap_or_else(|| "partner".into());
        let f = &mut findings[i];
        let distance = line.abs_diff(f.location.line);
        if f.companions.is_empty() {
            f.facts
                .properties
                .insert("paired_with".into(), json!(&partner));
            f.facts.properties.insert("paired_line".into(), json!(line));
        }
        f.facts.properties.insert(kind.clone(), json!(&shown));
        // The partner's decoded facts (account, key type) describe the credential too.
        for (k, v) in part_facts {
            f.facts.properties.entry(k).or_insert(v);
        }
        f.notes.push(format!(
            "complete credential: {} {shown} is {distance} line(s) away",
            kind.replace('_', " ")
        ));
        f.companions.push(Companion {
            rule_id: partner,
            secret: value,
            shown,
            line,
        });
    }
    let mut k = 0;
    findings.retain(|_| {
        k += 1;
        !consumed[k - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Facts, Location, Secret};

    const RULES: &str = r#"
[[rule]]
id = "az.tenant"
name = "t"
provider = "az"
kind = "tenant-id"
severity = "low"
identifier = true
companion_only = true
description = "d"
remediation = "r"
regex = '(tenant-[0-9]{4})'
keywords = ["tenant-"]
examples = ["tenant-1234"]
negative_examples = ["tenant-12"]

[[rule]]
id = "az.client"
name = "c"
provider = "az"
kind = "client-id"
severity = "low"
identifier = true
description = "d"
remediation = "r"
regex = '(client-[0-9]{4})'
keywords = ["client-"]
examples = ["client-1234"]
negative_examples = ["client-12"]

[[rule]]
id = "az.pub"
name = "p"
provider = "az"
kind = "publishable-key"
severity = "low"
public = true
description = "d"
remediation = "r"
regex = '(pub-[0-9]{4})'
keywords = ["pub-"]
examples = ["pub-1234"]
negative_examples = ["pub-12"]

[[rule]]
id = "az.secret"
name = "s"
provider = "az"
kind = "client-secret"
severity = "high"
description = "d"
remediation = "r"
regex = '(csec-[0-9]{4})'
keywords = ["csec-"]
pair_with = ["az.tenant", "az.client"]
pair_within_lines = 2
examples = ["csec-1234"]
negative_examples = ["csec-12"]
"#;

    fn finding(rule: &str, line: usize, value: &str) -> Finding {
        Finding {
            rule_id: rule.into(),
            rule_name: String::new(),
            provider: "az".into(),
            kind: String::new(),
            severity: crate::finding::Severity::High,
            confidence: crate::finding::Confidence::High,
            location: Location {
                path: "f".into(),
                line,
                ..Location::default()
            },
            secret: Secret::new(value.as_bytes()),
            redacted: value.into(),
            fingerprint: String::new(),
            companions: Vec::new(),
            variable: None,
            facts: Facts::default(),
            notes: Vec::new(),
            verification: None,
            fix: None,
        }
    }

    #[test]
    fn three_parts_become_one_finding_with_the_nearest_partners() {
        let rules = RuleSet::from_sources(vec![("t".to_string(), RULES)]).unwrap();
        let mut fs = vec![
            finding("az.tenant", 1, "tenant-0001"),
            finding("az.client", 2, "client-0002"),
            finding("az.secret", 3, "csec-0003"),
            // Too far from the second secret's partners: stays alone.
            finding("az.client", 9, "client-0009"),
            finding("az.secret", 20, "csec-0020"),
        ];
        pair_findings(&rules, &mut fs, 0, false);
        let ids: Vec<&str> = fs.iter().map(|f| f.rule_id.as_str()).collect();
        assert_eq!(ids, ["az.secret", "az.client", "az.secret"]);
        let parts: Vec<&str> = fs[0].companions.iter().map(|c| c.shown.as_str()).collect();
        assert_eq!(parts, ["tenant-0001", "client-0002"]);
        assert_eq!(fs[0].facts.properties["tenant_id"], "tenant-0001");
        assert_eq!(
            fs[0].companion("az.client").unwrap().expose(),
            b"client-0002"
        );
        assert!(fs[2].companions.is_empty());
    }

    #[test]
    fn a_companion_only_part_without_its_secret_is_dropped() {
        let rules = RuleSet::from_sources(vec![("t".to_string(), RULES)]).unwrap();
        let mut fs = vec![
            finding("az.tenant", 1, "tenant-0001"),
            finding("az.secret", 2, "csec-0002"),
            // No secret within two lines: the tenant id alone is not reported, the client
            // id (an ordinary identifier rule) is.
            finding("az.tenant", 10, "tenant-0010"),
            finding("az.client", 20, "client-0020"),
        ];
        pair_findings(&rules, &mut fs, 0, false);
        let ids: Vec<&str> = fs.iter().map(|f| f.rule_id.as_str()).collect();
        assert_eq!(ids, ["az.secret", "az.client"]);
        assert_eq!(fs[0].companions[0].shown, "tenant-0001");
        // Alone in its blob, too.
        let mut alone = vec![finding("az.tenant", 1, "tenant-0001")];
        pair_findings(&rules, &mut alone, 0, false);
        assert!(alone.is_empty());
    }

    #[test]
    fn a_public_key_is_reported_only_when_asked() {
        let rules = RuleSet::from_sources(vec![("t".to_string(), RULES)]).unwrap();
        let blob = || {
            vec![
                finding("az.pub", 1, "pub-0001"),
                finding("az.secret", 9, "csec-0009"),
            ]
        };
        let mut fs = blob();
        pair_findings(&rules, &mut fs, 0, false);
        let ids: Vec<&str> = fs.iter().map(|f| f.rule_id.as_str()).collect();
        assert_eq!(ids, ["az.secret"]);
        let mut fs = blob();
        pair_findings(&rules, &mut fs, 0, true);
        assert_eq!(fs.len(), 2);
    }

    #[test]
    fn each_partner_is_claimed_once() {
        let rules = RuleSet::from_sources(vec![("t".to_string(), RULES)]).unwrap();
        let mut fs = Vec::new();
        for i in 0..3000 {
            fs.push(finding("az.client", 2 * i + 1, &format!("client-{i:04}")));
            fs.push(finding("az.secret", 2 * i + 2, &format!("csec-{i:04}")));
        }
        pair_findings(&rules, &mut fs, 0, false);
        assert_eq!(fs.len(), 3000);
        for (i, f) in fs.iter().enumerate() {
            assert_eq!(f.companions.len(), 1);
            assert_eq!(f.companions[0].shown, format!("client-{i:04}"));
        }
    }
}
