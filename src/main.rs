//! The `tokenscope` binary: parse arguments, run the pipeline, map the outcome to an exit
//! code. All the work lives in the library.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use cli::{Cli, Command, ListFormat, RulesCommand, ScanArgs};
use tokenscope::config::Config;
use tokenscope::report::{self, Format, Report};
use tokenscope::rules::RuleSet;
use tokenscope::scan::{Engine, scan_git};
use tokenscope::sources::archive::ArchiveLimits;
use tokenscope::sources::fs::WalkOptions;
use tokenscope::sources::git::{GitMode, GitOptions};
use tokenscope::suppress::{self, Suppressor};

const EXIT_CLEAN: u8 = 0;
const EXIT_FINDINGS: u8 = 1;
const EXIT_ERROR: u8 = 2;
const EXIT_INCOMPLETE: u8 = 3;

fn main() -> ExitCode {
    exit_quietly_on_closed_stdout();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Scan(args) => scan(args),
        Command::Explain(args) => explain(args),
        Command::Audit(args) => tokenscope::audit::run(&args),
        Command::InstallHook(args) => tokenscope::hook::run(&args),
        Command::Revoke(args) => tokenscope::revoke::run(&args),
        Command::MergeSarif(args) => {
            tokenscope::sarif_merge::merge_files(&args.inputs, args.output.as_deref()).map(|_| 0)
        }
        Command::GithubAction(cmd) => tokenscope::gha::run(&cmd),
        Command::Rules { command } => rules(command),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "tokenscope", &mut std::io::stdout());
            Ok(EXIT_CLEAN)
        }
        Command::Man => clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
            .render(&mut std::io::stdout())
            .context("writing the man page")
            .map(|_| EXIT_CLEAN),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`tokenscope scan | head`) is not an error.
            for cause in err.chain() {
                let kind = cause
                    .downcast_ref::<std::io::Error>()
                    .map(std::io::Error::kind)
                    .or_else(|| cause.downcast_ref::<serde_json::Error>()?.io_error_kind());
                if kind == Some(std::io::ErrorKind::BrokenPipe) {
                    return ExitCode::from(EXIT_CLEAN);
                }
            }
            eprintln!("error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// `tokenscope rules list | head` closes stdout early. Errors returned through `anyhow` are
/// mapped above, but `println!` panics instead; treat that panic like the error: a reader
/// that stopped reading is not a failure, so exit 0 without a message.
fn exit_quietly_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(i32::from(EXIT_CLEAN));
        }
        default(info);
    }));
}

