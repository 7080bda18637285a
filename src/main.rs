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
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Scan(args) => scan(args),
        Command::Explain(args) => explain(args),
        Command::Audit(args) => tokenscope::audit::run(&args),
        Command::InstallHook(args) => tokenscope::hook::run(&args),
        Command::MergeSarif(args) => {
            tokenscope::sarif_merge::merge_files(&args.inputs, args.output.as_deref()).map(|_| 0)
        }
        Command::GithubAction(cmd) => tokenscope::gha::run(&cmd),
        Command::Rules { command } => rules(command),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (`tokenscope scan | head`) is not an error.
            for cause in err.chain() {
                if let Some(io) = cause.downcast_ref::<std::io::Error>()
                    && io.kind() == std::io::ErrorKind::BrokenPipe
                {
                    return ExitCode::from(EXIT_CLEAN);
                }
            }
            eprintln!("error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn scan(args: ScanArgs) -> Result<u8> {
    let root = args
        .paths
        .first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    let config = Config::discover(args.config.as_deref(), &root)?;
    let verify_opts = (args.verify || args.only_verified)
        .then(|| {
            tokenscope::verify::VerifyOptions::from_cli(
                &config.endpoints,
                &args.endpoints,
                args.verify_concurrency,
                args.verify_timeout,
                args.verify_budget,
            )
        })
        .transpose()?;
    let mut rule_dirs = config.scan.rules.clone();
    rule_dirs.extend(args.rules.iter().cloned());
    let rules = RuleSet::load(&rule_dirs).context("loading rules")?;
    let baseline = match &args.baseline {
        Some(p) => suppress::read_baseline(p)?,
        None => Default::default(),
    };
    let suppressor = Suppressor::new(&config.allow, baseline)?;
    let engine = Engine {
        policy: config.policy.clone(),
        archives: ArchiveLimits {
            enabled: !args.no_archives,
            max_depth: args.max_archive_depth,
            max_total_bytes: args.max_archive_bytes,
            max_entries: args.max_archive_entries,
            max_ratio: args.max_archive_ratio,
            max_entry_bytes: config.scan.max_file_size.unwrap_or(args.max_file_size),
        },
        ..Engine::new(rules, suppressor)
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
    let usage = (!args.no_leastpriv && !args.staged)
        .then(|| tokenscope::leastpriv::Usage::new(&path_allowed));
    let mut out = match git_mode(&args)? {
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
            )?;
            if let Some(u) = &usage {
                u.walk(&walk)?;
            }
            out
        }
        None => tokenscope::shard::scan_tree_with(&engine, &walk, args.shard, &|| {
            usage.as_ref().map(|u| u.visitor())
        })?,
    };
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
    if let Some(path) = &args.write_baseline {
        suppress::write_baseline(path, &out.findings)
            .with_context(|| format!("writing baseline {}", path.display()))?;
    }

    if let Some(opts) = &verify_opts {
        let stats =
            tokenscope::verify::verify_findings(&mut out.findings, opts, args.only_verified)?;
        if !args.quiet {
            eprintln!("{stats}");
        }
    }

    if let (Some(an), Some(_)) = (&leastpriv, &verify_opts) {
        // Verified grants replace the offline guesses.
        tokenscope::leastpriv::refresh(an, &|f| engine.suppressor.suppressed(f), &mut out.findings);
    }

    // A shard keeps only the least-privilege findings of the files it owns.
    tokenscope::shard::retain_owned_analysis(&mut out.findings, args.shard);
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let report = Report {
        findings: &out.findings,
        warnings: &out.warnings,
        stats: &out.stats,
        rules: &engine.rules,
        show_secrets: args.show_secrets,
        color: to_terminal && std::env::var_os("NO_COLOR").is_none(),
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

    let failing = out.findings.iter().any(|f| f.severity >= args.fail_on);
    Ok(if failing {
        EXIT_FINDINGS
    } else if !out.warnings.is_empty() {
        EXIT_INCOMPLETE
    } else {
        EXIT_CLEAN
    })
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
    let stdout = std::io::stdout();
    let mut lock = std::io::BufWriter::new(stdout.lock());
    let found = tokenscope::leastpriv::explain_path(&args.target, &args.path, &mut lock)?;
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
                None => RuleSet::load(&[])?,
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
