//! The file tree: `ignore`'s parallel walker (gitignore-aware, hidden files included, `.git`
//! skipped, symlinks not followed so there are no loops and nothing outside the root).
//!
//! Inside a git work tree, ignore rules skip only untracked files: a file committed and
//! later listed in `.gitignore` (the classic `.env`) is still in every clone, so it is read
//! like any other. What the ignore rules did skip is counted (a skipped directory counts
//! once, as `git status --ignored` shows it).

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use ignore::overrides::OverrideBuilder;
use ignore::{WalkBuilder, WalkState};

use super::{Warning, WarningKind};

#[derive(Debug, Clone)]
pub struct WalkOptions {
    pub roots: Vec<PathBuf>,
    /// Also read files that .gitignore/.ignore exclude.
    pub no_ignore: bool,
    /// Globs never read (gitignore syntax, relative to each root).
    pub excludes: Vec<String>,
    pub max_file_size: u64,
    pub threads: usize,
}

/// Receives files from one walker thread. One visitor per thread, so no locking per file.
pub trait FileVisitor: Send {
    /// A regular file's bytes, with its path relative to the scan root.
    fn file(&mut self, path: &str, data: &[u8]);
    fn warn(&mut self, warning: Warning);
    /// Path filter applied before reading (allowlisted paths are never read).
    fn wants(&self, path: &str) -> bool;
    /// `n` untracked paths were skipped by ignore rules (called once per walk).
    fn ignored(&mut self, _n: u64) {}
    /// A regular file over `max_file_size`: return true if the visitor read it some other
    /// way (archives are streamed from disk), false to have it skipped and reported.
    fn large_file(&mut self, _path: &str, _fs_path: &Path) -> bool {
        false
    }
    /// What this visitor's pass over the last file found for the visitors after it in a
    /// [`Tee`], if it searched the file whole.
    fn marks(&self) -> Option<Marks> {
        None
    }
    /// A file with the marks an earlier visitor's pass found in it (None: it did not
    /// search this file, and this visitor looks for itself).
    fn marked_file(&mut self, path: &str, data: &[u8], _marks: Option<Marks>) {
        self.file(path, data)
    }
}

/// Bits of the literal groups a pass found in a file: the trigger-list tags the keyword
/// automaton carries (`rules::triggers`), so that a later consumer of the same bytes need
/// not search them again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marks(pub u64);

/// Feeds one walk to two visitors, so the tree is read once for both: each gets the files
/// it wants. Read warnings go to the first, the one that reports them (the second only ever
/// wants files the first wants too, within the first's shard).
pub struct Tee<A, B> {
    pub first: A,
    pub second: Option<B>,
}

impl<A: FileVisitor, B: FileVisitor> FileVisitor for Tee<A, B> {
    fn file(&mut self, path: &str, data: &[u8]) {
        let marks = if self.first.wants(path) {
            self.first.file(path, data);
            self.first.marks()
        } else {
            None
        };
        if let Some(b) = &mut self.second
            && b.wants(path)
        {
            b.marked_file(path, data, marks);
        }
    }

    fn warn(&mut self, warning: Warning) {
        self.first.warn(warning);
    }

    fn wants(&self, path: &str) -> bool {
        self.first.wants(path) || self.second.as_ref().is_some_and(|b| b.wants(path))
    }

    fn large_file(&mut self, path: &str, fs_path: &Path) -> bool {
        self.first.wants(path) && self.first.large_file(path, fs_path)
    }

    fn ignored(&mut self, n: u64) {
        self.first.ignored(n);
    }
}

/// A visitor that wants nothing: the second half of a [`Tee`] with nothing to add.
pub struct Nobody;

