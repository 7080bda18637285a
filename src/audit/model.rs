//! The audit report's content, independent of its rendering: one row per token (by
//! fingerprint) with every place it was found, sorted by risk; workflow findings; counts.

use std::collections::{BTreeMap, BTreeSet};

use crate::finding::{Expiry, Finding, Privilege, Severity};
use crate::verify::{Access, Status, binding_lines};

use super::RepoAudit;

/// Severities from worst to mildest, the order every table and chart uses.
pub const SEVERITIES: [Severity; 4] = [
    Severity::Critical,
    Severity::High,
    Severity::Medium,
    Severity::Low,
];

/// One place a token was found.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub repo: Option<String>,
    pub path: String,
    pub line: usize,
    /// Commit (short), if found in history.
    pub commit: Option<String>,
}

impl Place {
    pub fn label(&self) -> String {
        let mut s = String::new();
        if let Some(r) = &self.repo {
            s.push_str(r);
            s.push(':');
        }
        s.push_str(&format!("{}:{}", self.path, self.line));
        match &self.commit {
            Some(c) => s.push_str(&format!(" (history, {c})")),
            None => s.push_str(" (working tree)"),
        }
        s
    }
}

#[derive(Debug, Clone)]
pub struct FirstSeen {
    pub repo: Option<String>,
    pub commit: String,
    pub author: String,
    pub date: String,
}

/// One leaked token.
#[derive(Debug, Clone)]
pub struct TokenRow {
    pub fingerprint: String,
    pub rule_id: String,
    pub rule_name: String,
    pub provider: String,
    pub kind: String,
    pub severity: Severity,
    pub redacted: String,
    /// `valid`, `invalid`, `unknown (reason)`, or `not verified`.
    pub status: String,
    pub identity: String,
    pub permissions: Vec<String>,
    pub expiry: String,
    /// When the provider says the token was created (`--verify`; AWS, GitLab, Hugging Face).
    pub created: Option<String>,
    /// When the provider says it was last used, or `never used`.
    pub last_used: Option<String>,
    pub places: Vec<Place>,
    pub first_seen: Option<FirstSeen>,
    pub suggestion: String,
    pub notes: Vec<String>,
    pub risk: u32,
    /// The first sort key of the inventory, see [`urgency`].
    pub urgency: u8,
}

/// A workflow's (or other least-privilege) finding.
#[derive(Debug, Clone)]
pub struct WorkflowRow {
    pub repo: Option<String>,
    pub rule_id: String,
    pub file: String,
    pub line: usize,
    pub subject: String,
    pub severity: Severity,
    pub message: String,
    pub excess: Vec<String>,
    pub suggestion: String,
}

#[derive(Debug, Clone)]
pub struct AuditReport {
    pub title: String,
    pub generated: String,
    pub version: &'static str,
    pub targets: Vec<String>,
    pub repos: Vec<String>,
    pub verified: bool,
    pub history: bool,
    pub tokens: Vec<TokenRow>,
    pub workflows: Vec<WorkflowRow>,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
    pub files_scanned: u64,
    pub bytes_scanned: u64,
    /// Unique tokens by provider, counted per severity (in [`SEVERITIES`] order).
    pub by_provider: Vec<(String, [usize; 4])>,
    /// Unique tokens per severity (in [`SEVERITIES`] order).
    pub by_severity: [usize; 4],
}

impl AuditReport {
    /// The largest provider total: the full length of a provider chart's bars.
    pub fn max_provider_total(&self) -> usize {
        self.by_provider
            .iter()
            .map(|(_, c)| c.iter().sum::<usize>())
            .max()
            .unwrap_or(0)
    }
}

fn sev_index(s: Severity) -> usize {
    SEVERITIES.iter().position(|x| *x == s).unwrap_or(3)
}

