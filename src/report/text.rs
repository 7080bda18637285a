//! Human output: findings grouped by file, then one summary line.

use std::collections::BTreeMap;
use std::io::Write;

use super::{Report, shown_secret};
use crate::finding::{Privilege, Severity};

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Critical => "1;31",
            Severity::High => "31",
            Severity::Medium => "33",
            Severity::Low => "36",
            Severity::Info => "2",
        };
        self.paint(code, &format!("{:<8}", s.as_str()))
    }
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let st = Style { on: report.color };
    let mut current: Option<String> = None;
    for f in report.findings {
        let path = f.location.display_path();
        if current.as_deref() != Some(path.as_str()) {
            if current.is_some() {
                writeln!(out)?;
            }
            writeln!(out, "{}", st.paint("1", &path))?;
            current = Some(path);
        }
        writeln!(
            out,
            "  {:>5}:{:<4} {} {}  {}",
            f.location.line,
            f.location.column,
            st.severity(f.severity),
            st.paint("1", &f.rule_id),
            shown_secret(f, report.show_secrets),
        )?;
        let mut facts: Vec<String> = Vec::new();
        facts.push(f.rule_name.clone());
        if f.facts.privilege != Privilege::Unknown {
            facts.push(format!("privilege: {}", f.facts.privilege.as_str()));
        }
        facts.extend(f.facts.expiry.describe());
        for (k, v) in &f.facts.properties {
            let v = match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            facts.push(format!("{k}: {v}"));
        }
        writeln!(out, "               {}", st.paint("2", &facts.join(" · ")))?;
        if let Some(g) = &f.location.git {
            writeln!(
                out,
                "               commit {} by {} on {}",
                &g.commit[..g.commit.len().min(12)],
                g.author,
                g.date
            )?;
        }
        for n in &f.notes {
            marked(out, "!", n)?;
        }
        if let Some(v) = &f.verification {
            for line in crate::verify::text_lines(v) {
                writeln!(out, "               {}", st.paint("2", &line))?;
            }
        }
        if let Some(s) = &f.facts.suggestion {
            marked(out, "→", s)?;
        }
    }
    if !report.findings.is_empty() {
        writeln!(out)?;
    }
    writeln!(out, "{}", summary(report))
}

/// Writes `text` after `marker` at the detail indent; its further lines (a suggested
/// `permissions:` block) keep their own indentation, shifted under the first line's text.
fn marked(out: &mut dyn Write, marker: &str, text: &str) -> std::io::Result<()> {
    let mut lines = text.lines();
    writeln!(
        out,
        "               {marker} {}",
        lines.next().unwrap_or("")
    )?;
    for l in lines {
        writeln!(out, "                 {l}")?;
    }
    Ok(())
}

/// `3 findings (1 critical, 2 high) · 120 files, 3.2 MB scanned · 1 skipped · 0.12 s`
pub fn summary(report: &Report) -> String {
    let mut by: BTreeMap<std::cmp::Reverse<Severity>, usize> = BTreeMap::new();
    for f in report.findings {
        *by.entry(std::cmp::Reverse(f.severity)).or_default() += 1;
    }
    let n = report.findings.len();
    let mut s = format!("{n} finding{}", if n == 1 { "" } else { "s" });
    if !by.is_empty() {
        let parts: Vec<String> = by.iter().map(|(k, v)| format!("{v} {}", k.0)).collect();
        s.push_str(&format!(" ({})", parts.join(", ")));
    }
    let st = report.stats;
    s.push_str(&format!(
        " · {} file{}, {:.1} MB scanned · {} skipped",
        st.files_scanned,
        if st.files_scanned == 1 { "" } else { "s" },
        st.bytes_scanned as f64 / 1e6,
        st.files_skipped,
    ));
    if st.files_ignored > 0 {
        s.push_str(&format!(" · {} ignored by .gitignore", st.files_ignored));
    }
    if st.findings_suppressed > 0 {
        s.push_str(&format!(" · {} suppressed", st.findings_suppressed));
    }
    s.push_str(&format!(" · {:.2} s", st.elapsed.as_secs_f64()));
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn multi_line_details_stay_under_their_marker() {
        let mut out = Vec::new();
        super::marked(
            &mut out,
            "→",
            "replace with:\n  permissions:\n    contents: read",
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "               → replace with:\n                   permissions:\n                     contents: read\n"
        );
    }
}
