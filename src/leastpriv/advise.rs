//! Judgement: granted versus needed, per token and per workflow job, with the suggested
//! minimal token or `permissions:` block. Produces [`Assessment`]s that become findings and
//! that `tokenscope explain` prints.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::finding::{self, Confidence, Edit, Facts, Finding, Fix, Location, Secret, Severity};

use super::Analysis;
use super::grant::{self, Grant};
use super::jobs::{self, Held, JobPlan, Layout, Suggested, merge_max};
use super::kb::{self, covers_by, kb};
use super::model::{Access, Need, Needed, Perm, Provider, TokenRef};
use super::workflow::{Job, PermBlock, PermSpec, Workflow};

/// One row of the reasoning: a permission, what is granted, what is needed and by whom.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub permission: String,
    pub granted: String,
    pub needed: String,
    /// `file:line what` of each need asking for it.
    pub evidence: Vec<String>,
    pub excess: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub rule_id: &'static str,
    pub rule_name: &'static str,
    pub subject: String,
    pub provider: Provider,
    pub file: String,
    pub line: usize,
    pub fingerprint: String,
    /// Fingerprint of the leaked token this is about, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_fingerprint: Option<String>,
    /// Names this assessment answers to in `explain` (env var, secret, job label).
    pub names: Vec<String>,
    pub severity: Severity,
    pub confidence: Confidence,
    pub granted_summary: String,
    pub rows: Vec<Row>,
    /// Needs that cannot be determined statically; what they touch is kept.
    pub unknown: Vec<String>,
    /// Notes (needs this kind of token cannot meet, conditional permissions).
    pub notes: Vec<String>,
    pub excess: Vec<String>,
    pub message: String,
    pub suggestion: String,
    #[serde(skip)]
    pub fix: Option<Fix>,
}

impl Assessment {
    pub fn to_finding(&self) -> Finding {
        Finding {
            rule_id: self.rule_id.to_string(),
            rule_name: self.rule_name.to_string(),
            provider: self.provider.as_str().to_string(),
            kind: if self.rule_id.starts_with("workflow.") {
                "workflow-permissions".into()
            } else {
                "token-permissions".into()
            },
            severity: self.severity,
            confidence: self.confidence,
            location: Location {
                path: self.file.clone(),
                line: self.line.max(1),
                column: 1,
                end_line: self.line.max(1),
                end_column: 1,
                ..Location::default()
            },
            secret: Secret::new(b""),
            redacted: String::new(),
            fingerprint: self.fingerprint.clone(),
            companions: Vec::new(),
            variable: None,
            facts: Facts {
                suggestion: Some(self.suggestion.clone()),
                properties: {
                    let mut p = BTreeMap::new();
                    p.insert("subject".into(), serde_json::json!(self.subject));
                    if !self.excess.is_empty() {
                        p.insert("excess".into(), serde_json::json!(self.excess));
                    }
                    if !self.unknown.is_empty() {
                        p.insert("unknown_needs".into(), serde_json::json!(self.unknown));
                    }
                    if let Some(t) = &self.token_fingerprint {
                        p.insert("token_fingerprint".into(), serde_json::json!(t));
                    }
                    p
                },
                ..Facts::default()
            },
            notes: vec![self.message.clone()],
            verification: None,
            fix: self.fix.clone(),
        }
    }
}

/// `repo (only public_repo needed)` / `admin:org (not needed)`: a granted scope beyond the
/// need, with the narrower needed scopes it covers.
fn scope_excess(granted: &str, covered: &[&String]) -> String {
    if covered.is_empty() {
        format!("{granted} (not needed)")
    } else {
        let names: Vec<&str> = covered.iter().map(|s| s.as_str()).collect();
        format!("{granted} (only {} needed)", names.join(", "))
    }
}

fn evidence(n: &Need) -> String {
    format!("{}:{} {}", n.file, n.line, n.what)
}

// ---------------------------------------------------------------------------------------
// Workflows

