//! What a rule's regex says about its matches, read from one parse of the pattern at load:
//! the capture groups (which one holds the secret), the longest match, and whether every
//! match carries one of the rule's keywords. Parsing once matters: a pre-commit scan loads
//! every rule to run a handful, and three parses per rule were most of its time.
//!
//! `build.rs` includes this file too: it computes the shapes of the built-in rules at build
//! time, so a scan parses no built-in pattern at all.

use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind};

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Shape {
    /// Capture groups (index, name), sorted by index.
    pub groups: Vec<(usize, Option<String>)>,
    /// The longest match in bytes; `None` when unbounded.
    pub max_len: Option<usize>,
    /// Every match contains one of the keywords (as a required prefix or suffix literal).
    pub holds_keyword: bool,
    /// Literals (ASCII-lowercased) of which every match contains one, compared
    /// case-insensitively; `None` when the pattern has no such set of useful ones.
    #[serde(default)]
    pub anchors: Option<Vec<String>>,
}

/// Parses `pattern` as [`super::build_regex`] would.
pub fn parse(pattern: &str) -> Result<Hir, String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())
}

impl Shape {
    pub fn of(pattern: &str, keywords: &[String]) -> Result<Shape, String> {
        let hir = parse(pattern)?;
        let mut groups = Vec::new();
        walk_groups(&hir, &mut groups);
        groups.sort();
        Ok(Shape {
            groups,
            max_len: hir.properties().maximum_len(),
            holds_keyword: holds_keyword(&hir, keywords),
            anchors: anchors(&hir).map(|set| {
                set.into_iter()
                    .map(|a| String::from_utf8_lossy(&a).into_owned())
                    .collect()
            }),
        })
    }
}

fn walk_groups(h: &Hir, out: &mut Vec<(usize, Option<String>)>) {
    match h.kind() {
        HirKind::Capture(c) => {
            out.push((c.index as usize, c.name.as_deref().map(str::to_string)));
            walk_groups(&c.sub, out);
        }
        HirKind::Concat(hs) | HirKind::Alternation(hs) => {
            hs.iter().for_each(|h| walk_groups(h, out))
        }
        HirKind::Repetition(r) => walk_groups(&r.sub, out),
        _ => {}
    }
}

/// Shortest anchor worth searching for: shorter ones occur everywhere.
const MIN_ANCHOR: usize = 3;
/// Most strings in one set: beyond this the set is a poor filter and costs patterns.
const MAX_ANCHORS: usize = 64;
/// Longest string an exact set may hold.
const MAX_EXACT_LEN: usize = 32;

/// Strings of which every match of `hir` contains one (case-insensitively): the most
/// selective such set, with no member containing another. Sound by construction: a
/// concatenation holds the strings of any one part, an alternation the union of all its
/// branches', and a repetition its body's only when it must repeat at least once.
fn anchors(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut set = required(hir)?;
    set.sort_by_key(|a| a.len());
    let mut kept: Vec<Vec<u8>> = Vec::new();
    for a in set {
        if !kept.iter().any(|k| memchr::memmem::find(&a, k).is_some()) {
            kept.push(a);
        }
    }
    kept.sort();
    Some(kept)
}

