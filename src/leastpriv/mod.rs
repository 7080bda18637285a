//! Least privilege: what the repository needs versus what each token grants.
//!
//! One job per module:
//! - [`kb`]: the knowledge base (`rules/knowledge/`): endpoint/action/command/method →
//!   permission; [`triggers`]: which files are worth reading further;
//! - [`classify`]: one request → one [`model::Need`];
//! - [`rust`] (syn), [`code`] (any language, text), [`workflow`] (GitHub Actions): usage
//!   inference;
//! - [`link`]: which token each need is presented with;
//! - [`grant`]: what a leaked token grants;
//! - [`advise`]: granted − needed, suggested minimal tokens and `permissions:` blocks;
//! - [`explain`]: the reasoning, for `tokenscope explain`.

pub mod advise;
pub mod classify;
pub mod code;
pub mod explain;
pub mod grant;
pub mod jobs;
pub mod kb;
pub mod link;
pub mod model;
pub mod rust;
pub mod triggers;
pub mod workflow;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::finding::Finding;
use crate::sources::Warning;
use crate::sources::fs::{FileVisitor, Marks, WalkError, WalkOptions};

pub use advise::Assessment;
use code::EnvRead;
use model::Need;
use workflow::Workflow;

/// Files larger than this are not read for usage inference (minified bundles, data).
const MAX_CODE_FILE: usize = 1 << 20;

/// Everything inferred about one tree.
#[derive(Debug, Default)]
pub struct Analysis {
    /// The first scanned directory, for reading lines of leaked-token files.
    pub root: Option<PathBuf>,
    /// `owner/repo` from the git remote, when visible.
    pub repo: Option<String>,
    /// Needs from code (not workflows), linked to tokens where visible.
    pub needs: Vec<Need>,
    pub env_reads: Vec<EnvRead>,
    pub workflows: Vec<Workflow>,
    /// Env var → secrets it is filled from in workflows.
    pub aliases: BTreeMap<String, BTreeSet<String>>,
    /// Env vars that workflows fill for the scripts they run.
    pub filled: BTreeSet<String>,
    /// Workflow files that could not be analysed (YAML errors): the scan is incomplete.
    pub problems: Vec<Warning>,
    files: BTreeMap<String, String>,
}

impl Analysis {
    /// Analyses files given as (path relative to the root, text), every one of them.
    pub fn from_files(files: Vec<(String, String)>, repo: Option<String>) -> Analysis {
        use rayon::prelude::*;
        let gathered = files
            .into_par_iter()
            .fold(Gathered::default, |mut g, (path, text)| {
                g.paths.push(path.clone());
                let parse = path.ends_with(".rs") && triggers::rust(text.as_bytes());
                g.add_text(path, text, parse);
                g
            })
            .reduce(Gathered::default, Gathered::merge);
        Analysis::from_gathered(gathered, repo)
    }

    /// Links what the files told and parses the workflows.
    fn from_gathered(mut g: Gathered, repo: Option<String>) -> Analysis {
        let mut an = Analysis {
            repo,
            ..Analysis::default()
        };
        // Path order, so the result does not depend on which thread read what.
        g.code.sort_by(|a, b| a.path.cmp(&b.path));
        g.workflows.sort();
        let paths: BTreeSet<String> = std::mem::take(&mut g.paths)
            .into_iter()
            .chain(g.workflows.iter().map(|(p, _)| p.clone()))
            .collect();
        for c in g.code {
            an.needs.extend(c.needs);
            an.env_reads.extend(c.env_reads);
        }
        link::link_code(&mut an.needs, &an.env_reads);
        let repo = workflow::Repo {
            paths,
            actions: std::mem::take(&mut g.actions).into_iter().collect(),
        };
        for (path, text) in &g.workflows {
            match workflow::parse_in(path, text, &repo) {
                Ok(wf) => {
                    // GitHub refuses the whole file over one bad job id; the jobs are still
                    // analysed, so their tokens are advised on as they are meant.
                    let bad: Vec<String> = wf
                        .jobs
                        .iter()
                        .filter(|j| !workflow::valid_job_id(&j.id))
                        .map(|j| format!("`{}`", crate::escape::line(&j.id)))
                        .collect();
                    if !bad.is_empty() {
                        an.problems.push(Warning {
                            path: path.clone(),
                            kind: crate::sources::WarningKind::Workflow,
                            message: format!(
                                "GitHub Actions rejects this workflow: job id {} may only contain letters, digits, '_' and '-', and must start with a letter or '_'",
                                bad.join(", ")
                            ),
                        });
                    }
                    an.workflows.push(wf)
                }
                Err(e) => an.problems.push(Warning {
                    path: path.clone(),
                    kind: crate::sources::WarningKind::Workflow,
                    message: format!(
                        "workflow does not parse, its jobs were not analysed: {}",
                        crate::escape::line(&e)
                    ),
                }),
            }
        }
        (an.aliases, an.filled) = link::link_workflows(&mut an.workflows, &an.needs, &an.env_reads);
        // Only workflows are kept in memory (fixes quote them); other lines are re-read
        // from disk on demand, so a large tree is not held twice.
        an.files = g.workflows.into_iter().collect();
        an
    }

