//! The unit of output: one place where one secret was found.
//!
//! A [`Finding`] never serialises its raw secret. The only way to see the bytes is
//! [`Secret::expose`], which the reporters call only when the user asked for `--show-secrets`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How bad a finding is. Ordered: `Low < Medium < High < Critical`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice, not a problem: what a token consumed by the code needs. Never fails a run
    /// unless `--fail-on info` asks for it.
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// GitHub code scanning buckets `security-severity`: at least 9.0 is critical, 7.0
    /// high, 4.0 medium, otherwise low. We pick a value inside each bucket. Advice has
    /// none, so code scanning shows it as a plain note rather than a security alert.
    pub fn security_severity(self) -> Option<&'static str> {
        match self {
            Severity::Info => None,
            Severity::Low => Some("3.0"),
            Severity::Medium => Some("5.5"),
            Severity::High => Some("8.0"),
            Severity::Critical => Some("9.5"),
        }
    }

    pub fn raise(self) -> Severity {
        match self {
            Severity::Info => Severity::Low,
            Severity::Low => Severity::Medium,
            Severity::Medium => Severity::High,
            _ => Severity::Critical,
        }
    }

    pub fn lower(self) -> Severity {
        match self {
            Severity::Critical => Severity::High,
            Severity::High => Severity::Medium,
            Severity::Medium => Severity::Low,
            // The floor: a leaked token never reads as mere advice.
            other => other,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure we are that the match is a real credential (not how dangerous it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// Raw secret bytes. Deliberately not `Serialize`, and `Debug` prints nothing of it, so a
/// stray `{:?}` or `serde_json::to_string` cannot leak it.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Secret(Box<[u8]>);

impl Secret {
    pub fn new(bytes: &[u8]) -> Self {
        Secret(bytes.into())
    }

    /// The raw value. Callers must only print this behind `--show-secrets`.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret(<{} bytes redacted>)", self.0.len())
    }
}

/// Where a finding sits. `path` is relative to the scan root with `/` separators; archive
/// members and git provenance hang off it so that one type serves every source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Location {
    pub path: String,
    /// Path inside an archive, outermost first (`["lib/app.jar", "config.properties"]`
    /// for `outer.zip!lib/app.jar!config.properties`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub git: Option<GitOrigin>,
    /// How the secret was hidden (`base64`, `hex`, `percent`…), outermost first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encodings: Vec<String>,
}

impl Location {
    /// `outer.zip!inner/file.txt` style display path.
    pub fn display_path(&self) -> String {
        let mut s = self.path.clone();
        for m in &self.members {
            s.push('!');
            s.push_str(m);
        }
        s
    }
}

/// The commit that first introduced a blob at a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GitOrigin {
    pub commit: String,
    pub blob: String,
    pub author: String,
    /// RFC 3339.
    pub date: String,
}

/// Privilege class of a credential: what the worst holder could do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Privilege {
    #[default]
    Unknown,
    Read,
    Write,
    Admin,
}

impl Privilege {
    pub fn as_str(self) -> &'static str {
        match self {
            Privilege::Unknown => "unknown",
            Privilege::Read => "read",
            Privilege::Write => "write",
            Privilege::Admin => "admin",
        }
    }
}

/// What a token's format says about its lifetime.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Expiry {
    #[default]
    Unknown,
    Never,
    /// RFC 3339 timestamp.
    At {
        at: String,
        expired: bool,
    },
}

impl Expiry {
    /// The phrase every report uses: `never expires`, `expired {at}`, `expires {at}`;
    /// `None` when nothing is known.
    pub fn describe(&self) -> Option<String> {
        match self {
            Expiry::Unknown => None,
            Expiry::Never => Some("never expires".into()),
            Expiry::At { at, expired: true } => Some(format!("expired {at}")),
            Expiry::At { at, expired: false } => Some(format!("expires {at}")),
        }
    }
}

/// One secret at one place.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule_id: String,
    pub rule_name: String,
    pub provider: String,
    pub kind: String,
    pub severity: Severity,
    pub confidence: Confidence,
    pub location: Location,
    pub secret: Secret,
    pub redacted: String,
    pub fingerprint: String,
    /// The other parts of a multi-part credential found next to it (the AWS access key id
    /// of a secret access key), in the order the rule's `pair_with` names them.
    pub companions: Vec<Companion>,
    /// The variable, key or field the token is assigned to on its line (`GITHUB_TOKEN`),
    /// which links a leaked token to the code that reads that name.
    pub variable: Option<String>,
    /// Offline facts decoded from the token (type, mode, scopes, account…).
    pub facts: Facts,
    /// Human-readable notes attached by analyzers ("production credential in a test path").
    pub notes: Vec<String>,
    /// What the provider said about the token (`--verify`); `None` when not verified.
    pub verification: Option<crate::verify::Verification>,
    /// A suggested change (SARIF `fix`), e.g. a minimal workflow `permissions:` block.
    pub fix: Option<Fix>,
}

