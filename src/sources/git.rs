//! Git repositories, read with gix (pure Rust): the whole history, a commit range (for
//! pull-request checks), or the staged changes (for a pre-commit hook).
//!
//! **History.** Commits reachable from any ref are put in topological order, oldest first,
//! and each commit's tree is walked skipping every tree already seen. So each unique tree
//! is decoded once, whatever the number of commits, and the first commit met holding a blob
//! is the one that introduced it. Each blob is then scanned exactly once, in parallel, and
//! its findings carry that commit, author, date and path (a blob that also appears under
//! other paths is reported once, at the first). Objects are streamed from the packs one at
//! a time; nothing holds a pack in memory. The tree walk runs on its own thread and feeds
//! the scanning threads through a bounded channel, so the two overlap.
//!
//! **Ranges.** For `BASE..HEAD`, each commit in the range is diffed against its parents
//! (tree against tree, skipping equal subtrees), and the blobs it added or changed are
//! scanned. The choice is blob-level scanning with findings filtered by token: a finding is
//! kept only if its secret does not appear in the parent's version of the same path. That
//! is stable under line moves (a token that merely moved is not "new") and needs no line
//! diff.
//!
//! **Staged.** The index is compared with HEAD's tree; the index's cached tree ids let
//! unchanged directories be skipped without reading them. Only lines added relative to HEAD
//! (multiset line comparison) keep their findings, reported at their line in the staged file.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use gix::ObjectId;
use gix::objs::{CommitRefIter, TreeRefIter};
use rayon::prelude::*;

use crate::finding::{Finding, GitOrigin, Location};
use crate::sources::{Warning, WarningKind};

mod diff;
pub use diff::{Margin, windows};

/// How `--history` scans a blob that is a new version of a path.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum HistoryMode {
    /// Only what changed since the previous version at that path, plus a margin wide
    /// enough for any rule's match and keyword window (see [`windows`]). Same findings as
    /// `Full` (tests/sources.rs proves it on generated histories) but, measured, slower
    /// today: reading the previous version and diffing cost more than the bytes saved.
    Diff,
    /// Every blob whole: the default while it is the faster of the two.
    #[default]
    Full,
}

/// One blob handed to the scan, with where it was first seen and what to compare it with.
pub struct Blob<'a> {
    /// Path, and commit and blob ids when the blob comes from history.
    pub origin: &'a Location,
    pub data: &'a [u8],
    pub base: Base<'a>,
}

/// What a blob is compared with, which decides what of it is scanned or kept.
pub enum Base<'a> {
    /// Nothing: scan it whole.
    None,
    /// History (diff mode): the previous version at the same path. Scan what changed.
    Previous(&'a [u8]),
    /// Ranges: the parent's version. Keep findings whose secret it does not contain.
    NewTokens(&'a [u8]),
    /// Staged changes: keep findings on these 1-based lines only.
    Lines(&'a HashSet<usize>),
}

/// Where the git source puts what it reads. Sources do not scan: the scan owns the sinks
/// (one per thread) and decides what scanning a blob means.
pub trait BlobSink {
    /// Whether blobs at `path` are wanted at all (an allow-listed path is not read).
    fn wants(&self, path: &str) -> bool;
    fn blob(&mut self, blob: Blob<'_>);
    fn warn(&mut self, warning: Warning);
}

/// What part of a repository to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GitMode {
    /// Every blob reachable from any ref; with `all_objects`, every blob in the object
    /// database, unreachable ones included.
    History { all_objects: bool },
    /// What the commits in `base..head` added.
    Range { base: String, head: String },
    /// Lines added in the index relative to HEAD.
    Staged,
}

#[derive(Debug, Clone)]
pub struct GitOptions {
    /// A path inside the repository (work tree or bare repository).
    pub repo: PathBuf,
    pub mode: GitMode,
    /// Blobs larger than this are skipped and reported.
    pub max_blob_size: u64,
    /// Worker threads (0 = one per core).
    pub threads: usize,
    /// Scan only the blobs of this shard (`--shard I/N`).
    pub shard: Option<crate::shard::Shard>,
    /// With [`GitMode::History`]: whole blobs or what each version changed.
    pub history_mode: HistoryMode,
}

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{path} is not a git repository: {message}")]
    Open { path: PathBuf, message: String },
    #[error("cannot resolve revision `{rev}`: {message}")]
    Revision { rev: String, message: String },
    #[error("--staged needs a repository with a work tree")]
    Bare,
    #[error("cannot read the index: {0}")]
    Index(String),
    #[error("cannot start worker threads: {0}")]
    Threads(String),
}

/// At most this many warnings of one kind are listed; the rest are summarised.
const MAX_WARNINGS: usize = 50;

/// Collects warnings, capping repeats so a broken pack does not print 50,000 lines.
#[derive(Default)]
struct Warnings {
    list: Vec<Warning>,
    dropped: usize,
    /// Path given to repository-wide warnings (a commit, a ref, the object database).
    repo: String,
}

impl Warnings {
    fn for_repo(repo: &gix::Repository) -> Warnings {
        let path = repo.workdir().unwrap_or_else(|| repo.path());
        Warnings {
            repo: path.display().to_string(),
            ..Warnings::default()
        }
    }

    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        let mut path = path.into();
        if path.is_empty() {
            path.clone_from(&self.repo);
        }
        if self.list.len() < MAX_WARNINGS {
            self.list.push(Warning {
                path,
                kind: WarningKind::Git,
                message: message.into(),
            });
        } else {
            self.dropped += 1;
        }
    }

    fn finish(mut self) -> Vec<Warning> {
        if self.dropped > 0 {
            self.list.push(Warning {
                path: self.repo.clone(),
                kind: WarningKind::Git,
                message: format!("{} more git read errors not listed", self.dropped),
            });
        }
        self.list
    }
}

