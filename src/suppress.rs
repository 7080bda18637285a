//! Decides which findings the user has already accepted: inline `tokenscope:allow`
//! comments, config allowlists and a baseline file of fingerprints.

use std::collections::BTreeSet;
use std::path::Path;

use globset::{Glob, GlobSet, GlobSetBuilder};
use regex::bytes::Regex;

use crate::config::AllowConfig;
use crate::finding::Finding;

pub const INLINE_MARKER: &[u8] = b"tokenscope:allow";

/// Whether the line holding byte `offset` carries the inline allow marker.
pub fn line_has_marker(haystack: &[u8], offset: usize) -> bool {
    let start = memchr::memrchr(b'\n', &haystack[..offset]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &haystack[offset..]).map_or(haystack.len(), |i| offset + i);
    memchr::memmem::find(&haystack[start..end], INLINE_MARKER).is_some()
}

/// The lines of one blob that carry the inline allow marker, found in one pass so that
/// checking a finding is a binary search, however long the line or many the findings.
#[derive(Debug, Default)]
pub struct MarkedLines(Vec<(usize, usize)>);

impl MarkedLines {
    pub fn of(haystack: &[u8]) -> MarkedLines {
        let mut lines = Vec::new();
        let finder = memchr::memmem::Finder::new(INLINE_MARKER);
        let mut from = 0;
        while let Some(i) = finder.find(&haystack[from..]) {
            let at = from + i;
            let start = memchr::memrchr(b'\n', &haystack[..at]).map_or(0, |j| j + 1);
            let end = memchr::memchr(b'\n', &haystack[at..]).map_or(haystack.len(), |j| at + j);
            lines.push((start, end));
            // The rest of this line is marked already.
            from = end;
        }
        MarkedLines(lines)
    }

    pub fn contains(&self, offset: usize) -> bool {
        let i = self.0.partition_point(|&(s, _)| s <= offset);
        i > 0 && offset <= self.0[i - 1].1
    }
}

pub struct Suppressor {
    paths: GlobSet,
    fingerprints: BTreeSet<String>,
    regexes: Vec<Regex>,
}

#[derive(Debug, thiserror::Error)]
pub enum SuppressError {
    #[error("invalid allow glob `{glob}`: {message}")]
    Glob { glob: String, message: String },
    #[error("invalid allow regex `{regex}`: {message}")]
    Regex { regex: String, message: String },
    #[error("cannot read baseline {path}: {message}")]
    Baseline { path: String, message: String },
}

impl Suppressor {
    pub fn new(allow: &AllowConfig, baseline: BTreeSet<String>) -> Result<Self, SuppressError> {
        let mut b = GlobSetBuilder::new();
        for g in &allow.paths {
            b.add(Glob::new(g).map_err(|e| SuppressError::Glob {
                glob: g.clone(),
                message: e.to_string(),
            })?);
        }
        let paths = b.build().map_err(|e| SuppressError::Glob {
            glob: String::new(),
            message: e.to_string(),
        })?;
        let regexes = allow
            .regexes
            .iter()
            .map(|r| {
                Regex::new(r).map_err(|e| SuppressError::Regex {
                    regex: r.clone(),
                    message: e.to_string(),
                })
            })
            .collect::<Result<_, _>>()?;
        let mut fingerprints: BTreeSet<String> = allow.fingerprints.iter().cloned().collect();
        fingerprints.extend(baseline);
        Ok(Suppressor {
            paths,
            fingerprints,
            regexes,
        })
    }

    pub fn path_allowed(&self, path: &str) -> bool {
        self.paths.is_match(path)
    }

    pub fn suppressed(&self, f: &Finding) -> bool {
        self.path_allowed(&f.location.path)
            || self.fingerprints.contains(&f.fingerprint)
            || self.regexes.iter().any(|r| r.is_match(f.secret.expose()))
    }
}

const BASELINE_HEADER: &str = "# tokenscope baseline v1: one fingerprint per line, sorted";

/// A baseline holds fingerprints only: sorted, no positions, no timestamps, so that two
/// branches that accept the same findings write the same file.
pub fn write_baseline(path: &Path, findings: &[Finding]) -> std::io::Result<()> {
    let set: BTreeSet<(&str, &str)> = findings
        .iter()
        .map(|f| (f.fingerprint.as_str(), f.rule_id.as_str()))
        .collect();
    let mut out = String::from(BASELINE_HEADER);
    out.push('\n');
    for (fp, rule) in set {
        out.push_str(fp);
        out.push(' ');
        out.push_str(rule);
        out.push('\n');
    }
    std::fs::write(path, out)
}

pub fn read_baseline(path: &Path) -> Result<BTreeSet<String>, SuppressError> {
    let text = std::fs::read_to_string(path).map_err(|e| SuppressError::Baseline {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let mut set = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fp = line.split_whitespace().next().unwrap_or_default();
        if fp.len() != 64 || !fp.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(SuppressError::Baseline {
                path: path.display().to_string(),
                message: format!("line {}: not a fingerprint", n + 1),
            });
        }
        set.insert(fp.to_ascii_lowercase());
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_marker_is_line_scoped() {
        let text = b"a = 1\nkey = X # tokenscope:allow\nkey = Y\n";
        let x = text.iter().position(|&b| b == b'X').unwrap();
        let y = text.iter().position(|&b| b == b'Y').unwrap();
        assert!(line_has_marker(text, x));
        assert!(!line_has_marker(text, y));
        let marked = MarkedLines::of(text);
        assert!(marked.contains(x));
        assert!(!marked.contains(y));
    }
}
