//! What each workflow job's GITHUB_TOKEN should hold: one computation ([`plan`]) behind
//! every suggestion tokenscope makes for a workflow — the message, the SARIF fix, the job
//! summary and `explain` all render a [`JobPlan`].
//!
//! The invariant it enforces: a suggested grant holds every permission a step needs, and a
//! job with a need that cannot be determined keeps what it holds today. A suggestion that
//! would break a job is worse than none.

use std::collections::BTreeMap;

use super::kb;
use super::model::{Access, Need, Needed, Perm, Provider, TokenRef};
use super::workflow::{Job, PermSpec, SCOPES, Workflow};

/// What a job's GITHUB_TOKEN holds today.
#[derive(Debug, Clone, PartialEq)]
pub enum Held {
    /// Its own `permissions:` block, or the workflow's.
    Block(PermSpec),
    /// No block anywhere: the repository's (or the caller's) default, which the repository
    /// does not show.
    Default,
}

impl Held {
    pub fn of(wf: &Workflow, job: &Job) -> Held {
        match (&job.perms, &wf.top) {
            (Some(b), _) | (None, Some(b)) => Held::Block(b.spec.clone()),
            (None, None) => Held::Default,
        }
    }

    /// Per scope, what is held; `None` for the default, which is unknown.
    pub fn grants(&self) -> Option<BTreeMap<String, Access>> {
        match self {
            Held::Block(s) => Some(s.grants()),
            Held::Default => None,
        }
    }
}

/// What the job should be given.
#[derive(Debug, Clone, PartialEq)]
pub enum Suggested {
    /// Exactly these permissions: every known need, nothing else.
    Block(BTreeMap<String, Access>),
    /// Keep today's block: a need is unknown, so nothing it holds can be taken away.
    Keep(PermSpec),
    /// Keep the default it runs with: a need is unknown and there is no block to narrow.
    KeepDefault,
}

/// The needs of one job's GITHUB_TOKEN and what follows from them.
#[derive(Debug, Clone)]
pub struct JobPlan {
    /// Scope → needed access (GITHUB_TOKEN scopes only).
    pub needed: BTreeMap<String, Access>,
    /// Scope → the needs asking for it (`file:line what`).
    pub by: BTreeMap<String, Vec<String>>,
    /// Needs that cannot be determined (`file:line what — why`).
    pub unknown: Vec<String>,
    /// Needs GITHUB_TOKEN cannot meet, and other remarks.
    pub notes: Vec<String>,
    pub held: Held,
}

fn evidence(n: &Need) -> String {
    format!("{}:{} {}", n.file, n.line, n.what)
}

/// The needs presented with this job's GITHUB_TOKEN.
pub fn job_needs<'a>(wf: &Workflow, job: &'a Job) -> Vec<&'a Need> {
    let label = wf.job_label(&job.id);
    job.needs
        .iter()
        .filter(|n| {
            n.provider == Provider::GitHub && n.token == TokenRef::GithubToken(label.clone())
        })
        .collect()
}

/// The plan for `job` holding what it holds today.
pub fn plan(wf: &Workflow, job: &Job) -> JobPlan {
    plan_holding(wf, job, Held::of(wf, job))
}

/// The plan for `job` if it held `held` (a job that inherits the workflow's block).
pub fn plan_holding(wf: &Workflow, job: &Job, held: Held) -> JobPlan {
    let needs: Vec<Need> = job_needs(wf, job).into_iter().cloned().collect();
    let granted = held.grants();
    let g = |p: &Perm| {
        granted
            .as_ref()
            .is_some_and(|g| g.get(&p.name).is_some_and(|a| *a >= p.access))
    };
    // Alternatives resolve to one already held, so a suggestion never swaps a working
    // permission for an equivalent the job lacks.
    let resolved = Needed::from_needs(
        &needs,
        granted.as_ref().map(|_| &g as &dyn Fn(&Perm) -> bool),
    );
    let mut p = JobPlan {
        needed: BTreeMap::new(),
        by: BTreeMap::new(),
        unknown: resolved
            .unknown
            .iter()
            .map(|i| format!("{} — {}", evidence(&needs[*i]), needs[*i].reason))
            .collect(),
        notes: Vec::new(),
        held,
    };
    for ((_, name), (access, idx)) in &resolved.perms {
        let ev: Vec<String> = idx.iter().map(|i| evidence(&needs[*i])).collect();
        if name == "metadata" {
            continue;
        }
        if !SCOPES.contains(&name.as_str()) {
            p.notes.push(format!(
                "{} needs {}: {}, which GITHUB_TOKEN cannot have; pass a GitHub App token or a fine-grained token for that step",
                ev.join(", "),
                kb::workflow_name(name),
                access.as_str()
            ));
            continue;
        }
        p.needed.insert(name.clone(), *access);
        p.by.insert(name.clone(), ev);
    }
    p
}