/// One blob to scan, with where it was first seen.
struct Job {
    blob: ObjectId,
    /// Introducing commit (None for an unreachable blob).
    commit: Option<ObjectId>,
    path: String,
    /// The previous version at the same path.
    old: Option<ObjectId>,
    /// What `old` is for.
    kind: JobKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JobKind {
    /// Scan the blob whole (`old` is not read).
    Whole,
    /// History, diff mode: scan what changed since `old`.
    Changed,
    /// Ranges: keep findings whose secret `old` does not contain.
    NewTokens,
    /// Staged: keep findings on lines added relative to `old`.
    Lines,
}

fn open(path: &Path) -> Result<gix::Repository, GitError> {
    let mut repo = gix::discover(path).map_err(|e| GitError::Open {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    repo.object_cache_size_if_unset(32 << 20);
    Ok(repo)
}

/// Reads a repository as `opts` says and hands each blob to a sink made by `new_sink` (one
/// per scanning thread). Returns the warnings about the repository itself; per-object
/// problems are warnings, and only an unopenable repository or an unknown revision is an
/// error. Findings stay in the sinks; [`attribute`] fills in their authors.
pub fn scan<S: BlobSink>(
    opts: &GitOptions,
    new_sink: &(dyn Fn() -> S + Sync),
) -> Result<Vec<Warning>, GitError> {
    let repo = open(&opts.repo)?;
    let warn_sink = Mutex::new(Warnings::for_repo(&repo));
    let shared = repo.clone().into_sync();
    let keep = |j: &Job| opts.shard.is_none_or(|s| s.owns_blob(j.blob.as_bytes()));
    let ctx = JobCtx {
        shared: &shared,
        max: opts.max_blob_size,
        warnings: &warn_sink,
    };
    let worker = || ctx.worker(new_sink);
    let mut warnings = Warnings::for_repo(&repo);
    let pool = match opts.threads {
        0 => None,
        n => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| GitError::Threads(e.to_string()))?,
        ),
    };
    let install = |f: &(dyn Fn() + Sync)| match &pool {
        Some(p) => p.install(f),
        None => f(),
    };
    match &opts.mode {
        GitMode::History { all_objects } => {
            let diff = opts.history_mode == HistoryMode::Diff;
            // Tree walking (one thread) feeds blob scanning (the pool) through a bounded
            // channel, so the two overlap and at most 64 batches of jobs wait in memory.
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Job>>(64);
            let rx = Mutex::new(rx);
            std::thread::scope(|scope| {
                let producer = scope.spawn(|| {
                    let mut repo = shared.to_thread_local();
                    tune_caches(&mut repo);
                    let mut w = Warnings::for_repo(&repo);
                    let mut batch = Vec::with_capacity(BATCH);
                    let mut sent = 0usize;
                    history_jobs(&repo, *all_objects, diff, &mut w, &mut |job| {
                        if keep(&job) {
                            batch.push(job);
                            if batch.len() == BATCH {
                                let _ = tx.send(std::mem::take(&mut batch));
                                sent += 1;
                                if sent.is_multiple_of(RELEASE_EVERY) {
                                    release_pack_pages();
                                }
                            }
                        }
                    });
                    let _ = tx.send(batch);
                    drop(tx);
                    w
                });
                install(&|| {
                    let batches = std::iter::from_fn(|| rx.lock().ok()?.recv().ok());
                    batches
                        .par_bridge()
                        .for_each_init(worker, |(repo, sink), batch| {
                            for job in &batch {
                                ctx.run(repo, sink, job);
                            }
                        });
                });
                if let Ok(w) = producer.join() {
                    warnings = w;
                }
            });
        }
        mode => {
            let jobs: Vec<Job> = match mode {
                GitMode::Range { base, head } => range_jobs(&repo, base, head, &mut warnings)?,
                _ => staged_jobs(&repo, &mut warnings)?,
            };
            let jobs: Vec<Job> = jobs.into_iter().filter(|j| keep(j)).collect();
            install(&|| {
                jobs.par_iter()
                    .with_min_len(16)
                    .for_each_init(worker, |(repo, sink), job| ctx.run(repo, sink, job));
            });
        }
    }
    let more = warn_sink.into_inner().unwrap_or_else(|e| e.into_inner());
    for w in more.list {
        warnings.push(w.path, w.message);
    }
    warnings.dropped += more.dropped;
    Ok(warnings.finish())
}

/// Each object is read once, so caching whole objects is wasted copying; what pays is the
/// delta-base cache, as a hash map (the default small LRU is searched linearly).
fn tune_caches(repo: &mut gix::Repository) {
    repo.object_cache_size(0);
    repo.objects.set_pack_cache(|| {
        Box::new(gix::odb::pack::cache::lru::MemoryCappedHashmap::new(
            PACK_CACHE,
        ))
    });
}

/// Per thread. On a 2,800-commit history of crate releases (scripts/bench-history.sh) the
/// CPU time is the same from 1 to 32 MiB, and peak RSS 257 MiB at 2 against 368 at 32:
/// the bases a blob's delta chain needs are mostly read just before it.
const PACK_CACHE: usize = 2 << 20;

/// Every this many batches, the pack pages read so far leave the resident set.
const RELEASE_EVERY: usize = 16;

/// Drops the pages of the mapped pack files from this process's resident set: a history
/// scan reads every object once, so without this the whole pack ends up resident (160 MiB
/// of a 257 MiB peak on the benchmark history, more than the scan's own memory). The pages
/// stay in the page cache; a later read of the same bytes faults them back in unchanged.
#[cfg(target_os = "linux")]
fn release_pack_pages() {
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return;
    };
    for line in maps.lines().filter(|l| l.ends_with(".pack")) {
        let Some((a, b)) = line.split_once(' ').and_then(|(r, _)| r.split_once('-')) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16)) else {
            continue;
        };
        // SAFETY: the range is a whole mapping of a pack file, which gix maps read-only and
        // never writes; MADV_DONTNEED on such a mapping only unmaps its pages, and every
        // later access reads the same file bytes again, so no reference into it changes.
        unsafe {
            libc::madvise(a as *mut libc::c_void, b - a, libc::MADV_DONTNEED);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn release_pack_pages() {}

/// Jobs are handed from the tree walk to the scanners in batches of this many.
const BATCH: usize = 128;

/// What every blob-reading thread shares.
struct JobCtx<'a> {
    shared: &'a gix::ThreadSafeRepository,
    max: u64,
    warnings: &'a Mutex<Warnings>,
}

