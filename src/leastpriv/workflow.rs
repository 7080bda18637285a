//! GitHub Actions workflows: parse `.github/workflows/*.yml`, locate keys by line (for
//! findings and SARIF fixes), and infer per job what its steps need from the token.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use regex::Regex;
use yaml_serde::Value;

use super::classify::{self, Request};
use super::code::{self, method_near};
use super::kb::{self, kb};
use super::model::{Access, Need, Perm, Provider, TokenRef};

/// Whether `path` is a workflow file.
pub fn is_workflow(path: &str) -> bool {
    (path.starts_with(".github/workflows/") || path.contains("/.github/workflows/"))
        && (path.ends_with(".yml") || path.ends_with(".yaml"))
}

/// A `permissions:` value.
#[derive(Debug, Clone, PartialEq)]
pub enum PermSpec {
    ReadAll,
    WriteAll,
    /// Explicit scopes (canonical names); `{}` is an empty map.
    Map(BTreeMap<String, Access>),
}

/// The GITHUB_TOKEN scopes a workflow can set (canonical names).
pub const SCOPES: &[&str] = &[
    "actions",
    "attestations",
    "checks",
    "contents",
    "deployments",
    "discussions",
    "id_token",
    "issues",
    "models",
    "packages",
    "pages",
    "pull_requests",
    "security_events",
    "statuses",
];

impl PermSpec {
    /// What the token holds under this spec, per scope.
    pub fn grants(&self) -> BTreeMap<String, Access> {
        match self {
            PermSpec::ReadAll => SCOPES
                .iter()
                .filter(|s| **s != "id_token")
                .map(|s| (s.to_string(), Access::Read))
                .collect(),
            PermSpec::WriteAll => SCOPES
                .iter()
                .map(|s| {
                    let a = if *s == "models" {
                        Access::Read
                    } else {
                        Access::Write
                    };
                    (s.to_string(), a)
                })
                .collect(),
            PermSpec::Map(m) => m
                .iter()
                .filter(|(_, a)| **a > Access::None)
                .map(|(k, a)| (k.clone(), *a))
                .collect(),
        }
    }

    pub fn has_write(&self) -> bool {
        self.grants().values().any(|a| *a >= Access::Write)
    }
}

/// A `permissions:` block and where it is.
#[derive(Debug, Clone)]
pub struct PermBlock {
    pub spec: PermSpec,
    /// 1-based, inclusive.
    pub start: usize,
    pub end: usize,
    /// Indentation of the `permissions:` key.
    pub indent: usize,
}

#[derive(Debug, Clone)]
pub struct Job {
    pub id: String,
    /// 1-based line of the job's key.
    pub line: usize,
    pub end: usize,
    /// Indentation of the job's own keys.
    pub child_indent: usize,
    pub perms: Option<PermBlock>,
    pub needs: Vec<Need>,
    /// Reusable workflow this job calls (`uses:` at job level).
    pub calls: Option<String>,
    pub calls_line: usize,
    /// Line of `secrets: inherit`.
    pub secrets_inherit: Option<usize>,
    /// Line of a step that checks out the pull request head.
    pub pr_head_checkout: Option<usize>,
    /// Secret names the job references (other than GITHUB_TOKEN).
    pub secrets_used: BTreeSet<String>,
    /// Files a `run:` step executes, with the step's environment (var → token).
    pub script_refs: Vec<ScriptRef>,
}

#[derive(Debug, Clone)]
pub struct ScriptRef {
    pub file: String,
    pub env: BTreeMap<String, TokenRef>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Workflow {
    pub path: String,
    pub lines: Vec<String>,
    pub events: Vec<String>,
    pub top: Option<PermBlock>,
    /// 1-based line of `jobs:`.
    pub jobs_line: usize,
    pub jobs: Vec<Job>,
    /// Secret names referenced anywhere (for `secrets: inherit` callers).
    pub secrets_used: BTreeSet<String>,
}

impl Workflow {
    pub fn reusable_only(&self) -> bool {
        !self.events.is_empty() && self.events.iter().all(|e| e == "workflow_call")
    }