fn scan(args: ScanArgs) -> Result<u8> {
    let root = args
        .paths
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    let (config, config_file) = Config::discover_located(args.config.as_deref(), &root)?;
    let verify_opts = (args.verify || args.only_verified)
        .then(|| {
            tokenscope::verify::VerifyOptions::from_cli(
                &config.endpoints,
                &args.endpoints,
                args.verify_concurrency,
                args.verify_timeout,
                args.verify_budget,
            )
            // The scanned roots: finding paths are relative to them.
            .map(|o| o.with_roots(args.paths.clone()))
        })
        .transpose()?;
    let mut rule_dirs = config.scan.rules.clone();
    rule_dirs.extend(args.rules.iter().cloned());
    let rules = RuleSet::load(&rule_dirs).context("loading rules")?;
    let baseline = match &args.baseline {
        Some(p) => suppress::read_baseline(p)?,
        None => Default::default(),
    };
    let mut suppressor = Suppressor::new(&config.allow, baseline)?;
    let roots = if args.paths.is_empty() {
        vec![root.clone()]
    } else {
        args.paths.clone()
    };
    suppressor.anchor_for_scan(config_file.as_deref(), &roots);
    // A team moving from gitleaks keeps its triage: `.gitleaksignore` places are accepted.
    if let Some(p) = tokenscope::config::find_upward(&root, ".gitleaksignore") {
        let text =
            std::fs::read_to_string(&p).with_context(|| format!("reading {}", p.display()))?;
        suppressor.add_gitleaks_ignore(&text);
    }
    let engine = Engine {
        policy: config.policy.clone(),
        include_public: args.include_public,
        archives: ArchiveLimits {
            enabled: !args.no_archives,
            max_depth: args.max_archive_depth,
            max_total_bytes: args.max_archive_bytes,
            max_entries: args.max_archive_entries,
            max_ratio: args.max_archive_ratio,
            max_entry_bytes: config.scan.max_file_size.unwrap_or(args.max_file_size),
        },
        // A pre-commit check reads a few kB: building the automata is most of its time.
        ..if args.staged {
            Engine::for_small_input(rules, suppressor)
        } else if args.no_leastpriv {
            Engine::tokens_only(rules, suppressor)
        } else {
            Engine::new(rules, suppressor)
        }
    };
    let mut excludes = config.scan.exclude.clone();
    excludes.extend(args.exclude.iter().cloned());
    let walk = WalkOptions {
        roots: args.paths.clone(),
        no_ignore: args.no_ignore,
        excludes,
        max_file_size: config.scan.max_file_size.unwrap_or(args.max_file_size),
        threads: args.threads.unwrap_or(0),
    };
    // What the working tree's code and workflows need versus what each token grants. The
    // tree walk feeds it as it scans; git modes do not walk the tree, so it reads it alone.
    let path_allowed = |p: &str| engine.suppressor.path_allowed(p);
    let mode = git_mode(&args)?;
    // In a range or the staged changes, only the files the change touched answer for
    // workflow and least-privilege findings; an empty change has nothing to say.
    let changed = match &mode {
        Some(m) => tokenscope::sources::git::changed_paths(&root, m).map_err(git_error)?,
        None => None,
    };
    let usage =
        (!args.no_leastpriv && !args.staged && changed.as_ref().is_none_or(|c| !c.is_empty()))
            .then(|| tokenscope::leastpriv::Usage::new(&path_allowed));
    let stdin = args.paths.len() == 1 && args.paths[0].as_os_str() == "-";
    let mut out = match mode.clone() {
        _ if stdin => scan_stdin(&engine)?,
        Some(mode) => {
            let out = scan_git(
                &engine,
                &GitOptions {
                    repo: root.clone(),
                    mode,
                    max_blob_size: walk.max_file_size,
                    threads: walk.threads,
                    shard: args.shard,
                    history_mode: args.history_mode,
                },
            )
            .map_err(git_error)?;
            if let Some(u) = &usage {
                u.walk(&walk)?;
            }
            out
        }
        None => tokenscope::shard::scan_tree_with(&engine, &walk, args.shard, &|| {
            usage.as_ref().map(|u| u.visitor())
        })?,
    };
    let usage = usage.filter(|_| !stdin);
    let leastpriv = usage.map(|u| {
        let an = u.finish(walk.roots.first().cloned());
        out.warnings.extend(an.problems.iter().cloned());
        out.stats.findings_suppressed += tokenscope::leastpriv::refresh(
            &an,
            &|f| engine.suppressor.suppressed(f),
            &mut out.findings,
        );
        an
    });

    for w in &out.warnings {
        eprintln!(
            "warning: {}: {} [{}]",
            tokenscope::escape::line(&w.path),
            tokenscope::escape::line(&w.message),
            w.kind.as_str()
        );
    }
    if let Some(changed) = &changed {
        tokenscope::scope::retain_changed(&mut out.findings, changed);
    }
    tokenscope::scope::cap_advice(&mut out.findings);
    if let Some(path) = &args.write_baseline {
        let mut entries = suppress::fingerprints_of(&out.findings);
        // What would surface once these are accepted: advice about the code that reads a
        // token, reported on its own when the token itself is no longer reported.
        if let Some(an) = &leastpriv {
            let alone = tokenscope::leastpriv::findings_of(&an.assess(&[]));
            entries.extend(suppress::fingerprints_of(&alone));
        }
        // Rewriting the baseline read (or another): entries still hiding something stay.
        if let Some(old) = &args.baseline {
            let names = suppress::read_baseline_entries(old)?;
            for fp in engine.suppressor.baseline_in_use() {
                let rule = names.get(&fp).cloned().unwrap_or_default();
                entries.insert((fp, rule));
            }
        }
        let n = suppress::write_baseline(path, entries)
            .with_context(|| format!("writing baseline {}", path.display()))?;
        if !args.quiet {
            eprintln!(
                "wrote {n} fingerprint{} to {}",
                if n == 1 { "" } else { "s" },
                tokenscope::escape::line(&path.display().to_string())
            );
        }
    }
    for w in engine.suppressor.unused() {
        eprintln!("warning: {}", tokenscope::escape::line(&w));
    }

    if let Some(opts) = &verify_opts {
        let stats = tokenscope::verify::verify_findings(
            &mut out.findings,
            opts,
            args.only_verified,
            engine.now,
            &engine.policy,
        )?;
        if !args.quiet {
            eprintln!("{stats}");
        }
        // Even with --quiet: findings dropped by --only-verified never vanish silently.
        if let Some(line) = stats.left_out_line() {
            eprintln!("{line}");
        }
    }

    if let (Some(an), Some(_)) = (&leastpriv, &verify_opts) {
        // Verified grants replace the offline guesses.
        tokenscope::leastpriv::refresh(an, &|f| engine.suppressor.suppressed(f), &mut out.findings);
        // The refreshed advice is rated again: still never above its token.
        tokenscope::scope::cap_advice(&mut out.findings);
    }

    // A shard keeps only the least-privilege findings of the files it owns.
    tokenscope::shard::retain_owned_analysis(&mut out.findings, args.shard);
    // A tree scan of a repository reads today's files only: say how to read the rest.
    let hint = (mode.is_none() && !stdin && gix::discover(&root).is_ok()).then(|| {
        "git history not scanned: tokens removed in earlier commits are still in every clone; run with --history".to_string()
    });
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let color = match args.color {
        cli::ColorChoice::Always => true,
        cli::ColorChoice::Never => false,
        // NO_COLOR wins over CLICOLOR_FORCE (no-color.org), which wins over the TTY test.
        cli::ColorChoice::Auto if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
            false
        }
        cli::ColorChoice::Auto => {
            std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0")
                || to_terminal
        }
    };
    let report = Report {
        findings: &out.findings,
        warnings: &out.warnings,
        stats: &out.stats,
        rules: &engine.rules,
        show_secrets: args.show_secrets,
        color,
        width: report::terminal_width(),
        hint,
        summary: !args.quiet,
    };
    match &args.output {
        Some(path) => {
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(path)
                    .with_context(|| format!("creating {}", path.display()))?,
            );
            report::write(args.format, &report, &mut f)?;
            f.flush()?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            report::write(args.format, &report, &mut lock)?;
            lock.flush()?;
        }
    }
    if !args.quiet && (args.format != Format::Text || args.output.is_some()) {
        eprintln!("{}", report::text::summary(&report));
    }

    // Writing a baseline accepts what this run found: the run that writes it is green.
    let failing =
        args.write_baseline.is_none() && out.findings.iter().any(|f| f.severity >= args.fail_on);
    Ok(if failing {
        EXIT_FINDINGS
    } else if !out.warnings.is_empty() {
        EXIT_INCOMPLETE
    } else {
        EXIT_CLEAN
    })
}

