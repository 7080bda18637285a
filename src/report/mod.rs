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
    /// Colour (text only); decided by the caller from TTY-ness and NO_COLOR.
    pub color: bool,
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
    let mut m = format!(
        "{} ({}) found: {}",
        f.rule_name,
        f.provider,
        shown_secret(f, show)
    );
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
