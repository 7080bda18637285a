//! Human output: one block per leaked token, worst first. The leak comes first (rule,
//! redacted token, where), then what the token can do (verified, or assumed from its
//! format), the excess over what the code needs, the first action ("revoke now") and the
//! least-privilege replacement. Workflow findings and advice about code that reads a token
//! nobody leaked follow as blocks of their own. Plain words, wrapped to the terminal width
//! with a hanging indent; suggested YAML is printed as is, ready to paste.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use super::{Report, shown_secret};
use crate::escape;
use crate::finding::{Finding, Privilege, Severity};
use crate::scope::is_tree_finding;

/// Indent of a block's detail lines, and of their continuation lines.
const INDENT: usize = 4;
const HANG: usize = 6;
/// Hex digits of a fingerprint printed in text (`explain` and allowlists accept them).
pub const SHORT_FINGERPRINT: usize = 12;

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
        self.paint(code, &s.as_str().to_uppercase())
    }
}

/// Display width of `s`: one column per character (the report prints no wide glyphs).
fn width_of(s: &str) -> usize {
    s.chars().count()
}

/// Wraps `text` at spaces to `width` columns: the first line after `first` (already laid
/// out, `first_width` columns), the others indented by `hang` spaces. A word longer than a
/// line (a token, a URL) is kept whole on a line of its own.
fn wrap(first: &str, first_width: usize, text: &str, width: usize, hang: usize) -> String {
    let mut out = String::from(first);
    let mut col = first_width;
    // After a lead (`    note:`) the first word needs a space; on a bare line it does not.
    let mut at_start = first.trim().is_empty();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width_of(word);
        if !at_start && col + 1 + w > width {
            out.push('\n');
            out.push_str(&" ".repeat(hang));
            col = hang;
            at_start = true;
        }
        if !at_start {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
        at_start = false;
    }
    out
}

/// Wraps the summary between its ` · ` parts, so that no count is split from its noun.
fn wrap_parts(line: &str, width: usize) -> String {
    let mut out = String::new();
    let mut col = 0;
    for (i, part) in line.split(" · ").enumerate() {
        let w = width_of(part);
        if i > 0 && col + 3 + w > width {
            out.push_str(" ·\n  ");
            col = 2;
        } else if i > 0 {
            out.push_str(" · ");
            col += 3;
        }
        out.push_str(part);
        col += w;
    }
    out
}

/// One detail line: `label: text`, wrapped under the block.
fn detail(out: &mut dyn Write, width: usize, label: &str, text: &str) -> std::io::Result<()> {
    let first = format!("{}{label}:", " ".repeat(INDENT));
    let w = width_of(&first);
    writeln!(out, "{}", wrap(&first, w, text, width, HANG))
}

/// A `snake_case` key in words (`account_id` → `account id`).
fn words_of_key(k: &str) -> String {
    k.replace('_', " ")
}

/// A property value in words: strings as they are, lists joined, maps as `key value`.
fn words_of_value(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(a) => a.iter().map(words_of_value).collect::<Vec<_>>().join(", "),
        serde_json::Value::Object(m) => m
            .iter()
            .map(|(k, v)| format!("{} {}", words_of_key(k), words_of_value(v)))
            .collect::<Vec<_>>()
            .join(", "),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Properties that are plumbing between stages, or said better elsewhere in the block.
const HIDDEN_PROPERTIES: &[&str] = &[
    "token_fingerprint",
    "subject",
    "excess",
    "unknown_needs",
    "paired_line",
    "paired_with",
    "context_marker",
    "hygiene",
    "access_key_id",
];

/// The first action for a leaked token, from its rule's remediation: the URL where it is
/// revoked if the remediation names one, else its first sentence.
pub fn first_action(remediation: &str) -> Option<String> {
    let start = remediation.find("https://")?;
    let url: String = remediation[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | ')' | '"' | '\''))
        .collect();
    let url = url.trim_end_matches(['.', ',', ';', '*']).to_string();
    (url.len() > "https://".len()).then_some(url)
}