    pub fn job_label(&self, job: &str) -> String {
        format!("{}#{job}", self.path)
    }
}

// ---------------------------------------------------------------------------------------
// Line indexing

fn indent_of(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

fn is_blank(l: &str) -> bool {
    let t = l.trim();
    t.is_empty() || t.starts_with('#')
}

/// The key a line defines at its indentation (`  permissions: read-all` → `permissions`).
fn key_of(l: &str) -> Option<&str> {
    let t = l.trim_start();
    let t = t.strip_prefix("- ").unwrap_or(t);
    let (k, _) = t.split_once(':')?;
    let k = k.trim().trim_matches(|c| c == '"' || c == '\'');
    if k.is_empty() || k.contains(' ') && !k.starts_with('$') {
        return None;
    }
    Some(k)
}

/// Last line (0-based, inclusive) of the block whose key is on line `start`.
fn block_end(lines: &[String], start: usize) -> usize {
    let ind = indent_of(&lines[start]);
    let mut end = start;
    for (i, l) in lines.iter().enumerate().skip(start + 1) {
        if is_blank(l) {
            continue;
        }
        if indent_of(l) <= ind {
            break;
        }
        end = i;
    }
    end
}

/// Child keys (0-based line, key) directly under the block on line `start`.
fn children(lines: &[String], start: usize) -> Vec<(usize, String)> {
    let end = block_end(lines, start);
    let mut out = Vec::new();
    let mut child_indent: Option<usize> = None;
    for (i, l) in lines.iter().enumerate().take(end + 1).skip(start + 1) {
        if is_blank(l) {
            continue;
        }
        let ind = indent_of(l);
        let ci = *child_indent.get_or_insert(ind);
        if ind == ci
            && let Some(k) = key_of(l)
        {
            out.push((i, k.to_string()));
        }
    }
    out
}

fn top_keys(lines: &[String]) -> Vec<(usize, String)> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !is_blank(l) && indent_of(l) == 0)
        .filter_map(|(i, l)| key_of(l).map(|k| (i, k.to_string())))
        .collect()
}

// ---------------------------------------------------------------------------------------
// YAML helpers

fn get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.as_mapping()?.iter().find_map(|(k, val)| {
        let ks = match k {
            Value::String(s) => s.as_str(),
            Value::Bool(true) if key == "on" => "on",
            _ => return None,
        };
        (ks == key).then_some(val)
    })
}

fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `${{ env.NAME }}` in a step input, replaced by the value the workflow, job or step `env`
/// gives NAME (`registry: ${{ env.REGISTRY }}` is GitHub's own publishing template).
fn expand_env(v: &str, env: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(i) = rest.find("${{") {
        let Some(j) = rest[i..].find("}}") else { break };
        let expr = rest[i + 3..i + j].trim();
        out.push_str(&rest[..i]);
        match expr.strip_prefix("env.").and_then(|n| env.get(n.trim())) {
            Some(val) => out.push_str(val),
            None => out.push_str(&rest[i..i + j + 2]),
        }
        rest = &rest[i + j + 2..];
    }
    out.push_str(rest);
    out
}

/// A step's `with:` inputs, `${{ env.* }}` expanded.
fn inputs(step: &Value, env: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    str_map(get(step, "with"))
        .into_iter()
        .map(|(k, v)| (k, expand_env(&v, env)))
        .collect()
}

fn str_map(v: Option<&Value>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    if let Some(m) = v.and_then(|v| v.as_mapping()) {
        for (k, val) in m {
            if let (Some(k), Some(val)) = (as_text(k), as_text(val)) {
                out.insert(k, val);
            }
        }
    }
    out
}

fn perm_spec(v: &Value) -> Option<PermSpec> {
    match v {
        Value::String(s) => match s.trim() {
            "read-all" => Some(PermSpec::ReadAll),
            "write-all" => Some(PermSpec::WriteAll),
            _ => None,
        },
        Value::Mapping(m) => {
            let mut out = BTreeMap::new();
            for (k, val) in m {
                if let (Some(k), Some(val)) = (as_text(k), as_text(val)) {
                    out.insert(kb::canon_github(&k), Access::parse(&val));
                }
            }
            Some(PermSpec::Map(out))
        }
        Value::Null => Some(PermSpec::Map(BTreeMap::new())),
        _ => None,
    }
}

