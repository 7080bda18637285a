//! Least privilege: what the repository needs versus what each token grants.
//!
//! One job per module:
//! - [`kb`]: the knowledge base (`rules/knowledge/`): endpoint/action/command/method →
//!   permission;
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
pub mod kb;
pub mod link;
pub mod model;
pub mod rust;
pub mod workflow;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::finding::Finding;
use crate::sources::Warning;
use crate::sources::fs::{FileVisitor, WalkError, WalkOptions};

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
    /// Files that could not be analysed (YAML errors), as `path: message`.
    pub problems: Vec<String>,
    files: BTreeMap<String, String>,
}

impl Analysis {
    /// Analyses files given as (path relative to the root, text).
    pub fn from_files(files: Vec<(String, String)>, repo: Option<String>) -> Analysis {
        let mut an = Analysis {
            repo,
            ..Analysis::default()
        };
        let paths: BTreeSet<String> = files.iter().map(|(p, _)| p.clone()).collect();
        let mut wf_files = Vec::new();
        for (path, text) in &files {
            if workflow::is_workflow(path) {
                wf_files.push((path.clone(), text.clone()));
                continue;
            }
            let mut skip = BTreeSet::new();
            if path.ends_with(".rs")
                && let Some(rf) = rust::scan(path, text)
            {
                an.needs.extend(rf.needs);
                an.env_reads.extend(rf.env_reads);
                skip = rf.lines;
            }
            let f = code::scan(path, text, &skip);
            an.needs.extend(f.needs);
            an.env_reads.extend(f.env_reads);
        }
        link::link_code(&mut an.needs, &an.env_reads);
        for (path, text) in wf_files {
            match workflow::parse(&path, &text, &paths) {
                Ok(wf) => an.workflows.push(wf),
                Err(e) => an.problems.push(format!("{path}: {e}")),
            }
        }
        an.aliases = link::link_workflows(&mut an.workflows, &an.needs);
        an.files = files.into_iter().collect();
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

struct Collector {
    sink: Arc<Mutex<Vec<(String, String)>>>,
    skip: Arc<dyn Fn(&str) -> bool + Send + Sync>,
}

impl FileVisitor for Collector {
    fn file(&mut self, path: &str, data: &[u8]) {
        if data.len() > MAX_CODE_FILE || crate::scan::looks_binary(data) {
            return;
        }
        let text = String::from_utf8_lossy(data).into_owned();
        self.sink
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path.to_string(), text));
    }

    fn warn(&mut self, _warning: Warning) {
        // The token scan reports unreadable files; this pass stays quiet.
    }

    fn wants(&self, path: &str) -> bool {
        (workflow::is_workflow(path) || code::is_code_file(path)) && !(self.skip)(path)
    }
}

/// Reads the tree like the token scan does (same roots, ignores and excludes) and analyses
/// it. `skip` drops paths the user allowlisted.
pub fn analyze(
    walk: &WalkOptions,
    skip: Arc<dyn Fn(&str) -> bool + Send + Sync>,
) -> Result<Analysis, WalkError> {
    let sink = Arc::new(Mutex::new(Vec::new()));
    crate::sources::fs::walk(walk, &|| Collector {
        sink: sink.clone(),
        skip: skip.clone(),
    })?;
    let mut files = std::mem::take(&mut *sink.lock().unwrap_or_else(|e| e.into_inner()));
    files.sort();
    let root = walk.roots.first().cloned();
    let repo = root.as_deref().and_then(git_repo);
    let mut an = Analysis::from_files(files, repo);
    an.root = root;
    Ok(an)
}

/// Findings from assessments, in the scan's order (by place).
pub fn findings(assessments: &[Assessment]) -> Vec<Finding> {
    assessments.iter().map(Assessment::to_finding).collect()
}

/// Adds `extra` to `findings`, keeping them sorted by place like the token scan's.
pub fn merge_findings(findings: &mut Vec<Finding>, extra: Vec<Finding>) {
    findings.extend(extra);
    findings.sort_by(|a, b| {
        (
            &a.location.path,
            &a.location.members,
            a.location.line,
            a.location.column,
            &a.rule_id,
        )
            .cmp(&(
                &b.location.path,
                &b.location.members,
                b.location.line,
                b.location.column,
                &b.rule_id,
            ))
    });
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