/// The first sentence of a remediation, without markdown emphasis.
fn first_sentence(remediation: &str) -> String {
    let plain = remediation.replace("**", "");
    let end = plain
        .match_indices(". ")
        .map(|(i, _)| i + 1)
        .next()
        .unwrap_or(plain.len());
    plain[..end].trim().to_string()
}

fn short(fp: &str) -> &str {
    &fp[..fp.len().min(SHORT_FINGERPRINT)]
}

fn place(f: &Finding) -> String {
    let mut s = escape::line(&f.location.display_path()).into_owned();
    s.push_str(&format!(":{}", f.location.line));
    if f.location.column > 1 || !is_tree_finding(f) {
        s.push_str(&format!(":{}", f.location.column));
    }
    s
}

/// A block: the finding it leads with and the advice findings about the same token.
struct Block<'a> {
    lead: &'a Finding,
    advice: Vec<&'a Finding>,
}

impl Block<'_> {
    fn severity(&self) -> Severity {
        self.lead.severity
    }
}

/// Groups findings into blocks: each token with the advice about it; workflow findings and
/// advice about no leaked token on their own. Worst first, then by place.
fn blocks(findings: &[Finding]) -> Vec<Block<'_>> {
    let mut by_token: HashMap<&str, usize> = HashMap::new();
    let mut out: Vec<Block> = Vec::new();
    for f in findings.iter().filter(|f| !is_tree_finding(f)) {
        by_token.entry(f.fingerprint.as_str()).or_insert(out.len());
        out.push(Block {
            lead: f,
            advice: Vec::new(),
        });
    }
    for f in findings.iter().filter(|f| is_tree_finding(f)) {
        let about = f
            .facts
            .properties
            .get("token_fingerprint")
            .and_then(|v| v.as_str())
            .and_then(|t| by_token.get(t).copied());
        match about {
            Some(i) => out[i].advice.push(f),
            None => out.push(Block {
                lead: f,
                advice: Vec::new(),
            }),
        }
    }
    // Stable: equal severities keep the scan's order, which is by place.
    out.sort_by_key(|b| std::cmp::Reverse(b.severity()));
    out
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let st = Style { on: report.color };
    let width = report.width.max(40);
    let blocks = blocks(report.findings);
    for b in &blocks {
        if is_tree_finding(b.lead) {
            tree_block(&st, width, b.lead, out)?;
        } else {
            token_block(report, &st, width, b, out)?;
        }
        writeln!(out)?;
    }
    if !report.summary {
        return Ok(());
    }
    let summary = summary(report);
    let mut lines = summary.lines();
    if let Some(first) = lines.next() {
        writeln!(out, "{}", wrap_parts(first, width))?;
    }
    for line in lines {
        writeln!(out, "{}", wrap("", 0, line, width, 2))?;
    }
    Ok(())
}

/// The block's first line: severity, what, and the value (a redacted token, or a place).
fn header(
    st: &Style,
    width: usize,
    severity: Severity,
    title: &str,
    value: &str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let label = severity.as_str().to_uppercase();
    let plain = wrap(
        &label,
        label.len(),
        &format!("{title}  {value}"),
        width,
        HANG,
    );
    let painted = match plain.strip_prefix(&label) {
        Some(rest) => format!("{}{}", st.severity(severity), rest),
        None => plain,
    };
    writeln!(out, "{painted}")
}