fn events(on: Option<&Value>) -> Vec<String> {
    match on {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Sequence(seq)) => seq.iter().filter_map(as_text).collect(),
        Some(Value::Mapping(m)) => m.keys().filter_map(as_text).collect(),
        _ => Vec::new(),
    }
}

fn re_secret() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"secrets\.([A-Za-z_][A-Za-z0-9_]*)").expect("regex"))
}

fn re_expr() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"\$\{\{\s*([^}]*?)\s*\}\}").expect("regex"))
}

/// Which token an expression (`${{ secrets.X }}`, `${{ github.token }}`) stands for.
pub fn token_of(expr: &str, job_label: &str) -> TokenRef {
    if expr.contains("secrets.GITHUB_TOKEN") || expr.contains("github.token") {
        return TokenRef::GithubToken(job_label.to_string());
    }
    if let Some(c) = re_secret().captures(expr) {
        return TokenRef::Secret(c[1].to_string());
    }
    if let Some(c) = re_expr().captures(expr) {
        return TokenRef::Expr(c[1].to_string());
    }
    TokenRef::Expr("a literal value".into())
}

// ---------------------------------------------------------------------------------------
// Parsing

/// Parses one workflow. `files` are the repository's known file paths (for `run:` steps that
/// execute a script from the repository). Errors are YAML syntax errors.
pub fn parse(path: &str, text: &str, files: &BTreeSet<String>) -> Result<Workflow, String> {
    let doc: Value = yaml_serde::from_str(text).map_err(|e| e.to_string())?;
    let lines: Vec<String> = text.lines().map(|l| l.replace('\t', "  ")).collect();
    let tops = top_keys(&lines);
    let top_line = |k: &str| tops.iter().find(|(_, key)| key == k).map(|(i, _)| *i);

    let top = match (get(&doc, "permissions"), top_line("permissions")) {
        (Some(v), Some(i)) => perm_spec(v).map(|spec| PermBlock {
            spec,
            start: i + 1,
            end: block_end(&lines, i) + 1,
            indent: 0,
        }),
        _ => None,
    };
    let wf_env = str_map(get(&doc, "env"));
    let jobs_idx = top_line("jobs");
    let mut wf = Workflow {
        path: path.to_string(),
        events: events(get(&doc, "on")),
        top,
        jobs_line: jobs_idx.map_or(1, |i| i + 1),
        jobs: Vec::new(),
        secrets_used: re_secret()
            .captures_iter(text)
            .map(|c| c[1].to_string())
            .filter(|s| s != "GITHUB_TOKEN")
            .collect(),
        lines,
    };
    let (Some(jobs_v), Some(jobs_idx)) = (get(&doc, "jobs").and_then(|j| j.as_mapping()), jobs_idx)
    else {
        return Ok(wf);
    };
    let job_lines = children(&wf.lines, jobs_idx);
    for (jk, jv) in jobs_v {
        let Some(id) = as_text(jk) else { continue };
        let Some(&(jline, _)) = job_lines.iter().find(|(_, k)| *k == id) else {
            continue;
        };
        let job = parse_job(&wf, &id, jv, jline, &wf_env, files);
        wf.jobs.push(job);
    }
    Ok(wf)
}