impl JobCtx<'_> {
    fn worker<S>(&self, new_sink: &dyn Fn() -> S) -> (gix::Repository, S) {
        let mut repo = self.shared.to_thread_local();
        tune_caches(&mut repo);
        (repo, new_sink())
    }

    fn warn(&self, path: &str, msg: String) {
        self.warnings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path, msg);
    }

    fn read(&self, repo: &gix::Repository, id: ObjectId, path: &str) -> Option<Vec<u8>> {
        match repo.find_object(id) {
            Ok(obj) => Some(obj.detach().data),
            Err(e) => {
                self.warn(path, format!("cannot read blob {id}: {e}"));
                None
            }
        }
    }

    fn run<S: BlobSink>(&self, repo: &gix::Repository, sink: &mut S, job: &Job) {
        let max = self.max;
        if !sink.wants(&job.path) {
            return;
        }
        let Some(data) = self.read(repo, job.blob, &job.path) else {
            return;
        };
        if data.len() as u64 > max {
            sink.warn(Warning {
                path: job.path.clone(),
                kind: WarningKind::TooLarge,
                message: format!(
                    "blob {} is {} bytes, over --max-file-size ({max}); skipped",
                    job.blob,
                    data.len()
                ),
            });
            return;
        }
        let origin = Location {
            path: job.path.clone(),
            git: job.commit.map(|c| GitOrigin {
                commit: c.to_string(),
                blob: job.blob.to_string(),
                author: String::new(),
                date: String::new(),
            }),
            ..Location::default()
        };
        let old = match (job.kind, job.old) {
            (JobKind::Whole, _) => None,
            (_, Some(id)) => self.read(repo, id, &job.path),
            (_, None) => None,
        };
        let added;
        let base = match (job.kind, &old) {
            (JobKind::Lines, old) => {
                added = added_lines(old.as_deref().unwrap_or_default(), &data);
                Base::Lines(&added)
            }
            // A previous version over the size limit was not scanned: nothing to lean on.
            (JobKind::Changed, Some(old)) if old.len() as u64 <= max => Base::Previous(old),
            (JobKind::NewTokens, Some(old)) => Base::NewTokens(old),
            _ => Base::None,
        };
        sink.blob(Blob {
            origin: &origin,
            data: &data,
            base,
        });
    }
}

