//! Which bytes of a new version of a file can hold a match its previous version did not.
//!
//! A match is local: a secret, its regex context and the keyword before it span at most
//! [`Margin::bytes`], and a pair (an AWS key id and its secret) sits within
//! [`Margin::lines`] lines. So a match in the new version that does not reach within that
//! margin of a changed byte lies in a run that is byte-for-byte the same, with the same
//! surroundings, in the old version, and was found there. The new version is scanned only in
//! windows around what changed; everything else was scanned before, at the same path.

use std::ops::Range;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::rules::RuleSet;

/// How far around a change a match can reach, and which rules a keyword anywhere in the
/// file enables.
#[derive(Debug, Clone)]
pub struct Margin {
    /// The longest span from a keyword to the end of the match it enables, over the rules
    /// whose span is at most [`LONG_SPAN`] (nearly all).
    pub bytes: usize,
    /// The same over every rule (private key blocks, long encoded values).
    pub long_bytes: usize,
    /// Keywords of the rules longer than [`LONG_SPAN`]: a change gets `long_bytes` of
    /// margin only when one of them is near it (or anywhere, for a non-local rule).
    long: Option<AhoCorasick>,
    /// Pattern of `long` → whether its rule is non-local.
    long_nonlocal: Vec<bool>,
    /// Lines either side (pairs and adopted generics are matched within a few lines).
    pub lines: usize,
    /// Keywords of the rules that are not [`local`]: their regex runs over the whole
    /// buffer once the keyword is anywhere in it.
    nonlocal: Option<AhoCorasick>,
    /// Pattern of `nonlocal` → (rule, its keyword as written).
    nonlocal_rules: Vec<(usize, Vec<u8>)>,
}

/// A rule whose keyword-to-match span is longer than this gets its margin only where its
/// keywords are near a change.
pub const LONG_SPAN: usize = 1024;

/// Counted for a rule whose regex has no upper bound on its length (`[A-Za-z0-9]+`): the
/// matcher lets a windowed match run this far past its window, and no token is longer.
const UNBOUNDED_MATCH: usize = 4096;

impl Margin {
    /// The margin that covers every rule of `rules`.
    pub fn of(rules: &RuleSet) -> Margin {
        Margin::with_kind(rules, AhoCorasickKind::DFA)
    }

