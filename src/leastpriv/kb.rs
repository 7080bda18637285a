//! The knowledge base: data files under `rules/knowledge/`, embedded at build time and
//! parsed once. Everything provider-specific about "which call needs which permission" lives
//! there; this module only loads it and answers look-ups.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::model::{Access, Perm, Provider};

const GITHUB_REST: &str = include_str!("../../rules/knowledge/github-rest.json");
const ACTIONS: &str = include_str!("../../rules/knowledge/actions.toml");
const COMMANDS: &str = include_str!("../../rules/knowledge/commands.toml");
const OCTOCRAB: &str = include_str!("../../rules/knowledge/octocrab.toml");
const OCTOKIT: &str = include_str!("../../rules/knowledge/octokit.toml");
const PYGITHUB: &str = include_str!("../../rules/knowledge/pygithub.toml");
const GOGITHUB: &str = include_str!("../../rules/knowledge/gogithub.toml");
const SLACK: &str = include_str!("../../rules/knowledge/slack.toml");
const GITLAB: &str = include_str!("../../rules/knowledge/gitlab.toml");
const STRIPE: &str = include_str!("../../rules/knowledge/stripe.toml");

/// The whole knowledge base. Built lazily; the embedded files are checked by unit tests, so
/// a parse failure here is a build defect and panics.
pub struct Kb {
    pub github: GithubRest,
    pub actions: Vec<ActionEntry>,
    pub commands: Vec<CommandEntry>,
    pub octocrab: Vec<OctocrabCall>,
    pub octokit: Vec<OctokitCall>,
    /// PyGithub method name → route (same shape as Octokit's).
    pub pygithub: BTreeMap<String, OctokitCall>,
    /// go-github `Service.Method` → route (same shape as Octokit's).
    pub gogithub: BTreeMap<String, OctokitCall>,
    pub slack: SlackKb,
    pub gitlab: GitlabKb,
    pub stripe: StripeKb,
}

pub fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::load().expect("embedded knowledge base parses"))
}

impl Kb {
    pub fn load() -> Result<Kb, String> {
        let github = GithubRest::parse(GITHUB_REST)?;
        let actions: ActionsFile = toml::from_str(ACTIONS).map_err(|e| format!("actions: {e}"))?;
        let commands: CommandsFile =
            toml::from_str(COMMANDS).map_err(|e| format!("commands: {e}"))?;
        let mut cmds = Vec::new();
        for c in commands.command {
            cmds.push(CommandEntry::new(c)?);
        }
        let octocrab: OctocrabFile =
            toml::from_str(OCTOCRAB).map_err(|e| format!("octocrab: {e}"))?;
        let octokit: OctokitFile = toml::from_str(OCTOKIT).map_err(|e| format!("octokit: {e}"))?;
        let pygithub: OctokitFile =
            toml::from_str(PYGITHUB).map_err(|e| format!("pygithub: {e}"))?;
        let gogithub: OctokitFile =
            toml::from_str(GOGITHUB).map_err(|e| format!("gogithub: {e}"))?;
        let slack: SlackKb = toml::from_str(SLACK).map_err(|e| format!("slack: {e}"))?;
        let gitlab: GitlabKb = toml::from_str(GITLAB).map_err(|e| format!("gitlab: {e}"))?;
        let stripe: StripeKb = toml::from_str(STRIPE).map_err(|e| format!("stripe: {e}"))?;
        let mut octocrab = octocrab.call;
        // Longest chains first so that `repos.releases.create` wins over `repos.*`.
        octocrab.sort_by_key(|c| std::cmp::Reverse(c.chain.len()));
        Ok(Kb {
            github,
            actions: actions.action,
            commands: cmds,
            octocrab,
            octokit: octokit.call,
            pygithub: pygithub
                .call
                .into_iter()
                .map(|c| (c.method.clone(), c))
                .collect(),
            gogithub: gogithub
                .call
                .into_iter()
                .map(|c| (c.method.clone(), c))
                .collect(),
            slack,
            gitlab,
            stripe,
        })
    }