    /// Line `line` (1-based) of `path`: from the analysed files, else from disk.
    pub fn line_of(&self, path: &str, line: usize) -> Option<String> {
        let nth = |t: &str| t.lines().nth(line.checked_sub(1)?).map(str::to_string);
        if let Some(t) = self.files.get(path) {
            return nth(t);
        }
        let p = match &self.root {
            Some(r) if r.is_dir() => r.join(path),
            _ => PathBuf::from(path),
        };
        let data = std::fs::read(p).ok()?;
        nth(&String::from_utf8_lossy(&data))
    }

    /// Workflow findings and token findings (`leaked` are the token scan's findings).
    pub fn assess(&self, leaked: &[Finding]) -> Vec<Assessment> {
        let mut out = Vec::new();
        for wf in &self.workflows {
            out.extend(advise::assess_workflow(wf, &self.workflows));
        }
        out.extend(advise::assess_tokens(self, leaked));
        out
    }
}

/// What one code file (not a workflow) tells about API use and token linkage.
struct CodeUsage {
    path: String,
    needs: Vec<Need>,
    env_reads: Vec<EnvRead>,
}

/// Per-file results, gathered in any order.
#[derive(Default)]
struct Gathered {
    code: Vec<CodeUsage>,
    /// Workflows are parsed together at the end (jobs refer to each other and to scripts).
    workflows: Vec<(String, String)>,
    /// Every file seen, relevant or not: a workflow step that runs one of them runs code
    /// from the repository.
    paths: Vec<String>,
    /// Local actions' metadata (`dir/action.yml`, text), for `uses: ./dir` steps.
    actions: Vec<(String, String)>,
}

impl Gathered {
    /// Infers usage from one file now, so that only the inference (not the text) is kept.
    /// `parse_rust`: a Rust file worth a syn parse ([`triggers::rust_file`]).
    fn add_text(&mut self, path: String, text: String, parse_rust: bool) {
        if workflow::is_action_file(&path) {
            self.actions.push((path, text));
            return;
        }
        if workflow::is_workflow(&path) {
            self.workflows.push((path, text));
            return;
        }
        let (mut needs, mut env_reads) = (Vec::new(), Vec::new());
        let mut skip = BTreeSet::new();
        let parse_rust = parse_rust || (path.ends_with(".rs") && code::reads_credential_env(&text));
        if parse_rust && let Some(rf) = rust::scan(&path, &text) {
            needs.extend(rf.needs);
            env_reads.extend(rf.env_reads);
            skip = rf.lines;
        }
        let f = code::scan(&path, &text, &skip);
        needs.extend(f.needs);
        env_reads.extend(f.env_reads);
        needs.extend(code::origins(&path, &text, &env_reads));
        self.code.push(CodeUsage {
            path,
            needs,
            env_reads,
        });
    }

    fn merge(mut self, other: Gathered) -> Gathered {
        self.code.extend(other.code);
        self.workflows.extend(other.workflows);
        self.paths.extend(other.paths);
        self.actions.extend(other.actions);
        self
    }
}

/// Usage inference over a walk of the tree. Give [`Usage::visitor`] to the walk (alone, or
/// beside the token scan with [`crate::sources::fs::Tee`]), then [`Usage::finish`].
pub struct Usage<'a> {
    gathered: Mutex<Gathered>,
    /// Paths the user allowlisted: never analysed.
    skip: &'a (dyn Fn(&str) -> bool + Sync),
}