impl FileVisitor for Nobody {
    fn file(&mut self, _: &str, _: &[u8]) {}
    fn warn(&mut self, _: Warning) {}
    fn wants(&self, _: &str) -> bool {
        false
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WalkError {
    #[error("scan path {0} does not exist")]
    Missing(PathBuf),
    #[error("invalid --exclude glob `{glob}`: {message}")]
    Exclude { glob: String, message: String },
}

/// Walks every root in parallel, calling a visitor built by `make_visitor` on each thread.
pub fn walk<V: FileVisitor>(
    opts: &WalkOptions,
    make_visitor: &(dyn Fn() -> V + Sync),
) -> Result<(), WalkError> {
    for root in &opts.roots {
        if std::fs::symlink_metadata(root).is_err() {
            return Err(WalkError::Missing(root.clone()));
        }
    }
    let multi = opts.roots.len() > 1;
    for root in &opts.roots {
        let mut builder = WalkBuilder::new(root);
        builder
            .hidden(false)
            .follow_links(false)
            .git_ignore(!opts.no_ignore)
            .git_global(!opts.no_ignore)
            .git_exclude(!opts.no_ignore)
            .ignore(!opts.no_ignore)
            .parents(!opts.no_ignore)
            .require_git(false)
            .threads(opts.threads)
            .filter_entry(|e| {
                !(e.file_name() == ".git" && e.file_type().is_some_and(|t| t.is_dir()))
            });
        let mut overrides = None;
        if !opts.excludes.is_empty() {
            let base = if root.is_dir() {
                root.as_path()
            } else {
                Path::new(".")
            };
            let mut ob = OverrideBuilder::new(base);
            for g in &opts.excludes {
                ob.add(&format!("!{g}")).map_err(|e| WalkError::Exclude {
                    glob: g.clone(),
                    message: e.to_string(),
                })?;
            }
            let ov = ob.build().map_err(|e| WalkError::Exclude {
                glob: opts.excludes.join(", "),
                message: e.to_string(),
            })?;
            builder.overrides(ov.clone());
            overrides = Some(ov);
        }
        let root_is_dir = root.is_dir();
        // Tracked files (walker-form paths) and, per directory walked, how many of its
        // entries the walker yielded: what is left was skipped by ignore rules.
        let tracked = if opts.no_ignore {
            HashSet::new()
        } else {
            tracked_files(root)
        };
        let seen_tracked: Mutex<HashSet<PathBuf>> = Mutex::default();
        let yielded: Mutex<HashMap<PathBuf, u64>> = Mutex::default();
        let counting = !opts.no_ignore && root_is_dir;
        let (tracked_ref, seen_ref, yielded_ref) = (&tracked, &seen_tracked, &yielded);
        builder.build_parallel().run(|| {
            let mut visitor = make_visitor();
            let mut buf: Vec<u8> = Vec::new();
            let root = root.clone();
            let max = opts.max_file_size;
            Box::new(move |entry| {
                let entry = match entry {
                    Ok(e) => e,
                    Err(err) => {
                        visitor.warn(Warning {
                            path: walk_error_path(&err, &root),
                            kind: WarningKind::Walk,
                            message: err.to_string(),
                        });
                        return WalkState::Continue;
                    }
                };
                let Some(ft) = entry.file_type() else {
                    return WalkState::Continue;
                };
                if counting {
                    let mut y = yielded_ref.lock().unwrap_or_else(|e| e.into_inner());
                    if ft.is_dir() {
                        y.entry(entry.path().to_path_buf()).or_insert(0);
                    }
                    if entry.depth() > 0
                        && let Some(parent) = entry.path().parent()
                    {
                        *y.entry(parent.to_path_buf()).or_insert(0) += 1;
                    }
                }
                if !tracked_ref.is_empty() && tracked_ref.contains(entry.path()) {
                    seen_ref
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(entry.path().to_path_buf());
                }
                if ft.is_symlink() {
                    // Never followed; but a loop is worth a word, it is usually a mistake.
                    if std::fs::metadata(entry.path()).is_err_and(|e| is_loop(&e)) {
                        visitor.warn(Warning {
                            path: display_path(entry.path(), &root, root_is_dir, multi),
                            kind: WarningKind::Walk,
                            message: "symlink loop; not followed".into(),
                        });
                    }
                    return WalkState::Continue;
                }
                if ft.is_dir() {
                    return WalkState::Continue;
                }
                let path = display_path(entry.path(), &root, root_is_dir, multi);
                if !ft.is_file() {
                    visitor.warn(Warning {
                        path,
                        kind: WarningKind::NotRegularFile,
                        message: "not a regular file (FIFO, socket or device); skipped".into(),
                    });
                    return WalkState::Continue;
                }
                visit_file(&mut visitor, path, entry.path(), max, &mut buf);
                WalkState::Continue
            })
        });
        // Tracked files the ignore rules hid from the walker: read them all the same.
        let seen = seen_tracked.into_inner().unwrap_or_else(|e| e.into_inner());
        let excluded = |p: &Path, is_dir: bool| {
            overrides
                .as_ref()
                .is_some_and(|ov| ov.matched(p, is_dir).is_ignore())
        };
        let mut left: Vec<&PathBuf> = tracked
            .iter()
            .filter(|p| !seen.contains(*p))
            .filter(|p| {
                // An excluded directory excludes what is under it, tracked or not.
                !excluded(p, false)
                    && !p
                        .ancestors()
                        .skip(1)
                        .take_while(|a| *a != root.as_path())
                        .any(|a| excluded(a, true))
            })
            .collect();
        left.sort();
        let yielded = yielded.into_inner().unwrap_or_else(|e| e.into_inner());
        let ignored = if counting {
            count_ignored(&yielded, &left, &excluded)
        } else {
            0
        };
        if left.is_empty() && ignored == 0 {
            continue;
        }
        let mut visitor = make_visitor();
        let mut buf = Vec::new();
        for p in left {
            // Only what is still a regular file on disk (not deleted, not a symlink).
            if std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file()) {
                let path = display_path(p, root, root_is_dir, multi);
                visit_file(&mut visitor, path, p, opts.max_file_size, &mut buf);
            }
        }
        visitor.ignored(ignored);
    }
    Ok(())
}

/// Reads one file for `visitor` if it wants it; problems become warnings.
fn visit_file<V: FileVisitor>(
    visitor: &mut V,
    path: String,
    fs_path: &Path,
    max: u64,
    buf: &mut Vec<u8>,
) {
    if !visitor.wants(&path) {
        return;
    }
    match read_file(fs_path, max, buf) {
        Ok(()) => visitor.file(&path, buf),
        Err(w) if w.kind == WarningKind::TooLarge && visitor.large_file(&path, fs_path) => {}
        Err(w) => visitor.warn(Warning { path, ..w }),
    }
}

/// The regular files in the git index of the repository holding `root`, that lie under
/// `root`, as the walker names them (`root` joined with the path below it). Empty outside a
/// work tree or when the index cannot be read: then ignore rules apply as they are.
fn tracked_files(root: &Path) -> HashSet<PathBuf> {
    let mut out = HashSet::new();
    let Ok(repo) = gix::discover(root) else {
        return out;
    };
    let (Some(workdir), Ok(index)) = (repo.workdir(), repo.index_or_empty()) else {
        return out;
    };
    let (Ok(wd), Ok(abs_root)) = (workdir.canonicalize(), root.canonicalize()) else {
        return out;
    };
    let state: &gix::index::State = &index;
    for e in state.entries() {
        use gix::index::entry::Mode;
        if !(e.mode == Mode::FILE || e.mode == Mode::FILE_EXECUTABLE) {
            continue;
        }
        let Ok(rel) = std::str::from_utf8(e.path(state)) else {
            continue;
        };
        let full = wd.join(rel);
        if let Ok(sub) = full.strip_prefix(&abs_root) {
            out.insert(if sub.as_os_str().is_empty() {
                root.to_path_buf()
            } else {
                root.join(sub)
            });
        }
    }
    out
}

/// How many entries of the walked directories the walker did not yield, other than `.git`,
/// excluded paths and the tracked files read anyway (and directories holding them that
/// were not walked): what ignore rules skipped.
fn count_ignored(
    yielded: &HashMap<PathBuf, u64>,
    tracked_left: &[&PathBuf],
    excluded: &dyn Fn(&Path, bool) -> bool,
) -> u64 {
    let mut read_anyway: HashSet<&Path> = HashSet::new();
    for p in tracked_left {
        read_anyway.insert(p.as_path());
        for a in p.ancestors().skip(1) {
            if yielded.contains_key(a) || !read_anyway.insert(a) {
                break;
            }
        }
    }
    let mut n = 0;
    for (dir, &got) in yielded {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut candidates = 0u64;
        for child in rd.flatten() {
            if child.file_name() == ".git" {
                continue;
            }
            let p = child.path();
            let is_dir = child.file_type().is_ok_and(|t| t.is_dir());
            if excluded(&p, is_dir) || read_anyway.contains(p.as_path()) {
                continue;
            }
            candidates += 1;
        }
        n += candidates.saturating_sub(got);
    }
    n
}

/// ELOOP: too many levels of symbolic links.
fn is_loop(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    const ELOOP: i32 = 40;
    #[cfg(not(target_os = "linux"))]
    const ELOOP: i32 = 62;
    e.raw_os_error() == Some(ELOOP)
}

fn read_file(path: &Path, max: u64, buf: &mut Vec<u8>) -> Result<(), Warning> {
    let unreadable = |e: std::io::Error| Warning {
        path: String::new(),
        kind: WarningKind::Unreadable,
        message: format!("cannot read: {e}"),
    };
    let f = File::open(path).map_err(unreadable)?;
    let len = f.metadata().map_err(unreadable)?.len();
    if len > max {
        return Err(Warning {
            path: String::new(),
            kind: WarningKind::TooLarge,
            message: format!("{len} bytes is over --max-file-size ({max}); skipped"),
        });
    }
    buf.clear();
    // `take` guards against a file that grows while we read it.
    f.take(max + 1).read_to_end(buf).map_err(unreadable)?;
    if buf.len() as u64 > max {
        return Err(Warning {
            path: String::new(),
            kind: WarningKind::TooLarge,
            message: format!("grew over --max-file-size ({max}) while being read; skipped"),
        });
    }
    // Keep one big file from pinning its buffer for the rest of the walk.
    if buf.capacity() > 16 << 20 && buf.len() < 1 << 20 {
        buf.shrink_to(1 << 20);
    }
    Ok(())
}

/// Path relative to the root for a single directory root; as given otherwise.
fn display_path(path: &Path, root: &Path, root_is_dir: bool, multi: bool) -> String {
    let rel = if root_is_dir && !multi {
        path.strip_prefix(root).unwrap_or(path)
    } else {
        path
    };
    let s = rel.to_string_lossy().replace('\\', "/");
    match s.strip_prefix("./") {
        Some(t) => t.to_string(),
        None if s.is_empty() => path.to_string_lossy().into_owned(),
        None => s,
    }
}

fn walk_error_path(err: &ignore::Error, root: &Path) -> String {
    fn find(err: &ignore::Error) -> Option<&Path> {
        match err {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
                find(err)
            }
            ignore::Error::Loop { child, .. } => Some(child),
            _ => None,
        }
    }
    find(err)
        .map(|p| {
            p.strip_prefix(root)
                .unwrap_or(p)
                .to_string_lossy()
                .into_owned()
        })
        .unwrap_or_else(|| root.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Records what it is given; wants paths containing `want`.
    struct Rec {
        want: &'static str,
        seen: Arc<Mutex<Vec<String>>>,
    }

    impl FileVisitor for Rec {
        fn file(&mut self, path: &str, _data: &[u8]) {
            self.seen.lock().unwrap().push(format!("file {path}"));
        }
        fn warn(&mut self, w: Warning) {
            self.seen.lock().unwrap().push(format!("warn {}", w.path));
        }
        fn wants(&self, path: &str) -> bool {
            path.contains(self.want)
        }
    }

    #[test]
    fn tee_reads_each_file_once_for_both_and_warns_through_the_first() {
        let dir = tempfile::tempdir().unwrap();
        for (p, body) in [("a.rs", "x"), ("b.yml", "y"), ("c.rs", "z")] {
            std::fs::write(dir.path().join(p), body).unwrap();
        }
        std::fs::write(dir.path().join("big.rs"), vec![b'q'; 100]).unwrap();
        let (first, second) = (Arc::default(), Arc::default());
        let opts = WalkOptions {
            roots: vec![dir.path().to_path_buf()],
            no_ignore: true,
            excludes: vec![],
            max_file_size: 50,
            threads: 1,
        };
        walk(&opts, &|| Tee {
            first: Rec {
                want: ".",
                seen: Arc::clone(&first),
            },
            second: Some(Rec {
                want: ".rs",
                seen: Arc::clone(&second),
            }),
        })
        .unwrap();
        let sorted = |v: &Arc<Mutex<Vec<String>>>| {
            let mut v = v.lock().unwrap().clone();
            v.sort();
            v
        };
        assert_eq!(
            sorted(&first),
            ["file a.rs", "file b.yml", "file c.rs", "warn big.rs"]
        );
        assert_eq!(sorted(&second), ["file a.rs", "file c.rs"]);
    }
}
