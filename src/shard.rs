//! `--shard I/N`: deterministic work splitting for CI matrices.
//!
//! Shard `I` of `N` (1-based) owns a file when a stable hash of its path (FNV-1a 64 over
//! the UTF-8 bytes of the path relative to the scan root) is `I-1` modulo `N`, and a git blob
//! when the first eight bytes of its object id, read big-endian, are. Both are fixed by the
//! data alone (no per-process seeds, no thread order), so N jobs given `1/N` … `N/N` scan
//! every file or blob exactly once, on any machine, and `tokenscope merge-sarif` joins
//! their reports.

use std::fmt;
use std::str::FromStr;
use std::sync::Mutex;
use std::time::Instant;

use crate::finding::Finding;
use crate::scan::{Engine, ScanOutput, Worker};
use crate::sources::Warning;
use crate::sources::fs::{FileVisitor, Nobody, Tee, WalkOptions};

/// One slice of a job split `total` ways; `index` is 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub total: u64,
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || format!("expected I/N with 1 <= I <= N (e.g. 2/4), got {s:?}");
        let (i, n) = s.split_once('/').ok_or_else(err)?;
        let index: u64 = i.trim().parse().map_err(|_| err())?;
        let total: u64 = n.trim().parse().map_err(|_| err())?;
        if total == 0 || index == 0 || index > total {
            return Err(err());
        }
        Ok(Shard { index, total })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.total)
    }
}

/// FNV-1a, 64 bits: tiny, stable across platforms and releases.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Shard {
    fn owns_hash(self, h: u64) -> bool {
        h % self.total == self.index - 1
    }

    /// Whether this shard scans the file at `path` (relative to the scan root, `/`
    /// separators, as findings report it).
    pub fn owns_path(self, path: &str) -> bool {
        self.owns_hash(fnv1a(path.as_bytes()))
    }

    /// Whether this shard scans the git blob with this object id (raw bytes).
    pub fn owns_blob(self, id: &[u8]) -> bool {
        let mut first = [0u8; 8];
        let n = id.len().min(8);
        first[..n].copy_from_slice(&id[..n]);
        self.owns_hash(u64::from_be_bytes(first))
    }
}

/// Keeps, of the least-privilege findings (computed from the whole working tree by every
/// shard), those this shard answers for: workflow findings (`workflow.*`) and advice about
/// a leaked token (`leastpriv.*` with a `token_fingerprint`, placed where the token is) in
/// the files it owns. Advice about code that consumes a token no shard can tie to a leaked
/// one needs every shard's tokens, so sharded runs leave it out. Token findings are left
/// alone: the walk or the git job list already split them.
pub fn retain_owned_analysis(findings: &mut Vec<Finding>, shard: Option<Shard>) {
    let Some(shard) = shard else { return };
    findings.retain(|f| {
        if f.rule_id.starts_with("workflow.") {
            shard.owns_path(&f.location.path)
        } else if f.rule_id.starts_with("leastpriv.") {
            f.facts.properties.contains_key("token_fingerprint")
                && shard.owns_path(&f.location.path)
        } else {
            true
        }
    });
}

/// A walker visitor that passes on only the files (and per-path warnings) of one shard.
struct Sharded<'e> {
    worker: Worker<'e>,
    shard: Shard,
}

impl FileVisitor for Sharded<'_> {
    fn file(&mut self, path: &str, data: &[u8]) {
        FileVisitor::file(&mut self.worker, path, data);
    }

    fn marks(&self) -> Option<crate::sources::fs::Marks> {
        self.worker.marks()
    }

    fn warn(&mut self, warning: Warning) {
        if self.shard.owns_path(&warning.path) {
            FileVisitor::warn(&mut self.worker, warning);
        }
    }

    fn wants(&self, path: &str) -> bool {
        self.shard.owns_path(path) && self.worker.wants(path)
    }

    fn large_file(&mut self, path: &str, fs_path: &std::path::Path) -> bool {
        self.worker.large_file(path, fs_path)
    }

    fn ignored(&mut self, n: u64) {
        FileVisitor::ignored(&mut self.worker, n);
    }
}

/// [`crate::scan::scan_tree`], restricted to one shard's files when `shard` is set.
pub fn scan_tree(
    engine: &Engine,
    walk: &WalkOptions,
    shard: Option<Shard>,
) -> Result<ScanOutput, crate::Error> {
    scan_tree_with(engine, walk, shard, &|| None::<Nobody>)
}

/// [`scan_tree`] that also hands each file to a visitor from `extra` (one per walker
/// thread), so a second analysis of the same tree does not read it again. `extra` sees
/// every file it wants, whatever the shard.
pub fn scan_tree_with<B: FileVisitor>(
    engine: &Engine,
    walk: &WalkOptions,
    shard: Option<Shard>,
    extra: &(dyn Fn() -> Option<B> + Sync),
) -> Result<ScanOutput, crate::Error> {
    let started = Instant::now();
    let sink = Mutex::new(ScanOutput::default());
    match shard {
        None => crate::sources::fs::walk(walk, &|| Tee {
            first: Worker::new(engine, &sink),
            second: extra(),
        })?,
        Some(shard) => crate::sources::fs::walk(walk, &|| Tee {
            first: Sharded {
                worker: Worker::new(engine, &sink),
                shard,
            },
            second: extra(),
        })?,
    }
    let mut out = sink.into_inner().unwrap_or_else(|e| e.into_inner());
    out.finish(started);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, total: 4 }));
        assert_eq!("1/1".parse::<Shard>().unwrap().to_string(), "1/1");
        for bad in ["0/4", "5/4", "1/0", "x/2", "3", "1/-2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_path_and_blob_has_exactly_one_owner() {
        for n in 1..=7u64 {
            let shards: Vec<Shard> = (1..=n).map(|i| Shard { index: i, total: n }).collect();
            for k in 0..200u32 {
                let path = format!("dir{}/file-{k}.txt", k % 5);
                assert_eq!(shards.iter().filter(|s| s.owns_path(&path)).count(), 1);
                let blob = fnv1a(path.as_bytes()).to_le_bytes();
                assert_eq!(shards.iter().filter(|s| s.owns_blob(&blob)).count(), 1);
            }
        }
    }

    #[test]
    fn hash_is_stable() {
        // Pinned: a change here would reshuffle every user's matrix.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