impl JobPlan {
    /// The grant to suggest. The one place where a suggestion is decided.
    pub fn suggested(&self) -> Suggested {
        if self.unknown.is_empty() {
            return Suggested::Block(self.needed.clone());
        }
        match &self.held {
            Held::Block(spec) => {
                let grants = spec.grants();
                let covered = self
                    .needed
                    .iter()
                    .all(|(k, a)| grants.get(k).is_some_and(|g| g >= a));
                if covered {
                    Suggested::Keep(spec.clone())
                } else {
                    // Today's block misses a known need: keep it and add what is missing.
                    let mut m = grants;
                    merge_max(&mut m, &self.needed);
                    Suggested::Block(m)
                }
            }
            Held::Default => Suggested::KeepDefault,
        }
    }

    /// Whether the suggestion takes anything away from what the job holds today.
    pub fn narrows(&self) -> bool {
        match (self.suggested(), self.held.grants()) {
            (Suggested::Block(b), Some(g)) => g.iter().any(|(k, a)| b.get(k).is_none_or(|x| x < a)),
            (Suggested::Block(_), None) => true,
            _ => false,
        }
    }

    /// Why nothing can be taken away, when a need is unknown.
    pub fn kept_because(&self) -> Option<String> {
        if self.unknown.is_empty() {
            return None;
        }
        let what: Vec<&str> = self
            .unknown
            .iter()
            .map(|u| u.split(" — ").next().unwrap_or(u))
            .collect();
        Some(format!(
            "kept as it is: what {} need{} cannot be determined, so every permission the job holds may be in use",
            what.join(", "),
            if what.len() == 1 { "s" } else { "" }
        ))
    }

    /// Comments for the rendered block: what was kept and why.
    pub fn comments(&self) -> Vec<String> {
        self.unknown
            .iter()
            .map(|u| format!("kept for {}", u.split(" — ").next().unwrap_or(u)))
            .collect()
    }
}

/// The suggested grant as a `permissions:` block at `indent`; `None` for the default,
/// which has no spelling (leave the job without a block).
pub fn render(indent: usize, s: &Suggested, comments: &[String]) -> Option<String> {
    let pad = " ".repeat(indent);
    let block = match s {
        Suggested::Block(m) => render_map(indent, m),
        Suggested::Keep(PermSpec::WriteAll) => format!("{pad}permissions: write-all"),
        Suggested::Keep(PermSpec::ReadAll) => format!("{pad}permissions: read-all"),
        Suggested::Keep(PermSpec::Map(m)) => render_map(indent, m),
        Suggested::KeepDefault => return None,
    };
    // Comments go above the key, where YAML keeps them whatever the value's form.
    let mut text = String::new();
    for c in comments {
        text.push_str(&format!("{pad}# {c}\n"));
    }
    text.push_str(&block);
    Some(text)
}

fn render_map(indent: usize, perms: &BTreeMap<String, Access>) -> String {
    let pad = " ".repeat(indent);
    if perms.is_empty() {
        return format!("{pad}permissions: {{}}");
    }
    let mut s = format!("{pad}permissions:");
    for (k, a) in perms {
        s.push_str(&format!(
            "\n{pad}  {}: {}",
            kb::workflow_name(k),
            a.as_str()
        ));
    }
    s
}