/// One part of a multi-part credential, attached to the finding of its secret half.
#[derive(Debug, Clone)]
pub struct Companion {
    pub rule_id: String,
    /// Raw like [`Finding::secret`], and as guarded.
    pub secret: Secret,
    /// How reports show it: in full for identifiers, redacted otherwise.
    pub shown: String,
    pub line: usize,
}

impl Finding {
    /// The raw value of the part found by rule `rule_id`, if it was paired.
    pub fn companion(&self, rule_id: &str) -> Option<&Secret> {
        self.companions
            .iter()
            .find(|c| c.rule_id == rule_id)
            .map(|c| &c.secret)
    }
}

/// A suggested source change: replacements in one or more files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    pub description: String,
    pub edits: Vec<Edit>,
}

/// Replace the text from (start_line, start_column) up to, not including, (end_line,
/// end_column) with `text`; equal start and end insert. Lines and columns are 1-based,
/// columns count Unicode scalar values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    pub path: String,
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub text: String,
}

/// What the token string alone tells about its power, filled by `analyze`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub privilege: Privilege,
    pub expiry: Expiry,
    /// Plain-words least-privilege advice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// Structured, provider-specific properties (`token_type`, `mode`, `account_id`…).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, serde_json::Value>,
}

/// SHA-256 over the rule id and the secret, hex encoded. Stable when lines move, shared by
/// every place the same token appears, and useless to anyone trying to recover the token.
pub fn fingerprint(rule_id: &str, secret: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(rule_id.as_bytes());
    h.update([0u8]);
    h.update(secret);
    let digest = h.finalize();
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Redacts a secret for display: the rule's public prefix (e.g. `ghp_`) if the secret starts
/// with it, then `…`, then at most 4 trailing characters, fewer for short secrets, so that
/// never more than a small fraction of the random part is shown.
pub fn redact(secret: &[u8], public_prefix: &str) -> String {
    let prefix = if !public_prefix.is_empty()
        && secret.len() > public_prefix.len() + 8
        && secret.starts_with(public_prefix.as_bytes())
    {
        public_prefix
    } else {
        ""
    };
    let rest = secret.len() - prefix.len();
    let tail = match rest {
        0..=11 => 0,
        12..=23 => 2,
        _ => 4,
    };
    let tail_bytes = &secret[secret.len() - tail..];
    let tail_str: String = tail_bytes
        .iter()
        .map(|&b| if b.is_ascii_graphic() { b as char } else { '?' })
        .collect();
    format!("{prefix}…{tail_str}")
}

/// An identifier shown in full (an AWS access key id): printable ASCII kept, anything
/// else replaced, so that a crafted match cannot carry control characters into a report.
pub fn show_identifier(value: &[u8]) -> String {
    value
        .iter()
        .map(|&b| if b.is_ascii_graphic() { b as char } else { '?' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_depends_on_rule_and_secret() {
        let a = fingerprint("r1", b"abc");
        assert_eq!(a.len(), 64);
        assert_ne!(a, fingerprint("r2", b"abc"));
        assert_ne!(a, fingerprint("r1", b"abd"));
        assert_eq!(a, fingerprint("r1", b"abc"));
        // The separator keeps ("r1a","bc") and ("r1","abc") apart.
        assert_ne!(fingerprint("r1a", b"bc"), a);
    }

    #[test]
    fn redaction_shows_prefix_and_short_tail_only() {
        let token = b"ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let r = redact(token, "ghp_");
        assert_eq!(r, "ghp_…6789");
        let short = redact(b"hunter2hunter", "");
        assert_eq!(short, "…er");
        assert_eq!(redact(b"tiny", ""), "…");
        // A prefix longer than the secret's room for randomness is not shown.
        assert_eq!(redact(b"sk_live_abc", "sk_live_"), "…");
    }

    #[test]
    fn secret_debug_does_not_leak() {
        let s = Secret::new(b"super-secret-value");
        let dbg = format!("{s:?}");
        assert!(!dbg.contains("super"));
    }

    #[test]
    fn severity_order_and_steps() {
        assert!(Severity::Low < Severity::Critical);
        assert_eq!(Severity::High.raise(), Severity::Critical);
        assert_eq!(Severity::Low.lower(), Severity::Low);
    }
}