impl<'a> Usage<'a> {
    pub fn new(skip: &'a (dyn Fn(&str) -> bool + Sync)) -> Self {
        Usage {
            gathered: Mutex::new(Gathered::default()),
            skip,
        }
    }

    /// One walker thread's visitor; it hands its results over when dropped.
    pub fn visitor(&self) -> UsageVisitor<'_, 'a> {
        UsageVisitor {
            usage: self,
            local: Gathered::default(),
        }
    }

    /// Reads the tree for usage alone (when the token scan did not walk it: git modes).
    pub fn walk(&self, walk: &WalkOptions) -> Result<(), WalkError> {
        crate::sources::fs::walk(walk, &|| self.visitor())
    }

    /// The analysis of everything visited. `root` is the first scanned path.
    pub fn finish(self, root: Option<PathBuf>) -> Analysis {
        let gathered = self
            .gathered
            .into_inner()
            .unwrap_or_else(|e| e.into_inner());
        let repo = root.as_deref().and_then(git_repo);
        let mut an = Analysis::from_gathered(gathered, repo);
        an.root = root;
        an
    }
}

pub struct UsageVisitor<'u, 'a> {
    usage: &'u Usage<'a>,
    local: Gathered,
}

impl FileVisitor for UsageVisitor<'_, '_> {
    fn file(&mut self, path: &str, data: &[u8]) {
        self.marked_file(path, data, None);
    }

    /// With the token pass's marks, a file that names no trigger costs nothing more.
    fn marked_file(&mut self, path: &str, data: &[u8], marks: Option<Marks>) {
        self.local.paths.push(path.to_string());
        if data.len() > MAX_CODE_FILE || crate::scan::looks_binary(data) {
            return;
        }
        let special = workflow::is_workflow(path) || workflow::is_action_file(path);
        let gate = match marks {
            Some(Marks(tags)) => triggers::gate_tagged(path, data, tags),
            None => triggers::gate(path, data),
        };
        if !special && !gate.text {
            return;
        }
        let text = String::from_utf8_lossy(data).into_owned();
        self.local.add_text(path.to_string(), text, gate.parse);
    }

    fn warn(&mut self, _warning: Warning) {
        // The token scan reports unreadable files; this pass stays quiet.
    }

    fn wants(&self, path: &str) -> bool {
        (workflow::is_workflow(path) || workflow::is_action_file(path) || code::is_code_file(path))
            && !(self.usage.skip)(path)
    }
}

impl Drop for UsageVisitor<'_, '_> {
    fn drop(&mut self) {
        let local = std::mem::take(&mut self.local);
        let mut g = self
            .usage
            .gathered
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        g.code.extend(local.code);
        g.workflows.extend(local.workflows);
        g.paths.extend(local.paths);
        g.actions.extend(local.actions);
    }
}

fn is_leastpriv(f: &Finding) -> bool {
    f.rule_id.starts_with("leastpriv.") || f.rule_id.starts_with("workflow.")
}

/// Replaces the least-privilege findings in `findings` with fresh ones: workflow
/// permissions and per-token advice for the tokens in `findings` (again after `--verify`
/// has told what they grant). Returns how many `suppressed` dropped.
pub fn refresh(
    an: &Analysis,
    suppressed: &dyn Fn(&Finding) -> bool,
    findings: &mut Vec<Finding>,
) -> u64 {
    findings.retain(|f| !is_leastpriv(f));
    let extra: Vec<Finding> = findings_of(&an.assess(findings));
    let before = extra.len();
    let extra: Vec<Finding> = extra.into_iter().filter(|f| !suppressed(f)).collect();
    let dropped = (before - extra.len()) as u64;
    merge_findings(findings, extra);
    dropped
}

