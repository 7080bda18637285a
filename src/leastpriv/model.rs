//! The vocabulary shared by inference, linkage and advice: providers, permissions, needs and
//! who holds the token.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    GitHub,
    GitLab,
    Slack,
    Stripe,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::GitHub => "github",
            Provider::GitLab => "gitlab",
            Provider::Slack => "slack",
            Provider::Stripe => "stripe",
        }
    }

    pub fn from_name(s: &str) -> Option<Provider> {
        match s {
            "github" => Some(Provider::GitHub),
            "gitlab" => Some(Provider::GitLab),
            "slack" => Some(Provider::Slack),
            "stripe" => Some(Provider::Stripe),
            _ => None,
        }
    }

    /// The provider an environment variable or secret name points at, if its name says.
    pub fn from_var_name(name: &str) -> Option<Provider> {
        let n = name.to_ascii_uppercase();
        if n.contains("GITHUB") || n.starts_with("GH_") || n == "GH" || n.contains("OCTO") {
            Some(Provider::GitHub)
        } else if n.contains("GITLAB") || n.starts_with("GL_") || n == "CI_JOB_TOKEN" {
            Some(Provider::GitLab)
        } else if n.contains("SLACK") {
            Some(Provider::Slack)
        } else if n.contains("STRIPE") {
            Some(Provider::Stripe)
        } else {
            None
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Access level on one permission. Slack and GitLab scopes are atomic: they use `Read` to
/// mean "held".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Access {
    None,
    Read,
    Write,
    Admin,
}

impl Access {
    pub fn parse(s: &str) -> Access {
        match s.trim().to_ascii_lowercase().as_str() {
            "write" => Access::Write,
            "admin" => Access::Admin,
            "none" => Access::None,
            _ => Access::Read,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Access::None => "none",
            Access::Read => "read",
            Access::Write => "write",
            Access::Admin => "admin",
        }
    }
}

/// One permission at one access level.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Perm {
    pub provider: Provider,
    /// GitHub: canonical fine-grained key (`pull_requests`, `id_token`); Slack/GitLab: the
    /// scope; Stripe: the restricted-key resource (`Charges`).
    pub name: String,
    pub access: Access,
}

impl Perm {
    pub fn new(provider: Provider, name: &str, access: Access) -> Perm {
        Perm {
            provider,
            name: name.to_string(),
            access,
        }
    }

    pub fn scope(provider: Provider, name: &str) -> Perm {
        Perm::new(provider, name, Access::Read)
    }
}

impl fmt::Display for Perm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.provider {
            Provider::GitHub => write!(
                f,
                "{}: {}",
                self.name.replace('_', "-"),
                self.access.as_str()
            ),
            Provider::Stripe => write!(f, "{}: {}", self.name, self.access.as_str()),
            Provider::Slack | Provider::GitLab => f.write_str(&self.name),
        }
    }
}

/// Who presents the token for a need.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "kebab-case")]
pub enum TokenRef {
    /// Read from an environment variable by name.
    Env(String),
    /// A repository/organisation secret named in a workflow (`${{ secrets.NAME }}`).
    Secret(String),
    /// The workflow job's GITHUB_TOKEN (`path#job`).
    GithubToken(String),
    /// Another expression (`steps.app.outputs.token`).
    Expr(String),
    /// Not visible.
    Unlinked,
}

impl TokenRef {
    pub fn label(&self) -> String {
        match self {
            TokenRef::Env(n) => format!("env {n}"),
            TokenRef::Secret(n) => format!("secret {n}"),
            TokenRef::GithubToken(j) => format!("GITHUB_TOKEN of {j}"),
            TokenRef::Expr(e) => format!("token from `{e}`"),
            TokenRef::Unlinked => "an unlinked token".into(),
        }
    }
}

/// What one call, step or command needs.
#[derive(Debug, Clone, Serialize)]
pub struct Need {
    pub provider: Provider,
    /// Any one alternative suffices; each alternative needs all of its permissions. Empty
    /// with `unknown == false`: no permission needed.
    pub alternatives: Vec<Vec<Perm>>,
    /// The need cannot be determined (dynamic route, user script): keep what is granted.
    pub unknown: bool,
    /// The call as written or resolved (`POST /repos/{owner}/{repo}/issues`).
    pub what: String,
    pub reason: String,
    pub file: String,
    pub line: usize,
    /// `owner/repo` (GitHub), project (GitLab), when visible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    pub token: TokenRef,
    /// Classic GitHub OAuth scopes that cover the need (any one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub classic: Vec<String>,
    /// Permissions needed only in special cases, with when.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditional: Vec<(Perm, String)>,
    /// The need cannot be met by this kind of token (e.g. GITHUB_TOKEN and `administration`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Need {
    pub fn new(provider: Provider, what: impl Into<String>, file: &str, line: usize) -> Need {
        Need {
            provider,
            alternatives: Vec::new(),
            unknown: false,
            what: what.into(),
            reason: String::new(),
            file: file.to_string(),
            line,
            resource: None,
            token: TokenRef::Unlinked,
            classic: Vec::new(),
            conditional: Vec::new(),
            note: None,
        }
    }

    pub fn with(mut self, perms: Vec<Perm>) -> Need {
        if !perms.is_empty() {
            self.alternatives.push(perms);
        }
        self
    }

    pub fn place(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// The permissions a set of needs comes to: per permission, the highest access, with the
/// needs that ask for it. Alternatives are resolved against `granted` when one is already
/// held, else to the first.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Needed {
    pub perms: BTreeMap<(Provider, String), (Access, Vec<usize>)>,
    /// Indices of needs whose requirement is unknown.
    pub unknown: Vec<usize>,
}

impl Needed {
    pub fn from_needs(needs: &[Need], granted: Option<&dyn Fn(&Perm) -> bool>) -> Needed {
        let mut out = Needed::default();
        for (i, n) in needs.iter().enumerate() {
            if n.unknown {
                out.unknown.push(i);
                continue;
            }
            let alt = match granted {
                Some(g) => n
                    .alternatives
                    .iter()
                    .find(|alt| alt.iter().all(g))
                    .or(n.alternatives.first()),
                None => n.alternatives.first(),
            };
            for p in alt.into_iter().flatten() {
                let e = out
                    .perms
                    .entry((p.provider, p.name.clone()))
                    .or_insert((p.access, Vec::new()));
                if p.access > e.0 {
                    e.0 = p.access;
                }
                e.1.push(i);
            }
        }
        out
    }

    pub fn access(&self, provider: Provider, name: &str) -> Access {
        self.perms
            .get(&(provider, name.to_string()))
            .map_or(Access::None, |e| e.0)
    }

    pub fn list(&self) -> Vec<Perm> {
        self.perms
            .iter()
            .map(|((p, n), (a, _))| Perm::new(*p, n, *a))
            .collect()
    }
}