fn token_block(
    report: &Report,
    st: &Style,
    width: usize,
    b: &Block,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let f = b.lead;
    let token = escape::line(&shown_secret(f, report.show_secrets)).into_owned();
    header(
        st,
        width,
        f.severity,
        &escape::line(&f.rule_name),
        &token,
        out,
    )?;
    let mut at = place(f);
    if let Some(v) = &f.variable {
        at.push_str(&format!(", assigned to {}", escape::line(v)));
    }
    detail(out, width, "where", &at)?;
    if let Some(g) = &f.location.git {
        detail(
            out,
            width,
            "introduced",
            &format!(
                "commit {} by {} on {}",
                &g.commit[..g.commit.len().min(12)],
                escape::line(&g.author),
                escape::line(&g.date)
            ),
        )?;
    }
    for c in &f.companions {
        let shown = if report.show_secrets {
            String::from_utf8_lossy(c.secret.expose()).into_owned()
        } else {
            c.shown.clone()
        };
        let what = report
            .rules
            .index_of(&c.rule_id)
            .map(|i| report.rules.get(i).spec.name.clone())
            .unwrap_or_else(|| c.rule_id.clone());
        detail(
            out,
            width,
            "paired with",
            &format!(
                "{} {} on line {}",
                escape::line(&what),
                escape::line(&shown),
                c.line
            ),
        )?;
    }
    // What it can do: the provider's answer if asked, else what the format suggests.
    match &f.verification {
        Some(v) => {
            for line in crate::verify::text_lines(v) {
                let line = line.strip_prefix("verified: ").unwrap_or(&line).to_string();
                detail(out, width, "verified", &escape::line(&line))?;
            }
        }
        None => {
            let mut can = Vec::new();
            if f.facts.privilege != Privilege::Unknown {
                can.push(format!("{} access", f.facts.privilege.as_str()));
            }
            if !can.is_empty() {
                detail(
                    out,
                    width,
                    "can do",
                    &format!("{} (may grant, unverified)", can.join(", ")),
                )?;
            }
        }
    }
    let mut facts: Vec<String> = Vec::new();
    facts.extend(f.facts.expiry.describe());
    facts.extend(properties(f));
    if !facts.is_empty() {
        detail(out, width, "facts", &escape::line(&facts.join(" · ")))?;
    }
    for a in &b.advice {
        if let Some(ex) = a.facts.properties.get("excess") {
            let label = if f.verification.is_some() {
                "excess"
            } else {
                "excess, may grant, unverified"
            };
            detail(out, width, label, &escape::line(&words_of_value(ex)))?;
        }
    }
    for n in &f.notes {
        detail(out, width, "note", &escape::line(n))?;
    }
    if let Some(i) = report.rules.index_of(&f.rule_id) {
        let remediation = &report.rules.get(i).spec.remediation;
        match first_action(remediation) {
            Some(url) => detail(out, width, "revoke now", &escape::line(&url))?,
            None if !remediation.is_empty() => detail(
                out,
                width,
                "first",
                &escape::line(&first_sentence(remediation)),
            )?,
            None => {}
        }
    }
    // The least-privilege replacement: the analysis' when it read the code, else the rule's.
    let instead = b
        .advice
        .iter()
        .find_map(|a| a.facts.suggestion.as_deref())
        .or(f.facts.suggestion.as_deref());
    if let Some(s) = instead {
        suggestion(out, width, "replace with", s)?;
    }
    let mut fps = format!("{} · rule {}", short(&f.fingerprint), f.rule_id);
    for a in &b.advice {
        fps.push_str(&format!(
            " · advice {} ({})",
            short(&a.fingerprint),
            a.severity
        ));
    }
    detail(out, width, "fingerprint", &fps)
}

/// Properties worth reading, in words.
fn properties(f: &Finding) -> Vec<String> {
    f.facts
        .properties
        .iter()
        .filter(|(k, _)| !HIDDEN_PROPERTIES.contains(&k.as_str()))
        .map(|(k, v)| format!("{} {}", words_of_key(k), words_of_value(v)))
        .filter(|s| !s.trim().is_empty())
        .collect()
}

/// A suggestion: one paragraph wrapped like any detail, or (when it holds YAML, several
/// lines) a lead line and the block itself, indented as one, so that it pastes as is.
fn suggestion(out: &mut dyn Write, width: usize, label: &str, s: &str) -> std::io::Result<()> {
    let s = escape::text(s);
    let mut lines = s.lines();
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    if rest.is_empty() && !looks_like_yaml(first) {
        return detail(out, width, label, first);
    }
    let (lead, body): (&str, Vec<&str>) = if looks_like_yaml(first) {
        (
            "paste into the workflow",
            std::iter::once(first).chain(rest).collect(),
        )
    } else {
        (first.trim_end_matches(':'), rest)
    };
    detail(out, width, label, lead)?;
    for l in body {
        writeln!(out, "{}{l}", " ".repeat(INDENT + 4))?;
    }
    Ok(())
}

/// A YAML line of a suggested block (`permissions: {}`, `jobs:`, `  contents: read`).
fn looks_like_yaml(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("permissions:") || t.starts_with("jobs:")
}