    /// The same, with its automata of `kind` (the scan's matcher's: an NFA for small input).
    pub fn with_kind(rules: &RuleSet, kind: AhoCorasickKind) -> Margin {
        let mut bytes = 0;
        let mut long_bytes = 0;
        let mut lines = 1;
        let mut nonlocal_rules = Vec::new();
        let mut long_keywords: Vec<&str> = Vec::new();
        let mut long_nonlocal = Vec::new();
        for (i, rule) in rules.rules().iter().enumerate() {
            let s = &rule.spec;
            let is_local = rule.keyword_local;
            if !is_local {
                for k in &s.keywords {
                    nonlocal_rules.push((i, k.as_bytes().to_vec()));
                }
            }
            let longest_keyword = s.keywords.iter().map(String::len).max().unwrap_or(0);
            let span = s.keyword_window.unwrap_or(0)
                + longest_keyword
                + rule.max_len.unwrap_or(usize::MAX).min(UNBOUNDED_MATCH);
            long_bytes = long_bytes.max(span);
            if span <= LONG_SPAN {
                bytes = bytes.max(span);
            } else {
                for k in &s.keywords {
                    long_keywords.push(k);
                    long_nonlocal.push(!is_local);
                }
            }
            let pair = s
                .pair_within_lines
                .unwrap_or(crate::pair::DEFAULT_WITHIN_LINES);
            if !s.pair_with.is_empty() || s.adopt.is_some() {
                lines = lines.max(pair + 1);
            }
        }
        let nonlocal = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(kind))
            .build(nonlocal_rules.iter().map(|(_, k)| k))
            .ok();
        let long = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(kind))
            .build(&long_keywords)
            .ok();
        Margin {
            bytes,
            long_bytes,
            long,
            long_nonlocal,
            lines,
            nonlocal,
            nonlocal_rules,
        }
    }

    /// Where `data` has keywords of long rules: their offsets, sorted, or `None` when a
    /// non-local long rule is enabled (every change then needs the long margin).
    pub fn long_hits(&self, data: &[u8]) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        if let Some(ac) = &self.long {
            for m in ac.find_overlapping_iter(data) {
                if self.long_nonlocal[m.pattern().as_usize()] {
                    return None;
                }
                out.push(m.start());
            }
        }
        Some(out)
    }

    /// The non-local rules a keyword in `data` enables, each with where its keywords are.
    pub fn enabled(&self, data: &[u8]) -> Vec<(usize, Vec<usize>)> {
        let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
        let Some(ac) = &self.nonlocal else {
            return out;
        };
        for m in ac.find_overlapping_iter(data) {
            let rule = self.nonlocal_rules[m.pattern().as_usize()].0;
            match out.iter_mut().find(|(r, _)| *r == rule) {
                Some((_, at)) => at.push(m.start()),
                None => out.push((rule, vec![m.start()])),
            }
        }
        out
    }

    /// Text that, appended to a window, enables `rules` in it as their keywords elsewhere
    /// in the file would: each keyword after enough blank lines that nothing in the
    /// window pairs with it or takes it as context.
    pub fn trigger(&self, rules: &[usize]) -> Vec<u8> {
        let mut out = Vec::new();
        for &r in rules {
            if let Some((_, k)) = self.nonlocal_rules.iter().find(|(x, _)| *x == r) {
                out.extend(std::iter::repeat_n(b'\n', self.lines + 1));
                out.extend_from_slice(k);
            }
        }
        out
    }
}

// A rule is local when every match contains one of its keywords (or the rule runs only in
// keyword windows, which the byte margin covers): see `Rule::keyword_local`. A rule that is
// not local runs over the whole buffer as soon as its keyword appears anywhere in it
// (`kind: Secret` enables a Kubernetes rule for the whole file), so a change far from the
// keyword matters.

/// Below this size a blob is scanned whole: the diff would cost more than it saves.
pub const SMALL: usize = 8 << 10;

/// Above this many lines on either side, only the common prefix and suffix are trimmed
/// (linear), not diffed line by line.
const MAX_DIFF_LINES: usize = 200_000;

/// The line diff stops refining after this long and treats what is left as changed
/// (more bytes scanned, never fewer), so a pathological pair of versions stays bounded.
const DIFF_DEADLINE: Duration = Duration::from_millis(50);

/// The windows of `new` to scan, sorted and disjoint, given its previous version `old`;
/// `None` when `new` should be scanned whole (small, or mostly changed).
/// `long_hits` is [`Margin::long_hits`] of `new`.
pub fn windows(
    old: &[u8],
    new: &[u8],
    margin: &Margin,
    long_hits: Option<&[usize]>,
) -> Option<Vec<Range<usize>>> {
    if new.len() < SMALL {
        return None;
    }
    let starts = line_starts(new);
    let mut out: Vec<Range<usize>> = Vec::new();
    for change in changes(old, new, &starts) {
        let long = margin.long_bytes;
        let near = |hits: &[usize]| {
            let i = hits.partition_point(|&h| h + long < change.start);
            hits.get(i).is_some_and(|&h| h <= change.end + long)
        };
        let bytes = match long_hits {
            Some(hits) if !near(hits) => margin.bytes,
            _ => long,
        };
        let w = around(&change, new, &starts, bytes, margin.lines);
        match out.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => out.push(w),
        }
    }
    let covered: usize = out.iter().map(|w| w.len()).sum();
    // Mostly changed: one pass over the whole blob is cheaper than many windows.
    (covered * 2 <= new.len()).then_some(out)
}