/// Fills in author and date for findings that carry a commit of the repository at `path`.
pub fn attribute(path: &Path, findings: &mut [Finding]) {
    if !findings.iter().any(|f| f.location.git.is_some()) {
        return;
    }
    let Ok(repo) = open(path) else { return };
    let repo = &repo;
    let mut cache: HashMap<String, (String, String)> = HashMap::new();
    for f in findings {
        let Some(g) = f.location.git.as_mut() else {
            continue;
        };
        if g.commit.is_empty() {
            continue;
        }
        let (author, date) = cache
            .entry(g.commit.clone())
            .or_insert_with(|| commit_author(repo, &g.commit).unwrap_or_default())
            .clone();
        g.author = author;
        g.date = date;
    }
}

fn commit_author(repo: &gix::Repository, id: &str) -> Option<(String, String)> {
    let id = ObjectId::from_hex(id.as_bytes()).ok()?;
    let obj = repo.find_object(id).ok()?;
    let author = CommitRefIter::from_bytes(&obj.data, repo.object_hash())
        .author()
        .ok()?;
    let name = format!("{} <{}>", author.name, author.email);
    let date = author
        .time()
        .ok()
        .and_then(|t| jiff::Timestamp::from_second(t.seconds).ok())
        .map(|t| t.to_string())
        .unwrap_or_default();
    Some((name, date))
}

// ---------------------------------------------------------------------------------------
// history

struct CommitNode {
    id: ObjectId,
    tree: Option<ObjectId>,
    parents: Vec<usize>,
}

/// Every commit reachable from `tips`, as a graph. Missing or corrupt commits become
/// warnings (silently for parents beyond a shallow boundary).
fn commit_graph(
    repo: &gix::Repository,
    tips: &[ObjectId],
    shallow: &HashSet<ObjectId>,
    warnings: &mut Warnings,
) -> Vec<CommitNode> {
    let mut index: HashMap<ObjectId, usize> = HashMap::new();
    let mut nodes: Vec<CommitNode> = Vec::new();
    let mut stack: Vec<ObjectId> = tips.to_vec();
    let mut pending_parents: Vec<Vec<ObjectId>> = Vec::new();
    while let Some(id) = stack.pop() {
        if index.contains_key(&id) {
            continue;
        }
        let (tree, parents) = match repo.find_object(id) {
            Ok(obj) if obj.kind == gix::object::Kind::Commit => {
                let mut iter = CommitRefIter::from_bytes(&obj.data, repo.object_hash());
                match iter.tree_id() {
                    Ok(t) => (Some(t), iter.parent_ids().collect::<Vec<_>>()),
                    Err(e) => {
                        warnings.push("", format!("corrupt commit {id}: {e}"));
                        (None, Vec::new())
                    }
                }
            }
            Ok(obj) => {
                warnings.push("", format!("object {id} is a {}, not a commit", obj.kind));
                (None, Vec::new())
            }
            Err(e) => {
                warnings.push("", format!("cannot read commit {id}: {e}"));
                (None, Vec::new())
            }
        };
        let parents = if shallow.contains(&id) {
            Vec::new()
        } else {
            parents
        };
        index.insert(id, nodes.len());
        nodes.push(CommitNode {
            id,
            tree,
            parents: Vec::new(),
        });
        stack.extend(parents.iter().copied());
        pending_parents.push(parents);
    }
    for (i, parents) in pending_parents.into_iter().enumerate() {
        nodes[i].parents = parents
            .iter()
            .filter_map(|p| index.get(p).copied())
            .collect();
    }
    nodes
}