fn parse_job(
    wf: &Workflow,
    id: &str,
    jv: &Value,
    jline: usize,
    wf_env: &BTreeMap<String, String>,
    files: &BTreeSet<String>,
) -> Job {
    let lines = &wf.lines;
    let end = block_end(lines, jline);
    let kids = children(lines, jline);
    let child_indent = kids
        .first()
        .map_or(indent_of(&lines[jline]) + 2, |(i, _)| indent_of(&lines[*i]));
    let kid_line = |k: &str| kids.iter().find(|(_, key)| key == k).map(|(i, _)| *i);
    let label = wf.job_label(id);
    let perms = match (get(jv, "permissions"), kid_line("permissions")) {
        (Some(v), Some(i)) => perm_spec(v).map(|spec| PermBlock {
            spec,
            start: i + 1,
            end: block_end(lines, i) + 1,
            indent: child_indent,
        }),
        _ => None,
    };
    let block_text: String = lines[jline..=end].join("\n");
    let mut job = Job {
        id: id.to_string(),
        line: jline + 1,
        end: end + 1,
        child_indent,
        perms,
        needs: Vec::new(),
        calls: get(jv, "uses").and_then(as_text),
        calls_line: kid_line("uses").map_or(jline + 1, |i| i + 1),
        secrets_inherit: match get(jv, "secrets") {
            Some(Value::String(s)) if s.trim() == "inherit" => kid_line("secrets").map(|i| i + 1),
            _ => None,
        },
        pr_head_checkout: None,
        secrets_used: re_secret()
            .captures_iter(&block_text)
            .map(|c| c[1].to_string())
            .filter(|s| s != "GITHUB_TOKEN")
            .collect(),
        script_refs: Vec::new(),
    };
    let mut job_env = wf_env.clone();
    job_env.extend(str_map(get(jv, "env")));

    let Some(steps) = get(jv, "steps").and_then(|s| s.as_sequence()) else {
        return job;
    };
    // Step item lines: `- ` entries directly under `steps:`.
    let step_lines: Vec<usize> = match kid_line("steps") {
        Some(si) => {
            let send = block_end(lines, si);
            let mut item_indent: Option<usize> = None;
            let mut out = Vec::new();
            for (i, l) in lines.iter().enumerate().take(send + 1).skip(si + 1) {
                if is_blank(l) {
                    continue;
                }
                let t = l.trim_start();
                if t.starts_with("- ") || t == "-" {
                    let ind = indent_of(l);
                    if *item_indent.get_or_insert(ind) == ind {
                        out.push(i);
                    }
                }
            }
            out
        }
        None => Vec::new(),
    };

    let mut checkout_token = TokenRef::GithubToken(label.clone());
    let mut ghcr_token = TokenRef::GithubToken(label.clone());
    let mut logins: Vec<String> = Vec::new();
    let step_env = |step: &Value| {
        let mut env = job_env.clone();
        env.extend(str_map(get(step, "env")));
        env
    };
    // First pass: credentials later commands reuse.
    for step in steps {
        let uses = get(step, "uses").and_then(as_text).unwrap_or_default();
        let with = inputs(step, &step_env(step));
        let name = uses.split('@').next().unwrap_or("").to_ascii_lowercase();
        if name == "actions/checkout"
            && let Some(t) = with.get("token")
        {
            checkout_token = token_of(t, &label);
        }
        if name == "docker/login-action"
            && let Some(r) = with.get("registry")
        {
            logins.push(r.to_ascii_lowercase());
            if r.contains("ghcr.io")
                && let Some(p) = with.get("password")
            {
                ghcr_token = token_of(p, &label);
            }
        }
    }

    for (si, step) in steps.iter().enumerate() {
        let item = step_lines.get(si).copied();
        let item_end = step_lines.get(si + 1).map_or(end, |n| n.saturating_sub(1));
        let find_line = |key: &str| -> usize {
            match item {
                Some(s) => (s..=item_end)
                    .find(|i| key_of(&lines[*i]) == Some(key))
                    .map_or(s + 1, |i| i + 1),
                None => jline + 1,
            }
        };
        let env = step_env(step);
        let with = inputs(step, &env);
        if let Some(uses) = get(step, "uses").and_then(as_text) {
            let line = find_line("uses");
            let ctx = StepCtx {
                wf,
                label: &label,
                line,
                env: &env,
                with: &with,
                ghcr_token: &ghcr_token,
                logins: &logins,
            };
            uses_step(&ctx, &uses, &mut job);
        }
        if let Some(run) = get(step, "run").and_then(as_text) {
            let rl = find_line("run");
            // Block scalars start on the next line.
            let first = if lines.get(rl - 1).is_some_and(|l| {
                l.trim_end().ends_with('|')
                    || l.trim_end().ends_with('>')
                    || l.trim_end().ends_with("|-")
                    || l.trim_end().ends_with(">-")
            }) {
                rl + 1
            } else {
                rl
            };
            let ctx = RunCtx {
                path: &wf.path,
                label: &label,
                first_line: first,
                env: &env,
                job_text: &block_text,
                checkout_token: &checkout_token,
                ghcr_token: &ghcr_token,
                files,
            };
            run_step(&ctx, &run, &mut job);
        }
    }
    job
}

