//! The scan engine: takes bytes from sources, runs the matcher, turns matches into
//! analysed findings, applies suppressions, and collects everything per thread.

use std::io::{Cursor, Read, Seek, SeekFrom};
use std::ops::Range;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::Serialize;

use crate::analyze;
use crate::finding::{Facts, Finding, Location, Secret, fingerprint, redact};
use crate::matcher::{Matcher, Scratch};
use crate::rules::RuleSet;
use crate::sources::archive::{self, ArchiveLimits, Budget, Expanded, Expander};
use crate::sources::encoded;
use crate::sources::fs::{FileVisitor, Marks, WalkOptions};
use crate::sources::git::{self, Margin};
use crate::sources::{Warning, WarningKind};
use crate::suppress::{MarkedLines, Suppressor};

/// Everything a scan needs that stays fixed while it runs.
pub struct Engine {
    pub rules: RuleSet,
    pub matcher: Matcher,
    pub suppressor: Suppressor,
    /// "Now", fixed once so that expiry judgements are consistent within a run.
    pub now: Timestamp,
    /// Whether and how deep archives are opened, and their safety limits.
    pub archives: ArchiveLimits,
    /// Hygiene thresholds (token age, expiry horizon) from the config's `[policy]`.
    pub policy: crate::analyze::context::Policy,
    /// Report keys that are public by design (`public` rules): `--include-public`.
    pub include_public: bool,
}

impl Engine {
    /// An engine for `rules` and `suppressor`, with "now" fixed at this call, default
    /// archive limits and the default hygiene policy; override fields with struct update
    /// syntax (`Engine { policy, ..Engine::new(rules, suppressor) }`).
    pub fn new(rules: RuleSet, suppressor: Suppressor) -> Engine {
        let matcher = Matcher::new(&rules);
        Engine::with_matcher(rules, matcher, suppressor)
    }

    /// Without the least-privilege triggers (`--no-leastpriv`): the token scan alone.
    pub fn tokens_only(rules: RuleSet, suppressor: Suppressor) -> Engine {
        let matcher = Matcher::tokens_only(&rules);
        Engine::with_matcher(rules, matcher, suppressor)
    }

    /// The same for a few kB of input (`--staged`, which runs no inference): automata that
    /// build fast, without the triggers.
    pub fn for_small_input(rules: RuleSet, suppressor: Suppressor) -> Engine {
        let matcher = Matcher::for_small_input(&rules);
        Engine::with_matcher(rules, matcher, suppressor)
    }

    fn with_matcher(rules: RuleSet, matcher: Matcher, suppressor: Suppressor) -> Engine {
        Engine {
            rules,
            matcher,
            suppressor,
            now: Timestamp::now(),
            archives: ArchiveLimits::default(),
            policy: Default::default(),
            include_public: false,
        }
    }
}

#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    pub files_skipped: u64,
    /// Untracked paths skipped by .gitignore/.ignore rules (a directory counts once).
    /// Left out of JSON when none, so that reports of trees without ignored files stay as
    /// they were.
    #[serde(skip_serializing_if = "is_zero")]
    pub files_ignored: u64,
    pub findings_suppressed: u64,
    #[serde(serialize_with = "ser_secs")]
    pub elapsed: Duration,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

fn ser_secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((d.as_secs_f64() * 1000.0).round() / 1000.0)
}

impl Stats {
    fn merge(&mut self, other: &Stats) {
        self.files_scanned += other.files_scanned;
        self.bytes_scanned += other.bytes_scanned;
        self.files_skipped += other.files_skipped;
        self.files_ignored += other.files_ignored;
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
        forget_names_that_are_secrets(&mut self.findings);
        sort_by_place(&mut self.findings);
        self.findings.dedup_by(|a, b| {
            a.location == b.location && a.rule_id == b.rule_id && a.fingerprint == b.fingerprint
        });
        self.warnings
            .sort_by(|a, b| (&a.path, a.message.as_str()).cmp(&(&b.path, b.message.as_str())));
        self.stats.files_skipped = self.warnings.len() as u64;
        self.stats.elapsed = started.elapsed();
    }
}

