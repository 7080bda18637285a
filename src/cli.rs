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
    // The crate's version and the commit it was built from (build.rs).
    version = concat!(env!("CARGO_PKG_VERSION"), " (", env!("TOKENSCOPE_GIT_COMMIT"), ")"),
    about = "Finds leaked and over-privileged API tokens and says what each one can do",
    after_help = EXIT_CODES
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
// Parsed once per run; boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum Command {
    /// Scan files and directories for tokens.
    #[command(after_help = EXIT_CODES)]
    Scan(ScanArgs),
    /// Explain a least-privilege finding: each granted permission, which code or workflow
    /// step needs it (file:line), and the excess.
    Explain(ExplainArgs),
    /// Audit a repository (history, working tree, artifacts) or a GitHub organisation or
    /// user's repositories, and write an HTML and markdown report.
    #[command(after_help = EXIT_CODES)]
    Audit(tokenscope::audit::AuditArgs),
    /// Install a git pre-commit hook that runs `tokenscope scan --staged`.
    InstallHook(tokenscope::hook::InstallHookArgs),
    /// Revoke leaked tokens named by fingerprint from a JSON/SARIF report. The only command
    /// that changes remote state; dry run unless --yes.
    Revoke(tokenscope::revoke::RevokeArgs),
    /// Merge SARIF logs (e.g. the shards of a matrix scan) into one, without duplicates.
    MergeSarif(MergeSarifArgs),
    /// Helpers for the GitHub Action (scripts/action.sh).
    #[command(hide = true, subcommand)]
    GithubAction(tokenscope::gha::GithubAction),
    /// List or check detection rules.
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
    /// Print a shell completion script (e.g. `tokenscope completions bash > tokenscope.bash`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff: `tokenscope man > tokenscope.1`).
    Man,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A finding's fingerprint (or a prefix of 8+ hex digits), a leaked token's fingerprint,
    /// a token's environment variable or secret name (GITHUB_TOKEN), or a workflow job
    /// (`.github/workflows/ci.yml#build`).
    pub target: String,
    /// The repository to analyse.
    #[arg(default_value = ".")]
    pub path: PathBuf,
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
    /// Config file (default: the nearest .tokenscope.toml from the first scanned path up to
    /// the repository root).
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
    /// Skip (and report) files larger than this (bytes, or with K, M, G: 64M, 1G).
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = parse_size)]
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
    /// Colour the text report: auto (a terminal, or CLICOLOR_FORCE set; never with
    /// NO_COLOR), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// No summary (in the text report or on stderr) and no progress; warnings are still
    /// printed.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Skip the least-privilege analysis (what the code and workflows need versus what
    /// each token and GITHUB_TOKEN grants). Implied by --staged: a pre-commit check is
    /// about the change, and that analysis reads the whole working tree.
    #[arg(long)]
    pub no_leastpriv: bool,
    /// Also report keys that are public by design (Stripe and other publishable keys,
    /// client-side SDK keys, Sentry DSNs): they ship in browser and app code and are
    /// left out by default, as they leak nothing.
    #[arg(long)]
    pub include_public: bool,
    /// Scan every blob reachable from any ref of the git repository at PATH (each blob
    /// once, attributed to the commit that introduced it) instead of the file tree.
    #[arg(long, conflicts_with_all = ["since", "range", "staged"])]
    pub history: bool,
    /// With --history: every object in the object database, unreachable ones included.
    #[arg(long, conflicts_with_all = ["since", "range", "staged"])]
    pub all_objects: bool,
    /// With --history: `full` scans every version whole (default); `diff` scans each new
    /// version of a file only where it changed (same findings, about half the bytes, but
    /// slower today).
    #[arg(long, value_enum, default_value_t = tokenscope::sources::git::HistoryMode::Full)]
    pub history_mode: tokenscope::sources::git::HistoryMode,
    /// Scan only what the commits after REV (up to HEAD) added.
    #[arg(long, value_name = "REV", conflicts_with_all = ["range", "staged"])]
    pub since: Option<String>,
    /// Scan only what the commits in BASE..HEAD added (pull-request checks).
    #[arg(long, value_name = "BASE..HEAD", conflicts_with = "staged")]
    pub range: Option<String>,
    /// Scan only the lines added in the git index relative to HEAD (pre-commit hook).
    #[arg(long)]
    pub staged: bool,
    /// Scan only shard I of N (1-based): files by path hash, git blobs by id. N jobs with
    /// 1/N..N/N cover everything exactly once; join them with `merge-sarif`.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<tokenscope::shard::Shard>,
    /// Do not open archives (zip, jar, tar, gzip, bzip2, xz, zstd, image tarballs).
    #[arg(long)]
    pub no_archives: bool,
    /// Deepest archive nesting opened (an archive inside an archive is depth 2).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub max_archive_depth: usize,
    /// Stop reading an archive after this many decompressed bytes (nested ones included;
    /// K, M, G suffixes accepted).
    #[arg(long, value_name = "SIZE", default_value = "4G", value_parser = parse_size)]
    pub max_archive_bytes: u64,
    /// Stop reading an archive after this many entries (nested ones included).
    #[arg(long, value_name = "N", default_value_t = 1_000_000)]
    pub max_archive_entries: u64,
    /// Skip archive members that decompress to more than N times their compressed size
    /// (past 1 MiB): decompression bombs.
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_archive_ratio: u64,
    /// Ask each token's provider, read-only, whether it is live and what it may do
    /// (identity, scopes, permissions, expiry). Off by default: without it nothing leaves
    /// the machine.
    #[arg(long)]
    pub verify: bool,
    /// Keep only findings whose token the provider confirmed valid (implies --verify).
    #[arg(long)]
    pub only_verified: bool,
    /// API base URL for a provider, e.g. github=https://ghe.example.com/api/v3 (GitHub
    /// Enterprise, self-managed GitLab, another Datadog site; Shopify tokens need
    /// shopify=https://SHOP.myshopify.com). Repeatable. Without it tokens go only to the
    /// provider's official host, never to a host found in scanned files.
    #[arg(long = "endpoint", value_name = "PROVIDER=URL")]
    pub endpoints: Vec<String>,
    /// Tokens verified at the same time.
    #[arg(long, value_name = "N", default_value_t = 8)]
    pub verify_concurrency: usize,
    /// Timeout of one verification request (e.g. 10s, 500ms).
    #[arg(long, value_name = "DURATION", default_value = "10s",
          value_parser = tokenscope::verify::parse_duration)]
    pub verify_timeout: std::time::Duration,
    /// Cap on the whole verification phase; tokens not done by then are "unknown".
    #[arg(long, value_name = "DURATION", default_value = "2m",
          value_parser = tokenscope::verify::parse_duration)]
    pub verify_budget: std::time::Duration,
}

#[derive(Debug, Args)]
pub struct MergeSarifArgs {
    /// SARIF files to merge.
    pub inputs: Vec<PathBuf>,
    /// Write the merged log to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// A size in bytes: a number, optionally followed by K, M or G (powers of 1024; `B`,
/// `iB` and lowercase accepted): `65536`, `64M`, `1G`, `512KiB`.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("`{s}` is not a size (like 1048576, 64M or 1G)"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        "t" | "tb" | "tib" => 40,
        _ => return Err(format!("`{s}`: unknown size unit (use K, M or G)")),
    };
    n.checked_mul(1u64 << shift)
        .ok_or_else(|| format!("`{s}` is too large"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_take_suffixes() {
        assert_eq!(super::parse_size("64M"), Ok(64 << 20));
        assert_eq!(super::parse_size("1G"), Ok(1 << 30));
        assert_eq!(super::parse_size("512kib"), Ok(512 << 10));
        assert_eq!(super::parse_size("100"), Ok(100));
        assert!(super::parse_size("1Q").is_err());
        assert!(super::parse_size("M").is_err());
        assert!(super::parse_size("99999999999G").is_err());
    }
}