struct StepCtx<'a> {
    wf: &'a Workflow,
    label: &'a str,
    line: usize,
    env: &'a BTreeMap<String, String>,
    with: &'a BTreeMap<String, String>,
    ghcr_token: &'a TokenRef,
    /// Registries the job logs in to with docker/login-action.
    logins: &'a [String],
}

fn pr_head_ref(s: &str) -> bool {
    s.contains("github.event.pull_request.head")
        || s.contains("github.head_ref")
        || s.contains("refs/pull/")
        || s.contains("github.event.pull_request.merge_commit_sha")
}

fn uses_step(ctx: &StepCtx, uses: &str, job: &mut Job) {
    let k = kb();
    let path = &ctx.wf.path;
    let name = uses.split('@').next().unwrap_or(uses).to_ascii_lowercase();
    if name == "actions/checkout" && ctx.with.get("ref").is_some_and(|r| pr_head_ref(r)) {
        job.pr_head_checkout = Some(ctx.line);
    }
    let what = format!("uses: {uses}");
    // Slack's action calls a Web API method with a Slack token.
    if name.contains("slack")
        && let Some(method) = ctx.with.get("method")
        && let Some(mut n) = classify::slack(method.trim(), path, ctx.line)
    {
        n.what = format!("{what} (method {})", method.trim());
        n.token = ctx
            .with
            .get("token")
            .map_or(TokenRef::Unlinked, |t| token_of(t, ctx.label));
        job.needs.push(n);
    }
    let Some(a) = k.action(uses) else {
        let mut n = Need::new(Provider::GitHub, what, path, ctx.line);
        n.token = TokenRef::GithubToken(ctx.label.to_string());
        if uses.starts_with("docker://") {
            n.reason = "container step: gets no token unless one is passed".into();
            if ctx
                .with
                .values()
                .chain(ctx.env.values())
                .any(|v| v.contains("github.token") || v.contains("secrets.GITHUB_TOKEN"))
            {
                n.unknown = true;
                n.reason = "container step that is passed GITHUB_TOKEN: its use is unknown".into();
            }
        } else {
            n.unknown = true;
            n.reason =
                "action not in the knowledge base: what it does with the token is unknown".into();
        }
        job.needs.push(n);
        return;
    };
    let mut perms = kb::github_perms(&a.permissions);
    let mut alternatives: Vec<Vec<Perm>> = a.any_of.iter().map(kb::github_perms).collect();
    let mut reason = a.reason.clone();
    let mut token_input = a.token_input.clone();
    let mut via: Option<String> = None;
    for w in &a.when {
        let hit = |input: &str, contains: &Option<String>| -> bool {
            match (ctx.with.get(input), contains) {
                (Some(v), Some(c)) => v.to_ascii_lowercase().contains(&c.to_ascii_lowercase()),
                (Some(_), None) => true,
                (None, _) => false,
            }
        };
        let mut ok = hit(&w.input, &w.contains);
        if let Some(and) = &w.and_input {
            ok &= hit(and, &w.and_contains);
        }
        if let Some(reg) = &w.logged_in_to {
            ok &= ctx.logins.iter().any(|l| l.contains(reg.as_str()));
        }
        if !ok {
            continue;
        }
        let extra = kb::github_perms(&w.permissions);
        if w.replace {
            perms = extra;
            alternatives.clear();
        } else {
            perms.extend(extra);
        }
        reason = format!("{reason}; {}", w.reason);
        if w.token_input.is_some() {
            token_input = w.token_input.clone();
        }
        if w.via.is_some() {
            via = w.via.clone();
        }
    }
    let token = if via.as_deref() == Some("docker-login") {
        ctx.ghcr_token.clone()
    } else if let Some(v) = token_input.as_ref().and_then(|i| ctx.with.get(i)) {
        token_of(v, ctx.label)
    } else if let Some(v) = a.token_env.as_ref().and_then(|e| ctx.env.get(e)) {
        token_of(v, ctx.label)
    } else {
        TokenRef::GithubToken(ctx.label.to_string())
    };

    if a.unknown {
        // github-script: read the script for Octokit calls.
        let script = ctx.with.get("script").cloned().unwrap_or_default();
        let lines: Vec<&str> = script.lines().collect();
        let script_line = ctx.line + 2;
        let calls = code::octokit_calls(path, &lines, script_line.saturating_sub(1));
        if !calls.is_empty() && calls.iter().all(|c| !c.unknown) {
            for mut c in calls {
                c.token = token.clone();
                job.needs.push(c);
            }
            return;
        }
        let mut n = Need::new(Provider::GitHub, what, path, ctx.line);
        n.unknown = true;
        n.reason = reason;
        n.token = token.clone();
        job.needs.push(n);
        for mut c in calls.into_iter().filter(|c| !c.unknown) {
            c.token = token.clone();
            job.needs.push(c);
        }
        return;
    }
    let mut n = Need::new(Provider::GitHub, what, path, ctx.line);
    if alternatives.is_empty() {
        if !perms.is_empty() {
            n.alternatives.push(perms);
        }
    } else {
        for alt in &mut alternatives {
            alt.extend(perms.iter().cloned());
        }
        n.alternatives = alternatives;
    }
    n.reason = reason;
    n.token = token;
    job.needs.push(n);
}

