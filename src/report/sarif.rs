//! SARIF 2.1.0, shaped for GitHub code scanning: rules carry `security-severity` and the
//! `security` tag, results carry a content-based partial fingerprint so that the same
//! token keeps one alert however lines move.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification,
    PhysicalLocation, PropertyBag, Region, ReportingDescriptor, Result as SarifResult, ResultLevel,
    Run, Sarif, Tool, ToolComponent,
};

use super::{Report, message};
use crate::finding::{Finding, Severity};
use crate::rules::Rule;

pub const INFORMATION_URI: &str = "https://github.com/tokenscope/tokenscope";
pub const FINGERPRINT_KEY: &str = "tokenscope/v1";
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub fn to_sarif(report: &Report) -> Sarif {
    // Only rules that fired, in first-seen order; results point at them by index.
    let mut rule_index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut descriptors: Vec<ReportingDescriptor> = Vec::new();
    for f in report.findings {
        if !rule_index.contains_key(f.rule_id.as_str()) {
            let rule = report.rules.rules().iter().find(|r| r.spec.id == f.rule_id);
            rule_index.insert(&f.rule_id, descriptors.len());
            descriptors.push(descriptor(f, rule));
        }
    }
    let results: Vec<SarifResult> = report
        .findings
        .iter()
        .map(|f| result(f, rule_index[f.rule_id.as_str()], report.show_secrets))
        .collect();
    let notifications: Vec<Notification> = report
        .warnings
        .iter()
        .map(|w| {
            Notification::builder()
                .level(json!("warning"))
                .message(text_message(format!("{}: {}", w.path, w.message)))
                .locations(vec![Location {
                    physical_location: Some(PhysicalLocation {
                        artifact_location: Some(artifact(&w.path)),
                        ..Default::default()
                    }),
                    ..Default::default()
                }])
                .properties(PropertyBag {
                    additional_properties: BTreeMap::from([(
                        "kind".to_string(),
                        json!(w.kind.as_str()),
                    )]),
                    ..Default::default()
                })
                .build()
        })
        .collect();
    let invocation = Invocation::builder()
        .execution_successful(true)
        .tool_execution_notifications(notifications)
        .build();
    let driver = ToolComponent::builder()
        .name(env!("CARGO_PKG_NAME"))
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri(INFORMATION_URI)
        .rules(descriptors)
        .build();
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .invocations(vec![invocation])
        .column_kind(json!("unicodeCodePoints"))
        .build();
    Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_sarif(report))?;
    writeln!(out)
}

fn plain(text: String) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(text).build()
}

fn text_message(text: String) -> Message {
    Message {
        text: Some(text),
        ..Default::default()
    }
}

fn descriptor(f: &Finding, rule: Option<&Rule>) -> ReportingDescriptor {
    let (description, remediation, severity, references) = match rule {
        Some(r) => (
            r.spec.description.clone(),
            r.spec.remediation.clone(),
            r.spec.severity,
            r.spec.references.clone(),
        ),
        None => (f.rule_name.clone(), String::new(), f.severity, Vec::new()),
    };
    let mut markdown = format!("{description}\n\n## Remediation\n\n{remediation}\n");
    if !references.is_empty() {
        markdown.push_str("\n## References\n\n");
        for r in &references {
            markdown.push_str(&format!("- <{r}>\n"));
        }
    }
    let mut props = BTreeMap::new();
    if let Some(score) = severity.security_severity() {
        props.insert("security-severity".to_string(), json!(score));
    }
    props.insert("precision".to_string(), json!(precision(f)));
    props.insert(
        "problem.severity".to_string(),
        json!(if severity == Severity::Info {
            "recommendation"
        } else {
            "error"
        }),
    );
    ReportingDescriptor::builder()
        .id(f.rule_id.clone())
        .name(pascal_case(&f.rule_id))
        .short_description(plain(f.rule_name.clone()))
        .full_description(plain(description.clone()))
        .help(
            MultiformatMessageString::builder()
                .text(format!("{description}\n\nRemediation: {remediation}"))
                .markdown(markdown)
                .build(),
        )
        .properties(PropertyBag {
            tags: Some(vec![
                "security".to_string(),
                "secret".to_string(),
                format!("provider/{}", f.provider),
            ]),
            additional_properties: props,
        })
        .build()
}

