//! Decides which findings the user has already accepted: inline `tokenscope:allow` (and
//! `gitleaks:allow`) comments, config allowlists, a baseline file of fingerprints and a
//! `.gitleaksignore`.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use std::sync::Mutex;

use ignore::gitignore::{Gitignore, GitignoreBuilder};
use regex::bytes::Regex;

use crate::config::AllowConfig;
use crate::finding::Finding;

pub const INLINE_MARKER: &[u8] = b"tokenscope:allow";
/// gitleaks' inline marker, honoured so that a team moving over keeps its triage.
pub const GITLEAKS_MARKER: &[u8] = b"gitleaks:allow";

/// Whether the line holding byte `offset` carries an inline allow marker.
pub fn line_has_marker(haystack: &[u8], offset: usize) -> bool {
    let start = memchr::memrchr(b'\n', &haystack[..offset]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &haystack[offset..]).map_or(haystack.len(), |i| offset + i);
    let line = &haystack[start..end];
    [INLINE_MARKER, GITLEAKS_MARKER]
        .iter()
        .any(|m| memchr::memmem::find(line, m).is_some())
}

/// The lines of one blob that carry an inline allow marker, found in one pass per marker so
/// that checking a finding is a binary search, however long the line or many the findings.
#[derive(Debug, Default)]
pub struct MarkedLines(Vec<(usize, usize)>);

impl MarkedLines {
    pub fn of(haystack: &[u8]) -> MarkedLines {
        let mut lines = Vec::new();
        for marker in [INLINE_MARKER, GITLEAKS_MARKER] {
            let finder = memchr::memmem::Finder::new(marker);
            let mut from = 0;
            while let Some(i) = finder.find(&haystack[from..]) {
                let at = from + i;
                let start = memchr::memrchr(b'\n', &haystack[..at]).map_or(0, |j| j + 1);
                let end = memchr::memchr(b'\n', &haystack[at..]).map_or(haystack.len(), |j| at + j);
                lines.push((start, end));
                // The rest of this line is marked already.
                from = end;
            }
        }
        // Both markers on one line give the same span twice; sorted, the search still works.
        lines.sort_unstable();
        lines.dedup();
        MarkedLines(lines)
    }

    pub fn contains(&self, offset: usize) -> bool {
        let i = self.0.partition_point(|&(s, _)| s <= offset);
        i > 0 && offset <= self.0[i - 1].1
    }
}

pub struct Suppressor {
    /// `allow.paths`, gitignore syntax like `--exclude` (`tests/`, `tests`, `/tests/**`).
    paths: Gitignore,
    path_patterns: Vec<String>,
    /// Whole fingerprints (allowlist and baseline).
    fingerprints: BTreeSet<String>,
    /// Allowlisted fingerprint prefixes (8 to 63 hex digits), as `explain` accepts them.
    prefixes: BTreeSet<String>,
    /// Fingerprints that came from the baseline file: the ones an in-place update keeps.
    baseline: BTreeSet<String>,
    regexes: Vec<Regex>,
    /// `.gitleaksignore` entries mapped to places: (path, line). Rule ids differ between the
    /// tools, so a place accepts whatever tokenscope finds there.
    places: HashSet<(String, usize)>,
    /// Where `allow.paths` are anchored, when that is not where finding paths start: see
    /// [`Suppressor::anchor`].
    anchor: Option<Anchor>,
    hits: Mutex<Hits>,
}

/// Finding paths are relative to the scan (`corpus/.env` for `scan testdata/accuracy`), but
/// `allow.paths` are written relative to the directory of the config file that holds them
/// (`testdata/**` in the repository's `.tokenscope.toml`).
struct Anchor {
    /// The config file's directory (absolute): absolute finding paths are made relative to it.
    config_dir: std::path::PathBuf,
    /// What finding paths are relative to, relative to `config_dir` (`testdata/accuracy`);
    /// `None` when the scan base is outside it (an explicit `--config` from elsewhere).
    /// Computed once, since [`Suppressor::path_allowed`] runs for every file.
    scanned: Option<String>,
}