/// Parents before children (iterative post-order over parent edges).
fn topo_order(nodes: &[CommitNode]) -> Vec<usize> {
    let mut order = Vec::with_capacity(nodes.len());
    let mut state = vec![0u8; nodes.len()]; // 0 new, 1 open, 2 done
    // Roots of the walk: every node, so nothing is missed; done nodes are skipped.
    for start in 0..nodes.len() {
        if state[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        while let Some((n, next)) = stack.pop() {
            if let Some(&p) = nodes[n].parents.get(next) {
                stack.push((n, next + 1));
                if state[p] == 0 {
                    state[p] = 1;
                    stack.push((p, 0));
                }
            } else {
                state[n] = 2;
                order.push(n);
            }
        }
    }
    order
}

fn ref_tips(repo: &gix::Repository, warnings: &mut Warnings) -> Vec<ObjectId> {
    let mut tips = Vec::new();
    if let Ok(id) = repo.head_id() {
        tips.push(id.detach());
    }
    match repo.references() {
        Ok(platform) => match platform.all() {
            Ok(iter) => {
                for r in iter {
                    let mut r = match r {
                        Ok(r) => r,
                        Err(e) => {
                            warnings.push("", format!("cannot read a ref: {e}"));
                            continue;
                        }
                    };
                    let name = r.name().as_bstr().to_string();
                    match r.peel_to_kind(gix::object::Kind::Commit) {
                        Ok(obj) => tips.push(obj.id),
                        // Tags of trees or blobs are rare and hold nothing a commit would not.
                        Err(e) => {
                            let msg = e.to_string();
                            if !msg.contains("expected") {
                                warnings.push("", format!("cannot resolve ref {name}: {msg}"));
                            }
                        }
                    }
                }
            }
            Err(e) => warnings.push("", format!("cannot list refs: {e}")),
        },
        Err(e) => warnings.push("", format!("cannot list refs: {e}")),
    }
    tips.sort();
    tips.dedup();
    tips
}

/// Emits every blob reachable from a ref once, at the first commit (parents first) and path
/// holding it, with the version the commit's first parent had at that path as its base
/// (when `diff`). Each commit's tree is compared with its first parent's, and a subtree
/// already walked is skipped: each unique tree is read once as new (and once more as a
/// parent's side), whatever the number of commits or refs.
fn history_jobs(
    repo: &gix::Repository,
    all_objects: bool,
    diff: bool,
    warnings: &mut Warnings,
    emit: &mut dyn FnMut(Job),
) {
    let shallow: HashSet<ObjectId> = match repo.shallow_commits() {
        Ok(Some(commits)) => {
            warnings.push(
                "",
                "shallow clone: history is partial; commits before the shallow boundary were \
                 not scanned (fetch with --unshallow for a full scan)",
            );
            commits.iter().copied().collect()
        }
        _ => HashSet::new(),
    };
    let tips = ref_tips(repo, warnings);
    let nodes = commit_graph(repo, &tips, &shallow, warnings);
    let order = topo_order(&nodes);
    let mut seen_trees: HashSet<ObjectId> = HashSet::new();
    let mut seen_blobs: HashSet<ObjectId> = HashSet::new();
    let hash = repo.object_hash();
    // (new tree, the first parent's tree at the same path, path)
    let mut stack: Vec<(ObjectId, Option<ObjectId>, String)> = Vec::new();
    for &n in order.iter() {
        let node = &nodes[n];
        let Some(root) = node.tree else { continue };
        if !seen_trees.insert(root) {
            continue;
        }
        let parent = if diff {
            node.parents.first().and_then(|&p| nodes[p].tree)
        } else {
            None
        };
        stack.push((root, parent, String::new()));
        while let Some((tree, old_tree, prefix)) = stack.pop() {
            let obj = match repo.find_object(tree) {
                Ok(o) => o,
                Err(e) => {
                    warnings.push(
                        prefix.clone(),
                        format!("cannot read tree {tree} (commit {}): {e}", node.id),
                    );
                    continue;
                }
            };
            // The parent's entries by name; a parent's tree that cannot be read only means
            // no base (the blobs are scanned whole).
            let old_obj = old_tree.and_then(|t| repo.find_object(t).ok());
            let old_entries: HashMap<&[u8], (bool, ObjectId)> = old_obj
                .as_ref()
                .map(|o| {
                    TreeRefIter::from_bytes(&o.data, hash)
                        .filter_map(Result::ok)
                        .filter(|e| e.mode.is_tree() || e.mode.is_blob())
                        .map(|e| (e.filename.as_ref(), (e.mode.is_tree(), e.oid.to_owned())))
                        .collect()
                })
                .unwrap_or_default();
            for entry in TreeRefIter::from_bytes(&obj.data, hash) {
                let entry = match entry {
                    Ok(e) => e,
                    Err(e) => {
                        warnings.push(prefix.clone(), format!("corrupt tree {tree}: {e}"));
                        break;
                    }
                };
                let id = entry.oid.to_owned();
                let before = old_entries.get(AsRef::<[u8]>::as_ref(entry.filename));
                if entry.mode.is_tree() {
                    if seen_trees.insert(id) {
                        let old_sub = before.filter(|b| b.0).map(|b| b.1);
                        stack.push((id, old_sub, join(&prefix, entry.filename)));
                    }
                } else if entry.mode.is_blob() && seen_blobs.insert(id) {
                    let old = before.filter(|b| !b.0).map(|b| b.1);
                    emit(Job {
                        blob: id,
                        commit: Some(node.id),
                        path: join(&prefix, entry.filename),
                        old,
                        kind: if old.is_some() {
                            JobKind::Changed
                        } else {
                            JobKind::Whole
                        },
                    });
                }
            }
        }
    }
    if all_objects {
        unreachable_jobs(repo, &seen_blobs, emit, warnings);
    }
}

fn join(prefix: &str, name: &gix::bstr::BStr) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}/{name}")
    }
}

