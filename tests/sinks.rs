//! What reaches the non-text sinks when the scanned tree is hostile: a file name with escape
//! sequences and a newline must come out inert in workflow commands, the job summary, the
//! audit's markdown and HTML, JUnit and SARIF; and SARIF locations must be placeable by code
//! scanning however the roots were given (relative, absolute, outside the working directory).
//! The GitLab report is validated against the vendored schema.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{GITLAB_SCHEMA, SARIF_SCHEMA, pat, schema_errors};

const BIN: &str = env!("CARGO_BIN_EXE_tokenscope");
/// OSC 0 (retitle), BEL, SGR red, and a newline: what a repository can put in a file name.
const HOSTILE: &str = "a\u{1b}]0;title\u{7}\u{1b}[31mb\nc.env";

fn tokenscope() -> Command {
    let mut c = Command::new(BIN);
    c.env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    c
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// A directory holding one token in a file with the hostile name.
fn hostile_tree() -> (TempDir, String) {
    let tmp = TempDir::new().unwrap();
    let token = pat(7);
    write(
        tmp.path(),
        &format!("svc/{HOSTILE}"),
        &format!("TOKEN={token}\n"),
    );
    (tmp, token)
}

/// Nothing a terminal would act on: no ESC, BEL or other C0 control except the newline
/// that ends a line.
fn assert_inert(what: &str, s: &str) {
    let bad: Vec<char> = s.chars().filter(|c| c.is_control() && *c != '\n').collect();
    assert!(
        bad.is_empty(),
        "{what}: control characters {bad:?} in {s:?}"
    );
    assert!(!s.contains("b\nc.env"), "{what}: raw newline from the name");
}

// ---------------------------------------------------------------------------------------
// SARIF: schema and GitHub's ingestion rules

/// What code scanning needs to place and keep an alert: a relative URI with a base or an
/// absolute `file://` URI without one, `startLine` ≥ 1, a partial fingerprint, and a rule
/// with help and (for anything above advice) a `security-severity`.
fn ingestion_problems(sarif: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for run in sarif["runs"].as_array().unwrap() {
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        for (i, r) in run["results"].as_array().unwrap().iter().enumerate() {
            let idx = r["ruleIndex"].as_u64().unwrap_or(u64::MAX) as usize;
            match rules.get(idx) {
                Some(rule) if rule["id"] == r["ruleId"] => {
                    if rule["help"]["text"].as_str().is_none_or(str::is_empty) {
                        out.push(format!("rule {} has no help", rule["id"]));
                    }
                    let advice = r["properties"]["severity"] == "info";
                    if !advice && rule["properties"]["security-severity"].as_str().is_none() {
                        out.push(format!("rule {} has no security-severity", rule["id"]));
                    }
                }
                _ => out.push(format!("result {i}: ruleIndex does not name its rule")),
            }
            if r["partialFingerprints"]
                .as_object()
                .is_none_or(|m| m.is_empty())
            {
                out.push(format!("result {i}: no partialFingerprints"));
            }
            for l in r["locations"].as_array().into_iter().flatten() {
                let pl = &l["physicalLocation"];
                let art = &pl["artifactLocation"];
                let uri = art["uri"].as_str().unwrap_or("");
                let base = art.get("uriBaseId");
                let ok = if let Some(rest) = uri.strip_prefix("file://") {
                    rest.starts_with('/') && base.is_none()
                } else {
                    !uri.is_empty()
                        && !uri.starts_with('/')
                        && !uri.contains(':')
                        && !uri.split('/').any(|s| s == "..")
                        && base.is_some()
                };
                if !ok {
                    out.push(format!("result {i}: unplaceable uri {uri:?} base {base:?}"));
                }
                if pl["region"]["startLine"].as_u64().is_none_or(|n| n < 1) {
                    out.push(format!("result {i}: startLine < 1"));
                }
            }
        }
    }
    out
}

fn assert_valid_sarif(sarif: &Value) {
    let errors = schema_errors(SARIF_SCHEMA, sarif);
    assert!(errors.is_empty(), "schema: {errors:#?}");
    let problems = ingestion_problems(sarif);
    assert!(problems.is_empty(), "ingestion: {problems:#?}");
}

#[test]
fn sarif_with_two_absolute_roots_is_placeable() {
    let tmp = TempDir::new().unwrap();
    let work = tmp.path().join("work");
    let other = tmp.path().join("other dir");
    let (t1, t2) = (pat(1), pat(2));
    write(&work, "a/x.env", &format!("T={t1}\n"));
    write(&other, "b/y#1.env", &format!("T={t2}\n"));
    let out = tokenscope()
        .current_dir(&work)
        .args(["scan", "--no-leastpriv", "--format", "sarif"])
        .arg(work.join("a"))
        .arg(other.join("b"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid_sarif(&sarif);
    let mut uris: Vec<(String, bool)> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let a = &r["locations"][0]["physicalLocation"]["artifactLocation"];
            (
                a["uri"].as_str().unwrap().to_string(),
                a.get("uriBaseId").is_some(),
            )
        })
        .collect();
    uris.sort();
    uris.dedup();
    let other_uri = format!(
        "file://{}/b/y%231.env",
        other.display().to_string().replace(' ', "%20")
    );
    assert_eq!(
        uris,
        vec![("a/x.env".to_string(), true), (other_uri, false)],
        "under the working directory: relative; elsewhere: file URI"
    );
    let s = sarif.to_string();
    assert!(!s.contains(&t1) && !s.contains(&t2), "raw token in SARIF");
}

#[test]
fn ingestion_check_rejects_what_code_scanning_cannot_place() {
    // Guards the guard: each broken property is caught.
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "x.env", &format!("T={}\n", pat(3)));
    let out = tokenscope()
        .current_dir(tmp.path())
        .args(["scan", "--no-leastpriv", "--format", "sarif", "."])
        .output()
        .unwrap();
    let good: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid_sarif(&good);
    let loc = "/runs/0/results/0/locations/0/physicalLocation";
    for (ptr, bad) in [
        (
            format!("{loc}/artifactLocation/uri"),
            Value::from("/abs/x.env"),
        ),
        (format!("{loc}/region/startLine"), Value::from(0)),
        (
            "/runs/0/results/0/partialFingerprints".into(),
            serde_json::json!({}),
        ),
        (
            "/runs/0/tool/driver/rules/0/help/text".into(),
            Value::from(""),
        ),
    ] {
        let mut s = good.clone();
        *s.pointer_mut(&ptr).unwrap() = bad;
        assert!(!ingestion_problems(&s).is_empty(), "{ptr} not caught");
    }
}