/// What matched, so that unused allowlist entries can be reported and an in-place baseline
/// update can keep the entries still in use.
#[derive(Default)]
struct Hits {
    paths: HashSet<String>,
    fingerprints: BTreeSet<String>,
    regexes: HashSet<usize>,
}

#[derive(Debug, thiserror::Error)]
pub enum SuppressError {
    #[error("invalid allow path pattern `{glob}`: {message}")]
    Glob { glob: String, message: String },
    #[error("invalid allow regex `{regex}`: {message}")]
    Regex { regex: String, message: String },
    #[error(
        "invalid allow fingerprint `{0}`: give a fingerprint from a report, or a prefix of 8 or more hex digits"
    )]
    Fingerprint(String),
    #[error("cannot read baseline {path}: {message}")]
    Baseline { path: String, message: String },
}

fn is_hex(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_hexdigit())
}

impl Suppressor {
    pub fn new(allow: &AllowConfig, baseline: BTreeSet<String>) -> Result<Self, SuppressError> {
        // Paths are matched relative to the scan root, so the builder's root is empty.
        let mut b = GitignoreBuilder::new("");
        for g in &allow.paths {
            b.add_line(None, g).map_err(|e| SuppressError::Glob {
                glob: g.clone(),
                message: e.to_string(),
            })?;
        }
        let paths = b.build().map_err(|e| SuppressError::Glob {
            glob: allow.paths.join(", "),
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
        let mut fingerprints = BTreeSet::new();
        let mut prefixes = BTreeSet::new();
        for fp in &allow.fingerprints {
            let fp = fp.trim().to_ascii_lowercase();
            if fp.len() < 8 || fp.len() > 64 || !is_hex(&fp) {
                return Err(SuppressError::Fingerprint(fp));
            }
            if fp.len() == 64 {
                fingerprints.insert(fp);
            } else {
                prefixes.insert(fp);
            }
        }
        fingerprints.extend(baseline.iter().cloned());
        Ok(Suppressor {
            paths,
            path_patterns: allow.paths.clone(),
            fingerprints,
            prefixes,
            baseline,
            regexes,
            places: HashSet::new(),
            anchor: None,
            hits: Mutex::new(Hits::default()),
        })
    }

    /// Anchors `allow.paths` at `config_dir` (the directory of the config file they come
    /// from) while finding paths are relative to `scan_base` (the scanned directory, or the
    /// working directory for file and multi-root scans). A scan of a subdirectory then
    /// honours the root's entries, and does not warn about entries for directories it did
    /// not scan.
    pub fn anchor(&mut self, scan_base: &std::path::Path, config_dir: &std::path::Path) {
        let abs = |p: &std::path::Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let (scan_base, config_dir) = (abs(scan_base), abs(config_dir));
        let scanned = scan_base
            .strip_prefix(&config_dir)
            .ok()
            .map(|rel| rel.to_string_lossy().replace('\\', "/"));
        self.anchor = (scan_base != config_dir).then_some(Anchor {
            config_dir,
            scanned,
        });
    }

    /// [`Suppressor::anchor`] for a scan of `roots` whose config is `config_file`: finding
    /// paths are relative to a single directory root, and as given (so relative to the
    /// working directory) otherwise.
    pub fn anchor_for_scan(
        &mut self,
        config_file: Option<&std::path::Path>,
        roots: &[std::path::PathBuf],
    ) {
        let Some(dir) = config_file.and_then(std::path::Path::parent) else {
            return;
        };
        let dir = if dir.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            dir
        };
        let base = match roots {
            [one] if one.is_dir() => one.as_path(),
            _ => std::path::Path::new("."),
        };
        self.anchor(base, dir);
    }

    /// Whether entry `pattern` could match inside what was scanned. A scan of `src` cannot
    /// tell a stale `testdata/**` (anchored elsewhere: gitignore anchors a pattern with a
    /// slash before its end) from one for the part it did not scan, so it does not warn.
    fn could_match_here(&self, pattern: &str) -> bool {
        let Some(scanned) = self.anchor.as_ref().and_then(|a| a.scanned.as_deref()) else {
            return true;
        };
        let body = pattern.trim_start_matches('/');
        let anchored = pattern.starts_with('/') || body.trim_end_matches('/').contains('/');
        if !anchored {
            return true;
        }
        let literal: String = body
            .split('/')
            .take_while(|c| !c.contains(['*', '?', '[']))
            .collect::<Vec<_>>()
            .join("/");
        let within = |outer: &str, inner: &str| {
            outer.is_empty() || inner == outer || inner.starts_with(&format!("{outer}/"))
        };
        within(&literal, scanned) || within(scanned, &literal)
    }

    /// `path` as `allow.paths` see it: relative to the config's directory when the file is
    /// under it, else unchanged.
    fn anchored<'p>(&self, path: &'p str) -> std::borrow::Cow<'p, str> {
        let Some(a) = &self.anchor else {
            return path.into();
        };
        if std::path::Path::new(path).is_absolute() {
            return match std::path::Path::new(path).strip_prefix(&a.config_dir) {
                Ok(rel) => rel.to_string_lossy().replace('\\', "/").into(),
                Err(_) => path.into(),
            };
        }
        match a.scanned.as_deref() {
            Some("") | None => path.into(),
            Some(dir) => format!("{dir}/{path}").into(),
        }
    }

    /// Adds the entries of a `.gitleaksignore`: `path:rule:line` or
    /// `commit:path:rule:line` (gitleaks' fingerprint form). Lines that are neither, and
    /// comments, are ignored. Returns how many entries were taken.
    pub fn add_gitleaks_ignore(&mut self, text: &str) -> usize {
        let mut n = 0;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.rsplitn(3, ':');
            let (Some(num), Some(_rule), Some(rest)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Ok(num) = num.parse::<usize>() else {
                continue;
            };
            // `commit:path` when the first field is a full commit id.
            let path = match rest.split_once(':') {
                Some((c, p)) if c.len() == 40 && is_hex(c) => p,
                _ => rest,
            };
            self.places.insert((path.to_string(), num));
            n += 1;
        }
        n
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Hits> {
        self.hits.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn path_allowed(&self, path: &str) -> bool {
        if self.path_patterns.is_empty() {
            return false;
        }
        let path = self.anchored(path);
        match self.paths.matched_path_or_any_parents(path.as_ref(), false) {
            ignore::Match::Ignore(g) => {
                self.lock().paths.insert(g.original().to_string());
                true
            }
            _ => false,
        }
    }

    /// The allowlisted or baselined entry that accepts fingerprint `fp`, if any.
    fn fingerprint_entry(&self, fp: &str) -> Option<String> {
        if self.fingerprints.contains(fp) {
            return Some(fp.to_string());
        }
        if self.prefixes.is_empty() {
            return None;
        }
        (8..fp.len().min(64))
            .filter_map(|n| fp.get(..n))
            .find(|p| self.prefixes.contains(*p))
            .map(str::to_string)
    }

    pub fn suppressed(&self, f: &Finding) -> bool {
        if self.path_allowed(&f.location.path) {
            return true;
        }
        // A finding about a token (least-privilege advice) goes with the token.
        let about = f
            .facts
            .properties
            .get("token_fingerprint")
            .and_then(|v| v.as_str());
        for fp in std::iter::once(f.fingerprint.as_str()).chain(about) {
            if let Some(e) = self.fingerprint_entry(fp) {
                self.lock().fingerprints.insert(e);
                return true;
            }
        }
        if !self.places.is_empty()
            && self
                .places
                .contains(&(f.location.path.clone(), f.location.line))
        {
            return true;
        }
        if let Some(i) = self
            .regexes
            .iter()
            .position(|r| r.is_match(f.secret.expose()))
        {
            self.lock().regexes.insert(i);
            return true;
        }
        false
    }

    /// Baseline fingerprints that accepted something in this run: an in-place update keeps
    /// them (the finding is still there, only hidden).
    pub fn baseline_in_use(&self) -> Vec<String> {
        let hits = self.lock();
        self.baseline
            .iter()
            .filter(|fp| hits.fingerprints.contains(*fp))
            .cloned()
            .collect()
    }

    /// Allowlist entries that matched nothing in this run, in words, one per entry.
    pub fn unused(&self) -> Vec<String> {
        let hits = self.lock();
        let mut out = Vec::new();
        for p in &self.path_patterns {
            if !hits.paths.contains(p) && self.could_match_here(p) {
                out.push(format!("allow.paths entry `{p}` matched no scanned path"));
            }
        }
        for fp in self.fingerprints.iter().chain(&self.prefixes) {
            if !self.baseline.contains(fp) && !hits.fingerprints.contains(fp) {
                out.push(format!(
                    "allow.fingerprints entry `{fp}` matched no finding"
                ));
            }
        }
        for (i, r) in self.regexes.iter().enumerate() {
            if !hits.regexes.contains(&i) {
                out.push(format!(
                    "allow.regexes entry `{}` matched no secret",
                    r.as_str()
                ));
            }
        }
        out
    }
}

const BASELINE_HEADER: &str = "# tokenscope baseline v1: one fingerprint per line, sorted";

/// Every fingerprint a run's findings answer to, with the rule it belongs to: the findings'
/// own, their companions' (the AWS key id paired into its secret, reported alone once the
/// secret is accepted) and the token a least-privilege finding is about.
pub fn fingerprints_of(findings: &[Finding]) -> BTreeSet<(String, String)> {
    let mut set = BTreeSet::new();
    for f in findings {
        set.insert((f.fingerprint.clone(), f.rule_id.clone()));
        for c in &f.companions {
            let fp = crate::finding::fingerprint(&c.rule_id, c.secret.expose());
            set.insert((fp, c.rule_id.clone()));
        }
    }
    set
}

/// A baseline holds fingerprints only: sorted, no positions, no timestamps, so that two
/// branches that accept the same findings write the same file. `entries` are (fingerprint,
/// rule id); a fingerprint listed twice is written once. Returns how many were written.
pub fn write_baseline(
    path: &Path,
    entries: impl IntoIterator<Item = (String, String)>,
) -> std::io::Result<usize> {
    let mut seen = BTreeSet::new();
    let mut lines = BTreeSet::new();
    for (fp, rule) in entries {
        if seen.insert(fp.clone()) {
            lines.insert((fp, rule));
        }
    }
    let mut out = String::from(BASELINE_HEADER);
    out.push('\n');
    for (fp, rule) in &lines {
        out.push_str(fp);
        if !rule.is_empty() {
            out.push(' ');
            out.push_str(rule);
        }
        out.push('\n');
    }
    std::fs::write(path, out)?;
    Ok(lines.len())
}

/// The baseline's entries: fingerprint → the rule id written beside it (may be empty).
pub fn read_baseline_entries(
    path: &Path,
) -> Result<std::collections::BTreeMap<String, String>, SuppressError> {
    let text = std::fs::read_to_string(path).map_err(|e| SuppressError::Baseline {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let mut map = std::collections::BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let fp = words.next().unwrap_or_default();
        if fp.len() != 64 || !is_hex(fp) {
            return Err(SuppressError::Baseline {
                path: path.display().to_string(),
                message: format!("line {}: not a fingerprint", n + 1),
            });
        }
        map.insert(
            fp.to_ascii_lowercase(),
            words.next().unwrap_or_default().to_string(),
        );
    }
    Ok(map)
}

pub fn read_baseline(path: &Path) -> Result<BTreeSet<String>, SuppressError> {
    Ok(read_baseline_entries(path)?.into_keys().collect())
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
        let gl = b"k = X # gitleaks:allow\nk = Y\n";
        let marked = MarkedLines::of(gl);
        assert!(marked.contains(4));
        assert!(!marked.contains(gl.len() - 2));
    }

    fn finding_at(path: &str, line: usize, fp: &str) -> Finding {
        let mut f = crate::report::sample_finding();
        f.location.path = path.into();
        f.location.line = line;
        f.fingerprint = fp.into();
        f
    }

    #[test]
    fn allow_paths_are_gitignore_patterns_and_unused_entries_are_told() {
        for pat in ["tests/", "tests", "/tests/**", "tests/**"] {
            let allow = AllowConfig {
                paths: vec![pat.into(), "nowhere/".into()],
                ..Default::default()
            };
            let s = Suppressor::new(&allow, BTreeSet::new()).unwrap();
            assert!(s.path_allowed("tests/fixtures/a.json"), "{pat}");
            assert!(!s.path_allowed("src/tests.rs"), "{pat}");
            let unused = s.unused();
            assert_eq!(unused.len(), 1, "{pat}: {unused:?}");
            assert!(unused[0].contains("nowhere/"), "{unused:?}");
        }
    }

    #[test]
    fn allow_paths_are_anchored_at_the_config_directory() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("testdata/accuracy")).unwrap();
        std::fs::create_dir_all(root.join("src")).unwrap();
        let allow = AllowConfig {
            paths: vec!["testdata/**".into(), "vendor/".into()],
            ..Default::default()
        };
        // Scanning testdata/accuracy: finding paths start below it.
        let mut s = Suppressor::new(&allow, BTreeSet::new()).unwrap();
        s.anchor(&root.join("testdata/accuracy"), root);
        assert!(s.path_allowed("corpus/.env"));
        assert!(
            s.unused().iter().any(|w| w.contains("vendor/")),
            "unanchored: may be anywhere"
        );
        // Scanning src: `testdata/**` is for a part not scanned, so no warning.
        let mut s = Suppressor::new(&allow, BTreeSet::new()).unwrap();
        s.anchor(&root.join("src"), root);
        assert!(!s.path_allowed("main.rs"));
        let unused = s.unused();
        assert!(!unused.iter().any(|w| w.contains("testdata")), "{unused:?}");
        // Unanchored, a whole-tree scan is unchanged.
        let s = Suppressor::new(&allow, BTreeSet::new()).unwrap();
        assert!(!s.path_allowed("corpus/.env"));
        assert!(s.path_allowed("testdata/accuracy/corpus/.env"));
    }

    #[test]
    fn fingerprint_prefixes_and_gitleaksignore_places_suppress() {
        let fp = "0123456789abcdef".repeat(4);
        let allow = AllowConfig {
            fingerprints: vec!["0123456789AB".into()],
            ..Default::default()
        };
        let mut s = Suppressor::new(&allow, BTreeSet::new()).unwrap();
        assert!(s.suppressed(&finding_at("a", 1, &fp)));
        assert!(!s.suppressed(&finding_at("a", 1, &"f".repeat(64))));
        assert!(s.unused().is_empty());
        let commit = "a".repeat(40);
        let n = s.add_gitleaks_ignore(&format!(
            "# comment\n.env:generic-api-key:3\n{commit}:deploy/up.sh:aws-access-token:7\nnonsense\n"
        ));
        assert_eq!(n, 2);
        assert!(s.suppressed(&finding_at(".env", 3, &"e".repeat(64))));
        assert!(s.suppressed(&finding_at("deploy/up.sh", 7, &"e".repeat(64))));
        assert!(!s.suppressed(&finding_at(".env", 4, &"e".repeat(64))));
        let bad = AllowConfig {
            fingerprints: vec!["abc".into()],
            ..Default::default()
        };
        assert!(Suppressor::new(&bad, BTreeSet::new()).is_err());
    }
}