/// A label must never print a credential: when the text a token is "assigned to" is
/// itself a secret found in the scan (`user:password` with a key id as the user), the label
/// goes.
fn forget_names_that_are_secrets(findings: &mut [Finding]) {
    if findings.iter().all(|f| f.variable.is_none()) {
        return;
    }
    let secrets: std::collections::HashSet<&[u8]> =
        findings.iter().map(|f| f.secret.expose()).collect();
    let named_by_a_secret: Vec<usize> = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            f.variable
                .as_ref()
                .is_some_and(|v| secrets.contains(v.as_bytes()))
        })
        .map(|(i, _)| i)
        .collect();
    for i in named_by_a_secret {
        findings[i].variable = None;
    }
}

/// Orders findings by place (path, archive member, line, column, rule): the order of every
/// report, whatever the thread schedule.
pub fn sort_by_place(findings: &mut [Finding]) {
    fn key(f: &Finding) -> (&str, &[String], usize, usize, &str) {
        let l = &f.location;
        (&l.path, &l.members, l.line, l.column, &f.rule_id)
    }
    findings.sort_by(|a, b| key(a).cmp(&key(b)));
}

/// Per-thread scanning state; merges itself into the shared output when dropped.
pub struct Worker<'e> {
    engine: &'e Engine,
    sink: &'e Mutex<ScanOutput>,
    scratch: Scratch,
    masked: Vec<u8>,
    local: ScanOutput,
    /// Archive nesting level of the blob being scanned (0 = a plain file).
    depth: usize,
    /// What the current top-level archive has used of its limits.
    budget: Budget,
    /// Lines of the blob being scanned that carry the inline allow marker.
    marked: MarkedLines,
    /// How far around a change a match can reach (history, diff mode).
    margin: Option<&'e Margin>,
    /// The file [`FileVisitor::file`] is scanning (address and length): the one whose
    /// whole-buffer search gives [`FileVisitor::marks`].
    marks_of: Option<(usize, usize)>,
    marks: Option<Marks>,
}

impl<'e> Worker<'e> {
    pub fn new(engine: &'e Engine, sink: &'e Mutex<ScanOutput>) -> Self {
        Worker {
            engine,
            sink,
            scratch: Scratch::default(),
            masked: Vec::new(),
            local: ScanOutput::default(),
            depth: 0,
            budget: Budget::default(),
            marked: MarkedLines::default(),
            margin: None,
            marks_of: None,
            marks: None,
        }
    }

    /// A worker that scans new versions of a file only where they changed, given the
    /// `margin` of the engine's rules (computed once per scan, see [`Margin::of`]).
    pub fn with_margin(mut self, margin: &'e Margin) -> Self {
        self.margin = Some(margin);
        self
    }

    /// Scans `data`, a new version of a file whose previous version `old` was scanned at
    /// the same path: only the windows around what changed (see [`git::windows`]), or the
    /// whole blob when it is small, mostly changed, binary or an archive (whose compressed
    /// bytes say nothing about which members changed).
    pub fn scan_changed(&mut self, origin: &Location, data: &[u8], old: &[u8]) {
        let whole =
            looks_binary(data) || (self.engine.archives.enabled && archive::sniff(data).is_some());
        let (Some(margin), false) = (self.margin, whole) else {
            return self.scan_blob(origin, data);
        };
        let long = margin.long_hits(data);
        let Some(windows) = git::windows(old, data, margin, long.as_deref()) else {
            return self.scan_blob(origin, data);
        };
        // Rules that a keyword anywhere in the file enables everywhere in it. A keyword
        // outside every window sits in bytes the old version had too; when all of a rule's
        // keywords are in windows and the old version had none, the rule is new to the file
        // and can match anywhere in it.
        let enabled = margin.enabled(data);
        let inside = |at: usize| {
            let i = windows.partition_point(|w| w.end <= at);
            windows.get(i).is_some_and(|w| w.start <= at)
        };
        let mut old_enabled = None;
        for (rule, hits) in &enabled {
            if hits.iter().all(|&h| inside(h))
                && !old_enabled
                    .get_or_insert_with(|| margin.enabled(old))
                    .iter()
                    .any(|(r, _)| r == rule)
            {
                return self.scan_blob(origin, data);
            }
        }
        let rules: Vec<usize> = enabled.iter().map(|(r, _)| *r).collect();
        self.scan_windows(origin, data, &windows, &margin.trigger(&rules));
    }