/// How worrying a token is: severity first, then what the provider said, privilege,
/// lifetime, whether it is still in the tree, and how widely it spread.
fn risk(f: &Finding, places: usize, in_tree: bool) -> u32 {
    let mut r: i64 = match f.severity {
        Severity::Critical => 400,
        Severity::High => 300,
        Severity::Medium => 200,
        Severity::Low => 100,
        Severity::Info => 0,
    };
    if let Some(v) = &f.verification {
        r += match v.status {
            Status::Valid => 80,
            Status::Invalid => -120,
            Status::Unknown { .. } => 0,
        };
        r += match v.max_access() {
            Some(Access::Admin) => 40,
            Some(Access::Write) => 25,
            Some(Access::Read) => 5,
            None => 0,
        };
    } else {
        r += match f.facts.privilege {
            Privilege::Admin => 40,
            Privilege::Write => 25,
            Privilege::Read => 5,
            Privilege::Unknown => 10,
        };
    }
    match expiry_of(f) {
        Expiry::Never => r += 15,
        Expiry::At { expired: true, .. } => r -= 60,
        _ => {}
    }
    if in_tree {
        r += 10;
    }
    r += places.min(10) as i64;
    r.max(0) as u32
}

/// The inventory's first sort key, highest first: a token its provider confirmed live
/// comes before every other (4); among live ones, a broad one (write or admin bindings)
/// first (+2); then one left unused or old (+1: an `unused-for-N-days`, `older-than-N-days`
/// or `stale` hygiene id). A live token is the one to revoke today, a broad one does the
/// most harm, and an unused or old one is the one nobody will miss. Tokens not confirmed
/// live are 0, and [`risk`] orders them as before.
fn urgency(f: &Finding) -> u8 {
    let Some(v) = f.verification.as_ref().filter(|v| v.is_valid()) else {
        return 0;
    };
    let broad = v.max_access().is_some_and(|a| a >= Access::Write);
    let neglected = f
        .facts
        .properties
        .get("hygiene")
        .and_then(serde_json::Value::as_array)
        .is_some_and(|ids| {
            ids.iter().filter_map(serde_json::Value::as_str).any(|id| {
                id == crate::analyze::context::ids::STALE
                    || crate::analyze::context::ids::is_usage(id)
            })
        });
    4 + 2 * u8::from(broad) + u8::from(neglected)
}

/// The provider's creation and last-use dates, as the row shows them.
fn usage_of(f: &Finding) -> (Option<String>, Option<String>) {
    let Some(v) = &f.verification else {
        return (None, None);
    };
    let last = match (&v.last_used, v.never_used) {
        (Some(l), _) => Some(l.clone()),
        (None, true) => Some("never used".to_string()),
        (None, false) => None,
    };
    (v.created.clone(), last)
}

fn expiry_of(f: &Finding) -> Expiry {
    match &f.verification {
        Some(v) if v.expiry != Expiry::Unknown => v.expiry.clone(),
        _ => f.facts.expiry.clone(),
    }
}

fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(a) => a.iter().map(value_text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

const IDENTITY_KEYS: &[&str] = &[
    "account",
    "account_id",
    "user",
    "username",
    "owner",
    "org",
    "organization",
    "team",
    "workspace",
    "project",
    "project_id",
    "client_email",
    "tenant",
];

fn identity_of(f: &Finding) -> String {
    if let Some(id) = f.verification.as_ref().and_then(|v| v.identity.as_ref()) {
        let mut s = id.kind.as_str().to_string();
        if let Some(n) = &id.name {
            s.push_str(&format!(" {n}"));
        }
        if let Some(i) = &id.id {
            s.push_str(&format!(" ({i})"));
        }
        return s;
    }
    let parts: Vec<String> = IDENTITY_KEYS
        .iter()
        .filter_map(|k| {
            f.facts
                .properties
                .get(*k)
                .map(|v| format!("{k}: {}", value_text(v)))
        })
        .collect();
    parts.join("; ")
}

fn permissions_of(f: &Finding) -> Vec<String> {
    let mut out = match &f.verification {
        Some(v) => binding_lines(v, 5),
        None => Vec::new(),
    };
    if out.is_empty() {
        if f.facts.privilege != Privilege::Unknown {
            out.push(format!("privilege: {}", f.facts.privilege.as_str()));
        }
        for k in [
            "scopes",
            "token_type",
            "mode",
            "type",
            "permissions",
            "environment",
        ] {
            if let Some(v) = f.facts.properties.get(k) {
                out.push(format!("{k}: {}", value_text(v)));
            }
        }
    }
    if out.is_empty() {
        out.push("unknown".into());
    }
    out
}

fn status_of(f: &Finding) -> String {
    match &f.verification {
        None => "not verified".into(),
        Some(v) => match &v.status {
            Status::Unknown { reason } => format!("unknown ({})", reason.as_str()),
            s => s.as_str().to_string(),
        },
    }
}

/// Builds the report from the audited repositories.
pub fn build(
    title: &str,
    targets: &[String],
    repos: &[RepoAudit],
    verified: bool,
    notes: Vec<String>,
) -> AuditReport {
    struct Acc<'a> {
        best: &'a Finding,
        places: BTreeSet<Place>,
        first: Option<FirstSeen>,
        in_tree: bool,
        notes: BTreeSet<String>,
    }
    let mut by_fp: BTreeMap<&str, Acc> = BTreeMap::new();
    let mut advice: BTreeMap<&str, &str> = BTreeMap::new();
    let mut workflows = Vec::new();
    let mut warnings = Vec::new();
    let mut files_scanned = 0;
    let mut bytes_scanned = 0;
    for repo in repos {
        files_scanned += repo.stats.files_scanned;
        bytes_scanned += repo.stats.bytes_scanned;
        for w in &repo.warnings {
            let mut s = String::new();
            if let Some(n) = &repo.name
                && w.path != *n
            {
                s.push_str(n);
                s.push(':');
            }
            s.push_str(&format!("{}: {}", w.path, w.message));
            warnings.push(s);
        }
        for f in &repo.findings {
            let place = Place {
                repo: repo.name.clone(),
                path: f.location.display_path(),
                line: f.location.line,
                commit: f
                    .location
                    .git
                    .as_ref()
                    .map(|g| g.commit[..g.commit.len().min(12)].to_string()),
            };
            let acc = by_fp.entry(&f.fingerprint).or_insert_with(|| Acc {
                best: f,
                places: BTreeSet::new(),
                first: None,
                in_tree: false,
                notes: BTreeSet::new(),
            });
            if f.severity > acc.best.severity
                || (acc.best.verification.is_none() && f.verification.is_some())
            {
                acc.best = f;
            }
            acc.in_tree |= f.location.git.is_none();
            acc.notes.extend(f.notes.iter().cloned());
            if let Some(g) = &f.location.git
                && !g.commit.is_empty()
                && acc.first.as_ref().is_none_or(|fs| g.date < fs.date)
            {
                acc.first = Some(FirstSeen {
                    repo: repo.name.clone(),
                    commit: g.commit[..g.commit.len().min(12)].to_string(),
                    author: g.author.split(" <").next().unwrap_or(&g.author).to_string(),
                    date: g.date.clone(),
                });
            }
            acc.places.insert(place);
        }
        for a in &repo.assessments {
            if a.rule_id.starts_with("workflow.") {
                workflows.push(WorkflowRow {
                    repo: repo.name.clone(),
                    rule_id: a.rule_id.to_string(),
                    file: a.file.clone(),
                    line: a.line.max(1),
                    subject: a.subject.clone(),
                    severity: a.severity,
                    message: a.message.clone(),
                    excess: a.excess.clone(),
                    suggestion: a.suggestion.clone(),
                });
            } else if let Some(t) = &a.token_fingerprint
                && !a.suggestion.is_empty()
            {
                advice.entry(t.as_str()).or_insert(a.suggestion.as_str());
            }
        }
    }
    let mut tokens: Vec<TokenRow> = by_fp
        .into_iter()
        .map(|(fp, acc)| {
            let f = acc.best;
            let suggestion = advice
                .get(fp)
                .map(|s| s.to_string())
                .or_else(|| f.facts.suggestion.clone())
                .unwrap_or_else(|| {
                    "Revoke this token and replace it with a narrowly scoped, short-lived one \
                     kept in a secret store."
                        .to_string()
                });
            let (created, last_used) = usage_of(f);
            TokenRow {
                fingerprint: fp.to_string(),
                rule_id: f.rule_id.clone(),
                rule_name: f.rule_name.clone(),
                provider: f.provider.clone(),
                kind: f.kind.clone(),
                severity: f.severity,
                redacted: f.redacted.clone(),
                status: status_of(f),
                identity: identity_of(f),
                permissions: permissions_of(f),
                expiry: expiry_of(f).describe().unwrap_or_else(|| "unknown".into()),
                created,
                last_used,
                risk: risk(f, acc.places.len(), acc.in_tree),
                urgency: urgency(f),
                places: acc.places.into_iter().collect(),
                first_seen: acc.first,
                suggestion,
                notes: acc.notes.into_iter().collect(),
            }
        })
        .collect();
    // Urgency first (see `urgency`), then the risk score as before.
    tokens.sort_by(|a, b| {
        b.urgency
            .cmp(&a.urgency)
            .then_with(|| b.risk.cmp(&a.risk))
            .then_with(|| a.provider.cmp(&b.provider))
            .then_with(|| a.fingerprint.cmp(&b.fingerprint))
    });
    workflows.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| (&a.repo, &a.file, a.line).cmp(&(&b.repo, &b.file, b.line)))
    });
    let mut by_severity = [0usize; 4];
    let mut providers: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for t in &tokens {
        by_severity[sev_index(t.severity)] += 1;
        providers.entry(t.provider.clone()).or_default()[sev_index(t.severity)] += 1;
    }
    let mut by_provider: Vec<(String, [usize; 4])> = providers.into_iter().collect();
    by_provider.sort_by(|a, b| {
        let ta: usize = a.1.iter().sum();
        let tb: usize = b.1.iter().sum();
        tb.cmp(&ta).then_with(|| a.0.cmp(&b.0))
    });
    AuditReport {
        title: title.to_string(),
        generated: jiff::Timestamp::now()
            .round(jiff::Unit::Second)
            .map(|t| t.to_string())
            .unwrap_or_default(),
        version: env!("CARGO_PKG_VERSION"),
        targets: targets.to_vec(),
        repos: repos.iter().filter_map(|r| r.name.clone()).collect(),
        verified,
        history: repos.iter().any(|r| r.history),
        tokens,
        workflows,
        warnings,
        notes,
        files_scanned,
        bytes_scanned,
        by_provider,
        by_severity,
    }
}