fn precision(f: &Finding) -> &'static str {
    match f.confidence {
        crate::finding::Confidence::High => "very-high",
        crate::finding::Confidence::Medium => "high",
        crate::finding::Confidence::Low => "medium",
    }
}

fn level(s: Severity) -> ResultLevel {
    match s {
        Severity::Critical | Severity::High => ResultLevel::Error,
        Severity::Medium => ResultLevel::Warning,
        Severity::Low | Severity::Info => ResultLevel::Note,
    }
}

fn result(f: &Finding, rule_index: usize, show: bool) -> SarifResult {
    let loc = &f.location;
    let region = Region {
        start_line: Some(loc.line as i64),
        start_column: Some(loc.column as i64),
        end_line: Some(loc.end_line as i64),
        end_column: Some(loc.end_column as i64),
        ..Default::default()
    };
    let mut props: BTreeMap<String, Value> = BTreeMap::new();
    props.insert("severity".into(), json!(f.severity));
    props.insert("confidence".into(), json!(f.confidence));
    props.insert("provider".into(), json!(f.provider));
    props.insert("kind".into(), json!(f.kind));
    props.insert("redacted".into(), json!(f.redacted));
    props.insert(
        "facts".into(),
        serde_json::to_value(&f.facts).expect("facts serialise"),
    );
    if !loc.members.is_empty() {
        props.insert("archiveMembers".into(), json!(loc.members));
        props.insert("logicalPath".into(), json!(loc.display_path()));
    }
    if !loc.encodings.is_empty() {
        props.insert("encodings".into(), json!(loc.encodings));
    }
    if let Some(g) = &loc.git {
        props.insert("commit".into(), json!(g.commit));
        props.insert("blob".into(), json!(g.blob));
        props.insert("author".into(), json!(g.author));
        props.insert("date".into(), json!(g.date));
    }
    if !f.notes.is_empty() {
        props.insert("notes".into(), json!(f.notes));
    }
    if let Some(v) = &f.verification {
        props.insert(
            "verification".into(),
            serde_json::to_value(v).expect("verification serialises"),
        );
    }
    let mut r = SarifResult::builder()
        .rule_id(f.rule_id.clone())
        .rule_index(rule_index as i64)
        .level(level(f.severity))
        .message(text_message(message(f, show)))
        .locations(vec![Location {
            physical_location: Some(PhysicalLocation {
                artifact_location: Some(artifact(&loc.path)),
                region: Some(region),
                ..Default::default()
            }),
            ..Default::default()
        }])
        .partial_fingerprints(BTreeMap::from([(
            FINGERPRINT_KEY.to_string(),
            f.fingerprint.clone(),
        )]))
        .properties(PropertyBag {
            tags: None,
            additional_properties: props,
        })
        .build();
    r.fixes = f.fix.as_ref().map(|x| vec![sarif_fix(x)]);
    r
}

/// A suggested change as a SARIF `fix`: one artifactChange per file, each edit a
/// replacement (deletedRegion + insertedContent; an empty region inserts).
fn sarif_fix(fix: &crate::finding::Fix) -> serde_sarif::sarif::Fix {
    let mut by_path: BTreeMap<&str, Vec<&crate::finding::Edit>> = BTreeMap::new();
    for e in &fix.edits {
        by_path.entry(e.path.as_str()).or_default().push(e);
    }
    serde_sarif::sarif::Fix::builder()
        .description(text_message(fix.description.clone()))
        .artifact_changes(
            by_path
                .into_iter()
                .map(|(path, edits)| {
                    serde_sarif::sarif::ArtifactChange::builder()
                        .artifact_location(artifact(path))
                        .replacements(
                            edits
                                .into_iter()
                                .map(|e| {
                                    serde_sarif::sarif::Replacement::builder()
                                        .deleted_region(Region {
                                            start_line: Some(e.start_line as i64),
                                            start_column: Some(e.start_column as i64),
                                            end_line: Some(e.end_line as i64),
                                            end_column: Some(e.end_column as i64),
                                            ..Default::default()
                                        })
                                        .inserted_content(
                                            serde_sarif::sarif::ArtifactContent::builder()
                                                .text(e.text.clone())
                                                .build(),
                                        )
                                        .build()
                                })
                                .collect::<Vec<_>>(),
                        )
                        .build()
                })
                .collect::<Vec<_>>(),
        )
        .build()
}