    /// Scans one blob of bytes found at `origin` (positions in `origin` are ignored).
    /// Archives are opened (by magic bytes) and their members scanned in turn; encoded runs
    /// are decoded and scanned again.
    pub fn scan_blob(&mut self, origin: &Location, data: &[u8]) {
        let limits = &self.engine.archives;
        if limits.enabled
            && let Some(kind) = archive::sniff(data)
        {
            if self.depth < limits.max_depth {
                if self.expand(origin, kind, Cursor::new(data), data.len() as u64) == Expanded::Read
                {
                    return;
                }
            } else {
                self.warn(Warning {
                    path: origin.display_path(),
                    kind: WarningKind::Archive,
                    message: format!(
                        "{} archive nested deeper than --max-archive-depth ({}); \
                         scanned as raw bytes",
                        kind.as_str(),
                        limits.max_depth
                    ),
                });
            }
        }
        self.scan_bytes(origin, data);
    }

    /// Like [`Worker::scan_blob`], keeping only the findings `keep` accepts (used for diffs:
    /// only what a change added).
    pub fn scan_blob_filtered(
        &mut self,
        origin: &Location,
        data: &[u8],
        keep: &mut dyn FnMut(&Finding) -> bool,
    ) {
        let mark = self.local.findings.len();
        self.scan_blob(origin, data);
        let mut i = mark;
        while i < self.local.findings.len() {
            if keep(&self.local.findings[i]) {
                i += 1;
            } else {
                self.local.findings.remove(i);
            }
        }
    }

    /// Streams a file too large to hold in memory if it is an archive. Returns false (and
    /// reads nothing more) if it is not one.
    pub fn scan_large_file(&mut self, origin: &Location, file: &std::path::Path) -> bool {
        let limits = &self.engine.archives;
        if !limits.enabled || limits.max_depth == 0 {
            return false;
        }
        let Ok(mut f) = std::fs::File::open(file) else {
            return false;
        };
        let mut head = Vec::with_capacity(archive::SNIFF_LEN);
        if (&mut f)
            .take(archive::SNIFF_LEN as u64)
            .read_to_end(&mut head)
            .is_err()
        {
            return false;
        }
        let Some(kind) = archive::sniff(&head) else {
            return false;
        };
        let len = f.metadata().map(|m| m.len()).unwrap_or(0);
        if f.seek(SeekFrom::Start(0)).is_err() {
            return false;
        }
        let reader = std::io::BufReader::with_capacity(256 << 10, f);
        if self.expand(origin, kind, reader, len) == Expanded::Unreadable {
            self.warn(Warning {
                path: origin.display_path(),
                kind: WarningKind::TooLarge,
                message: "unreadable archive over --max-file-size; skipped".into(),
            });
        }
        true
    }

    fn expand<R: Read + Seek>(
        &mut self,
        origin: &Location,
        kind: archive::Kind,
        reader: R,
        len: u64,
    ) -> Expanded {
        if self.depth == 0 {
            self.budget = Budget::default();
        }
        self.depth += 1;
        let name = origin.display_path();
        let mut nested = Nested {
            worker: self,
            origin,
        };
        let res = archive::expand(&mut nested, kind, reader, len, &name);
        self.depth -= 1;
        res
    }

    /// Matcher and encoded runs over one blob's bytes (no archive handling).
    fn scan_bytes(&mut self, origin: &Location, data: &[u8]) {
        self.scan_windows(origin, data, std::slice::from_ref(&(0..data.len())), &[]);
    }

