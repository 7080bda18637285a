//! Command-line interface (clap derive). Kept apart from `main.rs` so tests and docs can
//! inspect it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use tokenscope::finding::Severity;
use tokenscope::report::Format;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  no finding at or above --fail-on, and every input was scanned
  1  findings at or above --fail-on
  2  usage, config or rule error, or a fatal failure
  3  no finding at or above --fail-on, but some inputs could not be scanned
     (unreadable, too large, not a regular file, corrupt); see the warnings";

#[derive(Debug, Parser)]
#[command(
    name = "tokenscope",
    version,
    about = "Finds leaked and over-privileged API tokens and says what each one can do",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Scan files and directories for tokens.
    #[command(after_help = EXIT_CODES)]
    Scan(ScanArgs),
    /// List or check detection rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the report to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Config file (default: .tokenscope.toml in the first scanned directory, if present).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Add the rule files (*.toml) in DIR to the built-in rules. Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Also scan files that .gitignore/.ignore exclude (build outputs usually are).
    #[arg(long)]
    pub no_ignore: bool,
    /// Never read paths matching GLOB (gitignore syntax). Repeatable.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Skip (and report) files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    pub max_file_size: u64,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Exit 1 only for findings at or above this severity.
    #[arg(long, value_enum, default_value_t = Severity::Low)]
    pub fail_on: Severity,
    /// Print raw secret values. Off by default: output is redacted.
    #[arg(long)]
    pub show_secrets: bool,
    /// Hide findings whose fingerprints are in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Write the current findings' fingerprints to FILE (sorted, stable).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// No summary line or progress on stderr; warnings are still printed.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the rules in effect.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        /// Add the rule files in DIR. Repeatable.
        #[arg(long = "rules", value_name = "DIR")]
        rules: Vec<PathBuf>,
    },
    /// Check that rules compile, their examples match and their negative examples don't.
    /// Checks the built-in rules, or only the rules in DIR if given.
    Check { dir: Option<PathBuf> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}
