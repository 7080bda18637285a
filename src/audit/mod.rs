//! `tokenscope audit`: a one-off, whole-estate look at a repository (or every repository of
//! a GitHub organisation or user): its git history, its working tree and the artifacts in
//! it (archives, images, binaries), the least-privilege analysis of its code and workflows,
//! and with `--verify` what each token's provider says. The result is one report, as
//! self-contained HTML (`--html`) and markdown (`--markdown`): a token inventory sorted by
//! risk, counts by provider and severity, and the workflow findings.
//!
//! Every token appears once in the inventory (by fingerprint), with every place it was
//! found. Secrets are never read for the report: only the redacted form is.

pub mod github;
pub mod html;
pub mod markdown;
pub mod model;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::Config;
use crate::finding::{Finding, Severity};
use crate::leastpriv::Assessment;
use crate::rules::RuleSet;
use crate::scan::{Engine, Stats};
use crate::shard::Shard;
use crate::sources::Warning;
use crate::sources::archive::ArchiveLimits;
use crate::sources::fs::WalkOptions;
use crate::sources::git::{GitMode, GitOptions};
use crate::suppress::Suppressor;
use crate::verify::VerifyOptions;

pub use model::AuditReport;

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// The repository (or directory) to audit. Ignored with --github-org/--github-user.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Write the HTML report (self-contained: inline CSS, no scripts, no external assets).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Write the markdown report. Without --html or --markdown, markdown goes to stdout.
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
    /// Audit every repository of this GitHub organisation (cloned to a temporary directory).
    #[arg(long, value_name = "ORG", conflicts_with = "github_user")]
    pub github_org: Option<String>,
    /// Audit every repository this GitHub user owns.
    #[arg(long, value_name = "USER")]
    pub github_user: Option<String>,
    /// Also audit forks (skipped by default: their history is their upstream's).
    #[arg(long)]
    pub include_forks: bool,
    /// Repositories cloned and audited at the same time.
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub jobs: usize,
    /// Ask each token's provider, read-only, whether it is live and what it may do.
    #[arg(long)]
    pub verify: bool,
    /// API base URL for a provider, e.g. github=https://ghe.example.com/api/v3. Also where
    /// --github-org/--github-user list repositories (GITHUB_TOKEN, if set, is sent only there).
    #[arg(long = "endpoint", value_name = "PROVIDER=URL")]
    pub endpoints: Vec<String>,
    /// Cap on each repository's verification phase.
    #[arg(long, value_name = "DURATION", default_value = "2m",
          value_parser = crate::verify::parse_duration)]
    pub verify_budget: Duration,
    /// Config file (default: each repository's own .tokenscope.toml).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Skip the git history (working tree and artifacts only).
    #[arg(long)]
    pub no_history: bool,
    /// Also read what .gitignore excludes (build outputs, local artifacts).
    #[arg(long)]
    pub no_ignore: bool,
    /// Audit only shard I of N: repositories by name with --github-org/--github-user,
    /// otherwise files by path and history blobs by id.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = Severity::Low)]
    pub fail_on: Severity,
    /// Report title.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// No progress bar and no summary line on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// What one audited repository (or directory) yielded.
#[derive(Default)]
pub struct RepoAudit {
    /// `owner/name` for cloned repositories; `None` for a local path.
    pub name: Option<String>,
    /// Token findings, history and working tree together.
    pub findings: Vec<Finding>,
    /// Least-privilege assessments (`workflow.*` and per-token `leastpriv.*`).
    pub assessments: Vec<Assessment>,
    pub warnings: Vec<Warning>,
    pub stats: Stats,
    /// Whether the git history was read.
    pub history: bool,
}

/// Options shared by every repository of one audit.
pub struct AuditOptions {
    pub config: Option<PathBuf>,
    pub no_history: bool,
    pub no_ignore: bool,
    pub shard: Option<Shard>,
    pub verify: Option<VerifyOptions>,
}

/// A repository at the top of `dir` (work tree with `.git`, or bare).
fn is_repo_root(dir: &Path) -> bool {
    dir.join(".git").exists() || (dir.join("HEAD").is_file() && dir.join("objects").is_dir())
}

fn is_bare(dir: &Path) -> bool {
    !dir.join(".git").exists() && dir.join("HEAD").is_file() && dir.join("objects").is_dir()
}