struct RunCtx<'a> {
    path: &'a str,
    label: &'a str,
    first_line: usize,
    env: &'a BTreeMap<String, String>,
    job_text: &'a str,
    checkout_token: &'a TokenRef,
    ghcr_token: &'a TokenRef,
    files: &'a BTreeSet<String>,
}

/// The token a shell line presents: an inline `${{ }}` expression, else a `$VAR` from the
/// step environment, else None.
fn line_token(line: &str, env: &BTreeMap<String, String>, label: &str) -> Option<TokenRef> {
    for c in re_expr().captures_iter(line) {
        let inner = &c[1];
        if inner.contains("secrets.") || inner.contains("github.token") {
            return Some(token_of(inner, label));
        }
    }
    static VAR: OnceLock<Regex> = OnceLock::new();
    let var = VAR.get_or_init(|| Regex::new(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?").expect("regex"));
    for c in var.captures_iter(line) {
        let name = &c[1];
        if !code::credential_name(name) {
            continue;
        }
        return Some(match env.get(name) {
            Some(v) => token_of(v, label),
            None if name == "GITHUB_TOKEN" => TokenRef::GithubToken(label.to_string()),
            None => TokenRef::Env(name.to_string()),
        });
    }
    None
}

fn env_token(env: &BTreeMap<String, String>, names: &[&str], label: &str) -> TokenRef {
    for n in names {
        if let Some(v) = env.get(*n) {
            return token_of(v, label);
        }
    }
    TokenRef::GithubToken(label.to_string())
}

/// Rewrites workflow expressions and runner variables in a shell line so that API URLs
/// built from them read as URLs: `${{ github.api_url }}` and `$GITHUB_API_URL` become
/// `https://api.github.com`, the repository `{owner}/{repo}`, any other expression `{x}`.
fn expand_context(line: &str) -> String {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"\$\{\{\s*([^}]*?)\s*\}\}|\$\{?(GITHUB_API_URL|GITHUB_REPOSITORY)\}?")
            .expect("regex")
    });
    re.replace_all(line, |c: &regex::Captures| {
        let name = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
        match name {
            "github.api_url" | "GITHUB_API_URL" => "https://api.github.com".to_string(),
            "github.repository" | "GITHUB_REPOSITORY" => "{owner}/{repo}".to_string(),
            _ => "{x}".to_string(),
        }
    })
    .into_owned()
}