    /// The action entry for a `uses:` reference (`owner/repo[/path]@ref`), if known, for
    /// whatever version the reference names.
    pub fn action(&self, uses: &str) -> Option<&ActionEntry> {
        let name = uses.split('@').next().unwrap_or(uses).to_ascii_lowercase();
        let name = name.trim_end_matches('/');
        self.actions.iter().find(|a| a.uses == name).or_else(|| {
            self.actions.iter().find(|a| {
                a.uses
                    .strip_suffix("/*")
                    .is_some_and(|p| name.starts_with(p) && name[p.len()..].starts_with('/'))
            })
        })
    }

    /// The entry for the version a step uses: `uses` with its ref, and the comment on the
    /// step's line (`@<sha> # v4.1.0` pins a SHA to a tag). A version that cannot be told
    /// (a branch, a bare SHA) gets the needs of every version together.
    pub fn action_at(&self, uses: &str, comment: Option<&str>) -> Option<ActionEntry> {
        let a = self.action(uses)?;
        if a.versions.is_empty() {
            return Some(a.clone());
        }
        let r = uses.split_once('@').map(|(_, r)| r).unwrap_or("");
        let major = major_of(r).or_else(|| {
            let sha = r.len() >= 7 && r.bytes().all(|b| b.is_ascii_hexdigit());
            let c = comment?;
            sha.then(|| {
                c.split(|ch: char| ch.is_whitespace() || ch == '=' || ch == ':')
                    .find_map(major_of)
            })
            .flatten()
        });
        Some(match major {
            Some(m) => match a
                .versions
                .iter()
                .filter(|v| m < v.below)
                .min_by_key(|v| v.below)
            {
                Some(v) => a.with_version(v),
                None => a.clone(),
            },
            None => {
                let mut all = a.clone();
                for v in &a.versions {
                    for (k, lvl) in &v.permissions {
                        let e = all.permissions.entry(k.clone()).or_insert(lvl.clone());
                        if Access::parse(lvl) > Access::parse(e) {
                            *e = lvl.clone();
                        }
                    }
                    all.when.extend(v.when.iter().cloned());
                    all.unknown |= v.unknown;
                }
                all.reason = format!(
                    "{} (the version is not known: what every version needs)",
                    all.reason
                );
                all
            }
        })
    }
}

/// The major version a ref names: `v4`, `v4.1.2`, `4`, `v4-beta` → 4.
fn major_of(r: &str) -> Option<u32> {
    let t = r.trim().trim_start_matches("refs/tags/");
    let t = t
        .strip_prefix('v')
        .or_else(|| t.strip_prefix('V'))
        .unwrap_or(t);
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    let rest = &t[digits.len()..];
    if !(rest.is_empty() || rest.starts_with('.') || rest.starts_with('-')) {
        return None;
    }
    digits.parse().ok()
}

// ---------------------------------------------------------------------------------------
// GitHub REST

