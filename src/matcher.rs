//! Finds rule matches in a byte buffer.
//!
//! Two stages, as in gitleaks and Nosey Parker: an Aho-Corasick pass over every rule's
//! keywords picks the candidate rules for a buffer, then only those rules' regexes run.
//! Most files contain no keyword at all and cost one linear scan.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::analyze::checksum;
use crate::rules::{RuleSet, entropy};

/// A match before it becomes a finding: which rule, and where the secret is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMatch {
    pub rule: usize,
    /// Byte span of the secret (the capture group).
    pub secret: Range<usize>,
    /// Byte span of the whole regex match (context included).
    pub whole: Range<usize>,
}

pub struct Matcher {
    ac: AhoCorasick,
    /// Keyword pattern index → rules that list it.
    keyword_rules: Vec<Vec<usize>>,
    rule_count: usize,
    adopters: Vec<Adopter>,
}

/// A rule that claims other rules' matches next to its partner (`[rule.adopt]`).
struct Adopter {
    rule: usize,
    from: Vec<usize>,
    partner: usize,
    within_lines: usize,
}

/// Per-thread reusable state so the hot loop does not allocate.
#[derive(Default)]
pub struct Scratch {
    triggered: Vec<bool>,
    candidates: Vec<usize>,
    matches: Vec<RawMatch>,
}

impl Matcher {
    pub fn new(rules: &RuleSet) -> Matcher {
        let mut keywords: Vec<Vec<u8>> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        for (i, rule) in rules.rules().iter().enumerate() {
            for kw in &rule.spec.keywords {
                let kw = kw.to_ascii_lowercase().into_bytes();
                match keywords.iter().position(|k| *k == kw) {
                    Some(p) => keyword_rules[p].push(i),
                    None => {
                        keywords.push(kw);
                        keyword_rules.push(vec![i]);
                    }
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            // Overlapping search over a few hundred keywords: the DFA is several times
            // faster than the default NFA here, for a few MB of memory.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keywords)
            .expect("keyword automaton");
        let adopters = rules
            .rules()
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let adopt = r.spec.adopt.as_ref()?;
                Some(Adopter {
                    rule: i,
                    from: adopt
                        .from
                        .iter()
                        .filter_map(|id| rules.index_of(id))
                        .collect(),
                    partner: rules.index_of(r.spec.pair_with.as_deref()?)?,
                    within_lines: r
                        .spec
                        .pair_within_lines
                        .unwrap_or(crate::pair::DEFAULT_WITHIN_LINES),
                })
            })
            .collect();
        Matcher {
            ac,
            keyword_rules,
            rule_count: rules.len(),
            adopters,
        }
    }

    /// All accepted matches in `haystack`, overlaps resolved. `path` is the logical path
    /// (used by rules restricted to some paths). The returned slice lives in `scratch`.
    pub fn find<'s>(
        &self,
        rules: &RuleSet,
        path: &str,
        haystack: &[u8],
        scratch: &'s mut Scratch,
    ) -> &'s [RawMatch] {
        scratch.matches.clear();
        scratch.candidates.clear();
        scratch.triggered.clear();
        scratch.triggered.resize(self.rule_count, false);
        for m in self.ac.find_overlapping_iter(haystack) {
            for &r in &self.keyword_rules[m.pattern().as_usize()] {
                if !scratch.triggered[r] {
                    scratch.triggered[r] = true;
                    scratch.candidates.push(r);
                }
            }
        }
        if scratch.candidates.is_empty() {
            return &scratch.matches;
        }
        scratch.candidates.sort_unstable();
        for &r in &scratch.candidates {
            if rules.get(r).applies_to(path) {
                run_rule(rules, r, haystack, &mut scratch.matches);
            }
        }
        resolve_overlaps(rules, &mut scratch.matches);
        self.adopt(rules, haystack, &mut scratch.matches);
        &scratch.matches
    }

    /// Re-attributes generic matches to the rule that adopts them when its partner matched
    /// within a few lines.
    fn adopt(&self, rules: &RuleSet, haystack: &[u8], matches: &mut [RawMatch]) {
        for a in &self.adopters {
            for i in 0..matches.len() {
                if !a.from.contains(&matches[i].rule) {
                    continue;
                }
                let here = matches[i].secret.clone();
                let near = matches.iter().any(|p| {
                    p.rule == a.partner && {
                        let (lo, hi) = if p.secret.start < here.start {
                            (p.secret.start, here.start)
                        } else {
                            (here.start, p.secret.start)
                        };
                        memchr::memchr_iter(b'\n', &haystack[lo..hi]).count() <= a.within_lines
                    }
                });
                if near && rules.get(a.rule).adopts_secret(&haystack[here]) {
                    matches[i].rule = a.rule;
                }
            }
        }
    }
}