/// Standard input as one file named `-` (`scan -`).
fn scan_stdin(engine: &tokenscope::scan::Engine) -> Result<tokenscope::scan::ScanOutput> {
    use std::io::Read;
    let started = std::time::Instant::now();
    let mut data = Vec::new();
    std::io::stdin()
        .read_to_end(&mut data)
        .context("reading standard input")?;
    let sink = std::sync::Mutex::new(tokenscope::scan::ScanOutput::default());
    {
        let mut worker = tokenscope::scan::Worker::new(engine, &sink);
        let origin = tokenscope::finding::Location {
            path: "-".into(),
            ..Default::default()
        };
        worker.scan_blob(&origin, &data);
    }
    let mut out = sink.into_inner().unwrap_or_else(|e| e.into_inner());
    out.finish(started);
    Ok(out)
}

/// A git error in words: an unknown revision says how to get it.
fn git_error(e: tokenscope::sources::git::GitError) -> anyhow::Error {
    use tokenscope::sources::git::GitError;
    match &e {
        GitError::Revision { rev, .. } => {
            // `origin/main..HEAD` names the missing side; a bare rev is itself.
            let missing = rev.split("..").next().unwrap_or(rev).trim_matches('.');
            let hint = match missing.split_once('/') {
                Some((remote, branch)) if !remote.is_empty() && !branch.is_empty() => {
                    format!("; fetch it with git fetch {remote} {branch}")
                }
                _ => "; check the name, or fetch more history (git fetch --unshallow)".into(),
            };
            anyhow::anyhow!("no revision {}{hint}", tokenscope::escape::line(missing))
        }
        GitError::Open { path, .. } => anyhow::anyhow!(
            "{} is not inside a git repository (git modes need one)",
            tokenscope::escape::line(&path.display().to_string())
        ),
        _ => e.into(),
    }
}