    /// Matcher and encoded runs over `windows` of a blob (sorted, disjoint), positions
    /// counted in the whole blob. `trigger` is appended to each window (matches in it are
    /// dropped): keywords of rules that the rest of the blob enables.
    fn scan_windows(
        &mut self,
        origin: &Location,
        data: &[u8],
        windows: &[Range<usize>],
        trigger: &[u8],
    ) {
        self.local.stats.files_scanned += 1;
        self.local.stats.bytes_scanned += windows.iter().map(|w| w.len() as u64).sum::<u64>();
        let mut masked = std::mem::take(&mut self.masked);
        let haystack: &[u8] = if looks_binary(data) {
            mask_binary(data, &mut masked);
            &masked
        } else {
            data
        };
        let logical = origin.display_path();
        let engine = self.engine;
        let mut matches = Vec::new();
        let mut buf = Vec::new();
        for w in windows {
            let hay = if trigger.is_empty() {
                &haystack[w.clone()]
            } else {
                buf.clear();
                buf.extend_from_slice(&haystack[w.clone()]);
                buf.extend_from_slice(trigger);
                &buf[..]
            };
            let found = engine
                .matcher
                .find(&engine.rules, &logical, hay, &mut self.scratch);
            let within = found.iter().filter(|m| m.whole.end <= w.len());
            matches.extend(within.map(|m| {
                let mut m = m.clone();
                m.secret = m.secret.start + w.start..m.secret.end + w.start;
                m
            }));
            // Only a search of the file's own bytes, whole, tells what the file holds.
            if self.marks_of == Some((hay.as_ptr() as usize, hay.len())) {
                self.marks = Some(Marks(self.scratch.tags()));
            }
        }
        let first = self.local.findings.len();
        let mut lines = LineCounter::default();
        let outer_marked = std::mem::replace(&mut self.marked, MarkedLines::of(haystack));
        let plain: Vec<(Range<usize>, usize)> =
            matches.iter().map(|m| (m.secret.clone(), m.rule)).collect();
        for m in matches {
            self.emit(
                origin,
                data,
                &haystack[m.secret.clone()],
                m.rule,
                m.secret.clone(),
                &[],
                &mut lines,
            );
        }
        crate::pair::pair_findings(
            &engine.rules,
            &mut self.local.findings,
            first,
            engine.include_public,
        );
        for w in windows {
            if w.len() >= encoded::MIN_RUN {
                let mut encodings = Vec::new();
                let ctx = EncodedCtx {
                    origin,
                    data,
                    original: haystack,
                    plain: &plain,
                    base: w.start,
                };
                self.scan_encoded(&ctx, &haystack[w.clone()], 1, None, &mut encodings);
            }
        }
        self.marked = outer_marked;
        self.masked = masked;
    }

    /// Decodes the encoded runs in `hay` (the original blob, or a decoded run of it at
    /// `outer` in the blob) and scans what they say.
    fn scan_encoded(
        &mut self,
        ctx: &EncodedCtx,
        hay: &[u8],
        depth: usize,
        outer: Option<&Range<usize>>,
        encodings: &mut Vec<&'static str>,
    ) {
        let mut runs = Vec::new();
        encoded::decode_runs(hay, |d| runs.push(d));
        if runs.is_empty() {
            return;
        }
        let logical = ctx.origin.display_path();
        let engine = self.engine;
        let mut lines = LineCounter::default();
        for run in runs {
            let span = outer
                .cloned()
                .unwrap_or_else(|| run.span.start + ctx.base..run.span.end + ctx.base);
            encodings.push(run.encoding.as_str());
            let matches = engine
                .matcher
                .find(&engine.rules, &logical, &run.bytes, &mut self.scratch)
                .to_vec();
            for m in matches {
                let secret = &run.bytes[m.secret.clone()];
                // Already found in plain text: a plain token inside an encoded-looking run,
                // or the same credential read again from its decoded form (a SAS URL whose
                // `sig=` is percent-encoded matches before and after decoding).
                if let Some(at) = memchr::memmem::find(&ctx.original[span.clone()], secret) {
                    let at = span.start + at;
                    if ctx
                        .plain
                        .binary_search_by_key(&at, |(p, _)| p.start)
                        .is_ok()
                    {
                        continue;
                    }
                }
                // `plain` is sorted by start and its spans do not overlap.
                let upto = ctx.plain.partition_point(|(p, _)| p.start < span.end);
                if ctx.plain[..upto]
                    .iter()
                    .rev()
                    .take_while(|(p, _)| p.end > span.start)
                    .any(|(_, rule)| *rule == m.rule)
                {
                    continue;
                }
                self.emit(
                    ctx.origin,
                    ctx.data,
                    secret,
                    m.rule,
                    span.clone(),
                    encodings,
                    &mut lines,
                );
            }
            if depth < encoded::MAX_DEPTH && run.bytes.len() >= encoded::MIN_RUN {
                self.scan_encoded(ctx, &run.bytes, depth + 1, Some(&span), encodings);
            }
            encodings.pop();
        }
    }

