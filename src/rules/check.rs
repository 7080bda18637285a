//! `rules check`: every rule's `examples` must produce a finding for that rule and its
//! `negative_examples` must not, through the same matcher the scanner uses. A rule also
//! needs two examples: one example only proves the regex matches the string it was written
//! from, a second of another shape or context shows the rule generalises.

use super::RuleSet;
use crate::matcher::{Matcher, Scratch};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub rule_id: String,
    pub problem: String,
}

/// Fewer examples than this is a failure of `rules check` (the loader accepts one, so a
/// user's rule under development still loads).
pub const MIN_EXAMPLES: usize = 2;

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
        if rule.spec.examples.len() < MIN_EXAMPLES {
            failures.push(Failure {
                rule_id: rule.spec.id.clone(),
                problem: format!(
                    "{} example(s); a rule needs at least {MIN_EXAMPLES}",
                    rule.spec.examples.len()
                ),
            });
        }
        let path = rule
            .spec
            .paths
            .first()
            .map(|g| example_path(g))
            .unwrap_or_else(|| "example.txt".to_string());
        // The matcher searches only around a rule's anchors: a match without one would be
        // missed, so every match of every example must hold one.
        if let Some(anchors) = &rule.anchors {
            let all = rule
                .spec
                .examples
                .iter()
                .chain(&rule.spec.negative_examples);
            for ex in all {
                for m in rule.regex().find_iter(ex.as_bytes()) {
                    let low = m.as_bytes().to_ascii_lowercase();
                    if !anchors
                        .iter()
                        .any(|a| memchr::memmem::find(&low, a.as_bytes()).is_some())
                    {
                        failures.push(Failure {
                            rule_id: rule.spec.id.clone(),
                            problem: format!("a match holds none of the anchors {anchors:?}"),
                        });
                    }
                }
            }
        }
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
        let rules = RuleSet::load_with_examples(&[]).expect("builtin rules load");
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
examples = ["xy_12", "xy_3456"]
negative_examples = ["xy_1234"]
"#;
        let rules = RuleSet::from_sources(vec![("t".to_string(), text)]).unwrap();
        let f = check(&rules);
        assert_eq!(f.len(), 2, "{f:?}");
    }

    #[test]
    fn a_rule_with_one_example_fails_the_check_but_loads() {
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
examples = ["xy_3456"]
negative_examples = ["xy_12"]
"#;
        let rules = RuleSet::from_sources(vec![("t".to_string(), text)]).unwrap();
        let f = check(&rules);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].problem.contains("at least 2"), "{f:?}");
    }
}