/// The git source asked for, if any (`--history`, `--since`, `--range`, `--staged`).
fn git_mode(args: &ScanArgs) -> Result<Option<GitMode>> {
    Ok(if args.staged {
        Some(GitMode::Staged)
    } else if let Some(range) = &args.range {
        let (base, head) = range
            .split_once("...")
            .or_else(|| range.split_once(".."))
            .with_context(|| format!("--range {range}: expected BASE..HEAD"))?;
        let head = if head.is_empty() { "HEAD" } else { head };
        Some(GitMode::Range {
            base: base.to_string(),
            head: head.to_string(),
        })
    } else if let Some(since) = &args.since {
        Some(GitMode::Range {
            base: since.clone(),
            head: "HEAD".to_string(),
        })
    } else if args.history || args.all_objects {
        Some(GitMode::History {
            all_objects: args.all_objects,
        })
    } else {
        None
    })
}

fn explain(args: cli::ExplainArgs) -> Result<u8> {
    // Job ids, paths and evidence come from the scanned files: escaped here, where the
    // explanation reaches the terminal, like every other report.
    let mut buf: Vec<u8> = Vec::new();
    let found = tokenscope::leastpriv::explain_path(&args.target, &args.path, &mut buf)?;
    let mut lock = std::io::stdout().lock();
    lock.write_all(tokenscope::escape::text(&String::from_utf8_lossy(&buf)).as_bytes())?;
    lock.flush()?;
    if !found {
        eprintln!(
            "nothing in {} answers to `{}`: give a fingerprint from `tokenscope scan`, a token's variable or secret name, or a workflow job",
            args.path.display(),
            args.target
        );
        return Ok(EXIT_ERROR);
    }
    Ok(EXIT_CLEAN)
}

fn rules(command: RulesCommand) -> Result<u8> {
    match command {
        RulesCommand::List { format, rules } => {
            let set = RuleSet::load(&rules)?;
            let mut out = std::io::stdout().lock();
            match format {
                ListFormat::Json => {
                    let list: Vec<_> = set
                        .rules()
                        .iter()
                        .map(|r| {
                            serde_json::json!({
                                "id": r.spec.id,
                                "name": r.spec.name,
                                "provider": r.spec.provider,
                                "kind": r.spec.kind,
                                "severity": r.spec.severity,
                                "confidence": r.spec.confidence,
                                "identifier": r.spec.identifier,
                            })
                        })
                        .collect();
                    serde_json::to_writer_pretty(&mut out, &list)?;
                    writeln!(out)?;
                }
                ListFormat::Text => {
                    for r in set.rules() {
                        writeln!(
                            out,
                            "{:<40} {:<16} {:<24} {}",
                            r.spec.id, r.spec.provider, r.spec.kind, r.spec.severity
                        )?;
                    }
                    writeln!(
                        out,
                        "{} rules, {} providers",
                        set.len(),
                        set.providers().len()
                    )?;
                }
            }
            Ok(EXIT_CLEAN)
        }
        RulesCommand::Check { dir } => {
            let set = match &dir {
                Some(d) => RuleSet::load_dir(d)?,
                None => RuleSet::load_with_examples(&[])?,
            };
            let failures = tokenscope::rules::check::check(&set);
            for f in &failures {
                eprintln!("FAIL {}: {}", f.rule_id, f.problem);
            }
            let examples: usize = set
                .rules()
                .iter()
                .map(|r| r.spec.examples.len() + r.spec.negative_examples.len())
                .sum();
            println!(
                "{} rules, {} examples checked, {} failure{}",
                set.len(),
                examples,
                failures.len(),
                if failures.len() == 1 { "" } else { "s" }
            );
            Ok(if failures.is_empty() {
                EXIT_CLEAN
            } else {
                EXIT_ERROR
            })
        }
    }
}