fn perms_list(m: &BTreeMap<String, Access>) -> String {
    if m.is_empty() {
        return "nothing".into();
    }
    m.iter()
        .map(|(k, a)| format!("{}: {}", kb::workflow_name(k), a.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn spec_list(s: &PermSpec) -> String {
    match s {
        PermSpec::WriteAll => "write-all".into(),
        PermSpec::ReadAll => "read-all".into(),
        PermSpec::Map(_) => perms_list(&s.grants()),
    }
}

fn line_len(wf: &Workflow, line: usize) -> usize {
    wf.lines
        .get(line.saturating_sub(1))
        .map_or(0, |l| l.chars().count())
}

fn replace_block(wf: &Workflow, b: &PermBlock, text: String) -> Edit {
    Edit {
        path: wf.path.clone(),
        start_line: b.start,
        start_column: 1,
        end_line: b.end,
        end_column: line_len(wf, b.end) + 1,
        text,
    }
}

fn insert_before(wf: &Workflow, line: usize, text: String) -> Edit {
    Edit {
        path: wf.path.clone(),
        start_line: line,
        start_column: 1,
        end_line: line,
        end_column: 1,
        text,
    }
}

/// Rows of the reasoning; the excess only when every need is known (otherwise nothing can
/// be called excess).
fn rows_for(granted: &BTreeMap<String, Access>, p: &JobPlan) -> (Vec<Row>, Vec<String>) {
    let mut rows = Vec::new();
    let mut excess = Vec::new();
    let mut names: BTreeSet<&String> = granted.keys().collect();
    names.extend(p.needed.keys());
    for name in names {
        let g = granted.get(name).copied().unwrap_or(Access::None);
        let n = p.needed.get(name).copied().unwrap_or(Access::None);
        let is_excess = g > n && p.unknown.is_empty();
        if is_excess {
            excess.push(if n == Access::None {
                format!("{}: {} (not needed)", kb::workflow_name(name), g.as_str())
            } else {
                format!(
                    "{}: {} (only {} needed)",
                    kb::workflow_name(name),
                    g.as_str(),
                    n.as_str()
                )
            });
        }
        rows.push(Row {
            permission: kb::workflow_name(name),
            granted: g.as_str().into(),
            needed: n.as_str().into(),
            evidence: p.by.get(name).cloned().unwrap_or_default(),
            excess: is_excess,
        });
    }
    (rows, excess)
}

struct WfCtx<'a> {
    wf: &'a Workflow,
    workflows: &'a [Workflow],
}

fn base(
    ctx: &WfCtx,
    rule_id: &'static str,
    rule_name: &'static str,
    key: &str,
    line: usize,
) -> Assessment {
    Assessment {
        rule_id,
        rule_name,
        subject: key.to_string(),
        provider: Provider::GitHub,
        file: ctx.wf.path.clone(),
        line,
        fingerprint: finding::fingerprint(rule_id, key.as_bytes()),
        token_fingerprint: None,
        names: vec![key.to_string()],
        severity: Severity::Medium,
        confidence: Confidence::Medium,
        granted_summary: String::new(),
        rows: Vec::new(),
        unknown: Vec::new(),
        notes: Vec::new(),
        excess: Vec::new(),
        message: String::new(),
        suggestion: String::new(),
        fix: None,
    }
}

/// The union of what the inheriting jobs need, for the workflow-level rows.
fn union_plan(plans: &[(usize, JobPlan)], held: Held) -> JobPlan {
    let mut u = JobPlan {
        needed: BTreeMap::new(),
        by: BTreeMap::new(),
        unknown: Vec::new(),
        notes: Vec::new(),
        held,
    };
    for (_, p) in plans {
        merge_max(&mut u.needed, &p.needed);
        for (k, e) in &p.by {
            u.by.entry(k.clone()).or_default().extend(e.iter().cloned());
        }
        u.unknown.extend(p.unknown.iter().cloned());
        u.notes.extend(p.notes.iter().cloned());
    }
    u
}

/// The edits that apply a layout: the top-level block (`top` is today's, replaced; else one
/// inserted above `jobs:`) and each job's own block under its key.
fn layout_edits(wf: &Workflow, l: &Layout, top: Option<&PermBlock>) -> Vec<Edit> {
    let mut edits = Vec::new();
    match (&l.top, top) {
        (Some(t), Some(b)) => edits.push(replace_block(
            wf,
            b,
            jobs::render(0, &Suggested::Block(t.clone()), &l.top_comments).unwrap_or_default(),
        )),
        (Some(t), None) => edits.push(insert_before(
            wf,
            wf.jobs_line,
            format!(
                "{}\n\n",
                jobs::render(0, &Suggested::Block(t.clone()), &l.top_comments).unwrap_or_default()
            ),
        )),
        // No top-level block may be added (a job keeps its default): today's is dropped
        // only if every job it covered now has its own.
        (None, Some(_)) | (None, None) => {}
    }
    for (i, sug, comments) in &l.jobs {
        let j = &wf.jobs[*i];
        if let Some(block) = jobs::render(j.child_indent, sug, comments) {
            edits.push(insert_before(wf, j.line + 1, format!("{block}\n")));
        }
    }
    edits
}

/// Words for a layout: who gets what, and who keeps what they hold.
fn layout_words(wf: &Workflow, l: &Layout) -> String {
    let mut parts = Vec::new();
    if let Some(t) = &l.top {
        parts.push(format!("top level {}", perms_list(t)));
    }
    for (i, sug, _) in &l.jobs {
        let id = &wf.jobs[*i].id;
        parts.push(match sug {
            Suggested::Block(m) => format!("job {id} {}", perms_list(m)),
            Suggested::Keep(s) => format!("job {id} keeps {} (a need is unknown)", spec_list(s)),
            Suggested::KeepDefault => format!("job {id} keeps its default"),
        });
    }
    for (id, _) in &l.kept {
        parts.push(format!("job {id} keeps the default (a need is unknown)"));
    }
    parts.join("; ")
}

/// The inheriting jobs' plans, by index into the workflow's jobs.
type Plans = Vec<(usize, JobPlan)>;

/// The workflow-level assessment for `rule_id`: the inheriting jobs' layout under `held`.
fn workflow_level(
    ctx: &WfCtx,
    rule_id: &'static str,
    rule_name: &'static str,
    line: usize,
    held: &Held,
) -> Option<(Assessment, Layout, Plans)> {
    let wf = ctx.wf;
    let key = format!("{}#workflow", wf.path);
    let (l, plans) = jobs::layout(wf, held);
    let union = union_plan(&plans, held.clone());
    let mut a = base(ctx, rule_id, rule_name, &key, line);
    let (rows, excess) = rows_for(&held.grants().unwrap_or_default(), &union);
    a.rows = rows;
    a.excess = excess;
    a.unknown = union.unknown.clone();
    a.notes = union.notes.clone();
    Some((a, l, plans))
}

/// Fills the suggestion and fix of a workflow-level assessment from its layout, or says
/// why nothing can be narrowed.
fn finish_layout(
    a: &mut Assessment,
    wf: &Workflow,
    l: &Layout,
    plans: &[(usize, JobPlan)],
    top: Option<&PermBlock>,
    description: &str,
) {
    // Today's top-level block is replaced only when every job it covers gets what it needs
    // from the new layout (a job keeping its default needs the block gone, not replaced).
    let top_ok = l.top.is_some() || top.is_none();
    if !l.narrows(plans) || !top_ok {
        let kept: Vec<String> = plans
            .iter()
            .filter_map(|(i, p)| {
                p.kept_because()
                    .map(|w| format!("job {}: {w}", wf.jobs[*i].id))
            })
            .collect();
        a.suggestion = format!(
            "no narrower block can be suggested: {}",
            if kept.is_empty() {
                "the jobs need what they hold".to_string()
            } else {
                kept.join("; ")
            }
        );
        return;
    }
    a.suggestion = jobs::layout_yaml(wf, l);
    a.fix = Some(Fix {
        description: format!("{description}: {}", layout_words(wf, l)),
        edits: layout_edits(wf, l, top),
    });
}

pub fn assess_workflow(wf: &Workflow, workflows: &[Workflow]) -> Vec<Assessment> {
    let ctx = WfCtx { wf, workflows };
    let mut out = Vec::new();
    let inheriting = wf.jobs.iter().filter(|j| j.perms.is_none()).count();

    // No permissions anywhere.
    if wf.top.is_none()
        && inheriting > 0
        && !wf.reusable_only()
        && let Some((mut a, l, plans)) = workflow_level(
            &ctx,
            "workflow.no-permissions",
            "Workflow without a permissions block",
            wf.jobs_line,
            &Held::Default,
        )
    {
        let ids: Vec<&str> = plans.iter().map(|(i, _)| wf.jobs[*i].id.as_str()).collect();
        let union = union_plan(&plans, Held::Default);
        a.granted_summary = "the repository's default GITHUB_TOKEN permissions (read and write to every scope under the permissive default)".into();
        a.message = format!(
            "no `permissions:` block: job{} {} run{} with the repository's default GITHUB_TOKEN permissions; the steps need {}{}",
            if ids.len() == 1 { "" } else { "s" },
            ids.join(", "),
            if ids.len() == 1 { "s" } else { "" },
            perms_list(&union.needed),
            if union.unknown.is_empty() {
                ""
            } else {
                " and some needs are unknown"
            }
        );
        finish_layout(
            &mut a,
            wf,
            &l,
            &plans,
            None,
            "Add minimal permissions: reads at the top level, writes in the jobs that need them",
        );
        out.push(a);
    }

    // Top level.
    if let Some(top) = &wf.top {
        let held = Held::Block(top.spec.clone());
        let granted = top.spec.grants();
        let which = if top.spec == PermSpec::WriteAll {
            Some(("workflow.write-all", "Workflow grants write-all"))
        } else if top.spec.has_write() {
            Some((
                "workflow.workflow-level-write",
                "Workflow-level write permission",
            ))
        } else {
            None
        };
        if let Some((rule_id, rule_name)) = which
            && let Some((mut a, l, plans)) =
                workflow_level(&ctx, rule_id, rule_name, top.start, &held)
        {
            let union = union_plan(&plans, held.clone());
            if top.spec == PermSpec::WriteAll {
                a.severity = Severity::High;
                a.confidence = Confidence::High;
                a.granted_summary = "write-all: write to every GITHUB_TOKEN scope".into();
                a.message = format!(
                    "`permissions: write-all` gives every job write access to every scope; the jobs that inherit it need {}{}",
                    perms_list(&union.needed),
                    if union.unknown.is_empty() {
                        ""
                    } else {
                        " and some needs are unknown"
                    }
                );
            } else {
                let writes: Vec<String> = granted
                    .iter()
                    .filter(|(_, a)| **a >= Access::Write)
                    .map(|(k, _)| format!("{}: write", kb::workflow_name(k)))
                    .collect();
                a.granted_summary = format!("workflow-level {}", perms_list(&granted));
                a.message = format!(
                    "workflow-level {} applies to every job, including jobs that only read; grant writes per job",
                    writes.join(", ")
                );
            }
            finish_layout(
                &mut a,
                wf,
                &l,
                &plans,
                Some(top),
                "Keep reads at the top level and move writes to the jobs that need them",
            );
            out.push(a);
        }
    }

    for j in &wf.jobs {
        let label = wf.job_label(&j.id);
        let p = jobs::plan(wf, j);
        let effective = p.held.grants();
        let sug = p.suggested();
        let block = jobs::render(j.child_indent, &sug, &p.comments());

        if let Some(b) = &j.perms {
            let granted = b.spec.grants();
            let (rows, excess) = rows_for(&granted, &p);
            if b.spec == PermSpec::WriteAll {
                let mut a = base(
                    &ctx,
                    "workflow.write-all",
                    "Job grants write-all",
                    &label,
                    b.start,
                );
                a.severity = Severity::High;
                a.confidence = Confidence::High;
                a.granted_summary = "write-all".into();
                a.rows = rows;
                a.excess = excess;
                a.unknown = p.unknown.clone();
                a.notes = p.notes.clone();
                a.message = format!(
                    "job {} has `permissions: write-all`; its steps need {}{}",
                    j.id,
                    perms_list(&p.needed),
                    if p.unknown.is_empty() {
                        ""
                    } else {
                        " and some needs are unknown"
                    }
                );
                match (p.narrows(), &block) {
                    (true, Some(block)) => {
                        a.suggestion = format!("replace with:\n{block}");
                        a.fix = Some(Fix {
                            description: format!(
                                "Replace write-all in job {} with what its steps need",
                                j.id
                            ),
                            edits: vec![replace_block(wf, b, block.clone())],
                        });
                    }
                    _ => {
                        a.suggestion = format!(
                            "no narrower block can be suggested: {}",
                            p.kept_because()
                                .unwrap_or_else(|| "the job needs what it holds".into())
                        )
                    }
                }
                out.push(a);
            } else if !excess.is_empty() && p.narrows() {
                let mut a = base(
                    &ctx,
                    "workflow.job-excess-permissions",
                    "Job permissions beyond what its steps need",
                    &label,
                    b.start,
                );
                a.severity = if granted.iter().any(|(k, g)| {
                    *g >= Access::Write
                        && p.needed.get(k).copied().unwrap_or(Access::None) < Access::Write
                }) {
                    Severity::Medium
                } else {
                    Severity::Low
                };
                a.granted_summary = perms_list(&granted);
                a.rows = rows;
                a.excess = excess.clone();
                a.notes = p.notes.clone();
                a.message = format!(
                    "job {} grants more than its steps need: {}",
                    j.id,
                    excess.join(", ")
                );
                if let Some(block) = &block {
                    a.suggestion = format!("replace with:\n{block}");
                    a.fix = Some(Fix {
                        description: format!(
                            "Reduce job {}'s permissions to what its steps need",
                            j.id
                        ),
                        edits: vec![replace_block(wf, b, block.clone())],
                    });
                }
                out.push(a);
            }
        }

        // pull_request_target running the pull request's code with a privileged token.
        if wf.events.iter().any(|e| e == "pull_request_target")
            && let Some(co) = j.pr_head_checkout
        {
            let writes = effective
                .as_ref()
                .is_none_or(|g| g.values().any(|a| *a >= Access::Write));
            if writes || !j.secrets_used.is_empty() {
                let mut a = base(
                    &ctx,
                    "workflow.pull-request-target-checkout",
                    "pull_request_target checks out the pull request with a privileged token",
                    &label,
                    co,
                );
                a.severity = Severity::High;
                a.confidence = Confidence::Medium;
                let mut why = Vec::new();
                if writes {
                    why.push(match &effective {
                        Some(g) => format!(
                            "write permissions ({})",
                            perms_list(
                                &g.iter()
                                    .filter(|(_, a)| **a >= Access::Write)
                                    .map(|(k, a)| (k.clone(), *a))
                                    .collect()
                            )
                        ),
                        None => {
                            "the default token (read/write under the permissive default)".into()
                        }
                    });
                }
                if !j.secrets_used.is_empty() {
                    why.push(format!(
                        "secrets ({})",
                        j.secrets_used
                            .iter()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                a.granted_summary = effective
                    .as_ref()
                    .map_or("repository defaults".into(), perms_list);
                a.rows = rows_for(&effective.clone().unwrap_or_default(), &p).0;
                a.unknown = p.unknown.clone();
                a.message = format!(
                    "job {} runs on pull_request_target and checks out the pull request's code (line {co}) while holding {}: code from a fork runs with them. Run untrusted code in a `pull_request` job without secrets, and keep this job to {}",
                    j.id,
                    why.join(" and "),
                    perms_list(&p.needed)
                );
                match (&block, p.narrows()) {
                    (Some(block), true) => {
                        a.suggestion = format!(
                            "do not check out or build the pull request head here; at most:\n{block}"
                        );
                        let edit = match &j.perms {
                            Some(b) => replace_block(wf, b, block.clone()),
                            None => insert_before(wf, j.line + 1, format!("{block}\n")),
                        };
                        a.fix = Some(Fix {
                            description: format!(
                                "Limit job {}'s token to what its steps need",
                                j.id
                            ),
                            edits: vec![edit],
                        });
                    }
                    _ => {
                        a.suggestion = format!(
                            "do not check out or build the pull request head here; {}",
                            p.kept_because()
                                .unwrap_or_else(|| "the job needs what it holds".into())
                        );
                    }
                }
                out.push(a);
            }
        }

        // secrets: inherit.
        if let Some(sl) = j.secrets_inherit {
            let mut a = base(
                &ctx,
                "workflow.secrets-inherit",
                "Reusable workflow call passes every secret",
                &label,
                sl,
            );
            let target = j.calls.clone().unwrap_or_default();
            let local = target.strip_prefix("./").and_then(|t| {
                let t = t.split('@').next().unwrap_or(t);
                ctx.workflows
                    .iter()
                    .find(|w| w.path == t || w.path.ends_with(&format!("/{t}")))
            });
            let pad = " ".repeat(j.child_indent);
            let perm_edit = match (&block, p.narrows()) {
                (Some(block), true) => Some(match &j.perms {
                    Some(b) => replace_block(wf, b, block.clone()),
                    None => insert_before(wf, j.line + 1, format!("{block}\n")),
                }),
                _ => None,
            };
            let block_text = match (&block, p.narrows()) {
                (Some(block), true) => format!("\n{block}"),
                _ => String::new(),
            };
            a.unknown = p.unknown.clone();
            a.rows = rows_for(&effective.clone().unwrap_or_default(), &p).0;
            match local {
                Some(callee) => {
                    let used: Vec<&String> = callee.secrets_used.iter().collect();
                    let secrets_block = if used.is_empty() {
                        format!("{pad}secrets: {{}}")
                    } else {
                        let mut s = format!("{pad}secrets:");
                        for u in &used {
                            s.push_str(&format!("\n{pad}  {u}: ${{{{ secrets.{u} }}}}"));
                        }
                        s
                    };
                    a.message = format!(
                        "job {} passes every repository and organisation secret to {}, which uses only {}",
                        j.id,
                        target,
                        if used.is_empty() {
                            "none".to_string()
                        } else {
                            used.iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    );
                    a.suggestion = format!("{secrets_block}{block_text}");
                    let Some(line_text) = wf.lines.get(sl - 1) else {
                        continue;
                    };
                    let sedit = Edit {
                        path: wf.path.clone(),
                        start_line: sl,
                        start_column: 1,
                        end_line: sl,
                        end_column: line_text.chars().count() + 1,
                        text: secrets_block,
                    };
                    let mut edits = vec![sedit];
                    edits.extend(perm_edit);
                    a.fix = Some(Fix {
                        description: "Pass only the secrets the called workflow uses".into(),
                        edits,
                    });
                }
                None => {
                    a.message = format!(
                        "job {} passes every repository and organisation secret to {target}; pass only the secrets it documents",
                        j.id
                    );
                    a.suggestion = format!(
                        "{pad}secrets:\n{pad}  NAME: ${{{{ secrets.NAME }}}}  # only those it needs{block_text}"
                    );
                    a.fix = perm_edit.map(|e| Fix {
                        description: format!(
                            "Limit job {}'s token to what the called workflow needs",
                            j.id
                        ),
                        edits: vec![e],
                    });
                }
            }
            out.push(a);
        }
    }
    for a in &mut out {
        withhold_fix_over_shared_anchor(wf, a);
    }
    out
}

/// A block that defines a YAML anchor (`permissions: &perms`) which other jobs alias
/// (`permissions: *perms`) cannot be rewritten alone: the edit would drop the anchor (the
/// file no longer parses) or change every aliasing job's token with it. Such a finding keeps
/// its advice but loses the automatic fix, and says why.
fn withhold_fix_over_shared_anchor(wf: &Workflow, a: &mut Assessment) {
    let Some(fix) = &a.fix else { return };
    let anchor_in = |line: &str| -> Option<String> {
        let at = line.find('&')?;
        let name: String = line[at + 1..]
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '[' | ']' | '{' | '}'))
            .collect();
        (!name.is_empty()).then_some(name)
    };
    // Anchors the edits would rewrite, with the lines they span; then one pass over the
    // file for aliases of them elsewhere (linear in the workflow's lines).
    let mut anchors: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
    for e in &fix.edits {
        let last = e.end_line.min(wf.lines.len());
        for n in e.start_line.max(1)..=last {
            if let Some(name) = anchor_in(&wf.lines[n - 1]) {
                anchors.entry(name).or_default().push((e.start_line, last));
            }
        }
    }
    if anchors.is_empty() {
        return;
    }
    let mut shared: BTreeSet<&str> = BTreeSet::new();
    for (i, l) in wf.lines.iter().enumerate() {
        for w in l.split(|c: char| c.is_whitespace() || c == ',') {
            let Some((name, spans)) = w.strip_prefix('*').and_then(|n| anchors.get_key_value(n))
            else {
                continue;
            };
            if spans.iter().all(|&(a, b)| i + 1 < a || i + 1 > b) {
                shared.insert(name);
            }
        }
    }
    if shared.is_empty() {
        return;
    }
    a.fix = None;
    let names: Vec<String> = shared.iter().map(|n| format!("&{n}")).collect();
    let why = format!(
        "no automatic fix: this block defines the YAML anchor {}, which other jobs alias; give those jobs their own permissions block first",
        names.join(", ")
    );
    a.message = format!("{}; {why}", a.message);
    a.notes.push(why);
}

/// The reasoning for one job's GITHUB_TOKEN whether or not it has a finding (for
/// `tokenscope explain path#job`).
pub fn job_assessment(wf: &Workflow, workflows: &[Workflow], job: &Job) -> Assessment {
    let ctx = WfCtx { wf, workflows };
    let label = wf.job_label(&job.id);
    let p = jobs::plan(wf, job);
    let mut a = base(
        &ctx,
        "workflow.job-permissions",
        "Job GITHUB_TOKEN permissions",
        &label,
        job.perms.as_ref().map_or(job.line, |b| b.start),
    );
    let (rows, excess) = rows_for(&p.held.grants().unwrap_or_default(), &p);
    a.severity = Severity::Low;
    a.granted_summary = match (&job.perms, &wf.top) {
        (Some(b), _) => format!("job block: {}", spec_list(&b.spec)),
        (None, Some(t)) => format!("inherited from the top level: {}", spec_list(&t.spec)),
        (None, None) => "the repository's default GITHUB_TOKEN permissions".into(),
    };
    a.rows = rows;
    a.excess = excess;
    a.unknown = p.unknown.clone();
    a.notes = p.notes.clone();
    a.message = format!("job {}'s steps need {}", job.id, perms_list(&p.needed));
    a.suggestion = match jobs::render(job.child_indent, &p.suggested(), &p.comments()) {
        Some(b) if p.narrows() || p.unknown.is_empty() => b,
        _ => format!(
            "no narrower block can be suggested: {}",
            p.kept_because()
                .unwrap_or_else(|| "the job needs what it holds".into())
        ),
    };
    a
}

/// What a job's GITHUB_TOKEN needs (`contents: read` …, workflow spelling) and whether some
/// of its needs are unknown; alternatives are resolved against what the job is granted.
pub fn job_needed(wf: &Workflow, job: &Job) -> (Vec<String>, bool) {
    let p = jobs::plan(wf, job);
    (
        p.needed
            .iter()
            .map(|(k, a)| format!("{}: {}", kb::workflow_name(k), a.as_str()))
            .collect(),
        !p.unknown.is_empty(),
    )
}

/// What a token consumer needs, minimal (scopes implied by others dropped), and whether
/// some of its needs are unknown.
pub fn consumer_needed(c: &Consumer) -> (Vec<String>, bool) {
    let k = kb();
    let resolved = Needed::from_needs(&c.needs, None);
    let mut list: Vec<Perm> = resolved.list();
    let implies = match c.provider {
        Provider::GitLab => Some(&k.gitlab.implies),
        Provider::Slack => Some(&k.slack.implies),
        _ => None,
    };
    if let Some(imp) = implies {
        let names: Vec<String> = list.iter().map(|p| p.name.clone()).collect();
        list.retain(|p| {
            !names
                .iter()
                .any(|o| *o != p.name && covers_by(imp, o, &p.name))
        });
    }
    list.retain(|p| p.name != "metadata");
    let mut out: Vec<String> = list.iter().map(|p| p.to_string()).collect();
    out.sort();
    (out, !resolved.unknown.is_empty())
}

// ---------------------------------------------------------------------------------------
// Tokens

/// The needs presented with one token.
#[derive(Debug, Clone)]
pub struct Consumer {
    pub token: TokenRef,
    pub provider: Provider,
    pub needs: Vec<Need>,
    pub file: String,
    pub line: usize,
    /// Secrets the env var is filled from in workflows.
    pub aliases: Vec<String>,
}

pub fn consumers(an: &Analysis) -> Vec<Consumer> {
    let mut map: BTreeMap<(TokenRef, Provider), Vec<Need>> = BTreeMap::new();
    let all = an.needs.iter().chain(
        an.workflows
            .iter()
            .flat_map(|w| w.jobs.iter().flat_map(|j| j.needs.iter())),
    );
    for n in all {
        // A variable a workflow fills is that workflow's token (GITHUB_TOKEN or a secret),
        // counted there.
        if let TokenRef::Env(v) = &n.token
            && an.filled.contains(v)
        {
            continue;
        }
        if matches!(n.token, TokenRef::Env(_) | TokenRef::Secret(_)) {
            map.entry((n.token.clone(), n.provider))
                .or_default()
                .push(n.clone());
        }
    }
    map.into_iter()
        .map(|((token, provider), needs)| {
            let (file, line) = match &token {
                TokenRef::Env(name) => an
                    .env_reads
                    .iter()
                    .find(|e| &e.name == name)
                    .map_or((needs[0].file.clone(), needs[0].line), |e| {
                        (e.file.clone(), e.line)
                    }),
                _ => (needs[0].file.clone(), needs[0].line),
            };
            let aliases = match &token {
                TokenRef::Env(name) => an
                    .aliases
                    .get(name)
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default(),
                TokenRef::Secret(name) => an
                    .aliases
                    .iter()
                    .filter(|(_, secrets)| secrets.contains(name))
                    .map(|(var, _)| var.clone())
                    .collect(),
                _ => Vec::new(),
            };
            Consumer {
                token,
                provider,
                needs,
                file,
                line,
                aliases,
            }
        })
        .collect()
}

/// Minimal classic scopes covering the resolved needs.
fn classic_minimal(needs: &[Need], resolved: &Needed) -> Vec<String> {
    let k = kb();
    let mut set: BTreeSet<String> = BTreeSet::new();
    for ((_, name), (access, _)) in &resolved.perms {
        if let Some(s) = k.github.classic_scope(name, *access) {
            set.insert(s);
        } else if name == "packages" {
            set.insert(
                if *access >= Access::Write {
                    "write:packages"
                } else {
                    "read:packages"
                }
                .into(),
            );
        }
    }
    for n in needs {
        if !n.unknown && n.alternatives.is_empty() {
            continue;
        }
        if let Some(c) = n.classic.first()
            && resolved.perms.is_empty()
        {
            set.insert(c.clone());
        }
    }
    let imp = kb::classic_implies();
    let all: Vec<String> = set.iter().cloned().collect();
    set.retain(|s| !all.iter().any(|o| o != s && covers_by(imp, o, s)));
    set.into_iter().collect()
}

fn repos_of(needs: &[Need], fallback: Option<&str>) -> Vec<String> {
    let mut r: BTreeSet<String> = needs.iter().filter_map(|n| n.resource.clone()).collect();
    if r.is_empty()
        && let Some(f) = fallback
    {
        r.insert(f.to_string());
    }
    r.into_iter().collect()
}

/// The suggested minimal token, in words, for a provider and its needs. `test_mode`: the
/// token found is a test-mode key (Stripe `sk_test_`), so its replacement is one too.
pub fn suggest(
    provider: Provider,
    needs: &[Need],
    resolved: &Needed,
    repo: Option<&str>,
    test_mode: bool,
) -> String {
    let k = kb();
    let unknown: Vec<String> = resolved
        .unknown
        .iter()
        .map(|i| format!("{}:{} {}", needs[*i].file, needs[*i].line, needs[*i].what))
        .collect();
    let unknown_tail = if unknown.is_empty() {
        String::new()
    } else {
        format!(
            "; plus what {} need{} (not determinable statically: keep those permissions until checked)",
            unknown.join(", "),
            if unknown.len() == 1 { "s" } else { "" }
        )
    };
    match provider {
        Provider::GitHub => {
            let repos = repos_of(needs, repo);
            let mut repo_perms = Vec::new();
            let mut org_perms = Vec::new();
            let mut user_perms = Vec::new();
            for ((_, name), (access, _)) in &resolved.perms {
                if name == "metadata" {
                    continue;
                }
                let s = format!("{}: {}", k.github.title(name), access.as_str());
                match k.github.level(name) {
                    "organization" => org_perms.push(s),
                    "user" => user_perms.push(s),
                    _ => repo_perms.push(s),
                }
            }
            let mut parts = vec!["fine-grained token".to_string()];
            parts.push(if repos.is_empty() {
                "only the repositories the code uses".into()
            } else {
                format!(
                    "repositor{} {}",
                    if repos.len() == 1 { "y" } else { "ies" },
                    repos.join(", ")
                )
            });
            if repo_perms.is_empty() && org_perms.is_empty() && user_perms.is_empty() {
                parts.push("no permissions beyond Metadata: read".into());
            }
            if !repo_perms.is_empty() {
                parts.push(repo_perms.join(", "));
            }
            if !org_perms.is_empty() {
                parts.push(format!("organization {}", org_perms.join(", ")));
            }
            if !user_perms.is_empty() {
                parts.push(format!("account {}", user_perms.join(", ")));
            }
            parts.push("expires in 30 days".into());
            let classic = classic_minimal(needs, resolved);
            let mut s = parts.join(", ");
            if needs.iter().any(|n| {
                n.note
                    .as_deref()
                    .is_some_and(|x| x.contains("fine-grained"))
            }) {
                s.push_str(" (some endpoints are not open to fine-grained tokens: use a GitHub App installation token for those)");
            }
            if !classic.is_empty() {
                s.push_str(&format!(
                    "; if a classic token is required: scopes {}",
                    classic.join(", ")
                ));
            }
            s + &unknown_tail
        }
        Provider::Slack => {
            let scopes: Vec<String> = resolved.perms.keys().map(|(_, n)| n.clone()).collect();
            let user_only = needs.iter().any(|n| n.note.is_some());
            format!(
                "Slack {} token with scopes {} only{}",
                if user_only {
                    "user (xoxp-)"
                } else {
                    "bot (xoxb-)"
                },
                if scopes.is_empty() {
                    "none".into()
                } else {
                    scopes.join(", ")
                },
                unknown_tail
            )
        }
        Provider::Stripe => {
            let res: Vec<String> = resolved
                .perms
                .iter()
                .map(|((_, n), (a, _))| format!("{n}: {}", a.as_str()))
                .collect();
            format!(
                "{} restricted key ({}) with {}; every other resource None{}",
                if test_mode { "test-mode" } else { "live" },
                if test_mode {
                    "rk_test_…"
                } else {
                    "rk_live_…"
                },
                if res.is_empty() {
                    "no resources".into()
                } else {
                    res.join(", ")
                },
                unknown_tail
            )
        }
        Provider::GitLab => {
            let mut scopes: BTreeSet<String> =
                resolved.perms.keys().map(|(_, n)| n.clone()).collect();
            let all: Vec<String> = scopes.iter().cloned().collect();
            scopes.retain(|s| !all.iter().any(|o| o != s && k.gitlab.covers(o, s)));
            let projects: BTreeSet<String> =
                needs.iter().filter_map(|n| n.resource.clone()).collect();
            format!(
                "{} with scopes {}, expiring in 30 days{}",
                if projects.len() == 1 {
                    format!(
                        "project access token for {}",
                        projects.iter().next().cloned().unwrap_or_default()
                    )
                } else {
                    "project or group access token".into()
                },
                scopes.into_iter().collect::<Vec<_>>().join(", "),
                unknown_tail
            )
        }
    }
}

fn needs_list(resolved: &Needed) -> String {
    let v: Vec<String> = resolved.list().iter().map(|p| p.to_string()).collect();
    if v.is_empty() {
        "no permissions".into()
    } else {
        v.join(", ")
    }
}

/// Excess of a grant over what is needed; None when the grant is unknown.
fn excess_of(
    grant: &Grant,
    provider: Provider,
    needs: &[Need],
    resolved: &Needed,
) -> Option<(Vec<String>, Vec<Row>)> {
    let k = kb();
    let keep_all = !resolved.unknown.is_empty();
    let ev = |name: &str| -> Vec<String> {
        resolved
            .perms
            .iter()
            .filter(|((_, n), _)| n == name)
            .flat_map(|(_, (_, idx))| idx.iter().map(|i| evidence(&needs[*i])))
            .collect()
    };
    match grant {
        Grant::Unknown(_) => None,
        Grant::GithubClassic { scopes, .. } => {
            let need = classic_minimal(needs, resolved);
            let imp = kb::classic_implies();
            let mut ex = Vec::new();
            let mut rows = Vec::new();
            for g in scopes {
                let covered: Vec<&String> = need.iter().filter(|n| covers_by(imp, g, n)).collect();
                let is_ex = !keep_all && !need.contains(g);
                if is_ex {
                    ex.push(scope_excess(g, &covered));
                }
                let evidence: Vec<String> = resolved
                    .perms
                    .iter()
                    .filter(|((_, n), (a, _))| {
                        k.github
                            .classic_scope(n, *a)
                            .is_some_and(|s| covers_by(imp, g, &s))
                    })
                    .flat_map(|(_, (_, idx))| idx.iter().map(|i| evidence(&needs[*i])))
                    .collect();
                rows.push(Row {
                    permission: g.clone(),
                    granted: "scope".into(),
                    needed: if covered.is_empty() {
                        "no".into()
                    } else {
                        "yes".into()
                    },
                    evidence,
                    excess: is_ex,
                });
            }
            Some((ex, rows))
        }
        Grant::GithubFine { perms } | Grant::StripeRestricted { perms } => {
            let mut ex = Vec::new();
            let mut rows = Vec::new();
            for (name, g) in perms {
                let n = resolved.access(provider, name);
                let is_ex = !keep_all && *g > n && name != "metadata";
                if is_ex {
                    ex.push(format!("{name}: {} (needed: {})", g.as_str(), n.as_str()));
                }
                rows.push(Row {
                    permission: name.clone(),
                    granted: g.as_str().into(),
                    needed: n.as_str().into(),
                    evidence: ev(name),
                    excess: is_ex,
                });
            }
            Some((ex, rows))
        }
        Grant::Scopes { scopes } => {
            let implies = match provider {
                Provider::GitLab => &k.gitlab.implies,
                _ => &k.slack.implies,
            };
            let need: Vec<String> = resolved.perms.keys().map(|(_, n)| n.clone()).collect();
            let mut ex = Vec::new();
            let mut rows = Vec::new();
            for g in scopes {
                let covered: Vec<&String> =
                    need.iter().filter(|n| covers_by(implies, g, n)).collect();
                let is_ex = !keep_all && !need.contains(g);
                if is_ex {
                    ex.push(scope_excess(g, &covered));
                }
                rows.push(Row {
                    permission: g.clone(),
                    granted: "scope".into(),
                    needed: if covered.is_empty() {
                        "no".into()
                    } else {
                        "yes".into()
                    },
                    evidence: covered.iter().flat_map(|c| ev(c)).collect(),
                    excess: is_ex,
                });
            }
            Some((ex, rows))
        }
        Grant::StripeFull => {
            let rows = resolved
                .perms
                .iter()
                .map(|((_, n), (a, _))| Row {
                    permission: n.clone(),
                    granted: "write".into(),
                    needed: a.as_str().into(),
                    evidence: ev(n),
                    excess: false,
                })
                .collect();
            if keep_all {
                return Some((Vec::new(), rows));
            }
            Some((
                vec![format!(
                    "unrestricted secret key: read and write on every resource, where the code uses {}",
                    needs_list(resolved)
                )],
                rows,
            ))
        }
    }
}

pub fn assess_tokens(an: &Analysis, leaked: &[Finding]) -> Vec<Assessment> {
    let cons = consumers(an);
    let mut out = Vec::new();
    let mut matched: BTreeSet<(TokenRef, Provider)> = BTreeSet::new();

    for f in leaked {
        let Some(provider) = grant::provider_of(f) else {
            continue;
        };
        let Some(grant) = grant::from_finding(f) else {
            continue;
        };
        let name = f.variable.clone();
        let linked: Vec<&Consumer> = cons
            .iter()
            .filter(|c| c.provider == provider)
            .filter(|c| match (&c.token, &name) {
                (TokenRef::Env(n) | TokenRef::Secret(n), Some(v)) => {
                    n.eq_ignore_ascii_case(v) || c.aliases.iter().any(|a| a.eq_ignore_ascii_case(v))
                }
                _ => false,
            })
            .collect();
        let (needs, how): (Vec<Need>, String) = if !linked.is_empty() {
            for c in &linked {
                matched.insert((c.token.clone(), c.provider));
            }
            (
                linked
                    .iter()
                    .flat_map(|c| c.needs.iter().cloned())
                    .collect(),
                format!("the code that reads {}", linked[0].token.label()),
            )
        } else {
            let all: Vec<Need> = an
                .needs
                .iter()
                .filter(|n| n.provider == provider)
                .cloned()
                .collect();
            (
                all,
                format!(
                    "all {provider} API use in the repository (no variable links this token to specific code)"
                ),
            )
        };
        if needs.is_empty() {
            continue;
        }
        let granted_fn = |p: &Perm| match &grant {
            Grant::GithubFine { perms } | Grant::StripeRestricted { perms } => {
                perms.get(&p.name).is_some_and(|a| *a >= p.access)
            }
            Grant::Scopes { scopes } => scopes.contains(&p.name),
            _ => false,
        };
        let resolved = Needed::from_needs(&needs, Some(&granted_fn));
        let test_mode = f
            .facts
            .properties
            .get("environment")
            .and_then(serde_json::Value::as_str)
            == Some("test");
        let suggestion = suggest(provider, &needs, &resolved, an.repo.as_deref(), test_mode);
        let key = format!(
            "{}#{}",
            f.location.path,
            name.clone()
                .unwrap_or_else(|| f.fingerprint[..12].to_string())
        );
        let mut a = Assessment {
            rule_id: "leastpriv.over-privileged-token",
            rule_name: "Token grants more than the code needs",
            subject: format!(
                "{} ({}) at {}:{}",
                f.rule_name, f.redacted, f.location.path, f.location.line
            ),
            provider,
            file: f.location.path.clone(),
            line: f.location.line,
            fingerprint: finding::fingerprint("leastpriv.over-privileged-token", key.as_bytes()),
            token_fingerprint: Some(f.fingerprint.clone()),
            names: name.iter().cloned().collect(),
            severity: Severity::High,
            confidence: Confidence::Medium,
            granted_summary: String::new(),
            rows: Vec::new(),
            unknown: resolved
                .unknown
                .iter()
                .map(|i| format!("{} — {}", evidence(&needs[*i]), needs[*i].reason))
                .collect(),
            notes: Vec::new(),
            excess: Vec::new(),
            message: String::new(),
            suggestion: suggestion.clone(),
            fix: None,
        };
        match excess_of(&grant, provider, &needs, &resolved) {
            Some((ex, rows)) => {
                a.rows = rows;
                a.granted_summary = match &grant {
                    Grant::GithubClassic { scopes, assumed } => format!(
                        "classic scopes {}{}",
                        scopes.join(", "),
                        if *assumed {
                            " (assumed: a classic token's scopes are not in the token; --verify reads them)"
                        } else {
                            ""
                        }
                    ),
                    Grant::StripeFull => "every resource, read and write".into(),
                    Grant::Scopes { scopes } => scopes.join(", "),
                    Grant::GithubFine { perms } | Grant::StripeRestricted { perms } => perms
                        .iter()
                        .map(|(k, v)| format!("{k}: {}", v.as_str()))
                        .collect::<Vec<_>>()
                        .join(", "),
                    Grant::Unknown(w) => w.clone(),
                };
                if ex.is_empty() {
                    continue;
                }
                a.excess = ex.clone();
                a.message = format!(
                    "{} grants more than {} needs ({}): excess {}",
                    f.rule_name,
                    how,
                    needs_list(&resolved),
                    ex.join("; ")
                );
            }
            None => {
                let Grant::Unknown(why) = &grant else {
                    continue;
                };
                a.rule_id = "leastpriv.token-needs";
                a.rule_name = "What a token needs";
                a.fingerprint = finding::fingerprint("leastpriv.token-needs", key.as_bytes());
                // Nothing is known to be wrong: this is the spec for the token, not a flaw.
                a.severity = Severity::Info;
                a.granted_summary = format!("unknown: {why}");
                a.message = format!(
                    "{} is used by {}, which needs {}; what it grants is unknown ({why})",
                    f.rule_name,
                    how,
                    needs_list(&resolved)
                );
            }
        }
        out.push(a);
    }

    for c in &cons {
        if matched.contains(&(c.token.clone(), c.provider)) {
            continue;
        }
        let resolved = Needed::from_needs(&c.needs, None);
        let suggestion = suggest(c.provider, &c.needs, &resolved, an.repo.as_deref(), false);
        let name = match &c.token {
            TokenRef::Env(n) | TokenRef::Secret(n) => n.clone(),
            _ => continue,
        };
        let key = format!("{}#{}", c.file, name);
        let repos = repos_of(
            &c.needs,
            if c.provider == Provider::GitHub {
                an.repo.as_deref()
            } else {
                None
            },
        );
        let on = if repos.is_empty() {
            String::new()
        } else {
            format!(" on {}", repos.join(", "))
        };
        let alias = if c.aliases.is_empty() {
            String::new()
        } else {
            format!(" (filled from secret {})", c.aliases.join(", "))
        };
        let rows = resolved
            .perms
            .iter()
            .map(|((_, n), (acc, idx))| Row {
                permission: Perm::new(c.provider, n, *acc).to_string(),
                granted: "unknown".into(),
                needed: acc.as_str().into(),
                evidence: idx.iter().map(|i| evidence(&c.needs[*i])).collect(),
                excess: false,
            })
            .collect();
        let mut names = vec![name.clone()];
        names.extend(c.aliases.iter().cloned());
        out.push(Assessment {
            rule_id: "leastpriv.token-needs",
            rule_name: "What a token needs",
            subject: format!(
                "{} token consumed via {}{alias}",
                c.provider,
                c.token.label()
            ),
            provider: c.provider,
            file: c.file.clone(),
            line: c.line,
            fingerprint: finding::fingerprint("leastpriv.token-needs", key.as_bytes()),
            token_fingerprint: None,
            names,
            // Advice for a token the repository consumes but does not contain.
            severity: Severity::Info,
            confidence: Confidence::Medium,
            granted_summary: "unknown: the token is not in the repository".into(),
            rows,
            unknown: resolved
                .unknown
                .iter()
                .map(|i| format!("{} — {}", evidence(&c.needs[*i]), c.needs[*i].reason))
                .collect(),
            notes: Vec::new(),
            excess: Vec::new(),
            message: format!(
                "{} token consumed via {}{alias} needs: {}{on}",
                c.provider,
                c.token.label(),
                needs_list(&resolved)
            ),
            suggestion,
            fix: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_rendering() {
        let mut m = BTreeMap::new();
        m.insert("pull_requests".to_string(), Access::Write);
        m.insert("contents".to_string(), Access::Read);
        let r =
            |i, m: &BTreeMap<String, Access>| jobs::render(i, &Suggested::Block(m.clone()), &[]);
        assert_eq!(
            r(4, &m).unwrap(),
            "    permissions:\n      contents: read\n      pull-requests: write"
        );
        assert_eq!(r(0, &BTreeMap::new()).unwrap(), "permissions: {}");
        assert_eq!(
            jobs::render(2, &Suggested::Keep(PermSpec::WriteAll), &[]).unwrap(),
            "  permissions: write-all"
        );
        assert!(jobs::render(2, &Suggested::KeepDefault, &[]).is_none());
    }
}
