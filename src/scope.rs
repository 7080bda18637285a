//! What a change answers for. Token findings of a range are already limited to what the
//! range added; least-privilege and workflow findings come from the whole working tree, so
//! a change keeps only those in the files it touched (not a workflow it did not edit).

use std::collections::BTreeSet;

use crate::finding::Finding;

/// Whether a finding is about the tree as a whole (workflow permissions, least-privilege
/// advice) rather than a token the scan found in a blob.
pub fn is_tree_finding(f: &Finding) -> bool {
    f.rule_id.starts_with("leastpriv.") || f.rule_id.starts_with("workflow.")
}

/// Keeps the tree findings located in `changed` paths (and every token finding). Returns
/// how many were dropped. Used by `scan --range/--since/--staged`, and so by the Action.
pub fn retain_changed(findings: &mut Vec<Finding>, changed: &BTreeSet<String>) -> usize {
    let before = findings.len();
    findings.retain(|f| !is_tree_finding(f) || changed.contains(&f.location.path));
    before - findings.len()
}

/// Advice about a token is never rated above the token itself: a test-mode key's
/// over-privilege is not more urgent than the key.
pub fn cap_advice(findings: &mut [Finding]) {
    let tokens: std::collections::HashMap<String, crate::finding::Severity> = findings
        .iter()
        .filter(|f| !is_tree_finding(f))
        .map(|f| (f.fingerprint.clone(), f.severity))
        .collect();
    for f in findings.iter_mut().filter(|f| is_tree_finding(f)) {
        let about = f
            .facts
            .properties
            .get("token_fingerprint")
            .and_then(|v| v.as_str())
            .and_then(|t| tokens.get(t));
        if let Some(&cap) = about {
            f.severity = f.severity.min(cap);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_tree_findings_outside_the_change_are_dropped() {
        let mk = |rule: &str, path: &str| {
            let mut f = crate::report::sample_finding();
            f.rule_id = rule.into();
            f.location.path = path.into();
            f
        };
        let mut fs = vec![
            mk("workflow.write-all", ".github/workflows/ci.yml"),
            mk("leastpriv.over-privileged-token", ".env"),
            mk("github.classic-pat", "old.txt"),
            mk("leastpriv.token-needs", "src/main.rs"),
        ];
        let changed: BTreeSet<String> = [".env".to_string()].into();
        assert_eq!(retain_changed(&mut fs, &changed), 2);
        let kept: Vec<&str> = fs.iter().map(|f| f.rule_id.as_str()).collect();
        assert_eq!(
            kept,
            ["leastpriv.over-privileged-token", "github.classic-pat"]
        );
    }
}