/// A location under the working directory (or relative to the one scanned directory) is a
/// relative URI under `%SRCROOT%`, which code scanning resolves against the checkout.
/// Anything else — an absolute root elsewhere, a `../` path — is an absolute `file://` URI
/// with no base: a relative URI cannot point outside its base (SARIF1004).
fn artifact(path: &str) -> ArtifactLocation {
    let cwd = std::env::current_dir().ok();
    match place(path, cwd.as_deref()) {
        Place::Relative(rel) => ArtifactLocation {
            uri: Some(uri_escape(&rel)),
            uri_base_id: Some("%SRCROOT%".to_string()),
            ..Default::default()
        },
        Place::Absolute(abs) => ArtifactLocation {
            uri: Some(file_uri(&abs)),
            ..Default::default()
        },
    }
}

#[derive(Debug, PartialEq)]
enum Place {
    Relative(String),
    Absolute(String),
}

/// Where a report path sits relative to `cwd`, with `/` separators and `.`/`..` resolved
/// lexically (the path may no longer exist, and symlinks were not followed by the walk).
fn place(path: &str, cwd: Option<&Path>) -> Place {
    use std::path::Component;
    let p = Path::new(path);
    let escapes = p.components().next() == Some(Component::ParentDir);
    if !p.is_absolute() && !escapes {
        return Place::Relative(path.replace('\\', "/").trim_start_matches("./").to_string());
    }
    let Some(cwd) = cwd else {
        return Place::Absolute(path.replace('\\', "/"));
    };
    let joined = cwd.join(p);
    let mut parts: Vec<Component> = Vec::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(parts.last(), Some(Component::Normal(_))) => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let full: PathBuf = parts.iter().collect();
    match full.strip_prefix(cwd) {
        Ok(rel) if !rel.as_os_str().is_empty() => {
            Place::Relative(rel.to_string_lossy().replace('\\', "/"))
        }
        _ => Place::Absolute(full.to_string_lossy().replace('\\', "/")),
    }
}

/// `file:///abs/path` (RFC 8089), percent-encoded; a Windows drive (`C:/x`) keeps its colon.
fn file_uri(abs: &str) -> String {
    let (drive, rest) = match abs.as_bytes() {
        [d, b':', ..] if d.is_ascii_alphabetic() => abs.split_at(2),
        _ => ("", abs),
    };
    let sep = if drive.is_empty() { "" } else { "/" };
    format!("file://{sep}{drive}{}", uri_escape(rest))
}

/// Percent-encodes a relative path for a SARIF URI (RFC 3986): unreserved characters and
/// `/` stay, everything else (spaces, `#`, `%`, non-ASCII bytes) is escaped.
pub fn uri_escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn pascal_case(id: &str) -> String {
    id.split(['.', '-', '_'])
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut c = s.chars();
            match c.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_escaping() {
        assert_eq!(uri_escape("src/a b#c.txt"), "src/a%20b%23c.txt");
        assert_eq!(uri_escape("dir/é"), "dir/%C3%A9");
        assert_eq!(uri_escape("a/b-c_d.e~f"), "a/b-c_d.e~f");
    }

    #[test]
    fn paths_under_the_working_directory_are_relative_others_file_uris() {
        let cwd = Path::new("/work/repo");
        assert_eq!(
            place("src/a.rs", Some(cwd)),
            Place::Relative("src/a.rs".into())
        );
        assert_eq!(
            place("/work/repo/sub/./b.env", Some(cwd)),
            Place::Relative("sub/b.env".into())
        );
        assert_eq!(
            place("/elsewhere/x y.env", Some(cwd)),
            Place::Absolute("/elsewhere/x y.env".into())
        );
        assert_eq!(
            place("../sibling/c.env", Some(cwd)),
            Place::Absolute("/work/sibling/c.env".into())
        );
        assert_eq!(
            file_uri("/elsewhere/x y.env"),
            "file:///elsewhere/x%20y.env"
        );
        assert_eq!(file_uri("C:/w/a#b"), "file:///C:/w/a%23b");
    }

    #[test]
    fn names() {
        assert_eq!(pascal_case("github.classic-pat"), "GithubClassicPat");
    }
}
