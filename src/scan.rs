//! The scan engine: takes bytes from sources, runs the matcher, turns matches into
//! analysed findings, applies suppressions, and collects everything per thread.

use std::borrow::Cow;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::Serialize;

use crate::analyze;
use crate::finding::{Facts, Finding, Location, Secret, fingerprint, redact};
use crate::matcher::{Matcher, Scratch};
use crate::rules::RuleSet;
use crate::sources::Warning;
use crate::sources::fs::{FileVisitor, WalkOptions};
use crate::suppress::{Suppressor, line_has_marker};

/// Everything a scan needs that stays fixed while it runs.
pub struct Engine {
    pub rules: RuleSet,
    pub matcher: Matcher,
    pub suppressor: Suppressor,
    /// "Now", fixed once so that expiry judgements are consistent within a run.
    pub now: Timestamp,
}

#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    pub files_skipped: u64,
    pub findings_suppressed: u64,
    #[serde(serialize_with = "ser_secs")]
    pub elapsed: Duration,
}

fn ser_secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0).round() / 1000.0)
}

impl Stats {
    fn merge(&mut self, other: &Stats) {
        self.files_scanned += other.files_scanned;
        self.bytes_scanned += other.bytes_scanned;
        self.files_skipped += other.files_skipped;
        self.findings_suppressed += other.findings_suppressed;
    }
}

/// The result of a scan, before reporting.
#[derive(Debug, Default)]
pub struct ScanOutput {
    pub findings: Vec<Finding>,
    pub warnings: Vec<Warning>,
    pub stats: Stats,
}

impl ScanOutput {
    /// Sorted by place so output is deterministic whatever the thread schedule.
    pub fn finish(&mut self, started: Instant) {
        self.findings.sort_by(|a, b| {
            (
                &a.location.path,
                &a.location.members,
                a.location.line,
                a.location.column,
                &a.rule_id,
            )
                .cmp(&(
                    &b.location.path,
                    &b.location.members,
                    b.location.line,
                    b.location.column,
                    &b.rule_id,
                ))
        });
        self.findings.dedup_by(|a, b| {
            a.location == b.location && a.rule_id == b.rule_id && a.fingerprint == b.fingerprint
        });
        self.warnings
            .sort_by(|a, b| (&a.path, a.message.as_str()).cmp(&(&b.path, b.message.as_str())));
        self.stats.files_skipped = self.warnings.len() as u64;
        self.stats.elapsed = started.elapsed();
    }
}

/// Per-thread scanning state; merges itself into the shared output when dropped.
pub struct Worker<'e> {
    engine: &'e Engine,
    sink: &'e Mutex<ScanOutput>,
    scratch: Scratch,
    masked: Vec<u8>,
    local: ScanOutput,
}

impl<'e> Worker<'e> {
    pub fn new(engine: &'e Engine, sink: &'e Mutex<ScanOutput>) -> Self {
        Worker {
            engine,
            sink,
            scratch: Scratch::default(),
            masked: Vec::new(),
            local: ScanOutput::default(),
        }
    }

    /// Scans one blob of bytes found at `origin` (positions in `origin` are ignored).
    pub fn scan_blob(&mut self, origin: &Location, data: &[u8]) {
        self.local.stats.files_scanned += 1;
        self.local.stats.bytes_scanned += data.len() as u64;
        let haystack: Cow<[u8]> = if looks_binary(data) {
            mask_binary(data, &mut self.masked);
            Cow::Borrowed(&self.masked[..])
        } else {
            Cow::Borrowed(data)
        };
        let logical = origin.display_path();
        let engine = self.engine;
        let matches = engine
            .matcher
            .find(&engine.rules, &logical, &haystack, &mut self.scratch);
        if matches.is_empty() {
            return;
        }
        let mut lines = LineCounter::default();
        for m in matches {
            let rule = engine.rules.get(m.rule);
            if line_has_marker(&haystack, m.secret.start) {
                self.local.stats.findings_suppressed += 1;
                continue;
            }
            let secret = &haystack[m.secret.clone()];
            let (line, column) = lines.position(data, m.secret.start);
            let (end_line, end_column) = lines.position(data, m.secret.end);
            let mut location = origin.clone();
            location.line = line;
            location.column = column;
            location.end_line = end_line;
            location.end_column = end_column;
            location.byte_start = m.secret.start;
            location.byte_end = m.secret.end;
            let mut finding = Finding {
                rule_id: rule.spec.id.clone(),
                rule_name: rule.spec.name.clone(),
                provider: rule.spec.provider.clone(),
                kind: rule.spec.kind.clone(),
                severity: rule.spec.severity,
                confidence: rule.spec.confidence,
                location,
                secret: Secret::new(secret),
                redacted: redact(secret, rule.public_prefix()),
                fingerprint: fingerprint(&rule.spec.id, secret),
                facts: Facts::default(),
                notes: Vec::new(),
            };
            analyze::analyze(&mut finding, rule, engine.now);
            if engine.suppressor.suppressed(&finding) {
                self.local.stats.findings_suppressed += 1;
                continue;
            }
            self.local.findings.push(finding);
        }
    }