/// Runs one rule's regex and filters over `haystack`.
pub fn run_rule(rules: &RuleSet, index: usize, haystack: &[u8], out: &mut Vec<RawMatch>) {
    let rule = rules.get(index);
    for caps in rule.regex().captures_iter(haystack) {
        let Some(secret) = caps.get(rule.secret_group) else {
            continue;
        };
        let whole = caps.get(0).expect("group 0 always matches");
        let bytes = secret.as_bytes();
        if bytes.is_empty() {
            continue;
        }
        if let Some(min) = rule.spec.min_entropy
            && entropy(bytes) < min
        {
            continue;
        }
        if let Some(name) = &rule.spec.checksum
            && checksum::verify(name, bytes) == Some(false)
        {
            continue;
        }
        if rule.allow().iter().any(|a| a.is_match(bytes)) {
            continue;
        }
        if rule.spec.generic && crate::analyze::placeholder::is_placeholder(bytes) {
            continue;
        }
        out.push(RawMatch {
            rule: index,
            secret: secret.range(),
            whole: whole.range(),
        });
    }
}

/// When several rules claim overlapping secret bytes, keep the most specific: a specific
/// format beats a generic assignment rule, then the longer secret, then the longer context.
fn resolve_overlaps(rules: &RuleSet, matches: &mut Vec<RawMatch>) {
    if matches.len() < 2 {
        return;
    }
    let rank = |m: &RawMatch| {
        let r = rules.get(m.rule);
        (
            !r.spec.generic,
            m.secret.len(),
            m.whole.len(),
            std::cmp::Reverse(m.rule),
        )
    };
    // Best first, then greedily keep matches that overlap nothing already kept.
    matches.sort_by_key(|m| std::cmp::Reverse(rank(m)));
    let mut kept: Vec<RawMatch> = Vec::with_capacity(matches.len());
    for m in matches.drain(..) {
        let clash = kept
            .iter()
            .any(|k| k.secret.start < m.secret.end && m.secret.start < k.secret.end);
        if !clash {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| (m.secret.start, m.rule));
    *matches = kept;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(rules: &str) -> RuleSet {
        RuleSet::from_sources(vec![("t.toml".into(), rules.into())]).unwrap()
    }

    const RULES: &str = r#"
[[rule]]
id = "acme.key"
name = "Acme key"
provider = "acme"
kind = "key"
severity = "high"
description = "d"
remediation = "r"
regex = '\b(acme_[a-z0-9]{16})\b'
keywords = ["acme_"]
min_entropy = 2.5
examples = ["k = acme_0123456789abcdef"]
negative_examples = ["acme_aaaaaaaaaaaaaaaa"]

[[rule]]
id = "generic.assign"
name = "Generic"
provider = "generic"
kind = "secret"
severity = "low"
generic = true
description = "d"
remediation = "r"
regex = '(?i)key\s*=\s*([a-z0-9_]{16,})'
keywords = ["key"]
examples = ["key = q8w7e6r5t4y3u2i1"]
negative_examples = ["key = changeme"]
"#;

    #[test]
    fn prefilter_and_entropy() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        assert!(m.find(&rules, "a", b"nothing here", &mut s).is_empty());
        let hay = b"x acme_0123456789abcdef y";
        let found = m.find(&rules, "a", hay, &mut s).to_vec();
        assert_eq!(found.len(), 1);
        assert_eq!(&hay[found[0].secret.clone()], b"acme_0123456789abcdef");
        assert!(
            m.find(&rules, "a", b"acme_aaaaaaaaaaaaaaaa", &mut s)
                .is_empty()
        );
    }

    #[test]
    fn keywords_are_case_insensitive() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        assert_eq!(
            m.find(&rules, "a", b"KEY = q8w7e6r5t4y3u2i1", &mut s).len(),
            1
        );
    }

    #[test]
    fn specific_rule_wins_overlap() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        let found = m
            .find(&rules, "a", b"key = acme_0123456789abcdef", &mut s)
            .to_vec();
        assert_eq!(found.len(), 1);
        assert_eq!(rules.get(found[0].rule).id(), "acme.key");
    }
}
