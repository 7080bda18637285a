//! JSON output, schema version 1:
//!
//! ```json
//! {"version": 1, "tool": {...}, "findings": [...], "warnings": [...], "stats": {...}}
//! ```
//!
//! Fields are only ever added within a version; renames or removals bump `version`.

use std::io::Write;

use serde::Serialize;
use serde_json::Value;

use super::Report;
use crate::finding::{Confidence, Facts, Location, Severity};
use crate::scan::Stats;
use crate::sources::Warning;

pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    tool: Tool,
    findings: Vec<JsonFinding<'a>>,
    warnings: &'a [Warning],
    stats: &'a Stats,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule_id: &'a str,
    rule_name: &'a str,
    provider: &'a str,
    kind: &'a str,
    severity: Severity,
    confidence: Confidence,
    fingerprint: &'a str,
    redacted: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
    location: &'a Location,
    /// The variable or key the token is assigned to, when the line shows one.
    #[serde(skip_serializing_if = "Option::is_none")]
    variable: Option<&'a str>,
    facts: &'a Facts,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    verification: Option<&'a crate::verify::Verification>,
}

fn doc<'a>(report: &'a Report) -> Doc<'a> {
    Doc {
        version: VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        findings: report
            .findings
            .iter()
            .map(|f| JsonFinding {
                rule_id: &f.rule_id,
                rule_name: &f.rule_name,
                provider: &f.provider,
                kind: &f.kind,
                severity: f.severity,
                confidence: f.confidence,
                fingerprint: &f.fingerprint,
                redacted: &f.redacted,
                secret: report
                    .show_secrets
                    .then(|| String::from_utf8_lossy(f.secret.expose()).into_owned()),
                location: &f.location,
                variable: f.variable.as_deref(),
                facts: &f.facts,
                notes: &f.notes,
                verification: f.verification.as_ref(),
            })
            .collect(),
        warnings: report.warnings,
        stats: report.stats,
    }
}

pub fn to_value(report: &Report) -> Value {
    serde_json::to_value(doc(report)).expect("report serialises")
}

/// Streams the document: no copy of the findings as a JSON tree is held in memory.
pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &doc(report))?;
    writeln!(out)
}