    /// Turns one match into a finding. `span` is where it sits in `data`; `haystack` is
    /// `data` as matched (masked if binary), used for the suppression marker.
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &mut self,
        origin: &Location,
        data: &[u8],
        secret: &[u8],
        rule: usize,
        span: Range<usize>,
        encodings: &[&'static str],
        lines: &mut LineCounter,
    ) {
        let engine = self.engine;
        let rule = engine.rules.get(rule);
        if self.marked.contains(span.start) {
            self.local.stats.findings_suppressed += 1;
            return;
        }
        let (line, column) = lines.position(data, span.start);
        let (end_line, end_column) = lines.position(data, span.end);
        let mut location = origin.clone();
        location.line = line;
        location.column = column;
        location.end_line = end_line;
        location.end_column = end_column;
        location.byte_start = span.start;
        location.byte_end = span.end;
        location.encodings = encodings.iter().map(|e| e.to_string()).collect();
        let mut finding = Finding {
            rule_id: rule.spec.id.clone(),
            rule_name: rule.spec.name.clone(),
            provider: rule.spec.provider.clone(),
            kind: rule.spec.kind.clone(),
            severity: rule.spec.severity,
            confidence: rule.spec.confidence,
            location,
            secret: Secret::new(secret),
            redacted: if rule.spec.identifier {
                crate::finding::show_identifier(secret)
            } else {
                redact(secret, rule.public_prefix())
            },
            fingerprint: fingerprint(&rule.spec.id, secret),
            companions: Vec::new(),
            variable: crate::analyze::context::assigned_name(data, span.start),
            facts: Facts::default(),
            notes: Vec::new(),
            verification: None,
            fix: None,
        };
        analyze::analyze_with_policy(&mut finding, rule, engine.now, &engine.policy);
        if engine.suppressor.suppressed(&finding) {
            self.local.stats.findings_suppressed += 1;
            return;
        }
        self.local.findings.push(finding);
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

/// The blob whose encoded runs are being decoded.
struct EncodedCtx<'a> {
    origin: &'a Location,
    /// The blob's bytes (for line numbers).
    data: &'a [u8],
    /// The bytes as matched (masked if binary).
    original: &'a [u8],
    /// Secrets found in plain text (span, rule), so decoding does not report them twice.
    plain: &'a [(Range<usize>, usize)],
    /// Where the scanned window starts in the blob (top-level runs are found in it).
    base: usize,
}

/// A worker expanding one archive found at `origin`.
struct Nested<'a, 'e> {
    worker: &'a mut Worker<'e>,
    origin: &'a Location,
}

impl Nested<'_, '_> {
    fn child(&self, names: &[&str]) -> Location {
        let mut loc = self.origin.clone();
        loc.members.extend(names.iter().map(|n| n.to_string()));
        loc
    }
}

impl Expander for Nested<'_, '_> {
    fn limits(&self) -> &ArchiveLimits {
        &self.worker.engine.archives
    }

    fn budget(&mut self) -> &mut Budget {
        &mut self.worker.budget
    }

    fn member(&mut self, names: &[&str], data: &[u8]) {
        let loc = self.child(names);
        if !self
            .worker
            .engine
            .suppressor
            .path_allowed(&loc.display_path())
        {
            self.worker.scan_blob(&loc, data);
        }
    }

    fn warn(&mut self, names: &[&str], message: String) {
        let path = self.child(names).display_path();
        self.worker.warn(Warning {
            path,
            kind: WarningKind::Archive,
            message,
        });
    }

