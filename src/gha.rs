//! Helpers for the GitHub Action (`scripts/action.sh`), hidden from `--help`: reading the
//! event payload, and turning one SARIF log into workflow annotations, a markdown job
//! summary and a finding count. The action scans once (SARIF, for code scanning) and
//! derives everything else from that file, so the three can never disagree.
//!
//! Nothing here can print a secret: the SARIF that tokenscope writes without
//! `--show-secrets` holds only redacted values, and only its `redacted` property, rule,
//! place, facts and advice are read.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::Value;

use crate::escape::{self, line as esc_line, markdown_cell as md_cell};
use crate::finding::Severity;

#[derive(Debug, clap::Subcommand)]
pub enum GithubAction {
    /// Print a field of a JSON file (the event payload) by dotted path; nothing if absent.
    Event { file: PathBuf, field: String },
    /// Print the number of results in a SARIF log (at or above a severity, if given).
    Count {
        sarif: PathBuf,
        #[arg(long, value_enum)]
        fail_on: Option<Severity>,
    },
    /// Print workflow annotations for a SARIF log and append a job summary.
    Report(ReportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long)]
    pub sarif: PathBuf,
    /// Markdown job summary to append to ($GITHUB_STEP_SUMMARY).
    #[arg(long)]
    pub summary: Option<PathBuf>,
    /// Findings at or above this severity are `error` annotations; the rest `warning`.
    #[arg(long, value_enum, default_value_t = Severity::High)]
    pub fail_on: Severity,
    /// Prefix for result paths (the scanned directory, relative to the repository root);
    /// also rewritten into the SARIF file so code scanning finds the files.
    #[arg(long, default_value = "")]
    pub path_prefix: String,
    /// What was scanned, for the summary's first line (e.g. `abc123..def456`).
    #[arg(long, default_value = "")]
    pub scope: String,
    /// Keep least-privilege and workflow results only for the files listed (one per line,
    /// relative to the repository root): a pull request answers for what it changes.
    /// Rewrites the SARIF file.
    #[arg(long, value_name = "FILE")]
    pub only_files: Option<PathBuf>,
}

/// Most annotations GitHub shows per step and type is limited; more would only be noise.
const MAX_ANNOTATIONS: usize = 50;
/// Rows in the summary table; the summary file is limited to 1 MiB.
const MAX_ROWS: usize = 200;

pub fn run(cmd: &GithubAction) -> Result<u8> {
    match cmd {
        GithubAction::Event { file, field } => {
            let doc = read_json(file)?;
            if let Some(v) = lookup(&doc, field) {
                match v {
                    Value::String(s) => println!("{s}"),
                    Value::Null => {}
                    other => println!("{other}"),
                }
            }
            Ok(0)
        }
        GithubAction::Count { sarif, fail_on } => {
            let doc = read_json(sarif)?;
            let n = results(&doc)
                .into_iter()
                .filter(|r| fail_on.is_none_or(|f| severity_of(r) >= f))
                .count();
            println!("{n}");
            Ok(0)
        }
        GithubAction::Report(args) => report(args),
    }
}

fn read_json(path: &Path) -> Result<Value> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{} is not JSON", path.display()))
}

/// `a.b.c` in a JSON object.
pub fn lookup<'a>(doc: &'a Value, field: &str) -> Option<&'a Value> {
    field.split('.').try_fold(doc, |v, key| match v {
        Value::Object(m) => m.get(key),
        Value::Array(a) => a.get(key.parse::<usize>().ok()?),
        _ => None,
    })
}

fn results(sarif: &Value) -> Vec<&Value> {
    sarif["runs"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["results"].as_array().into_iter().flatten())
        .collect()
}

/// Decodes the percent-escapes tokenscope puts in SARIF URIs.
fn uri_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the summary and annotations need of one result.
struct Item {
    rule: String,
    severity: Severity,
    path: String,
    line: u64,
    end_line: u64,
    column: u64,
    redacted: String,
    provider: String,
    subject: String,
    detail: String,
    suggestion: String,
    verified: String,
}

fn severity_of(r: &Value) -> Severity {
    match r.pointer("/properties/severity").and_then(Value::as_str) {
        Some("critical") => Severity::Critical,
        Some("high") => Severity::High,
        Some("medium") => Severity::Medium,
        Some("low") => Severity::Low,
        Some("info") => Severity::Info,
        _ => match r["level"].as_str() {
            Some("error") => Severity::High,
            Some("warning") => Severity::Medium,
            _ => Severity::Low,
        },
    }
}