#[derive(Debug, Deserialize)]
struct RestFile {
    permissions: BTreeMap<String, PermissionInfo>,
    endpoints: Vec<RestEndpoint>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PermissionInfo {
    pub title: String,
    /// `repository`, `organization`, `user` or `enterprise`.
    pub level: String,
    pub classic_read: Option<String>,
    pub classic_write: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RestEndpoint {
    pub verb: String,
    pub path: String,
    /// Alternatives (any one suffices), each a set of (permission, access) all needed.
    pub requires: Vec<Vec<(String, String)>>,
    #[serde(default)]
    pub classic: Vec<String>,
    #[serde(default)]
    pub conditional: Vec<(String, String, String)>,
    #[serde(default = "yes")]
    pub fine_grained_pat: bool,
    #[serde(default)]
    pub unknown: bool,
}

fn yes() -> bool {
    true
}

pub struct GithubRest {
    pub permissions: BTreeMap<String, PermissionInfo>,
    pub endpoints: Vec<RestEndpoint>,
    segs: Vec<Vec<Seg>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Lit(String),
    Param,
}

fn template_segs(path: &str) -> Vec<Seg> {
    path.trim_matches('/')
        .split('/')
        .map(|s| {
            if s.starts_with('{') && s.ends_with('}') {
                Seg::Param
            } else {
                Seg::Lit(s.to_string())
            }
        })
        .collect()
}

/// Whether a concrete path segment is a placeholder (`{owner}`, `:id`, `${repo}`, `$REPO`,
/// `%s`, `{}`) rather than a literal.
pub fn is_placeholder(seg: &str) -> bool {
    seg.is_empty()
        || seg.contains('{')
        || seg.contains('$')
        || seg.starts_with(':')
        || seg.contains('%')
        || seg.contains('<')
        || seg.contains('+')
        || seg.contains('"')
        || seg.contains('\'')
        || seg.contains('`')
}

impl GithubRest {
    fn parse(text: &str) -> Result<GithubRest, String> {
        let f: RestFile = serde_json::from_str(text).map_err(|e| format!("github-rest: {e}"))?;
        let segs = f.endpoints.iter().map(|e| template_segs(&e.path)).collect();
        Ok(GithubRest {
            permissions: f.permissions,
            endpoints: f.endpoints,
            segs,
        })
    }

    /// Finds the endpoint a concrete request path (`/repos/acme/web/issues/12`, with or
    /// without placeholders) and verb refer to. Among templates that fit, the one with the
    /// most literal segments matched literally wins (`/repos/{o}/{r}/issues/comments` over
    /// `/repos/{o}/{r}/issues/{issue_number}`).
    pub fn lookup(&self, verb: &str, path: &str) -> Option<&RestEndpoint> {
        let verb = verb.to_ascii_lowercase();
        let path = normalize_github_path(path);
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        // (score, index, whether a variable stands for one of the route's literal segments)
        let mut best: Option<(usize, usize, bool)> = None;
        let mut tied = false;
        for (i, segs) in self.segs.iter().enumerate() {
            if segs.len() != parts.len() || self.endpoints[i].verb != verb {
                continue;
            }
            let mut score = 0;
            let mut ok = true;
            let mut weak = false;
            for (s, p) in segs.iter().zip(&parts) {
                match s {
                    Seg::Lit(l) => {
                        if l == p {
                            score += 2;
                        } else if is_placeholder(p) {
                            // A variable in the code could hold this literal; weak match.
                            weak = true;
                        } else {
                            ok = false;
                            break;
                        }
                    }
                    Seg::Param => {
                        if is_placeholder(p) {
                            score += 1;
                        }
                    }
                }
            }
            if !ok {
                continue;
            }
            match best {
                Some((b, j, _)) if score == b => {
                    tied |= self.endpoints[j].requires != self.endpoints[i].requires;
                }
                Some((b, _, _)) if score < b => {}
                _ => {
                    best = Some((score, i, weak));
                    tied = false;
                }
            }
        }
        // A variable standing for a literal segment, with other routes fitting as well and
        // needing other permissions, names no endpoint: guessing one could suggest less
        // than the call needs, so the route counts as unknown.
        match best {
            Some((_, _, true)) if tied => None,
            Some((_, i, _)) => Some(&self.endpoints[i]),
            None => None,
        }
    }

    pub fn title(&self, perm: &str) -> String {
        self.permissions
            .get(perm)
            .map(|p| p.title.clone())
            .unwrap_or_else(|| match perm {
                "id_token" => "ID token (OIDC)".into(),
                "discussions" => "Discussions".into(),
                "models" => "Models".into(),
                "repository_projects" => "Projects (classic)".into(),
                other => other.replace('_', " "),
            })
    }

    pub fn level(&self, perm: &str) -> &str {
        self.permissions
            .get(perm)
            .map(|p| p.level.as_str())
            .unwrap_or("repository")
    }

    /// The classic OAuth scope covering `perm` at `access`.
    pub fn classic_scope(&self, perm: &str, access: Access) -> Option<String> {
        let info = self.permissions.get(perm)?;
        match access {
            Access::Read => info.classic_read.clone(),
            _ => info.classic_write.clone(),
        }
    }
}

/// The words of a command match that the pattern itself spells (`docker login`, `gh pr
/// comment`, `git push`): a need's label, never the command line as written, which may hold
/// a token (`docker login -p ghp_… ghcr.io`). A secret cannot be a substring of a public
/// pattern, so nothing secret survives.
pub fn command_words(pattern: &regex::Regex, matched: &str) -> String {
    let words: Vec<&str> = matched
        .split_whitespace()
        .filter(|w| pattern.as_str().contains(w))
        .collect();
    words.join(" ")
}

/// Strips scheme, host, API prefix and query from a GitHub URL or path, leaving
/// `/repos/...`.
pub fn normalize_github_path(p: &str) -> String {
    let mut s = p.trim();
    for prefix in ["https://", "http://"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.find('/').map_or("", |i| &rest[i..]);
        }
    }
    if let Some(rest) = s.strip_prefix("/api/v3") {
        s = rest;
    }
    let s = s.split(['?', '#']).next().unwrap_or("");
    let s = s.trim_end_matches('/');
    if s.starts_with('/') {
        s.to_string()
    } else {
        format!("/{s}")
    }
}

// ---------------------------------------------------------------------------------------
// GitHub Actions

#[derive(Debug, Deserialize)]
struct ActionsFile {
    action: Vec<ActionEntry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionEntry {
    pub uses: String,
    #[serde(default)]
    pub permissions: BTreeMap<String, String>,
    #[serde(default)]
    pub any_of: Vec<BTreeMap<String, String>>,
    pub token_input: Option<String>,
    pub token_env: Option<String>,
    #[serde(default)]
    pub token_required: bool,
    #[serde(default)]
    pub unknown: bool,
    pub reason: String,
    #[serde(default)]
    pub when: Vec<ActionWhen>,
    /// Where the facts come from (the action's README, action.yml, source).
    #[serde(default)]
    pub sources: Vec<String>,
    /// Older major versions that needed something else (`[[action.version]]`).
    #[serde(default, rename = "version")]
    pub versions: Vec<ActionVersion>,
}

/// What major versions below `below` need, in place of the entry's own fields.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionVersion {
    pub below: u32,
    #[serde(default)]
    pub permissions: BTreeMap<String, String>,
    #[serde(default)]
    pub any_of: Vec<BTreeMap<String, String>>,
    pub token_input: Option<String>,
    #[serde(default)]
    pub unknown: bool,
    #[serde(default)]
    pub when: Vec<ActionWhen>,
    pub reason: String,
}

impl ActionEntry {
    fn with_version(&self, v: &ActionVersion) -> ActionEntry {
        ActionEntry {
            permissions: v.permissions.clone(),
            any_of: v.any_of.clone(),
            token_input: v.token_input.clone().or_else(|| self.token_input.clone()),
            unknown: v.unknown,
            when: v.when.clone(),
            reason: v.reason.clone(),
            versions: Vec::new(),
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionWhen {
    /// Empty: the clause does not depend on an input (only on `logged_in_to`).
    #[serde(default)]
    pub input: String,
    pub contains: Option<String>,
    pub and_input: Option<String>,
    pub and_contains: Option<String>,
    /// Also requires that the job logs in (docker/login-action) to a registry containing
    /// this (`ghcr.io`): an image pushed after that login goes there.
    pub logged_in_to: Option<String>,
    #[serde(default)]
    pub replace: bool,
    #[serde(default)]
    pub permissions: BTreeMap<String, String>,
    pub token_input: Option<String>,
    pub via: Option<String>,
    pub reason: String,
}

#[derive(Debug, Deserialize)]
struct CommandsFile {
    command: Vec<RawCommand>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommand {
    pattern: String,
    context: Option<String>,
    permissions: BTreeMap<String, String>,
    token: String,
    reason: String,
    /// Where the facts come from; for the people who maintain the table, not the analysis.
    #[serde(default, rename = "sources")]
    _sources: Vec<String>,
}

pub struct CommandEntry {
    pub pattern: regex::Regex,
    pub context: Option<regex::Regex>,
    pub permissions: BTreeMap<String, String>,
    pub token: String,
    pub reason: String,
}

impl CommandEntry {
    fn new(c: RawCommand) -> Result<CommandEntry, String> {
        let re = |s: &str| regex::Regex::new(s).map_err(|e| format!("commands: `{s}`: {e}"));
        Ok(CommandEntry {
            pattern: re(&c.pattern)?,
            context: c.context.as_deref().map(re).transpose()?,
            permissions: c.permissions,
            token: c.token,
            reason: c.reason,
        })
    }
}

/// Canonical GitHub permission name: workflow spelling (`pull-requests`) and fine-grained
/// spelling (`pull_requests`) both become `pull_requests`.
pub fn canon_github(name: &str) -> String {
    name.trim().to_ascii_lowercase().replace('-', "_")
}

/// Workflow spelling of a canonical permission (`pull_requests` -> `pull-requests`).
pub fn workflow_name(canon: &str) -> String {
    canon.replace('_', "-")
}

pub fn github_perms(map: &BTreeMap<String, String>) -> Vec<Perm> {
    map.iter()
        .map(|(k, v)| Perm::new(Provider::GitHub, &canon_github(k), Access::parse(v)))
        .collect()
}

// ---------------------------------------------------------------------------------------
// octocrab / octokit

#[derive(Debug, Deserialize)]
struct OctocrabFile {
    call: Vec<OctocrabCall>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OctocrabCall {
    pub chain: Vec<String>,
    pub verb: String,
    pub path: String,
}

#[derive(Debug, Deserialize)]
struct OctokitFile {
    call: Vec<OctokitCall>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OctokitCall {
    pub method: String,
    pub verb: String,
    pub path: String,
}

// ---------------------------------------------------------------------------------------
// Slack

#[derive(Debug, Deserialize)]
pub struct SlackKb {
    pub methods: BTreeMap<String, Vec<String>>,
    pub user_only: SlackUserOnly,
    pub implies: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub conversation_types: ConversationTypes,
}

/// Methods whose scopes follow the conversation `types` they are asked for.
#[derive(Debug, Default, Deserialize)]
pub struct ConversationTypes {
    pub methods: Vec<String>,
    /// Conversation type (`private_channel`) → the scope that lists it (`groups:read`).
    pub scopes: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
pub struct SlackUserOnly {
    pub methods: Vec<String>,
}

// ---------------------------------------------------------------------------------------
// GitLab

#[derive(Debug, Deserialize)]
pub struct GitlabKb {
    pub default_read: String,
    pub default_write: String,
    pub endpoint: Vec<GitlabEndpoint>,
    pub operations: BTreeMap<String, String>,
    pub implies: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GitlabEndpoint {
    pub path: String,
    pub read: Option<String>,
    pub write: Option<String>,
    pub reason: String,
}

impl GitlabKb {
    /// The scope a request needs, with the reason. `path` is relative to `/api/v4`.
    pub fn scope(&self, verb: &str, path: &str) -> (String, String) {
        let write = !verb.eq_ignore_ascii_case("get") && !verb.eq_ignore_ascii_case("head");
        let parts: Vec<&str> = path
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .trim_matches('/')
            .split('/')
            .collect();
        for e in &self.endpoint {
            let t: Vec<&str> = e.path.trim_matches('/').split('/').collect();
            let fits = if t.last() == Some(&"*") {
                parts.len() >= t.len() && seg_fit(&t[..t.len() - 1], &parts[..t.len() - 1])
            } else {
                parts.len() == t.len() && seg_fit(&t, &parts)
            };
            if !fits {
                continue;
            }
            let s = if write { &e.write } else { &e.read };
            if let Some(s) = s {
                return (s.clone(), e.reason.clone());
            }
        }
        if write {
            (
                self.default_write.clone(),
                "changes data through the API".into(),
            )
        } else {
            (
                self.default_read.clone(),
                "reads data through the API".into(),
            )
        }
    }

    /// Whether holding `granted` gives `needed`.
    pub fn covers(&self, granted: &str, needed: &str) -> bool {
        covers_by(&self.implies, granted, needed)
    }
}

fn seg_fit(t: &[&str], p: &[&str]) -> bool {
    t.iter()
        .zip(p)
        .all(|(t, p)| t.starts_with(':') || t == p || (is_placeholder(p) && !t.starts_with(':')))
}

/// Transitive implication check over an `implies` table.
pub fn covers_by(implies: &BTreeMap<String, Vec<String>>, granted: &str, needed: &str) -> bool {
    if granted == needed {
        return true;
    }
    let mut stack = vec![granted.to_string()];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(g) = stack.pop() {
        if !seen.insert(g.clone()) {
            continue;
        }
        if let Some(next) = implies.get(&g) {
            for n in next {
                if n == needed {
                    return true;
                }
                stack.push(n.clone());
            }
        }
    }
    false
}

// ---------------------------------------------------------------------------------------
// Stripe

#[derive(Debug, Deserialize)]
pub struct StripeKb {
    pub resource: Vec<StripeResource>,
    pub sdk: StripeSdk,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StripeResource {
    pub name: String,
    pub paths: Vec<String>,
    pub sdk: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct StripeSdk {
    pub read_methods: Vec<String>,
}

impl StripeKb {
    /// The resource a `/v1/...` path addresses (longest matching path prefix).
    pub fn by_path(&self, path: &str) -> Option<&StripeResource> {
        let p = path.trim_start_matches('/');
        let p = p.strip_prefix("v1/").unwrap_or(p);
        let p = p.split(['?', '#']).next().unwrap_or("");
        let mut best: Option<(&StripeResource, usize)> = None;
        for r in &self.resource {
            for rp in &r.paths {
                let fits = p == rp || p.starts_with(&format!("{rp}/"));
                if fits && best.is_none_or(|(_, l)| rp.len() > l) {
                    best = Some((r, rp.len()));
                }
            }
        }
        best.map(|(r, _)| r)
    }

    pub fn by_sdk(&self, name: &str) -> Option<&StripeResource> {
        self.resource
            .iter()
            .find(|r| r.sdk.iter().any(|s| s == name))
    }
}

// ---------------------------------------------------------------------------------------
// Classic GitHub scopes

/// Classic OAuth scope hierarchy: a token holding the key also holds each value.
pub fn classic_implies() -> &'static BTreeMap<String, Vec<String>> {
    static M: OnceLock<BTreeMap<String, Vec<String>>> = OnceLock::new();
    M.get_or_init(|| {
        let pairs: &[(&str, &[&str])] = &[
            (
                "repo",
                &[
                    "repo:status",
                    "repo_deployment",
                    "public_repo",
                    "repo:invite",
                    "security_events",
                ],
            ),
            ("admin:org", &["write:org", "manage_runners:org"]),
            ("write:org", &["read:org"]),
            ("admin:repo_hook", &["write:repo_hook"]),
            ("write:repo_hook", &["read:repo_hook"]),
            ("write:packages", &["read:packages"]),
            ("user", &["read:user", "user:email", "user:follow"]),
            ("admin:public_key", &["write:public_key"]),
            ("write:public_key", &["read:public_key"]),
            ("admin:gpg_key", &["write:gpg_key"]),
            ("write:gpg_key", &["read:gpg_key"]),
            ("admin:ssh_signing_key", &["write:ssh_signing_key"]),
            ("write:ssh_signing_key", &["read:ssh_signing_key"]),
            ("project", &["read:project"]),
            ("codespace", &["codespace:secrets"]),
            ("admin:enterprise", &["manage_runners:enterprise"]),
        ];
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knowledge_base_loads_and_is_large_enough() {
        let kb = Kb::load().unwrap();
        assert!(kb.github.endpoints.len() > 900);
        assert!(kb.actions.len() >= 40, "{} actions", kb.actions.len());
        assert!(kb.slack.methods.len() >= 40);
        assert!(kb.stripe.resource.len() >= 20);
    }

    #[test]
    fn every_octocrab_and_octokit_path_is_a_rest_endpoint() {
        let kb = Kb::load().unwrap();
        for c in &kb.octocrab {
            let e = kb.github.lookup(&c.verb, &c.path);
            assert!(
                e.is_some_and(|e| e.path == c.path),
                "{:?} -> {} {} not in github-rest.json",
                c.chain,
                c.verb,
                c.path
            );
        }
        for c in kb
            .octokit
            .iter()
            .chain(kb.pygithub.values())
            .chain(kb.gogithub.values())
        {
            let e = kb.github.lookup(&c.verb, &c.path);
            assert!(
                e.is_some_and(|e| e.path == c.path),
                "{} -> {} {} not in github-rest.json",
                c.method,
                c.verb,
                c.path
            );
        }
    }

    #[test]
    fn every_action_permission_is_a_github_token_scope() {
        let kb = Kb::load().unwrap();
        // The workflow scopes, plus what actions and commands may need of another token
        // (a PAT passed in) that GITHUB_TOKEN cannot have.
        let mut known: Vec<&str> = crate::leastpriv::workflow::SCOPES.to_vec();
        known.extend([
            "organization_projects",
            "administration",
            "secrets",
            "actions_variables",
        ]);
        for a in &kb.actions {
            let mut maps = vec![&a.permissions];
            maps.extend(a.any_of.iter());
            maps.extend(a.when.iter().map(|w| &w.permissions));
            for m in maps {
                for (k, v) in m {
                    assert!(known.contains(&canon_github(k).as_str()), "{}: {k}", a.uses);
                    assert!(matches!(v.as_str(), "read" | "write"), "{}: {v}", a.uses);
                }
            }
        }
        for c in &kb.commands {
            for k in c.permissions.keys() {
                assert!(known.contains(&canon_github(k).as_str()), "{k}");
            }
        }
    }

    #[test]
    fn rest_lookup_prefers_literal_segments() {
        let kb = Kb::load().unwrap();
        let e = kb
            .github
            .lookup(
                "GET",
                "https://api.github.com/repos/acme/web/issues/comments?x=1",
            )
            .unwrap();
        assert_eq!(e.path, "/repos/{owner}/{repo}/issues/comments");
        let e = kb
            .github
            .lookup("post", "/repos/${owner}/${repo}/issues/12/comments")
            .unwrap();
        assert_eq!(
            e.path,
            "/repos/{owner}/{repo}/issues/{issue_number}/comments"
        );
        assert!(
            kb.github
                .lookup("get", "/repos/a/b/nonsense/x/y/z")
                .is_none()
        );
    }

    #[test]
    fn action_lookup_strips_version_and_matches_prefixes() {
        let kb = Kb::load().unwrap();
        assert_eq!(
            kb.action("actions/checkout@v4").unwrap().uses,
            "actions/checkout"
        );
        assert_eq!(
            kb.action("reviewdog/action-eslint@v1").unwrap().uses,
            "reviewdog/*"
        );
        assert!(kb.action("someone/unknown@v1").is_none());
    }

    #[test]
    fn gitlab_scopes() {
        let kb = Kb::load().unwrap();
        assert_eq!(kb.gitlab.scope("GET", "/projects/12/issues").0, "read_api");
        assert_eq!(kb.gitlab.scope("POST", "/projects/12/issues").0, "api");
        assert_eq!(kb.gitlab.scope("GET", "/user").0, "read_user");
        assert_eq!(
            kb.gitlab
                .scope("GET", "/projects/12/repository/files/a%2Fb/raw")
                .0,
            "read_repository"
        );
        assert!(kb.gitlab.covers("api", "read_user"));
        assert!(!kb.gitlab.covers("read_api", "api"));
    }

    #[test]
    fn stripe_resources() {
        let kb = Kb::load().unwrap();
        assert_eq!(
            kb.stripe.by_path("/v1/charges/ch_1").unwrap().name,
            "Charges"
        );
        assert_eq!(
            kb.stripe.by_path("v1/checkout/sessions").unwrap().name,
            "Checkout Sessions"
        );
        assert_eq!(
            kb.stripe.by_sdk("paymentIntents").unwrap().name,
            "Payment Intents"
        );
    }

    #[test]
    fn action_versions_pick_the_needs_of_the_version_used() {
        let file: ActionsFile = toml::from_str(
            r#"
[[action]]
uses = "acme/labeler"
permissions = { contents = "read", pull-requests = "write" }
reason = "v5"
sources = ["https://example.invalid/readme"]
[[action.version]]
below = 5
permissions = { pull-requests = "write" }
reason = "v4 and older"
"#,
        )
        .unwrap();
        let kb = Kb {
            actions: file.action,
            ..Kb::load().unwrap()
        };
        let perms = |uses: &str, c: Option<&str>| {
            let a = kb.action_at(uses, c).unwrap();
            a.permissions.keys().cloned().collect::<Vec<_>>()
        };
        assert_eq!(
            perms("acme/labeler@v5", None),
            ["contents", "pull-requests"]
        );
        assert_eq!(perms("acme/labeler@v4.1.0", None), ["pull-requests"]);
        let sha = "acme/labeler@0123456789abcdef0123456789abcdef01234567";
        assert_eq!(perms(sha, Some("v4.2")), ["pull-requests"]);
        // A branch or an unexplained SHA: every version's needs together.
        assert_eq!(
            perms("acme/labeler@main", None),
            ["contents", "pull-requests"]
        );
        assert_eq!(perms(sha, None), ["contents", "pull-requests"]);
        assert_eq!(major_of("v12"), Some(12));
        assert_eq!(major_of("release-1"), None);
        assert_eq!(major_of("4-beta"), Some(4));
    }
}