fn tree_block(st: &Style, width: usize, f: &Finding, out: &mut dyn Write) -> std::io::Result<()> {
    header(
        st,
        width,
        f.severity,
        &escape::line(&f.rule_name),
        &place(f),
        out,
    )?;
    if let Some(s) = f.facts.properties.get("subject") {
        detail(out, width, "about", &escape::line(&words_of_value(s)))?;
    }
    for n in &f.notes {
        detail(out, width, "why", &escape::line(n))?;
    }
    if let Some(ex) = f.facts.properties.get("excess") {
        detail(out, width, "excess", &escape::line(&words_of_value(ex)))?;
    }
    if let Some(u) = f.facts.properties.get("unknown_needs") {
        detail(out, width, "not known", &escape::line(&words_of_value(u)))?;
    }
    if let Some(s) = &f.facts.suggestion {
        suggestion(out, width, "fix", s)?;
    }
    detail(
        out,
        width,
        "fingerprint",
        &format!("{} · rule {}", short(&f.fingerprint), f.rule_id),
    )
}

/// `3 tokens (1 critical, 2 high) · 1 workflow finding · 120 files, 3.2 MB scanned · …`:
/// tokens are counted once each, as the audit counts them, whatever advice hangs off them.
pub fn summary(report: &Report) -> String {
    let mut by: BTreeMap<std::cmp::Reverse<Severity>, usize> = BTreeMap::new();
    let (mut workflow, mut advice) = (0, 0);
    let tokens: std::collections::HashSet<&str> = report
        .findings
        .iter()
        .filter(|f| !is_tree_finding(f))
        .map(|f| f.fingerprint.as_str())
        .collect();
    let mut n = 0;
    for f in report.findings {
        if f.rule_id.starts_with("workflow.") {
            workflow += 1;
        } else if is_tree_finding(f) {
            let about = f
                .facts
                .properties
                .get("token_fingerprint")
                .and_then(|v| v.as_str());
            if !about.is_some_and(|t| tokens.contains(t)) {
                advice += 1;
            }
        } else {
            n += 1;
            *by.entry(std::cmp::Reverse(f.severity)).or_default() += 1;
        }
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let mut s = format!("{n} token{}", plural(n));
    if !by.is_empty() {
        let parts: Vec<String> = by.iter().map(|(k, v)| format!("{v} {}", k.0)).collect();
        s.push_str(&format!(" ({})", parts.join(", ")));
    }
    if workflow > 0 {
        s.push_str(&format!(
            " · {workflow} workflow finding{}",
            plural(workflow)
        ));
    }
    if advice > 0 {
        s.push_str(&format!(" · {advice} advice"));
    }
    let st = report.stats;
    s.push_str(&format!(
        " · {} file{}, {:.1} MB scanned · {} skipped",
        st.files_scanned,
        plural(st.files_scanned as usize),
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
    if let Some(h) = &report.hint {
        s.push('\n');
        s.push_str(h);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_with_a_hanging_indent_and_keeps_long_words_whole() {
        let long = "x".repeat(30);
        let w = wrap("    note:", 9, &format!("aa bb cc {long} dd"), 20, 6);
        let lines: Vec<&str> = w.lines().collect();
        assert_eq!(lines[0], "    note: aa bb cc");
        assert_eq!(lines[1], format!("      {long}"));
        assert_eq!(lines[2], "      dd");
    }

    #[test]
    fn first_action_is_the_remediation_url() {
        assert_eq!(
            first_action("Revoke the token at <https://github.com/settings/tokens>, then x."),
            Some("https://github.com/settings/tokens".into())
        );
        assert_eq!(first_action("Delete the key (**Account**)."), None);
        assert_eq!(
            first_sentence("Delete the key in **Account → API**. Then more."),
            "Delete the key in Account → API."
        );
    }

    #[test]
    fn values_read_as_words() {
        let v = serde_json::json!({"o": 1, "scopes": ["a", "b"]});
        assert_eq!(words_of_value(&v), "o 1, scopes a, b");
        assert_eq!(words_of_key("key_id_prefix"), "key id prefix");
    }
}
