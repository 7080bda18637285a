//! Output formats. Every writer receives the same [`Report`] and must keep secrets
//! redacted unless `show_secrets` is set.

pub mod gitlab;
pub mod json;
pub mod junit;
pub mod sarif;
pub mod text;

use std::io::Write;

use crate::finding::Finding;
use crate::rules::RuleSet;
use crate::scan::Stats;
use crate::sources::Warning;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Sarif,
    /// GitLab's secret-detection report (`gl-secret-detection-report.json`).
    Gitlab,
    /// JUnit XML: one failing test case per finding.
    Junit,
}

pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub warnings: &'a [Warning],
    pub stats: &'a Stats,
    pub rules: &'a RuleSet,
    pub show_secrets: bool,
    /// Colour (text only); decided by the caller from `--color`, TTY-ness, NO_COLOR and
    /// CLICOLOR_FORCE.
    pub color: bool,
    /// Columns the text report wraps to (`COLUMNS`, the terminal's width, else 80).
    pub width: usize,
    /// A line the text summary ends with, if any (history not scanned…).
    pub hint: Option<String>,
    /// Whether the text report ends with its summary (`-q` leaves it out).
    pub summary: bool,
}

/// The width the text report wraps to: `COLUMNS` if set to a number, else the width of the
/// terminal on standard output, else 80.
pub fn terminal_width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
    {
        return n;
    }
    terminal_size::terminal_size_of(std::io::stdout())
        .map(|(w, _)| w.0 as usize)
        .filter(|w| *w > 0)
        .unwrap_or(80)
}

pub fn write(format: Format, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::Text => text::write(report, out),
        Format::Json => json::write(report, out),
        Format::Sarif => sarif::write(report, out),
        Format::Gitlab => gitlab::write(report, out),
        Format::Junit => junit::write(report, out),
    }
}

/// The secret as it may be shown: raw only behind `--show-secrets`.
pub fn shown_secret(f: &Finding, show: bool) -> String {
    if show {
        String::from_utf8_lossy(f.secret.expose()).into_owned()
    } else {
        f.redacted.clone()
    }
}

/// One-line description of a finding's message, shared by SARIF and text.
pub fn message(f: &Finding, show: bool) -> String {
    // Least-privilege and workflow findings hold no token: no empty "found:".
    let shown = shown_secret(f, show);
    let mut m = if shown.is_empty() {
        format!("{} ({})", f.rule_name, f.provider)
    } else {
        format!("{} ({}) found: {}", f.rule_name, f.provider, shown)
    };
    if f.facts.privilege != crate::finding::Privilege::Unknown {
        m.push_str(&format!("; privilege: {}", f.facts.privilege.as_str()));
    }
    if let Some(e) = f.facts.expiry.describe() {
        m.push_str("; ");
        m.push_str(&e);
    }
    if let Some(g) = &f.location.git {
        m.push_str(&format!(
            "; introduced in commit {} by {} on {}",
            &g.commit[..g.commit.len().min(12)],
            g.author,
            g.date
        ));
    }
    for n in &f.notes {
        m.push_str("; ");
        m.push_str(n);
    }
    if let Some(v) = &f.verification {
        m.push_str("; verified: ");
        m.push_str(&v.summary());
    }
    if let Some(s) = &f.facts.suggestion {
        m.push_str(". Suggested: ");
        m.push_str(s);
    }
    m
}

/// A finding with every field empty, for unit tests to fill in.
#[cfg(test)]
pub(crate) fn sample_finding() -> Finding {
    use crate::finding::{Confidence, Facts, Location, Secret, Severity};
    Finding {
        rule_id: "r".into(),
        rule_name: String::new(),
        provider: String::new(),
        kind: String::new(),
        severity: Severity::High,
        confidence: Confidence::High,
        location: Location::default(),
        secret: Secret::new(b"v"),
        redacted: String::new(),
        fingerprint: String::new(),
        companions: Vec::new(),
        variable: None,
        facts: Facts::default(),
        notes: Vec::new(),
        verification: None,
        fix: None,
    }
}