fn item(r: &Value, prefix: &str) -> Item {
    let loc = &r["locations"][0]["physicalLocation"];
    // An absolute `file://` URI (a root outside the working directory) is shown as its path.
    let uri = loc["artifactLocation"]["uri"].as_str().unwrap_or("");
    let path = uri_decode(uri.strip_prefix("file://").unwrap_or(uri));
    let path = if prefix.is_empty() || path.starts_with(prefix) {
        path
    } else {
        format!("{prefix}{path}")
    };
    let props = &r["properties"];
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    let facts = &props["facts"];
    let mut detail = Vec::new();
    if let Some(p) = facts["privilege"].as_str().filter(|p| *p != "unknown") {
        detail.push(format!("privilege: {p}"));
    }
    match facts["expiry"]["state"].as_str() {
        Some("never") => detail.push("never expires".into()),
        Some("at") => detail.push(format!(
            "{} {}",
            if facts["expiry"]["expired"] == true {
                "expired"
            } else {
                "expires"
            },
            s(&facts["expiry"]["at"])
        )),
        _ => {}
    }
    if let Some(c) = props["commit"].as_str() {
        detail.push(format!("commit {}", &c[..c.len().min(12)]));
    }
    for n in props["notes"].as_array().into_iter().flatten() {
        if let Some(n) = n.as_str() {
            detail.push(n.to_string());
        }
    }
    Item {
        rule: r["ruleId"].as_str().unwrap_or("?").to_string(),
        severity: severity_of(r),
        path,
        line: loc["region"]["startLine"].as_u64().unwrap_or(1),
        end_line: loc["region"]["endLine"].as_u64().unwrap_or(0),
        column: loc["region"]["startColumn"].as_u64().unwrap_or(0),
        redacted: s(&props["redacted"]),
        provider: s(&props["provider"]),
        subject: s(&facts["properties"]["subject"]),
        detail: detail.join("; "),
        suggestion: s(&facts["suggestion"]),
        verified: props["verification"]["status"]
            .as_str()
            .unwrap_or("")
            .to_string(),
    }
}

/// One `::error`/`::warning` line.
fn annotation(it: &Item, fail_on: Severity) -> String {
    let level = if it.severity >= fail_on {
        "error"
    } else {
        "warning"
    };
    let mut props = vec![format!("file={}", escape::workflow_property(&it.path))];
    props.push(format!("line={}", it.line));
    if it.end_line >= it.line {
        props.push(format!("endLine={}", it.end_line));
    }
    if it.column > 0 && it.end_line <= it.line {
        props.push(format!("col={}", it.column));
    }
    props.push(format!(
        "title={}",
        escape::workflow_property(&format!("tokenscope {} ({})", it.rule, it.severity))
    ));
    // Every part from the scan is escaped on its own, so that the one newline left is the
    // one put here (GitHub shows it as a second line; `%0A` keeps it inside the command).
    let mut msg = if it.redacted.is_empty() {
        esc_line(&it.subject).into_owned()
    } else {
        format!(
            "{} token {}",
            esc_line(&it.provider),
            esc_line(&it.redacted)
        )
    };
    if !it.detail.is_empty() {
        msg.push_str(&format!(" ({})", esc_line(&it.detail)));
    }
    if !it.verified.is_empty() {
        msg.push_str(&format!("; verified: {}", esc_line(&it.verified)));
    }
    if !it.suggestion.is_empty() {
        msg.push_str(&format!("\nSuggested: {}", escape::text(&it.suggestion)));
    }
    format!(
        "::{level} {}::{}",
        props.join(","),
        escape::workflow_encode(&msg)
    )
}

fn summary(items: &[Item], fail_on: Severity, scope: &str) -> String {
    let mut md = String::new();
    let failing = items.iter().filter(|i| i.severity >= fail_on).count();
    let _ = writeln!(md, "## tokenscope");
    let _ = writeln!(md);
    if !scope.is_empty() {
        let _ = writeln!(md, "Scanned: {}", md_cell(scope));
        let _ = writeln!(md);
    }
    if items.is_empty() {
        let _ = writeln!(md, "No tokens found. ✅");
        return md;
    }
    let mut counts = [0usize; 5];
    for i in items {
        counts[i.severity as usize] += 1;
    }
    let parts: Vec<String> = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ]
    .iter()
    .filter(|s| counts[**s as usize] > 0)
    .map(|s| format!("{} {s}", counts[*s as usize]))
    .collect();
    let _ = writeln!(
        md,
        "**{} finding{}** ({}); {} at or above `--fail-on {}`. Secrets are redacted.",
        items.len(),
        if items.len() == 1 { "" } else { "s" },
        parts.join(", "),
        failing,
        fail_on
    );
    let _ = writeln!(md);
    let _ = writeln!(
        md,
        "| severity | rule | where | token | facts | least-privilege suggestion |"
    );
    let _ = writeln!(md, "| --- | --- | --- | --- | --- | --- |");
    let mut sorted: Vec<&Item> = items.iter().collect();
    sorted.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| (&a.path, a.line).cmp(&(&b.path, b.line)))
    });
    for it in sorted.iter().take(MAX_ROWS) {
        let token = if it.redacted.is_empty() {
            md_cell(&it.subject)
        } else {
            format!("`{}`", esc_line(&it.redacted).replace('`', "'"))
        };
        let mut facts = it.detail.clone();
        if !it.verified.is_empty() {
            if !facts.is_empty() {
                facts.push_str("; ");
            }
            facts.push_str(&format!("verified: {}", it.verified));
        }
        let _ = writeln!(
            md,
            "| {} | `{}` | {}:{} | {} | {} | {} |",
            it.severity,
            esc_line(&it.rule).replace('`', "'"),
            md_cell(&it.path),
            it.line,
            token,
            md_cell(&facts),
            md_cell(&it.suggestion),
        );
    }
    if items.len() > MAX_ROWS {
        let _ = writeln!(md);
        let _ = writeln!(
            md,
            "…and {} more; see the SARIF file or code scanning.",
            items.len() - MAX_ROWS
        );
    }
    md
}

