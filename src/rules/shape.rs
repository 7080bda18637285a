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