fn unreachable_jobs(
    repo: &gix::Repository,
    seen: &HashSet<ObjectId>,
    emit: &mut dyn FnMut(Job),
    warnings: &mut Warnings,
) {
    let iter = match repo.objects.iter() {
        Ok(i) => i,
        Err(e) => {
            warnings.push("", format!("cannot list the object database: {e}"));
            return;
        }
    };
    for id in iter {
        let id = match id {
            Ok(id) => id,
            Err(e) => {
                warnings.push("", format!("cannot list an object: {e}"));
                continue;
            }
        };
        if seen.contains(&id) {
            continue;
        }
        match repo.find_header(id) {
            Ok(h) if h.kind() == gix::object::Kind::Blob => emit(Job {
                blob: id,
                commit: None,
                path: format!("(unreachable blob {id})"),
                old: None,
                kind: JobKind::Whole,
            }),
            Ok(_) => {}
            Err(e) => warnings.push("", format!("cannot read object {id}: {e}")),
        }
    }
}

// ---------------------------------------------------------------------------------------
// ranges

fn resolve(repo: &gix::Repository, rev: &str) -> Result<ObjectId, GitError> {
    let err = |e: &dyn std::fmt::Display| GitError::Revision {
        rev: rev.to_string(),
        message: e.to_string(),
    };
    let id = repo.rev_parse_single(rev).map_err(|e| err(&e))?;
    let commit = id
        .object()
        .map_err(|e| err(&e))?
        .peel_to_commit()
        .map_err(|e| err(&e))?;
    Ok(commit.id)
}

