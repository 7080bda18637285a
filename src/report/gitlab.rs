//! GitLab's secret-detection report (`gl-secret-detection-report.json`, schema 15.2.1, vendored
//! under `testdata/gitlab/`): what a `secret_detection` job hands to GitLab's merge request
//! widget and vulnerability report. Only redacted values are written, whatever
//! `--show-secrets` says: the report is stored as a job artifact and shown in the UI.

use std::io::Write;

use serde_json::{Value, json};

use super::Report;
use crate::finding::{Finding, Severity};

pub const SCHEMA_VERSION: &str = "15.2.1";
pub const SCHEMA_URI: &str = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v15.2.1/dist/secret-detection-report-format.json";
/// GitLab's own analyzer reports this when a finding is not tied to a commit.
const NO_COMMIT: &str = "0000000";

pub fn to_gitlab(report: &Report) -> Value {
    let end = jiff::Timestamp::now();
    let start = end
        .checked_sub(jiff::SignedDuration::try_from(report.stats.elapsed).unwrap_or_default())
        .unwrap_or(end);
    let time = |t: jiff::Timestamp| t.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    let tool = json!({
        "id": "tokenscope",
        "name": "tokenscope",
        "version": env!("CARGO_PKG_VERSION"),
        "url": super::sarif::INFORMATION_URI,
        "vendor": {"name": "tokenscope"},
    });
    let messages: Vec<Value> = report
        .warnings
        .iter()
        .map(|w| json!({"level": "warn", "value": format!("{}: {}", w.path, w.message)}))
        .collect();
    let mut scan = json!({
        "analyzer": tool,
        "scanner": tool,
        "type": "secret_detection",
        "status": "success",
        "start_time": time(start),
        "end_time": time(end),
    });
    if !messages.is_empty() {
        scan["messages"] = Value::Array(messages);
    }
    json!({
        "version": SCHEMA_VERSION,
        "schema": SCHEMA_URI,
        "scan": scan,
        "vulnerabilities": report.findings.iter().map(vulnerability).collect::<Vec<_>>(),
    })
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_gitlab(report))?;
    writeln!(out)
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "Critical",
        Severity::High => "High",
        Severity::Medium => "Medium",
        Severity::Low => "Low",
        Severity::Info => "Info",
    }
}

fn vulnerability(f: &Finding) -> Value {
    let loc = &f.location;
    // One vulnerability per token and place: the fingerprint names the token (a hash), the
    // place tells two copies apart.
    let id = format!("{}:{}:{}", f.fingerprint, loc.display_path(), loc.line);
    let mut commit = json!({"sha": NO_COMMIT});
    if let Some(g) = &loc.git {
        commit = json!({"sha": g.commit, "author": g.author, "date": g.date});
    }
    let mut description = super::message(f, false);
    truncate(&mut description, 1 << 20);
    let mut v = json!({
        "id": id,
        "name": f.rule_name,
        "description": description,
        "severity": severity(f.severity),
        "identifiers": [{
            "type": "tokenscope_rule_id",
            "name": format!("tokenscope rule {}", f.rule_id),
            "value": f.rule_id,
        }],
        "location": {
            "file": loc.display_path(),
            "start_line": loc.line,
            "end_line": loc.end_line,
            "commit": commit,
        },
        "tracking": {
            "type": "source",
            "items": [{
                "file": loc.display_path(),
                "start_line": loc.line,
                "end_line": loc.end_line,
                "signatures": [{"algorithm": "tokenscope-fingerprint", "value": f.fingerprint}],
            }],
        },
    });
    if let Some(s) = &f.facts.suggestion {
        let mut s = s.clone();
        truncate(&mut s, 7000);
        v["solution"] = Value::String(s);
    }
    v
}

/// The schema's `maxLength`, cut at a character boundary.
fn truncate(s: &mut String, max: usize) {
    if s.len() > max {
        let mut at = max;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
    }
}