/// Audits one directory: history (if it is a repository's top), working tree with its
/// artifacts, verification, least-privilege analysis.
pub fn audit_dir(
    dir: &Path,
    name: Option<String>,
    opts: &AuditOptions,
    step: &dyn Fn(&str),
) -> Result<RepoAudit> {
    if !dir.exists() {
        bail!("{} does not exist", dir.display());
    }
    let (config, config_file) = Config::discover_located(opts.config.as_deref(), dir)?;
    let rules = RuleSet::load(&config.scan.rules).context("loading rules")?;
    let mut suppressor = Suppressor::new(&config.allow, Default::default())?;
    suppressor.anchor_for_scan(config_file.as_deref(), &[dir.to_path_buf()]);
    let max_file_size = config.scan.max_file_size.unwrap_or(64 << 20);
    let engine = Engine {
        archives: ArchiveLimits {
            max_entry_bytes: max_file_size,
            ..ArchiveLimits::default()
        },
        policy: config.policy.clone(),
        ..Engine::new(rules, suppressor)
    };
    let walk = WalkOptions {
        roots: vec![dir.to_path_buf()],
        no_ignore: opts.no_ignore,
        excludes: config.scan.exclude.clone(),
        max_file_size,
        threads: 0,
    };
    let mut out = RepoAudit {
        name,
        ..RepoAudit::default()
    };
    if !opts.no_history && is_repo_root(dir) {
        step("history");
        let hist = crate::scan::scan_git(
            &engine,
            &GitOptions {
                repo: dir.to_path_buf(),
                mode: GitMode::History { all_objects: false },
                max_blob_size: max_file_size,
                threads: 0,
                shard: opts.shard,
                history_mode: Default::default(),
            },
        );
        match hist {
            Ok(h) => {
                out.history = true;
                out.findings.extend(h.findings);
                out.warnings.extend(h.warnings);
                add_stats(&mut out.stats, &h.stats);
            }
            // An empty repository (no commit yet) has no history to read.
            Err(e) => out.warnings.push(Warning {
                path: dir.display().to_string(),
                kind: crate::sources::WarningKind::Git,
                message: format!("history not scanned: {e}"),
            }),
        }
    }
    let skip = |p: &str| engine.suppressor.path_allowed(p);
    let usage = (!is_bare(dir)).then(|| crate::leastpriv::Usage::new(&skip));
    if !is_bare(dir) {
        step("working tree and artifacts");
        // The least-privilege inference reads the tree in the same walk.
        let tree = crate::shard::scan_tree_with(&engine, &walk, opts.shard, &|| {
            usage.as_ref().map(|u| u.visitor())
        })?;
        out.findings.extend(tree.findings);
        out.warnings.extend(tree.warnings);
        add_stats(&mut out.stats, &tree.stats);
    }
    if let Some(v) = &opts.verify {
        step("verifying");
        crate::verify::verify_findings(&mut out.findings, v, false, engine.now, &engine.policy)?;
    }
    if let Some(usage) = usage {
        step("least privilege");
        let an = usage.finish(walk.roots.first().cloned());
        out.warnings.extend(an.problems.iter().cloned());
        out.assessments = an
            .assess(&out.findings)
            .into_iter()
            .filter(|a| !engine.suppressor.suppressed(&a.to_finding()))
            .filter(|a| match opts.shard {
                None => true,
                Some(s) => {
                    s.owns_path(&a.file)
                        && (a.rule_id.starts_with("workflow.") || a.token_fingerprint.is_some())
                }
            })
            .collect();
    }
    Ok(out)
}

fn add_stats(into: &mut Stats, from: &Stats) {
    into.files_scanned += from.files_scanned;
    into.bytes_scanned += from.bytes_scanned;
    into.files_skipped += from.files_skipped;
    into.findings_suppressed += from.findings_suppressed;
    into.elapsed += from.elapsed;
}