/// Byte offset of each line's first byte.
fn line_starts(data: &[u8]) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', data).map(|i| i + 1));
    if starts.len() > 1 && starts.last() == Some(&data.len()) {
        starts.pop();
    }
    starts
}

/// Lines of `data` (each with its newline), as slices.
fn lines<'a>(data: &'a [u8], starts: &[usize]) -> Vec<&'a [u8]> {
    let mut out = Vec::with_capacity(starts.len());
    for (i, &s) in starts.iter().enumerate() {
        let e = starts.get(i + 1).copied().unwrap_or(data.len());
        out.push(&data[s..e]);
    }
    out
}

/// Byte ranges of `new` that differ from `old`, in order. An empty range marks a point
/// where old bytes were deleted (the bytes either side are newly adjacent).
fn changes(old: &[u8], new: &[u8], starts: &[usize]) -> Vec<Range<usize>> {
    let prefix = common_prefix(old, new);
    let suffix = common_suffix(&old[prefix..], &new[prefix..]);
    if prefix == old.len() && prefix == new.len() {
        return Vec::new();
    }
    let old_starts = line_starts(old);
    if starts.len() > MAX_DIFF_LINES || old_starts.len() > MAX_DIFF_LINES {
        return std::iter::once(prefix..new.len() - suffix).collect();
    }
    // Whole lines inside the common prefix or suffix are equal on both sides: only the
    // lines between go through the line diff (an append or a one-line edit stays linear).
    let head = starts.partition_point(|&s| s < prefix).saturating_sub(1);
    let new_tail = new.len() - suffix;
    let old_tail = old.len() - suffix;
    let new_end = starts.partition_point(|&s| s <= new_tail);
    let old_end = old_starts.partition_point(|&s| s <= old_tail);
    let tail = (starts.len() - new_end).min(old_starts.len() - old_end);
    let (new_end, old_end) = (starts.len() - tail, old_starts.len() - tail);
    let head = head.min(new_end).min(old_end);
    let old_lines = lines(old, &old_starts);
    let new_lines = lines(new, starts);
    let deadline = Instant::now() + DIFF_DEADLINE;
    let ops = similar::capture_diff_slices_deadline(
        similar::Algorithm::Myers,
        &old_lines[head..old_end],
        &new_lines[head..new_end],
        Some(deadline),
    );
    let old_at = |i: usize| old_starts.get(i + head).copied().unwrap_or(old.len());
    let new_at = |i: usize| starts.get(i + head).copied().unwrap_or(new.len());
    let mut out = Vec::new();
    for op in ops {
        let (_, old_r, new_r) = op.as_tag_tuple();
        if matches!(op, similar::DiffOp::Equal { .. }) {
            continue;
        }
        let (os, oe) = (old_at(old_r.start), old_at(old_r.end));
        let (ns, ne) = (new_at(new_r.start), new_at(new_r.end));
        // Within a replaced run of lines, what changed is often a few bytes of one long
        // line: trim the bytes the two sides share at either end.
        let (o, n) = (&old[os..oe], &new[ns..ne]);
        let p = common_prefix(o, n);
        let s = common_suffix(&o[p..], &n[p..]);
        out.push(ns + p..ne - s);
    }
    out
}

fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    a.iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// A window starts at its line's start unless that is farther than this before the margin
/// (a minified file is one long line): then at the nearest delimiter.
const LONG_LINE: usize = 16 << 10;