/// A job id as a YAML key: plain when it is safe, quoted otherwise (`"build (linux)"`).
pub fn yaml_key(id: &str) -> String {
    let plain = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        && !id.starts_with('-');
    if plain {
        id.to_string()
    } else {
        format!("\"{}\"", id.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

pub fn merge_max(into: &mut BTreeMap<String, Access>, from: &BTreeMap<String, Access>) {
    for (k, a) in from {
        let e = into.entry(k.clone()).or_insert(*a);
        if *a > *e {
            *e = *a;
        }
    }
}

/// The layout for the jobs that inherit the workflow's block (or the default): jobs that
/// write or mint OIDC tokens get their own block; the others share the top-level one. A job
/// whose needs are unknown keeps what it holds: its own copy of today's block, or — when
/// there is no block today — no top-level block is added at all, so it keeps its default.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The new top-level block; `None` when none may be added.
    pub top: Option<BTreeMap<String, Access>>,
    pub top_comments: Vec<String>,
    /// Per job (index into `wf.jobs`): the grant it gets in its own block.
    pub jobs: Vec<(usize, Suggested, Vec<String>)>,
    /// Jobs left exactly as they are, with why.
    pub kept: Vec<(String, String)>,
}

impl Layout {
    /// Whether applying it takes anything away from any job.
    pub fn narrows(&self, plans: &[(usize, JobPlan)]) -> bool {
        plans.iter().any(|(_, p)| p.narrows())
    }
}

/// Plans the inheriting jobs of `wf` (those without their own block) under `held`, the
/// workflow's block today (or the default).
pub fn layout(wf: &Workflow, held: &Held) -> (Layout, Vec<(usize, JobPlan)>) {
    let mut plans = Vec::new();
    for (i, j) in wf.jobs.iter().enumerate() {
        if j.perms.is_none() {
            plans.push((i, plan_holding(wf, j, held.clone())));
        }
    }
    let mut out = Layout::default();
    let any_default_kept = plans
        .iter()
        .any(|(_, p)| p.suggested() == Suggested::KeepDefault);
    let mut top = BTreeMap::new();
    for (i, p) in &plans {
        let job = &wf.jobs[*i];
        match p.suggested() {
            Suggested::KeepDefault => out
                .kept
                .push((job.id.clone(), p.kept_because().unwrap_or_default())),
            Suggested::Keep(spec) => out.jobs.push((*i, Suggested::Keep(spec), p.comments())),
            Suggested::Block(m) => {
                let writes = m.values().any(|a| *a >= Access::Write) || m.contains_key("id_token");
                if writes || any_default_kept {
                    out.jobs.push((*i, Suggested::Block(m), Vec::new()));
                } else {
                    merge_max(&mut top, &m);
                }
            }
        }
    }
    if !any_default_kept {
        out.top = Some(top);
    }
    (out, plans)
}

/// The layout as YAML a user can paste: the top-level block, then `jobs:` with each job's
/// own block.
pub fn layout_yaml(wf: &Workflow, l: &Layout) -> String {
    let mut s = String::new();
    if let Some(top) = &l.top {
        s.push_str(&render_map(0, top));
        for c in &l.top_comments {
            s.push_str(&format!("\n  # {c}"));
        }
    }
    if !l.jobs.is_empty() {
        if !s.is_empty() {
            s.push('\n');
        }
        s.push_str("jobs:");
        for (i, sug, comments) in &l.jobs {
            s.push_str(&format!("\n  {}:", yaml_key(&wf.jobs[*i].id)));
            if let Some(b) = render(4, sug, comments) {
                s.push('\n');
                s.push_str(&b);
            }
        }
    }
    for (id, why) in &l.kept {
        if !s.is_empty() {
            s.push('\n');
        }
        s.push_str(&format!("# {id}: {why}"));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn wf(text: &str) -> Workflow {
        super::super::workflow::parse(".github/workflows/w.yml", text, &BTreeSet::new()).unwrap()
    }

    #[test]
    fn an_unknown_need_keeps_the_block_and_the_default() {
        let w = wf("on: push
permissions:
  contents: write
  issues: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: someone/unknown-action@v1
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
");
        let a = plan(&w, &w.jobs[0]);
        assert!(!a.unknown.is_empty());
        assert!(matches!(a.suggested(), Suggested::Keep(PermSpec::Map(_))));
        assert!(!a.narrows());
        let b = plan(&w, &w.jobs[1]);
        assert_eq!(
            b.suggested(),
            Suggested::Block([("contents".to_string(), Access::Read)].into())
        );
        assert!(b.narrows());
        // Under the default, the unknown job is left without a block, and no top-level
        // block is added that it would inherit.
        let (l, _) = layout(&w, &Held::Default);
        assert!(l.top.is_none());
        assert_eq!(l.kept.len(), 1);
        assert_eq!(l.jobs.len(), 1);
        // Under the workflow's block, it gets its own copy of that block.
        let (l, _) = layout(&w, &Held::of(&w, &w.jobs[0]));
        assert!(l.top.is_some());
        assert!(
            l.jobs
                .iter()
                .any(|(i, s, _)| *i == 0 && matches!(s, Suggested::Keep(_))),
            "{l:?}"
        );
    }

    #[test]
    fn yaml_keys_are_quoted_when_needed() {
        assert_eq!(yaml_key("build"), "build");
        assert_eq!(yaml_key("build (linux)"), "\"build (linux)\"");
        assert_eq!(yaml_key("a\"b"), "\"a\\\"b\"");
    }
}