fn run_step(ctx: &RunCtx, run: &str, job: &mut Job) {
    let k = kb();
    // Join continuation lines, remembering where each logical line starts.
    let raw: Vec<&str> = run.lines().collect();
    let mut logical: Vec<(usize, String)> = Vec::new();
    let mut cur: Option<(usize, String)> = None;
    for (i, l) in raw.iter().enumerate() {
        let t = l.trim_end();
        let (part, cont) = match t.strip_suffix('\\') {
            Some(p) => (p, true),
            None => (t, false),
        };
        match &mut cur {
            Some((_, s)) => {
                s.push(' ');
                s.push_str(part.trim());
            }
            None => cur = Some((i, part.to_string())),
        }
        if !cont && let Some(c) = cur.take() {
            logical.push(c);
        }
    }
    if let Some(c) = cur.take() {
        logical.push(c);
    }
    let context = format!("{run}\n{}", ctx.job_text);
    static URL: OnceLock<Regex> = OnceLock::new();
    let url_re = URL.get_or_init(|| {
        Regex::new(r#"(?i)https?://[A-Za-z0-9.\-:]+(?:/[^\s"'`<>)\]\\,;]*)?"#).expect("regex")
    });

    for (i, line) in &logical {
        let ln = ctx.first_line + i;
        let t = line.trim();
        if t.starts_with('#') || t.is_empty() {
            continue;
        }
        if pr_head_ref(t) && (t.contains("git checkout") || t.contains("git fetch"))
            || t.contains("gh pr checkout")
        {
            job.pr_head_checkout.get_or_insert(ln);
        }
        // gh commands (`gh api` included).
        if let Some(mut n) = code::gh_command(t, ctx.path, ln) {
            n.token = env_token(ctx.env, &["GH_TOKEN", "GITHUB_TOKEN"], ctx.label);
            job.needs.push(n);
            continue;
        }
        // Other commands from the table.
        let mut matched = false;
        for c in &k.commands {
            if c.pattern.as_str().contains("gh\\s") || !c.pattern.is_match(t) {
                continue;
            }
            if let Some(cx) = &c.context
                && !cx.is_match(&context)
            {
                continue;
            }
            let token = match c.token.as_str() {
                "checkout" => ctx.checkout_token.clone(),
                "docker-login" => ctx.ghcr_token.clone(),
                "npmrc" => env_token(ctx.env, &["NODE_AUTH_TOKEN"], ctx.label),
                _ => line_token(t, ctx.env, ctx.label).unwrap_or_else(|| {
                    env_token(ctx.env, &["GH_TOKEN", "GITHUB_TOKEN"], ctx.label)
                }),
            };
            let what = kb::command_words(&c.pattern, c.pattern.find(t).map_or("", |m| m.as_str()));
            let mut n = Need::new(Provider::GitHub, what, ctx.path, ln)
                .with(kb::github_perms(&c.permissions));
            n.reason = c.reason.clone();
            n.token = token;
            job.needs.push(n);
            matched = true;
            break;
        }
        if matched {
            continue;
        }
        // API calls with curl/wget/httpie: any provider.
        let lines_only: Vec<&str> = logical.iter().map(|(_, s)| s.as_str()).collect();
        let idx = logical.iter().position(|(j, _)| j == i).unwrap_or(0);
        let plain = expand_context(t);
        for m in url_re.find_iter(&plain) {
            let u = m.as_str().to_string();
            let verb = method_near(&lines_only, idx);
            let req = Request {
                url: &u,
                verb: &verb,
                file: ctx.path,
                line: ln,
            };
            if let Some(mut n) = classify::classify_url(&req) {
                // An unauthenticated call needs no token.
                let Some(tok) = line_token(t, ctx.env, ctx.label) else {
                    continue;
                };
                n.token = tok;
                job.needs.push(n);
            }
        }
        // Scripts from the repository that the step runs.
        for w in code::shell_words(t) {
            let cand = w.trim_start_matches("./").to_string();
            if ctx.files.contains(&cand) {
                let env = ctx
                    .env
                    .iter()
                    .map(|(k, v)| (k.clone(), token_of(v, ctx.label)))
                    .collect();
                job.script_refs.push(ScriptRef {
                    file: cand,
                    env,
                    line: ln,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WF: &str = "name: ci
on:
  pull_request_target:
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      issues: write
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - name: comment
        run: |
          echo hi
          gh pr comment 1 --body done
        env:
          GH_TOKEN: ${{ github.token }}
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
      - run: git push origin HEAD
";

    #[test]
    fn curl_with_workflow_expressions() {
        let wf = "on: push
permissions: {}
jobs:
  c:
    runs-on: ubuntu-latest
    steps:
      - run: |
          curl -X POST -H \"Authorization: Bearer ${{ secrets.GITHUB_TOKEN }}\" \\
            ${{ github.api_url }}/repos/${{ github.repository }}/issues/${{ github.event.number }}/comments
          curl https://api.github.com/repos/acme/web
";
        let wf = parse(".github/workflows/c.yml", wf, &BTreeSet::new()).unwrap();
        let needs = &wf.jobs[0].needs;
        assert_eq!(needs.len(), 1, "{needs:#?}");
        assert_eq!(needs[0].alternatives[0][0].to_string(), "issues: write");
        assert_eq!(needs[0].line, 8);
        assert!(matches!(needs[0].token, TokenRef::GithubToken(_)));
    }

    #[test]
    fn parses_blocks_and_needs() {
        let wf = parse(".github/workflows/ci.yml", WF, &BTreeSet::new()).unwrap();
        assert_eq!(wf.events, ["pull_request_target"]);
        let top = wf.top.as_ref().unwrap();
        assert_eq!(
            (top.start, top.end, top.spec.clone()),
            (4, 4, PermSpec::WriteAll)
        );
        assert_eq!(wf.jobs_line, 5);
        let b = &wf.jobs[0];
        assert_eq!(b.id, "build");
        assert_eq!(b.line, 6);
        let p = b.perms.as_ref().unwrap();
        assert_eq!((p.start, p.end, p.indent), (8, 10, 4));
        assert_eq!(b.pr_head_checkout, Some(12));
        let needs: Vec<(usize, String)> = b
            .needs
            .iter()
            .map(|n| (n.line, n.alternatives[0][0].to_string()))
            .collect();
        assert_eq!(
            needs,
            [
                (12, "contents: read".into()),
                (18, "pull-requests: write".into())
            ]
        );
        let l = &wf.jobs[1];
        assert!(l.perms.is_none());
        assert_eq!(l.needs.len(), 2);
        assert!(l.needs[0].alternatives.is_empty());
        assert_eq!(l.needs[1].alternatives[0][0].to_string(), "contents: write");
        assert_eq!(l.needs[1].line, 25);
    }

    #[test]
    fn env_expressions_in_inputs_are_expanded() {
        let env: BTreeMap<String, String> = [("REGISTRY".to_string(), "ghcr.io".to_string())]
            .into_iter()
            .collect();
        assert_eq!(
            expand_env("${{ env.REGISTRY }}/acme/app", &env),
            "ghcr.io/acme/app"
        );
        assert_eq!(expand_env("${{env.REGISTRY}}", &env), "ghcr.io");
        assert_eq!(expand_env("${{ env.OTHER }} x", &env), "${{ env.OTHER }} x");
        assert_eq!(expand_env("${{ secrets.T }}", &env), "${{ secrets.T }}");
    }

    /// GitHub's "Publishing Docker images" template: the registry comes from `env`, the
    /// tags from docker/metadata-action; the push after the ghcr.io login needs
    /// `packages: write`.
    #[test]
    fn pushing_after_a_ghcr_login_needs_packages_write() {
        let wf = "on: push
env:
  REGISTRY: ghcr.io
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@v3
        with:
          registry: ${{ env.REGISTRY }}
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - id: meta
        uses: docker/metadata-action@v5
        with:
          images: ${{ env.REGISTRY }}/acme/app
      - uses: docker/build-push-action@v6
        with:
          push: true
          tags: ${{ steps.meta.outputs.tags }}
";
        let parsed = parse(".github/workflows/c.yml", wf, &BTreeSet::new()).unwrap();
        let (needed, unknown) = crate::leastpriv::advise::job_needed(&parsed, &parsed.jobs[0]);
        assert!(!unknown);
        assert!(
            needed.contains(&"packages: write".to_string()),
            "{needed:?}"
        );
        // Without the push, the login alone reads.
        let no_push = wf.replace("push: true", "push: false");
        let parsed = parse(".github/workflows/c.yml", &no_push, &BTreeSet::new()).unwrap();
        let (needed, _) = crate::leastpriv::advise::job_needed(&parsed, &parsed.jobs[0]);
        assert!(needed.contains(&"packages: read".to_string()), "{needed:?}");
    }
}