    pub fn warn(&mut self, w: Warning) {
        self.local.warnings.push(w);
    }
}

impl Drop for Worker<'_> {
    fn drop(&mut self) {
        let local = std::mem::take(&mut self.local);
        let mut out = self.sink.lock().unwrap_or_else(|e| e.into_inner());
        out.findings.extend(local.findings);
        out.warnings.extend(local.warnings);
        out.stats.merge(&local.stats);
    }
}

impl FileVisitor for Worker<'_> {
    fn file(&mut self, path: &str, data: &[u8]) {
        let origin = Location {
            path: path.to_string(),
            ..Location::default()
        };
        self.scan_blob(&origin, data);
    }

    fn warn(&mut self, warning: Warning) {
        Worker::warn(self, warning);
    }

    fn wants(&self, path: &str) -> bool {
        !self.engine.suppressor.path_allowed(path)
    }
}

/// Scans a file tree.
pub fn scan_tree(engine: &Engine, walk: &WalkOptions) -> Result<ScanOutput, crate::Error> {
    let started = Instant::now();
    let sink = Mutex::new(ScanOutput::default());
    crate::sources::fs::walk(walk, &|| Worker::new(engine, &sink))?;
    let mut out = sink.into_inner().unwrap_or_else(|e| e.into_inner());
    out.finish(started);
    Ok(out)
}

/// Git's heuristic: a NUL byte in the first 8000 bytes means binary.
pub fn looks_binary(data: &[u8]) -> bool {
    memchr::memchr(0, &data[..data.len().min(8000)]).is_some()
}

/// Minimum length of a printable run worth scanning in a binary file.
pub const MIN_PRINTABLE_RUN: usize = 8;

/// Copies `data` into `out` keeping only printable ASCII runs of at least
/// [`MIN_PRINTABLE_RUN`] bytes; everything else becomes `\n`. Offsets are preserved, so
/// positions found in the mask are positions in the file.
pub fn mask_binary(data: &[u8], out: &mut Vec<u8>) {
    out.clear();
    out.extend_from_slice(data);
    let printable = |b: u8| (0x20..0x7f).contains(&b) || b == b'\t';
    let mut i = 0;
    while i < out.len() {
        if printable(out[i]) {
            let start = i;
            while i < out.len() && printable(out[i]) {
                i += 1;
            }
            if i - start < MIN_PRINTABLE_RUN {
                out[start..i].fill(b'\n');
            }
        } else {
            out[i] = b'\n';
            i += 1;
        }
    }
}

/// Turns byte offsets into 1-based line and column (columns count Unicode scalar values,
/// matching SARIF's default `unicodeCodePoints`). Offsets must be queried in order for the
/// line count to be incremental.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
    line_start: usize,
}

impl LineCounter {
    fn position(&mut self, data: &[u8], offset: usize) -> (usize, usize) {
        if offset < self.offset {
            *self = LineCounter::default();
        }
        let chunk = &data[self.offset..offset];
        self.line += memchr::memchr_iter(b'\n', chunk).count();
        if let Some(last) = memchr::memrchr(b'\n', chunk) {
            self.line_start = self.offset + last + 1;
        }
        self.offset = offset;
        let col = String::from_utf8_lossy(&data[self.line_start..offset])
            .chars()
            .count()
            + 1;
        (self.line + 1, col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_keeps_long_runs_and_offsets() {
        let data = b"\x00\x01short\x00a_long_enough_run\xff";
        let mut out = Vec::new();
        mask_binary(data, &mut out);
        assert_eq!(out.len(), data.len());
        let s = String::from_utf8(out).unwrap();
        assert!(!s.contains("short"));
        assert_eq!(s.find("a_long_enough_run"), Some(8));
    }

    #[test]
    fn line_counter_positions() {
        let data = "ab\ncdé f\ng".as_bytes();
        let mut lc = LineCounter::default();
        assert_eq!(lc.position(data, 0), (1, 1));
        assert_eq!(lc.position(data, 4), (2, 2));
        // 'f' comes after a two-byte 'é': column counts characters.
        let f = data.iter().position(|&b| b == b'f').unwrap();
        assert_eq!(lc.position(data, f), (2, 5));
        assert_eq!(lc.position(data, data.len() - 1), (3, 1));
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"abc\0def"));
        assert!(!looks_binary("plain text é".as_bytes()));
    }
}