impl TokenRow {
    /// `created 2024-01-01T00:00:00Z · last used 2025-06-01T00:00:00Z` (or `· never used`),
    /// for the renderers; `None` when the provider said neither.
    pub fn usage(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(c) = &self.created {
            parts.push(format!("created {c}"));
        }
        match self.last_used.as_deref() {
            Some("never used") => parts.push("never used".to_string()),
            Some(l) => parts.push(format!("last used {l}")),
            None => {}
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

impl AuditReport {
    /// `audit: 5 tokens (2 critical, 3 high), 3 workflow findings, 2 repositories`
    pub fn summary_line(&self) -> String {
        let parts: Vec<String> = SEVERITIES
            .iter()
            .zip(self.by_severity)
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        let mut s = format!(
            "audit: {} token{}",
            self.tokens.len(),
            if self.tokens.len() == 1 { "" } else { "s" }
        );
        if !parts.is_empty() {
            s.push_str(&format!(" ({})", parts.join(", ")));
        }
        s.push_str(&format!(
            ", {} workflow finding{}",
            self.workflows.len(),
            if self.workflows.len() == 1 { "" } else { "s" }
        ));
        if !self.repos.is_empty() {
            s.push_str(&format!(", {} repositories", self.repos.len()));
        }
        s.push_str(&format!(
            " · {} files, {:.1} MB scanned",
            self.files_scanned,
            self.bytes_scanned as f64 / 1e6
        ));
        if !self.warnings.is_empty() {
            s.push_str(&format!(" · {} warnings", self.warnings.len()));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Confidence, Facts, Location, Secret};

    fn finding(
        fp: &str,
        severity: Severity,
        privilege: Privilege,
        commit: Option<(&str, &str)>,
    ) -> Finding {
        Finding {
            rule_id: "r".into(),
            rule_name: "R".into(),
            provider: "p".into(),
            kind: "k".into(),
            severity,
            confidence: Confidence::High,
            location: Location {
                path: "a.env".into(),
                line: 1,
                git: commit.map(|(c, d)| crate::finding::GitOrigin {
                    commit: c.into(),
                    blob: "b".into(),
                    author: "Ann <ann@example.com>".into(),
                    date: d.into(),
                }),
                ..Location::default()
            },
            secret: Secret::new(b"x"),
            redacted: "…".into(),
            fingerprint: fp.into(),
            companions: Vec::new(),
            variable: None,
            facts: Facts {
                privilege,
                ..Facts::default()
            },
            notes: Vec::new(),
            verification: None,
            fix: None,
        }
    }

    #[test]
    fn one_row_per_token_sorted_by_risk_with_first_commit() {
        let repo = RepoAudit {
            findings: vec![
                finding("low", Severity::Medium, Privilege::Read, None),
                finding(
                    "top",
                    Severity::Critical,
                    Privilege::Admin,
                    Some(("c2", "2024-02-01T00:00:00Z")),
                ),
                finding(
                    "top",
                    Severity::Critical,
                    Privilege::Admin,
                    Some(("c1", "2023-01-01T00:00:00Z")),
                ),
                finding("top", Severity::Critical, Privilege::Admin, None),
            ],
            ..RepoAudit::default()
        };
        let r = build("t", &["x".into()], &[repo], false, Vec::new());
        assert_eq!(r.tokens.len(), 2);
        assert_eq!(r.tokens[0].fingerprint, "top");
        assert_eq!(r.tokens[0].places.len(), 3);
        let first = r.tokens[0].first_seen.as_ref().unwrap();
        assert_eq!(
            (first.commit.as_str(), first.author.as_str()),
            ("c1", "Ann")
        );
        assert_eq!(r.by_severity, [1, 0, 1, 0]);
        assert!(r.tokens[0].risk > r.tokens[1].risk);
    }

    fn live(fp: &str, access: Access, hygiene: &[&str]) -> Finding {
        let mut f = finding(fp, Severity::Medium, Privilege::Unknown, None);
        let mut v = crate::verify::Verification::valid("p");
        v.bind("r", "x", access);
        v.created = Some("2024-01-01T00:00:00Z".into());
        v.never_used = true;
        f.verification = Some(v);
        if !hygiene.is_empty() {
            f.facts
                .properties
                .insert("hygiene".into(), serde_json::json!(hygiene));
        }
        f
    }

    #[test]
    fn live_broad_and_neglected_tokens_lead_the_inventory() {
        let mut dead = finding("dead", Severity::Critical, Privilege::Admin, None);
        dead.verification = Some(crate::verify::Verification::invalid("p", "401"));
        let repo = RepoAudit {
            findings: vec![
                // The highest risk score, but not confirmed live.
                finding("unverified", Severity::Critical, Privilege::Admin, None),
                dead,
                live("narrow-old", Access::Read, &["stale"]),
                live("broad", Access::Write, &[]),
                live("narrow", Access::Read, &["no-expiry"]),
                live("broad-unused", Access::Admin, &["unused-for-212-days"]),
                finding("unverified-low", Severity::Low, Privilege::Read, None),
            ],
            ..RepoAudit::default()
        };
        let r = build("t", &["x".into()], &[repo], true, Vec::new());
        let order: Vec<&str> = r.tokens.iter().map(|t| t.fingerprint.as_str()).collect();
        assert_eq!(
            order,
            [
                "broad-unused",
                "broad",
                "narrow-old",
                "narrow",
                // Not live: the risk score orders them, as before.
                "unverified",
                "dead",
                "unverified-low",
            ]
        );
        let top = &r.tokens[0];
        assert_eq!(top.created.as_deref(), Some("2024-01-01T00:00:00Z"));
        assert_eq!(top.last_used.as_deref(), Some("never used"));
        assert_eq!(
            top.usage().as_deref(),
            Some("created 2024-01-01T00:00:00Z · never used")
        );
        assert_eq!(r.tokens[4].usage(), None);
        let md = super::super::markdown::render(&r);
        assert!(
            md.contains("created 2024-01-01T00:00:00Z · never used"),
            "{md}"
        );
        let html = super::super::html::render(&r);
        assert!(html.contains("created 2024-01-01T00:00:00Z · never used"));
    }
}
