//! JUnit XML, for CI systems that render test reports (Jenkins, Azure Pipelines, GitLab's
//! test report, CircleCI): one failing test case per finding, or one passing case when there
//! is none. Text goes through [`crate::escape::html`], whose entities are XML's and which
//! leaves no control character (XML 1.0 cannot carry most of them at all).

use std::io::Write;

use super::{Report, message};
use crate::escape::html as xml;

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let n = report.findings.len();
    let secs = report.stats.elapsed.as_secs_f64();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="tokenscope" tests="{}" failures="{n}" time="{secs:.3}">"#,
        n.max(1)
    )?;
    writeln!(
        out,
        r#"  <testsuite name="tokenscope" tests="{}" failures="{n}" errors="0" skipped="0" time="{secs:.3}">"#,
        n.max(1)
    )?;
    if n == 0 {
        writeln!(
            out,
            r#"    <testcase classname="tokenscope" name="no leaked tokens"/>"#
        )?;
    }
    for f in report.findings {
        let place = format!("{}:{}", f.location.display_path(), f.location.line);
        writeln!(
            out,
            r#"    <testcase classname="tokenscope.{}" name="{} {}" file="{}" line="{}">"#,
            xml(&f.provider),
            xml(&f.rule_id),
            xml(&place),
            xml(&f.location.display_path()),
            f.location.line
        )?;
        writeln!(
            out,
            r#"      <failure type="{}" message="{}">{}</failure>"#,
            f.severity,
            xml(&message(f, report.show_secrets)),
            xml(&format!("{place}: {}", message(f, report.show_secrets)))
        )?;
        writeln!(out, "    </testcase>")?;
    }
    if !report.warnings.is_empty() {
        let lines: Vec<String> = report
            .warnings
            .iter()
            .map(|w| xml(&format!("warning: {}: {}", w.path, w.message)))
            .collect();
        writeln!(out, "    <system-err>{}</system-err>", lines.join("&#10;"))?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}
