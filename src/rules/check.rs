//! `rules check`: every rule's `examples` must produce a finding for that rule and its
//! `negative_examples` must not, through the same matcher the scanner uses.

use super::RuleSet;
use crate::matcher::{Matcher, Scratch};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub rule_id: String,
    pub problem: String,
}

pub fn check(rules: &RuleSet) -> Vec<Failure> {
    let matcher = Matcher::new(rules);
    let mut scratch = Scratch::default();
    let mut failures = Vec::new();
    for (i, rule) in rules.rules().iter().enumerate() {
        // Compiled here, not lazily during a scan, so a refused pattern is a failure.
        if let Err(e) = rule.force() {
            failures.push(Failure {
                rule_id: rule.spec.id.clone(),
                problem: e.to_string(),
            });
            continue;
        }
        let path = rule
            .spec
            .paths
            .first()
            .map(|g| example_path(g))
            .unwrap_or_else(|| "example.txt".to_string());
        for (n, ex) in rule.spec.examples.iter().enumerate() {
            let hits = matcher.find(rules, &path, ex.as_bytes(), &mut scratch);
            if !hits.iter().any(|m| m.rule == i) {
                let others: Vec<&str> = hits.iter().map(|m| rules.get(m.rule).id()).collect();
                failures.push(Failure {
                    rule_id: rule.spec.id.clone(),
                    problem: if others.is_empty() {
                        format!("example #{} does not match", n + 1)
                    } else {
                        format!(
                            "example #{} is claimed by other rules: {}",
                            n + 1,
                            others.join(", ")
                        )
                    },
                });
            }
        }
        for (n, ex) in rule.spec.negative_examples.iter().enumerate() {
            let hits = matcher.find(rules, &path, ex.as_bytes(), &mut scratch);
            if hits.iter().any(|m| m.rule == i) {
                failures.push(Failure {
                    rule_id: rule.spec.id.clone(),
                    problem: format!("negative example #{} matches", n + 1),
                });
            }
        }
    }
    failures
}

/// A concrete path that a rule's path glob accepts, so path-restricted rules can be checked.
fn example_path(glob: &str) -> String {
    glob.replace("**/", "dir/").replace('*', "x")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_rule_passes_its_own_examples() {
        let rules = RuleSet::load(&[]).expect("builtin rules load");
        let failures = check(&rules);
        assert!(
            failures.is_empty(),
            "rule self-check failures:\n{}",
            failures
                .iter()
                .map(|f| format!("  {}: {}", f.rule_id, f.problem))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn a_broken_example_is_reported() {
        let text = r#"
[[rule]]
id = "x.y"
name = "n"
provider = "x"
kind = "y"
severity = "low"
description = "d"
remediation = "r"
regex = '(xy_[0-9]{4})'
keywords = ["xy_"]
examples = ["xy_12"]
negative_examples = ["xy_1234"]
"#;
        let rules = RuleSet::from_sources(vec![("t".into(), text.into())]).unwrap();
        let f = check(&rules);
        assert_eq!(f.len(), 2, "{f:?}");
    }
}