/// The window to scan around one change: `bytes` either side, widened to whole lines (up
/// to [`LONG_LINE`] more) and to `lines` lines either side. A window never
/// starts or ends inside a word, so a regex boundary (`\b`) at its edge is a real one.
fn around(
    change: &Range<usize>,
    data: &[u8],
    starts: &[usize],
    bytes: usize,
    lines: usize,
) -> Range<usize> {
    let len = data.len();
    let line_of = |at: usize| starts.partition_point(|&s| s <= at).saturating_sub(1);
    let first = line_of(change.start).saturating_sub(lines);
    let last = line_of(change.end.saturating_sub(1).max(change.start)) + lines;
    let line_start = starts[first];
    let line_end = starts.get(last + 1).copied().unwrap_or(len);
    let near_start = change.start.saturating_sub(bytes);
    let near_end = change.end.saturating_add(bytes).min(len);
    let mut start = line_start
        .max(near_start.saturating_sub(LONG_LINE))
        .min(near_start);
    let mut end = line_end
        .min(near_end.saturating_add(LONG_LINE))
        .max(near_end);
    while start > 0 && !delimiter(data[start - 1]) {
        start -= 1;
    }
    while end < len && !delimiter(data[end]) {
        end += 1;
    }
    start..end
}

/// Bytes no token runs across: whitespace, quotes, brackets and separators.
fn delimiter(b: u8) -> bool {
    matches!(
        b,
        b'\n'
            | b'\r'
            | b' '
            | b'\t'
            | b'"'
            | b'\''
            | b'`'
            | b','
            | b';'
            | b'<'
            | b'>'
            | b'('
            | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: &Margin = &Margin {
        bytes: 64,
        long_bytes: 64,
        long: None,
        long_nonlocal: Vec::new(),
        lines: 1,
        nonlocal: None,
        nonlocal_rules: Vec::new(),
    };

    #[test]
    fn keywords_of_nonlocal_rules_are_found_and_turned_into_a_trigger() {
        let rules = RuleSet::load(&[]).unwrap();
        let m = Margin::of(&rules);
        let k8s = rules.index_of("kubernetes.secret-data").unwrap();
        let ghp = rules
            .rules()
            .iter()
            .position(|r| r.spec.keywords == ["ghp_"]);
        assert!(!rules.get(k8s).keyword_local);
        if let Some(g) = ghp {
            assert!(rules.get(g).keyword_local, "a ghp_ token holds its keyword");
        }
        let doc = b"apiVersion: v1\nkind: Secret\ndata:\n  a: b\n";
        let on = m.enabled(doc);
        let (_, at) = on.iter().find(|(r, _)| *r == k8s).expect("enabled");
        assert_eq!(at, &vec![15]);
        let t = m.trigger(&[k8s]);
        assert!(t.starts_with(&vec![b'\n'; m.lines + 1]));
        assert!(
            t.ends_with(b"kind: secret"),
            "{}",
            String::from_utf8_lossy(&t)
        );
    }

    fn text(lines: usize, tag: &str) -> String {
        (0..lines)
            .map(|i| format!("line {i} of {tag} with some ordinary words in it\n"))
            .collect()
    }

    #[test]
    fn an_edit_in_the_middle_is_one_window_around_it() {
        let old = text(2000, "a");
        let new = old.replacen("line 1000 of a", "line 1000 of a CHANGED", 1);
        let w = windows(old.as_bytes(), new.as_bytes(), M, Some(&[])).expect("windows");
        assert_eq!(w.len(), 1, "{w:?}");
        let at = new.find("CHANGED").unwrap();
        assert!(
            w[0].start + M.bytes <= at && at + 7 + M.bytes <= w[0].end,
            "{w:?}"
        );
        assert!(w[0].len() < 1000, "{w:?}");
    }

    #[test]
    fn identical_versions_need_no_window() {
        let old = text(1000, "a");
        assert_eq!(
            windows(old.as_bytes(), old.as_bytes(), M, Some(&[])),
            Some(Vec::new())
        );
    }

    #[test]
    fn small_or_rewritten_blobs_are_scanned_whole() {
        let old = text(10, "a");
        let new = text(10, "b");
        assert_eq!(windows(old.as_bytes(), new.as_bytes(), M, Some(&[])), None);
        let old = text(2000, "a");
        let new = text(2000, "b");
        assert_eq!(windows(old.as_bytes(), new.as_bytes(), M, Some(&[])), None);
    }

    #[test]
    fn a_change_inside_a_long_line_is_a_window_around_the_bytes_that_differ() {
        let old: String = (0..40_000).map(|i| format!("w{i} ")).collect();
        let at = old.len() / 2;
        let at = at + old[at..].find(' ').unwrap() + 1;
        let new = format!("{}TOKEN {}", &old[..at], &old[at..]);
        let w = windows(old.as_bytes(), new.as_bytes(), M, Some(&[])).expect("windows");
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].start < at && at + 5 < w[0].end, "{w:?}");
        assert!(w[0].len() <= 2 * (LONG_LINE + M.bytes) + 32, "{w:?}");
        // Edges fall on delimiters, never inside a word.
        assert!(new.as_bytes()[w[0].start - 1] == b' ', "{w:?}");
        assert!(new.as_bytes()[w[0].end] == b' ', "{w:?}");
    }

    #[test]
    fn appends_prepends_and_truncations_are_windows_at_their_end() {
        let old = text(2000, "a");
        let more = format!("{old}{}", text(3, "b"));
        let w = windows(old.as_bytes(), more.as_bytes(), M, Some(&[])).expect("windows");
        assert_eq!(w.last().map(|w| w.end), Some(more.len()), "{w:?}");
        assert!(w[0].start > old.len() - 1000, "{w:?}");
        let less = &old[..old.len() - 200];
        let w = windows(old.as_bytes(), less.as_bytes(), M, Some(&[])).expect("windows");
        assert_eq!(w.last().map(|w| w.end), Some(less.len()), "{w:?}");
        let front = format!("{}{old}", text(3, "b"));
        let w = windows(old.as_bytes(), front.as_bytes(), M, Some(&[])).expect("windows");
        assert_eq!(w[0].start, 0, "{w:?}");
        assert!(w[0].end < 1000, "{w:?}");
        // Longer and shorter without a newline at the end.
        let cut = old.trim_end();
        for (o, n) in [(cut, old.as_str()), (old.as_str(), cut)] {
            let w = windows(o.as_bytes(), n.as_bytes(), M, Some(&[])).expect("windows");
            assert_eq!(w.last().map(|w| w.end), Some(n.len()), "{w:?}");
        }
    }

    #[test]
    fn deletions_open_a_window_where_the_bytes_were() {
        let old = text(2000, "a");
        let cut = old.find("line 700 of").unwrap();
        let end = old.find("line 710 of").unwrap();
        let new = format!("{}{}", &old[..cut], &old[end..]);
        let w = windows(old.as_bytes(), new.as_bytes(), M, Some(&[])).expect("windows");
        assert_eq!(w.len(), 1);
        assert!(w[0].start < cut && cut < w[0].end, "{w:?} around {cut}");
    }

    #[test]
    fn margin_covers_the_builtin_rules() {
        let rules = RuleSet::load(&[]).unwrap();
        let m = Margin::of(&rules);
        for r in rules.rules() {
            let s = &r.spec;
            let n = r.max_len.unwrap_or(usize::MAX).min(UNBOUNDED_MATCH);
            assert!(
                s.keyword_window.unwrap_or(0) + n <= m.long_bytes,
                "{}",
                s.id
            );
        }
        assert!(m.lines > crate::pair::DEFAULT_WITHIN_LINES, "{m:?}");
        assert!(m.bytes <= LONG_SPAN && m.bytes < m.long_bytes, "{m:?}");
        // A private key block is long: its keyword brings the long margin.
        let hits = m
            .long_hits(b"x\n-----BEGIN RSA PRIVATE KEY-----\n")
            .expect("local");
        assert!(
            !hits.is_empty() && hits.iter().all(|&h| (2..36).contains(&h)),
            "{hits:?}"
        );
    }
}