/// Tree entries of interest: name → (is tree, id).
fn tree_entries(
    repo: &gix::Repository,
    tree: ObjectId,
    warnings: &mut Warnings,
    at: &str,
) -> Vec<(Vec<u8>, bool, bool, ObjectId)> {
    let obj = match repo.find_object(tree) {
        Ok(o) => o,
        Err(e) => {
            warnings.push(at, format!("cannot read tree {tree}: {e}"));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for entry in TreeRefIter::from_bytes(&obj.data, repo.object_hash()) {
        match entry {
            Ok(e) => out.push((
                e.filename.to_vec(),
                e.mode.is_tree(),
                e.mode.is_blob(),
                e.oid.to_owned(),
            )),
            Err(e) => {
                warnings.push(at, format!("corrupt tree {tree}: {e}"));
                break;
            }
        }
    }
    out
}

/// Blobs in `new` that differ from `old` at the same path: (path, new blob, old blob).
fn diff_trees(
    repo: &gix::Repository,
    old: Option<ObjectId>,
    new: ObjectId,
    prefix: &str,
    out: &mut Vec<(String, ObjectId, Option<ObjectId>)>,
    warnings: &mut Warnings,
) {
    if old == Some(new) {
        return;
    }
    let old_entries: HashMap<Vec<u8>, (bool, bool, ObjectId)> = match old {
        Some(t) => tree_entries(repo, t, warnings, prefix)
            .into_iter()
            .map(|(n, t, b, id)| (n, (t, b, id)))
            .collect(),
        None => HashMap::new(),
    };
    for (name, is_tree, is_blob, id) in tree_entries(repo, new, warnings, prefix) {
        let path = join(prefix, name.as_slice().into());
        let before = old_entries.get(&name);
        if is_tree {
            let old_sub = before.filter(|b| b.0).map(|b| b.2);
            diff_trees(repo, old_sub, id, &path, out, warnings);
        } else if is_blob {
            let old_blob = before.filter(|b| b.1).map(|b| b.2);
            if old_blob != Some(id) {
                out.push((path, id, old_blob));
            }
        }
    }
}

fn range_jobs(
    repo: &gix::Repository,
    base: &str,
    head: &str,
    warnings: &mut Warnings,
) -> Result<Vec<Job>, GitError> {
    let base_id = resolve(repo, base)?;
    let head_id = resolve(repo, head)?;
    if base_id == head_id {
        return Ok(Vec::new());
    }
    let walk = repo
        .rev_walk([head_id])
        .with_hidden([base_id])
        .all()
        .map_err(|e| GitError::Revision {
            rev: format!("{base}..{head}"),
            message: e.to_string(),
        })?;
    let mut jobs = Vec::new();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    let tree_of = |id: ObjectId, warnings: &mut Warnings| -> Option<ObjectId> {
        let obj = repo.find_object(id).ok()?;
        match CommitRefIter::from_bytes(&obj.data, repo.object_hash()).tree_id() {
            Ok(t) => Some(t),
            Err(e) => {
                warnings.push("", format!("corrupt commit {id}: {e}"));
                None
            }
        }
    };
    let mut commits = Vec::new();
    for info in walk {
        match info {
            Ok(info) => commits.push((info.id, info.parent_ids.to_vec())),
            Err(e) => warnings.push("", format!("commit walk stopped early: {e}")),
        }
    }
    // Oldest first, so a blob is attributed to the first commit in the range adding it.
    commits.reverse();
    for (id, parents) in commits {
        let Some(tree) = tree_of(id, warnings) else {
            warnings.push("", format!("cannot read commit {id}"));
            continue;
        };
        let parent_trees: Vec<Option<ObjectId>> =
            parents.iter().map(|p| tree_of(*p, warnings)).collect();
        let mut changes = Vec::new();
        diff_trees(
            repo,
            parent_trees.first().copied().flatten(),
            tree,
            "",
            &mut changes,
            warnings,
        );
        // A merge adds only what is new relative to every parent.
        for other in parent_trees.iter().skip(1) {
            let mut vs_other = Vec::new();
            diff_trees(repo, *other, tree, "", &mut vs_other, warnings);
            let new_vs_other: HashSet<(String, ObjectId)> =
                vs_other.into_iter().map(|(p, b, _)| (p, b)).collect();
            changes.retain(|(p, b, _)| new_vs_other.contains(&(p.clone(), *b)));
        }
        for (path, blob, old) in changes {
            if seen.insert(blob) {
                jobs.push(Job {
                    blob,
                    commit: Some(id),
                    path,
                    old,
                    kind: if old.is_some() {
                        JobKind::NewTokens
                    } else {
                        JobKind::Whole
                    },
                });
            }
        }
    }
    Ok(jobs)
}

/// The paths a range (or the staged changes) added or modified: the files `scan` reads in
/// that mode. `None` for history modes, which are about everything.
pub fn changed_paths(
    repo: &Path,
    mode: &GitMode,
) -> Result<Option<std::collections::BTreeSet<String>>, GitError> {
    let repo = open(repo)?;
    let mut warnings = Warnings::for_repo(&repo);
    let jobs = match mode {
        GitMode::History { .. } => return Ok(None),
        GitMode::Range { base, head } => range_jobs(&repo, base, head, &mut warnings)?,
        GitMode::Staged => staged_jobs(&repo, &mut warnings)?,
    };
    Ok(Some(jobs.into_iter().map(|j| j.path).collect()))
}

// ---------------------------------------------------------------------------------------
// staged

fn staged_jobs(repo: &gix::Repository, warnings: &mut Warnings) -> Result<Vec<Job>, GitError> {
    if repo.workdir().is_none() {
        return Err(GitError::Bare);
    }
    let index = repo
        .index_or_empty()
        .map_err(|e| GitError::Index(e.to_string()))?;
    let head_tree = repo.head_tree_id().ok().map(|id| id.detach());
    let state: &gix::index::State = &index;
    let mut changes = Vec::new();
    staged_dir(
        repo,
        state,
        b"",
        0..state.entries().len(),
        head_tree,
        state.tree(),
        &mut changes,
        warnings,
    );
    Ok(changes
        .into_iter()
        .map(|(path, blob, old)| Job {
            blob,
            commit: None,
            path,
            old,
            kind: JobKind::Lines,
        })
        .collect())
}

/// Compares the index entries in `range` (all under `prefix`) with HEAD's tree `head`,
/// skipping the directory when the index's cached tree id says it is unchanged.
#[allow(clippy::too_many_arguments)]
fn staged_dir(
    repo: &gix::Repository,
    state: &gix::index::State,
    prefix: &[u8],
    range: std::ops::Range<usize>,
    head: Option<ObjectId>,
    cache: Option<&gix::index::extension::Tree>,
    out: &mut Vec<(String, ObjectId, Option<ObjectId>)>,
    warnings: &mut Warnings,
) {
    if let (Some(c), Some(h)) = (cache, head)
        && c.num_entries.is_some()
        && c.id == h
    {
        return;
    }
    let at = String::from_utf8_lossy(prefix).into_owned();
    let head_entries: HashMap<Vec<u8>, (bool, bool, ObjectId)> = match head {
        Some(t) => tree_entries(repo, t, warnings, &at)
            .into_iter()
            .map(|(n, t, b, id)| (n, (t, b, id)))
            .collect(),
        None => HashMap::new(),
    };
    let entries = state.entries();
    let mut i = range.start;
    while i < range.end {
        let path: &[u8] = entries[i].path(state);
        let rel = &path[prefix.len()..];
        if let Some(slash) = memchr::memchr(b'/', rel) {
            let dir = &rel[..slash];
            let mut sub_prefix = prefix.to_vec();
            sub_prefix.extend_from_slice(dir);
            sub_prefix.push(b'/');
            let mut j = i + 1;
            while j < range.end && entries[j].path(state).starts_with(&sub_prefix) {
                j += 1;
            }
            let sub_head = head_entries.get(dir).filter(|e| e.0).map(|e| e.2);
            let sub_cache =
                cache.and_then(|c| c.children.iter().find(|t| t.name.as_slice() == dir));
            staged_dir(
                repo,
                state,
                &sub_prefix,
                i..j,
                sub_head,
                sub_cache,
                out,
                warnings,
            );
            i = j;
            continue;
        }
        let e = &entries[i];
        i += 1;
        if e.stage_raw() != 0 || e.mode.is_submodule() || e.mode.is_sparse() {
            continue;
        }
        let old = head_entries.get(rel).filter(|h| h.1).map(|h| h.2);
        if old != Some(e.id) {
            out.push((String::from_utf8_lossy(path).into_owned(), e.id, old));
        }
    }
}

/// 1-based numbers of the lines of `new` that are not in `old` (each old line matches at
/// most one new line).
fn added_lines(old: &[u8], new: &[u8]) -> HashSet<usize> {
    let mut counts: HashMap<&[u8], usize> = HashMap::new();
    for line in old.split(|&b| b == b'\n') {
        *counts.entry(trim_cr(line)).or_default() += 1;
    }
    let mut added = HashSet::new();
    for (i, line) in new.split(|&b| b == b'\n').enumerate() {
        match counts.get_mut(trim_cr(line)) {
            Some(n) if *n > 0 => *n -= 1,
            _ => {
                added.insert(i + 1);
            }
        }
    }
    added
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn added_lines_ignores_moved_and_kept_lines() {
        let old = b"a\nb\nc\n";
        let new = b"b\na\nNEW\nc\nc\n";
        let added = added_lines(old, new);
        let mut v: Vec<_> = added.into_iter().collect();
        v.sort();
        assert_eq!(v, vec![3, 5]);
    }

    /// Resident kB of the mappings of files whose path ends with `suffix`.
    #[cfg(target_os = "linux")]
    fn resident_kb(suffix: &str) -> usize {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let mut ours = false;
        let mut kb = 0;
        for line in smaps.lines() {
            if line.contains('-') && !line.starts_with(|c: char| c.is_ascii_uppercase()) {
                ours = line.ends_with(suffix);
            } else if ours && let Some(v) = line.strip_prefix("Rss:") {
                kb += v.trim().trim_end_matches(" kB").parse::<usize>().unwrap();
            }
        }
        kb
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn released_pack_pages_leave_the_resident_set_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let git = |args: &[&str]| {
            let ok = std::process::Command::new("git")
                .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
                .args(args)
                .current_dir(dir.path())
                .output()
                .unwrap()
                .status
                .success();
            assert!(ok, "git {args:?}");
        };
        git(&["init", "-q"]);
        // Incompressible content, so the pack spans many pages.
        let mut x: u64 = 7;
        let body: String = (0..400_000)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                char::from(b'a' + (x >> 59) as u8)
            })
            .collect();
        std::fs::write(dir.path().join("f.txt"), &body).unwrap();
        git(&["add", "."]);
        git(&["commit", "-qm", "one"]);
        git(&["repack", "-adq"]);
        let repo = gix::open(dir.path()).unwrap();
        let id = repo.rev_parse_single("HEAD:f.txt").unwrap().detach();
        let read = || repo.find_object(id).unwrap().detach().data;
        let pack = dir.path().join(".git/objects/pack");
        let suffix = std::fs::read_dir(&pack)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .find(|n| n.ends_with(".pack"))
            .unwrap();
        assert_eq!(read(), body.as_bytes());
        assert!(resident_kb(&suffix) > 64, "the read pack is resident");
        release_pack_pages();
        assert_eq!(resident_kb(&suffix), 0);
        assert_eq!(read(), body.as_bytes());
    }

    #[test]
    fn topo_order_puts_parents_first() {
        let n = |parents: Vec<usize>| CommitNode {
            id: ObjectId::null(gix::hash::Kind::Sha1),
            tree: None,
            parents,
        };
        // 0 <- 1 <- 3, 0 <- 2 <- 3 (merge)
        let nodes = vec![n(vec![1, 2]), n(vec![3]), n(vec![3]), n(vec![])];
        let order = topo_order(&nodes);
        let pos = |x: usize| order.iter().position(|&o| o == x).unwrap();
        assert!(pos(3) < pos(1) && pos(3) < pos(2));
        assert!(pos(1) < pos(0) && pos(2) < pos(0));
    }
}