/// The better of two anchor sets: a longer shortest string first, then fewer strings.
fn better(a: Option<Vec<Vec<u8>>>, b: Option<Vec<Vec<u8>>>) -> Option<Vec<Vec<u8>>> {
    let score = |s: &Vec<Vec<u8>>| {
        (
            s.iter().map(Vec::len).min().unwrap_or(0),
            std::cmp::Reverse(s.len()),
        )
    };
    match (a, b) {
        (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

fn useful(set: Vec<Vec<u8>>) -> Option<Vec<Vec<u8>>> {
    let ok =
        !set.is_empty() && set.len() <= MAX_ANCHORS && set.iter().all(|s| s.len() >= MIN_ANCHOR);
    ok.then_some(set)
}

fn required(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let whole = exact(hir).and_then(useful);
    let parts = match hir.kind() {
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Alternation(hs) => {
            let mut all = Vec::new();
            for h in hs {
                all.extend(required(h)?);
            }
            all.sort();
            all.dedup();
            useful(all)
        }
        HirKind::Concat(hs) => {
            let mut best = None;
            for h in hs {
                best = better(best, required(h));
            }
            // Consecutive parts of known spelling join into longer strings (`(?i)pass` is
            // four one-letter classes).
            let mut run: Option<Vec<Vec<u8>>> = None;
            for h in hs {
                match (exact(h), run.take()) {
                    (Some(e), Some(r)) => run = product(&r, &e),
                    (Some(e), None) => run = Some(e),
                    (None, Some(r)) => best = better(best, useful(r)),
                    (None, None) => {}
                }
                if let Some(r) = &run {
                    best = better(best, useful(r.clone()));
                }
            }
            best
        }
        _ => None,
    };
    better(whole, parts)
}

fn product(a: &[Vec<u8>], b: &[Vec<u8>]) -> Option<Vec<Vec<u8>>> {
    if a.len() * b.len() > MAX_ANCHORS {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let s: Vec<u8> = x.iter().chain(y).copied().collect();
            if s.len() > MAX_EXACT_LEN {
                return None;
            }
            out.push(s);
        }
    }
    out.sort();
    out.dedup();
    Some(out)
}

/// Every string `hir` can match, lowercased, when there are few: a byte class counts only
/// when it is one byte or one letter in both cases; assertions match the empty string.
fn exact(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::Class;
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Some(vec![Vec::new()]),
        HirKind::Literal(l) => (l.0.len() <= MAX_EXACT_LEN).then(|| vec![l.0.to_ascii_lowercase()]),
        HirKind::Class(Class::Bytes(c)) => {
            let mut bytes = Vec::new();
            for r in c.ranges() {
                if usize::from(r.end() - r.start()) >= 2 || bytes.len() > 2 {
                    return None;
                }
                bytes.extend(r.start()..=r.end());
            }
            let low: Vec<u8> = bytes.iter().map(u8::to_ascii_lowercase).collect();
            (!low.is_empty() && low.iter().all(|&b| b == low[0])).then(|| vec![vec![low[0]]])
        }
        HirKind::Class(Class::Unicode(c)) => {
            let mut bytes = Vec::new();
            for r in c.ranges() {
                for ch in r.start()..=r.end() {
                    if !ch.is_ascii() || bytes.len() > 2 {
                        return None;
                    }
                    bytes.push((ch as u8).to_ascii_lowercase());
                }
            }
            (!bytes.is_empty() && bytes.iter().all(|&b| b == bytes[0]))
                .then(|| vec![vec![bytes[0]]])
        }
        HirKind::Capture(c) => exact(&c.sub),
        HirKind::Repetition(r) if Some(r.min) == r.max && r.min <= 8 => {
            let one = exact(&r.sub)?;
            let mut acc = vec![Vec::new()];
            for _ in 0..r.min {
                acc = product(&acc, &one)?;
            }
            Some(acc)
        }
        HirKind::Concat(hs) => {
            let mut acc = vec![Vec::new()];
            for h in hs {
                acc = product(&acc, &exact(h)?)?;
            }
            Some(acc)
        }
        HirKind::Alternation(hs) => {
            let mut all = Vec::new();
            for h in hs {
                all.extend(exact(h)?);
                if all.len() > MAX_ANCHORS {
                    return None;
                }
            }
            all.sort();
            all.dedup();
            Some(all)
        }
        _ => None,
    }
}

fn holds_keyword(hir: &Hir, keywords: &[String]) -> bool {
    let keywords: Vec<Vec<u8>> = keywords
        .iter()
        .map(|k| k.to_ascii_lowercase().into_bytes())
        .collect();
    let mut ex = Extractor::new();
    // Small limits keep this cheap (it runs for every rule at load); coarser literals are
    // shorter prefixes, so a rule can only turn non-local (scanned wider), never wrongly
    // local.
    ex.limit_total(256).limit_class(8).limit_literal_len(64);
    [ExtractKind::Prefix, ExtractKind::Suffix]
        .into_iter()
        .any(|kind| {
            let seq = ex.kind(kind).extract(hir);
            seq.literals().is_some_and(|lits| {
                !lits.is_empty()
                    && lits.iter().all(|l| {
                        let l = l.as_bytes().to_ascii_lowercase();
                        keywords
                            .iter()
                            .any(|k| memchr::memmem::find(&l, k).is_some())
                    })
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchors_of(pattern: &str) -> Option<Vec<String>> {
        Shape::of(pattern, &[]).unwrap().anchors
    }

    #[test]
    fn anchors_every_match_holds() {
        assert_eq!(
            anchors_of(r"\b(ghp_[A-Za-z0-9]{36})\b"),
            Some(vec!["ghp_".into()])
        );
        // Case-insensitive words, alternations reduced to their shortest members.
        assert_eq!(
            anchors_of(r"(?i)(?:password|passwd|\bpwd|[_.-]pass\b|(?:db|smtp)pass)\s*=\s*(\S+)"),
            Some(vec!["pass".into(), "pwd".into()])
        );
        // The most selective part of a concatenation wins.
        assert_eq!(
            anchors_of(r"(?:ab|cd)[0-9]+-----BEGIN (RSA )?PRIVATE KEY-----"),
            Some(vec!["private key-----".into()])
        );
        // An optional part, a class or a short literal anchors nothing.
        assert_eq!(anchors_of(r"(?:token)?([a-f0-9]{32})"), None);
        assert_eq!(anchors_of(r"[A-Za-z0-9]{40}"), None);
        assert_eq!(anchors_of(r"(ab[0-9]{5})"), None);
        // A branch without an anchor spoils the alternation.
        assert_eq!(anchors_of(r"(?:secret_key|[0-9]{4})=(\w+)"), None);
        // A repetition that must happen holds its body's strings.
        assert_eq!(
            anchors_of(r"(?:xoxb-){1,2}(\w+)"),
            Some(vec!["xoxb-".into()])
        );
    }

    #[test]
    fn anchors_are_found_in_every_match() {
        // Every example of a rule must contain one of its anchors: checked over the pack in
        // the rules tests too; here, a few hand-made matches.
        let cases = [
            (
                r"(?i)(?:api|secret)[_-]?key\s*[:=]\s*(\w{16,})",
                "SECRET-KEY = abcdefghijklmnop",
            ),
            (r"(?i)\bpass\b\s*=\s*(\w+)", "PASS = hunter2"),
        ];
        for (re, hay) in cases {
            let set = anchors_of(re).expect(re);
            let low = hay.to_ascii_lowercase();
            assert!(
                set.iter().any(|a| low.contains(a.as_str())),
                "{re}: {set:?}"
            );
        }
    }

    #[test]
    fn one_parse_gives_groups_length_and_keyword() {
        let s = Shape::of(r"(ghp_[A-Za-z0-9]{36})", &["ghp_".into()]).unwrap();
        assert_eq!(s.groups, vec![(1, None)]);
        assert_eq!(s.max_len, Some(40));
        assert!(s.holds_keyword);
        let s = Shape::of(r"key\s*=\s*(?P<secret>[a-f0-9]+)", &["token".into()]).unwrap();
        assert_eq!(s.groups, vec![(1, Some("secret".into()))]);
        assert_eq!(s.max_len, None);
        assert!(!s.holds_keyword, "the keyword is not part of the match");
        assert!(Shape::of("(", &[]).is_err());
    }
}