fn progress_bar(quiet: bool, len: Option<u64>) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let pb = match len {
        Some(n) => {
            let pb = ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr());
            pb.set_style(
                ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {wide_msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
            );
            pb
        }
        None => {
            let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            pb.set_style(
                ProgressStyle::with_template("{spinner} {elapsed} {wide_msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            pb
        }
    };
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}

/// The `audit` command.
pub fn run(args: &AuditArgs) -> Result<u8> {
    let config_endpoints = match &args.config {
        Some(p) => Config::discover(Some(p), Path::new("."))?.endpoints,
        None if args.github_org.is_none() && args.github_user.is_none() => {
            Config::discover(None, &args.path)?.endpoints
        }
        None => Default::default(),
    };
    let verify = args
        .verify
        .then(|| {
            VerifyOptions::from_cli(
                &config_endpoints,
                &args.endpoints,
                8,
                Duration::from_secs(10),
                args.verify_budget,
            )
        })
        .transpose()?;
    let opts = AuditOptions {
        config: args.config.clone(),
        no_history: args.no_history,
        no_ignore: args.no_ignore,
        shard: None,
        verify,
    };
    let mut notes = Vec::new();
    let (repos, targets) = match (&args.github_org, &args.github_user) {
        (None, None) => {
            let pb = progress_bar(args.quiet, None);
            let opts = AuditOptions {
                shard: args.shard,
                ..opts
            };
            let r = audit_dir(&args.path, None, &opts, &|s| {
                pb.set_message(format!("{}: {s}", args.path.display()))
            });
            pb.finish_and_clear();
            if !args.no_history && !is_repo_root(&args.path) {
                notes.push(format!(
                    "{} is not the top of a git repository: its history was not read",
                    args.path.display()
                ));
            }
            let shown = args
                .path
                .canonicalize()
                .unwrap_or_else(|_| args.path.clone());
            (vec![r?], vec![shown.display().to_string()])
        }
        (org, user) => {
            let owner = match (org, user) {
                (Some(o), _) => github::Owner::Org(o.clone()),
                (None, Some(u)) => github::Owner::User(u.clone()),
                (None, None) => unreachable!(),
            };
            let endpoints =
                crate::verify::Endpoints::from_sources(&config_endpoints, &args.endpoints)?;
            let api = crate::verify::base_url(
                crate::verify::Provider::Github,
                endpoints.get(crate::verify::Provider::Github),
            );
            let token = std::env::var("GITHUB_TOKEN").ok().filter(|t| !t.is_empty());
            let mut list = github::list_repos(&api, &owner, token.as_deref())?;
            let total = list.len();
            if !args.include_forks {
                list.retain(|r| !r.fork);
            }
            if let Some(s) = args.shard {
                list.retain(|r| s.owns_path(&r.full_name));
            }
            notes.push(format!(
                "{}: {} repositories listed, {} audited{}{}",
                owner,
                total,
                list.len(),
                if args.include_forks {
                    ""
                } else {
                    " (forks skipped)"
                },
                args.shard
                    .map(|s| format!(", shard {s}"))
                    .unwrap_or_default()
            ));
            let pb = progress_bar(args.quiet, Some(list.len() as u64));
            let results = audit_many(&list, &opts, args.jobs, &api, token.as_deref(), &pb);
            pb.finish_and_clear();
            let mut repos = Vec::new();
            for (r, res) in list.iter().zip(results) {
                match res {
                    Ok(a) => repos.push(a),
                    Err(e) => repos.push(RepoAudit {
                        name: Some(r.full_name.clone()),
                        warnings: vec![Warning {
                            path: r.full_name.clone(),
                            kind: crate::sources::WarningKind::Unreadable,
                            message: format!("not audited: {e:#}"),
                        }],
                        ..RepoAudit::default()
                    }),
                }
            }
            (repos, vec![owner.to_string()])
        }
    };
    if args.shard.is_some() && args.github_org.is_none() && args.github_user.is_none() {
        notes.push(format!(
            "shard {}: only this shard's files and blobs",
            args.shard.map(|s| s.to_string()).unwrap_or_default()
        ));
    }
    let title = args
        .title
        .clone()
        .unwrap_or_else(|| format!("tokenscope audit: {}", targets.join(", ")));
    let report = model::build(&title, &targets, &repos, args.verify, notes);
    if let Some(p) = &args.html {
        std::fs::write(p, html::render(&report))
            .with_context(|| format!("writing {}", p.display()))?;
    }
    if let Some(p) = &args.markdown {
        std::fs::write(p, markdown::render(&report))
            .with_context(|| format!("writing {}", p.display()))?;
    }
    if args.html.is_none() && args.markdown.is_none() {
        use std::io::Write;
        std::io::stdout()
            .lock()
            .write_all(markdown::render(&report).as_bytes())?;
    }
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    if !args.quiet {
        eprintln!("{}", report.summary_line());
    }
    let failing = report.tokens.iter().any(|t| t.severity >= args.fail_on)
        || report.workflows.iter().any(|w| w.severity >= args.fail_on);
    Ok(if failing {
        1
    } else if !report.warnings.is_empty() {
        3
    } else {
        0
    })
}

/// Removes a directory when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: usize) -> Result<TempDir> {
        static SEQ: AtomicUsize = AtomicUsize::new(0);
        let n = SEQ.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("tokenscope-audit-{}-{tag}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Clones and audits `repos`, at most `jobs` at a time; results in input order.
fn audit_many(
    repos: &[github::RepoRef],
    opts: &AuditOptions,
    jobs: usize,
    api: &reqwest::Url,
    token: Option<&str>,
    pb: &ProgressBar,
) -> Vec<Result<RepoAudit>> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<RepoAudit>>>> =
        Mutex::new((0..repos.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs.clamp(1, repos.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(repo) = repos.get(i) else { break };
                    pb.set_message(repo.full_name.clone());
                    let res = (|| {
                        let tmp = TempDir::new(i)?;
                        let dir = tmp.0.join("repo");
                        github::clone(repo, &dir, api, token)?;
                        audit_dir(&dir, Some(repo.full_name.clone()), opts, &|_| {})
                    })();
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(res);
                    pb.inc(1);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(anyhow::anyhow!("not audited"))))
        .collect()
}