    fn mark(&self) -> usize {
        self.worker.local.findings.len()
    }

    fn note(&mut self, range: Range<usize>, note: &str) {
        for f in &mut self.worker.local.findings[range] {
            if !f.notes.iter().any(|n| n == note) {
                f.notes.push(note.to_string());
            }
        }
    }
}

impl FileVisitor for Worker<'_> {
    fn large_file(&mut self, path: &str, fs_path: &std::path::Path) -> bool {
        let origin = Location {
            path: path.to_string(),
            ..Location::default()
        };
        self.scan_large_file(&origin, fs_path)
    }

    fn file(&mut self, path: &str, data: &[u8]) {
        let origin = Location {
            path: path.to_string(),
            ..Location::default()
        };
        self.marks = None;
        self.marks_of = Some((data.as_ptr() as usize, data.len()));
        self.scan_blob(&origin, data);
        self.marks_of = None;
    }

    fn marks(&self) -> Option<Marks> {
        self.marks
    }

    fn warn(&mut self, warning: Warning) {
        Worker::warn(self, warning);
    }

    fn wants(&self, path: &str) -> bool {
        !self.engine.suppressor.path_allowed(path)
    }

    fn ignored(&mut self, n: u64) {
        self.local.stats.files_ignored += n;
    }
}

/// Scans a file tree.
pub fn scan_tree(engine: &Engine, walk: &WalkOptions) -> Result<ScanOutput, crate::Error> {
    crate::shard::scan_tree(engine, walk, None)
}

impl git::BlobSink for Worker<'_> {
    fn wants(&self, path: &str) -> bool {
        !self.engine.suppressor.path_allowed(path)
    }

    fn blob(&mut self, blob: git::Blob<'_>) {
        let (origin, data) = (blob.origin, blob.data);
        match blob.base {
            git::Base::None => self.scan_blob(origin, data),
            git::Base::Previous(old) => self.scan_changed(origin, data, old),
            git::Base::NewTokens(old) => self.scan_blob_filtered(origin, data, &mut |f| {
                memchr::memmem::find(old, f.secret.expose()).is_none()
            }),
            git::Base::Lines(added) => {
                self.scan_blob_filtered(origin, data, &mut |f| added.contains(&f.location.line))
            }
        }
    }

    fn warn(&mut self, warning: Warning) {
        Worker::warn(self, warning);
    }
}

/// Scans a git repository: history, a commit range, or the staged changes.
pub fn scan_git(engine: &Engine, opts: &git::GitOptions) -> Result<ScanOutput, git::GitError> {
    let started = Instant::now();
    let sink = Mutex::new(ScanOutput::default());
    let margin = Margin::with_kind(&engine.rules, engine.matcher.kind());
    let warnings = git::scan(opts, &|| Worker::new(engine, &sink).with_margin(&margin))?;
    let mut out = sink.into_inner().unwrap_or_else(|e| e.into_inner());
    out.warnings.extend(warnings);
    git::attribute(&opts.repo, &mut out.findings);
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
/// count to be incremental: each byte is looked at once, however many matches share a line
/// (a minified file is one line).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: usize,
    line_start: usize,
    /// Characters from `line_start` to `offset`.
    col: usize,
}

impl LineCounter {
    fn position(&mut self, data: &[u8], offset: usize) -> (usize, usize) {
        if offset < self.offset {
            *self = LineCounter::default();
        }
        let chunk = &data[self.offset..offset];
        self.line += memchr::memchr_iter(b'\n', chunk).count();
        let counted_from = match memchr::memrchr(b'\n', chunk) {
            Some(last) => {
                self.line_start = self.offset + last + 1;
                self.col = 0;
                self.line_start
            }
            None => self.offset,
        };
        // Characters are counted as UTF-8 lead bytes (anything but 10xxxxxx), which is
        // what a lossy decode of valid text would count.
        self.col += data[counted_from..offset]
            .iter()
            .filter(|&&b| (b & 0xc0) != 0x80)
            .count();
        self.offset = offset;
        (self.line + 1, self.col + 1)
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