/// `tokenscope explain TARGET PATH`: scans PATH for tokens (default rules, the directory's
/// .tokenscope.toml), analyses it and prints the reasoning for TARGET. False when nothing
/// matched.
pub fn explain_path(
    target: &str,
    path: &Path,
    out: &mut dyn std::io::Write,
) -> Result<bool, crate::Error> {
    use crate::rules::RuleSet;
    use crate::scan::Engine;
    use crate::suppress::Suppressor;
    let (config, config_file) = crate::config::Config::discover_located(None, path)?;
    let rules = RuleSet::load(&config.scan.rules)?;
    let mut suppressor = Suppressor::new(&config.allow, Default::default())?;
    suppressor.anchor_for_scan(config_file.as_deref(), &[path.to_path_buf()]);
    let engine = Engine {
        policy: config.policy.clone(),
        ..Engine::new(rules, suppressor)
    };
    let walk = WalkOptions {
        roots: vec![path.to_path_buf()],
        no_ignore: false,
        excludes: config.scan.exclude.clone(),
        max_file_size: config.scan.max_file_size.unwrap_or(64 << 20),
        threads: 0,
    };
    let skip = |p: &str| engine.suppressor.path_allowed(p);
    let usage = Usage::new(&skip);
    let scanned = crate::shard::scan_tree_with(&engine, &walk, None, &|| Some(usage.visitor()))?;
    let an = usage.finish(walk.roots.first().cloned());
    let assessments = an.assess(&scanned.findings);
    Ok(explain::explain(&an, &assessments, target, out)?)
}

/// Findings from assessments, in the scan's order (by place).
pub fn findings_of(assessments: &[Assessment]) -> Vec<Finding> {
    assessments.iter().map(Assessment::to_finding).collect()
}

/// Adds `extra` to `findings`, keeping them sorted by place like the token scan's.
pub fn merge_findings(findings: &mut Vec<Finding>, extra: Vec<Finding>) {
    findings.extend(extra);
    crate::scan::sort_by_place(findings);
}

/// `owner/repo` of the `origin` remote (or the first remote) in `.git/config` under `root`.
pub fn git_repo(root: &Path) -> Option<String> {
    let mut dir = if root.is_dir() {
        root.to_path_buf()
    } else {
        root.parent()?.to_path_buf()
    };
    let config = loop {
        let c = dir.join(".git").join("config");
        if c.is_file() {
            break std::fs::read_to_string(c).ok()?;
        }
        if !dir.pop() {
            return None;
        }
    };
    let mut urls: Vec<(bool, String)> = Vec::new();
    let mut in_origin = false;
    for line in config.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            in_origin = t.starts_with("[remote \"origin\"]");
            continue;
        }
        if let Some(rest) = t.strip_prefix("url")
            && let Some(v) = rest.trim_start().strip_prefix('=')
        {
            urls.push((in_origin, v.trim().to_string()));
        }
    }
    urls.sort_by_key(|(o, _)| !*o);
    urls.iter().find_map(|(_, u)| repo_from_url(u))
}

/// `owner/repo` from a GitHub/GitLab remote URL (https, ssh, scp-like).
pub fn repo_from_url(u: &str) -> Option<String> {
    let u = u.trim().trim_end_matches('/').trim_end_matches(".git");
    let rest = if let Some(i) = u.find("://") {
        let after = &u[i + 3..];
        &after[after.find('/')? + 1..]
    } else {
        &u[u.find(':')? + 1..]
    };
    let parts: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
    (parts.len() >= 2).then(|| parts.join("/"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_rust_token_read_is_recorded_in_a_file_that_names_no_api() {
        // The token goes to a client the knowledge base does not know: the read alone keeps
        // its permissions, so it must not be lost for want of a parse trigger.
        let src = "pub fn client() -> acme::Client {\n    \
                   acme::Client::new(std::env::var(\"DEPLOY_TOKEN\").unwrap())\n}\n";
        assert!(!super::triggers::rust(src.as_bytes()));
        let mut g = super::Gathered::default();
        g.add_text("src/client.rs".into(), src.into(), false);
        let reads: Vec<&str> = g.code[0]
            .env_reads
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(reads, ["DEPLOY_TOKEN"]);
        // A read of nothing token-like is no reason to parse.
        assert!(!super::code::reads_credential_env(
            "let p = std::env::var(\"PATH\");"
        ));
    }

    use super::*;

    #[test]
    fn remotes() {
        assert_eq!(
            repo_from_url("git@github.com:acme/web.git").as_deref(),
            Some("acme/web")
        );
        assert_eq!(
            repo_from_url("https://github.com/acme/web").as_deref(),
            Some("acme/web")
        );
        assert_eq!(
            repo_from_url("ssh://git@gitlab.com/group/sub/proj.git").as_deref(),
            Some("group/sub/proj")
        );
    }
}