#[test]
fn sarif_of_a_hostile_name_is_an_escaped_uri() {
    let (tmp, token) = hostile_tree();
    let out = tokenscope()
        .current_dir(tmp.path())
        .args(["scan", "--no-leastpriv", "--format", "sarif", "svc"])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid_sarif(&sarif);
    let uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
        ["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert_eq!(uri, "a%1B%5D0%3Btitle%07%1B%5B31mb%0Ac.env");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&token));
}

// ---------------------------------------------------------------------------------------
// GitHub Action: workflow commands and job summary

#[test]
fn workflow_commands_and_job_summary_escape_a_hostile_name() {
    let (tmp, token) = hostile_tree();
    let sarif = tmp.path().join("out.sarif");
    let summary = tmp.path().join("summary.md");
    tokenscope()
        .current_dir(tmp.path())
        .args(["scan", "--no-leastpriv", "--format", "sarif", "-o"])
        .arg(&sarif)
        .arg("svc")
        .assert()
        .code(1);
    let out = tokenscope()
        .args(["github-action", "report", "--path-prefix", "svc", "--sarif"])
        .arg(&sarif)
        .arg("--summary")
        .arg(&summary)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = String::from_utf8(out.stdout).unwrap();
    assert_inert("annotations", &log);
    // One command per line: the newline in the name cannot start a second one.
    let lines: Vec<&str> = log.lines().collect();
    assert_eq!(lines.len(), 1, "{log}");
    assert!(
        lines[0].starts_with("::error file=svc/a\\x1b]0;title\\x07\\x1b[31mb\\nc.env,line=1,"),
        "{log}"
    );
    let md = std::fs::read_to_string(&summary).unwrap();
    assert_inert("job summary", &md);
    assert!(
        md.contains("svc/a\\\\x1b\\]0;title\\\\x07\\\\x1b\\[31mb\\\\nc.env:1"),
        "{md}"
    );
    assert!(!log.contains(&token) && !md.contains(&token));
}

// ---------------------------------------------------------------------------------------
// audit: markdown and HTML

#[test]
fn audit_reports_escape_a_hostile_name() {
    let (tmp, token) = hostile_tree();
    let html = tmp.path().join("report.html");
    let md = tmp.path().join("report.md");
    let (html_arg, md_arg) = (html.to_str().unwrap(), md.to_str().unwrap());
    let out = tokenscope()
        .current_dir(tmp.path())
        .args([
            "audit",
            "svc",
            "--no-history",
            "--html",
            html_arg,
            "--markdown",
            md_arg,
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let h = std::fs::read_to_string(&html).unwrap();
    assert_inert("HTML", &h);
    assert!(
        h.contains("a\\x1b]0;title\\x07\\x1b[31mb\\nc.env"),
        "HTML shows the escapes"
    );
    let m = std::fs::read_to_string(&md).unwrap();
    assert_inert("markdown", &m);
    assert!(
        m.contains("a\\\\x1b\\]0;title\\\\x07\\\\x1b\\[31mb\\\\nc.env"),
        "{m}"
    );
    assert!(!h.contains(&token) && !m.contains(&token));
}

// ---------------------------------------------------------------------------------------
// --format gitlab and --format junit

fn scan_format(dir: &Path, format: &str, root: &str) -> (i32, String) {
    let out = tokenscope()
        .current_dir(dir)
        .args(["scan", "--no-leastpriv", "--format", format, root])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn gitlab_schema_errors(report: &Value) -> Vec<String> {
    schema_errors(GITLAB_SCHEMA, report)
}

#[test]
fn gitlab_report_validates_against_the_vendored_schema() {
    let (tmp, token) = hostile_tree();
    write(tmp.path(), "svc/app/.env", &format!("GH={}\n", pat(8)));
    let (code, out) = scan_format(tmp.path(), "gitlab", "svc");
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&out).unwrap();
    let errors = gitlab_schema_errors(&report);
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report["scan"]["type"], "secret_detection");
    let vulns = report["vulnerabilities"].as_array().unwrap();
    assert_eq!(vulns.len(), 2);
    let ids: std::collections::BTreeSet<&str> =
        vulns.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 2, "ids are unique");
    assert!(vulns.iter().all(|v| v["severity"] == "Critical"));
    assert!(vulns.iter().any(|v| v["location"]["file"] == "app/.env"));
    assert!(!out.contains(&token), "raw token in the GitLab report");
    // Guards the guard: the schema rejects a report GitLab would refuse.
    let mut bad = report.clone();
    bad["vulnerabilities"][0]["severity"] = Value::from("Severe");
    bad["scan"]["end_time"] = Value::from("yesterday");
    assert!(gitlab_schema_errors(&bad).len() >= 2);
}

#[test]
fn junit_report_has_a_failing_case_per_finding_and_inert_names() {
    let (tmp, token) = hostile_tree();
    let (code, out) = scan_format(tmp.path(), "junit", "svc");
    assert_eq!(code, 1);
    assert!(
        out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"),
        "{out}"
    );
    assert_eq!(out.matches("<testcase ").count(), 1);
    assert_eq!(out.matches("<failure type=\"critical\"").count(), 1);
    assert!(out.contains("tests=\"1\" failures=\"1\""), "{out}");
    assert_inert("JUnit", &out);
    assert!(
        out.contains("a\\x1b]0;title\\x07\\x1b[31mb\\nc.env:1"),
        "{out}"
    );
    assert!(!out.contains(&token));
    // Every element that opens is closed: a name cannot break the XML.
    assert_eq!(
        out.matches("<testcase ").count(),
        out.matches("</testcase>").count()
    );

    let clean = TempDir::new().unwrap();
    write(clean.path(), "README.md", "nothing here\n");
    let (code, out) = scan_format(clean.path(), "junit", ".");
    assert_eq!(code, 0);
    assert!(out.contains("failures=\"0\"") && out.contains("name=\"no leaked tokens\""));
}