fn report(args: &ReportArgs) -> Result<u8> {
    let mut sarif = read_json(&args.sarif)?;
    let prefix = normalize_prefix(&args.path_prefix);
    let mut rewrite = !prefix.is_empty();
    if let Some(list) = &args.only_files {
        let text =
            std::fs::read_to_string(list).with_context(|| format!("reading {}", list.display()))?;
        let keep: std::collections::BTreeSet<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        rewrite |= retain_analysis_for(&mut sarif, &keep, &prefix);
    }
    let items: Vec<Item> = results(&sarif)
        .into_iter()
        .map(|r| item(r, &prefix))
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut sorted: Vec<&Item> = items.iter().collect();
    sorted.sort_by_key(|i| std::cmp::Reverse(i.severity));
    for it in sorted.iter().take(MAX_ANNOTATIONS) {
        writeln!(out, "{}", annotation(it, args.fail_on))?;
    }
    if items.len() > MAX_ANNOTATIONS {
        writeln!(
            out,
            "::notice title=tokenscope::{} more findings are not annotated; see the job summary",
            items.len() - MAX_ANNOTATIONS
        )?;
    }
    if let Some(path) = &args.summary {
        let md = summary(&items, args.fail_on, &args.scope);
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("opening {}", path.display()))?;
        f.write_all(md.as_bytes())?;
    }
    if rewrite {
        prefix_uris(&mut sarif, &prefix);
        let mut text = serde_json::to_string_pretty(&sarif)?;
        text.push('\n');
        std::fs::write(&args.sarif, text)
            .with_context(|| format!("rewriting {}", args.sarif.display()))?;
    }
    Ok(0)
}

/// Drops least-privilege and workflow results about files not in `keep`; true if any was.
fn retain_analysis_for(
    sarif: &mut Value,
    keep: &std::collections::BTreeSet<&str>,
    prefix: &str,
) -> bool {
    let mut dropped = false;
    for run in sarif["runs"].as_array_mut().into_iter().flatten() {
        if let Some(results) = run["results"].as_array_mut() {
            let before = results.len();
            results.retain(|r| {
                let rule = r["ruleId"].as_str().unwrap_or("");
                if !(rule.starts_with("leastpriv.") || rule.starts_with("workflow.")) {
                    return true;
                }
                let it = item(r, prefix);
                keep.contains(it.path.as_str())
            });
            dropped |= results.len() != before;
        }
    }
    dropped
}

/// `./sub/dir/` → `sub/dir/`; `.` → ``.
fn normalize_prefix(p: &str) -> String {
    let mut p = p.trim().replace('\\', "/");
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.to_string();
    }
    let p = p.trim_matches('/');
    if p.is_empty() || p == "." {
        String::new()
    } else {
        format!("{p}/")
    }
}

/// Makes result URIs relative to the repository root instead of the scanned directory.
fn prefix_uris(sarif: &mut Value, prefix: &str) {
    let escaped = crate::report::sarif::uri_escape(prefix);
    for run in sarif["runs"].as_array_mut().into_iter().flatten() {
        for r in run["results"].as_array_mut().into_iter().flatten() {
            for l in r["locations"].as_array_mut().into_iter().flatten() {
                if let Some(uri) = l.pointer_mut("/physicalLocation/artifactLocation/uri")
                    && let Some(s) = uri.as_str()
                    && !s.starts_with(&escaped)
                    && !s.starts_with("file:")
                {
                    *uri = Value::String(format!("{escaped}{s}"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_and_prefix() {
        let v: Value = serde_json::json!({"a": {"b": [1, {"c": "x"}]}});
        assert_eq!(lookup(&v, "a.b.1.c"), Some(&Value::from("x")));
        assert_eq!(lookup(&v, "a.z"), None);
        assert_eq!(normalize_prefix("./sub/"), "sub/");
        assert_eq!(normalize_prefix("."), "");
        assert_eq!(uri_decode("a%20b%2Cc%"), "a b,c%");
    }
}
