//! The file tree: `ignore`'s parallel walker (gitignore-aware, hidden files included, `.git`
//! skipped, symlinks not followed so there are no loops and nothing outside the root).

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

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
    /// A regular file over `max_file_size`: return true if the visitor read it some other
    /// way (archives are streamed from disk), false to have it skipped and reported.
    fn large_file(&mut self, _path: &str, _fs_path: &Path) -> bool {
        false
    }
}

/// Feeds one walk to two visitors, so the tree is read once for both: each gets the files
/// it wants. Read warnings go to the first, the one that reports them (the second only ever
/// wants files the first wants too, within the first's shard).
pub struct Tee<A, B> {
    pub first: A,
    pub second: Option<B>,
}

impl<A: FileVisitor, B: FileVisitor> FileVisitor for Tee<A, B> {
    fn file(&mut self, path: &str, data: &[u8]) {
        if self.first.wants(path) {
            self.first.file(path, data);
        }
        if let Some(b) = &mut self.second
            && b.wants(path)
        {
            b.file(path, data);
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
            builder.overrides(ov);
        }
        let root_is_dir = root.is_dir();
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
                if !visitor.wants(&path) {
                    return WalkState::Continue;
                }
                match read_file(entry.path(), max, &mut buf) {
                    Ok(()) => visitor.file(&path, &buf),
                    Err(w)
                        if w.kind == WarningKind::TooLarge
                            && visitor.large_file(&path, entry.path()) => {}
                    Err(w) => visitor.warn(Warning { path, ..w }),
                }
                WalkState::Continue
            })
        });
    }
    Ok(())
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
