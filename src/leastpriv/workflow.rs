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

/// Whether `path` is an action's metadata file (`action.yml`), which `uses: ./dir` reads.
pub fn is_action_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name == "action.yml" || name == "action.yaml"
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
    /// A local JavaScript action's directory (`""` for `uses: ./`): every code file under
    /// it is the action's, and reads the step's inputs as `INPUT_<NAME>`.
    pub dir: Option<String>,
    /// Env var → the tokens it may carry (`${{ secrets.X || github.token }}` carries both).
    pub env: BTreeMap<String, Vec<TokenRef>>,
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
/// Keys may hold spaces and any characters (`my job:`, `"build (linux)":`), as YAML allows
/// and GitHub accepts for job ids; a plain key ends at the first `: ` or a final `:`.
fn key_of(l: &str) -> Option<&str> {
    let t = l.trim_start();
    let t = t.strip_prefix("- ").unwrap_or(t).trim_start();
    if t.starts_with('#') || t.starts_with('{') || t.starts_with('[') || t.starts_with('-') {
        return None;
    }
    if let Some(q) = t.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let rest = &t[1..];
        let end = rest.find(q)?;
        return rest[end + 1..]
            .trim_start()
            .starts_with(':')
            .then(|| &rest[..end])
            .filter(|k| !k.is_empty());
    }
    let end = t.find(": ").or_else(|| t.find(":\t")).or_else(|| {
        let body = t.split(" #").next().unwrap_or(t).trim_end();
        body.ends_with(':').then(|| body.len() - 1)
    })?;
    let k = t[..end].trim();
    (!k.is_empty() && !k.contains("${{")).then_some(k)
}

/// Whether the key on this line has no value on the line (its value is the block below).
fn opens_block(l: &str) -> bool {
    let t = l.trim_start();
    let t = t.strip_prefix("- ").unwrap_or(t);
    let body = t.split(" #").next().unwrap_or(t).trim_end();
    body.ends_with(':')
}

fn is_item(l: &str) -> bool {
    let t = l.trim_start();
    t.starts_with("- ") || t == "-"
}

/// Last line (0-based, inclusive) of the block whose key is on line `start`. A sequence
/// may sit at its key's own indentation (`steps:` then `- uses:` in the same column).
fn block_end(lines: &[String], start: usize) -> usize {
    let ind = indent_of(&lines[start]);
    let own_seq = opens_block(&lines[start]);
    // A list item's own keys continue at the item's content column.
    let item_content = is_item(&lines[start]).then(|| {
        let t = lines[start].trim_start();
        ind + (t.len() - t[1..].trim_start().len())
    });
    let mut end = start;
    for (i, l) in lines.iter().enumerate().skip(start + 1) {
        if is_blank(l) {
            continue;
        }
        let li = indent_of(l);
        let inside = li > ind
            || (li == ind && own_seq && is_item(l) && item_content.is_none())
            || item_content.is_some_and(|c| li >= c);
        if !inside {
            break;
        }
        end = i;
    }
    end
}

/// Child keys (0-based line, key) directly under the block on line `start`: the keys of a
/// mapping, or the items of a sequence (the items of a same-column sequence belong to the
/// key above them, not to this block).
fn children(lines: &[String], start: usize) -> Vec<(usize, String)> {
    let end = block_end(lines, start);
    let mut out = Vec::new();
    let mut child: Option<(usize, bool)> = None;
    for (i, l) in lines.iter().enumerate().take(end + 1).skip(start + 1) {
        if is_blank(l) {
            continue;
        }
        let ind = indent_of(l);
        let (ci, seq) = *child.get_or_insert((ind, is_item(l)));
        if ind == ci
            && is_item(l) == seq
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

/// Input `name` of a step (input ids are case-insensitive).
fn input<'a>(with: &'a BTreeMap<String, String>, name: &str) -> Option<&'a String> {
    with.get(name).or_else(|| {
        with.iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    })
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

/// `secrets.NAME` and `secrets['NAME']`, any case (context and secret names are
/// case-insensitive in Actions).
fn re_secret() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r#"(?i)\bsecrets(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*['"]([A-Za-z_][A-Za-z0-9_-]*)['"]\s*\])"#)
            .expect("regex")
    })
}

/// Secret names an expression or text refers to, upper-cased (GITHUB_TOKEN included).
pub fn secret_names(text: &str) -> impl Iterator<Item = String> + '_ {
    re_secret().captures_iter(text).filter_map(|c| {
        c.get(1)
            .or_else(|| c.get(2))
            .map(|m| m.as_str().to_ascii_uppercase())
    })
}

fn re_expr() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r"\$\{\{\s*([^}]*?)\s*\}\}").expect("regex"))
}

/// Whether an expression may carry the job's GITHUB_TOKEN (`github.token`,
/// `secrets.GITHUB_TOKEN`, in any case).
pub fn carries_github_token(expr: &str) -> bool {
    let l = expr.to_ascii_lowercase();
    l.contains("github.token")
        || l.contains("github['token']")
        || secret_names(expr).any(|n| n == "GITHUB_TOKEN")
}

/// Every token an expression may stand for: `${{ secrets.PAT || github.token }}` is the
/// PAT when it is set and GITHUB_TOKEN otherwise, so a need presented with it is a need of
/// both.
pub fn tokens_of(expr: &str, job_label: &str) -> Vec<TokenRef> {
    let mut out = Vec::new();
    for name in secret_names(expr) {
        let t = if name == "GITHUB_TOKEN" {
            TokenRef::GithubToken(job_label.to_string())
        } else {
            TokenRef::Secret(name)
        };
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if carries_github_token(expr) {
        let t = TokenRef::GithubToken(job_label.to_string());
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if out.is_empty() {
        out.push(match re_expr().captures(expr) {
            Some(c) => TokenRef::Expr(c[1].to_string()),
            None => TokenRef::Expr("a literal value".into()),
        });
    }
    out
}

/// Which token an expression (`${{ secrets.X }}`, `${{ github.token }}`) stands for first.
pub fn token_of(expr: &str, job_label: &str) -> TokenRef {
    tokens_of(expr, job_label).swap_remove(0)
}

/// Pushes `n` once for each token in `tokens` (an expression with a fallback carries
/// either).
fn push_for(job: &mut Job, n: Need, tokens: &[TokenRef]) {
    for t in tokens.iter().skip(1) {
        let mut c = n.clone();
        c.token = t.clone();
        job.needs.push(c);
    }
    let mut n = n;
    if let Some(t) = tokens.first() {
        n.token = t.clone();
    }
    job.needs.push(n);
}

// ---------------------------------------------------------------------------------------
// Parsing

/// Parses one workflow. `files` are the repository's known file paths (for `run:` steps that
/// execute a script from the repository). Errors are YAML syntax errors.
/// A job id GitHub Actions accepts (actions/runner `NameValidation`: ASCII letters, digits,
/// `_` and `-`, not starting with a digit or `-`).
pub fn valid_job_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

pub fn parse(path: &str, text: &str, files: &BTreeSet<String>) -> Result<Workflow, String> {
    let repo = Repo {
        paths: files.clone(),
        actions: BTreeMap::new(),
    };
    parse_in(path, text, &repo)
}

/// Parses one workflow of `repo` (its files, for scripts that steps run, and its local
/// actions).
pub fn parse_in(path: &str, text: &str, repo: &Repo) -> Result<Workflow, String> {
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
        secrets_used: secret_names(text).filter(|s| s != "GITHUB_TOKEN").collect(),
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
        let job = parse_job(&wf, &id, jv, jline, &wf_env, repo);
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
    repo: &Repo,
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
        secrets_used: secret_names(&block_text)
            .filter(|s| s != "GITHUB_TOKEN")
            .collect(),
        script_refs: Vec::new(),
    };
    let mut job_env = wf_env.clone();
    job_env.extend(str_map(get(jv, "env")));

    let Some(steps) = get(jv, "steps").and_then(|s| s.as_sequence()) else {
        return job;
    };
    let st = Steps {
        file: wf,
        label: &label,
        steps,
        items: step_items(lines, kid_line("steps")),
        end,
        fallback_line: jline + 1,
        env: &job_env,
        block_text: &block_text,
        repo,
        depth: 0,
    };
    run_steps(&st, &mut job);
    job
}

/// 0-based lines of the `- ` items directly under the `steps:` key on line `key`.
fn step_items(lines: &[String], key: Option<usize>) -> Vec<usize> {
    let Some(si) = key else {
        return Vec::new();
    };
    let send = block_end(lines, si);
    let mut item_indent: Option<usize> = None;
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate().take(send + 1).skip(si + 1) {
        if is_blank(l) {
            continue;
        }
        if is_item(l) {
            let ind = indent_of(l);
            if *item_indent.get_or_insert(ind) == ind {
                out.push(i);
            }
        }
    }
    out
}

/// The repository around a workflow: every file path, and the local actions' metadata
/// (`dir/action.yml` → text) for `uses: ./dir` steps.
#[derive(Debug, Default)]
pub struct Repo {
    pub paths: BTreeSet<String>,
    pub actions: BTreeMap<String, String>,
}

/// A list of steps to read: a job's, or a local composite action's run for a job.
struct Steps<'a> {
    /// The file the steps are written in (its path and lines locate needs).
    file: &'a Workflow,
    /// The job whose GITHUB_TOKEN the steps hold.
    label: &'a str,
    steps: &'a [Value],
    /// 0-based line of each step's `- `.
    items: Vec<usize>,
    /// 0-based last line of the steps' block.
    end: usize,
    /// Line for needs whose step cannot be located (steps from an alias).
    fallback_line: usize,
    env: &'a BTreeMap<String, String>,
    /// The job's text, for commands whose meaning depends on it (a registry host).
    block_text: &'a str,
    repo: &'a Repo,
    /// Nesting of composite actions.
    depth: usize,
}

/// Nested composite actions read before the rest is called unknown.
const MAX_COMPOSITE_DEPTH: usize = 4;

fn run_steps(st: &Steps, job: &mut Job) {
    let lines = &st.file.lines;
    let label = st.label;
    let mut checkout_tokens = vec![TokenRef::GithubToken(label.to_string())];
    let mut ghcr_tokens = vec![TokenRef::GithubToken(label.to_string())];
    let mut logins: Vec<String> = Vec::new();
    let step_env = |step: &Value| {
        let mut env = st.env.clone();
        env.extend(str_map(get(step, "env")));
        env
    };
    // First pass: credentials later commands reuse.
    for step in st.steps {
        let uses = get(step, "uses").and_then(as_text).unwrap_or_default();
        let with = inputs(step, &step_env(step));
        let name = uses.split('@').next().unwrap_or("").to_ascii_lowercase();
        if name == "actions/checkout"
            && let Some(t) = input(&with, "token")
        {
            checkout_tokens = tokens_of(t, label);
        }
        if name == "docker/login-action"
            && let Some(r) = input(&with, "registry")
        {
            logins.push(r.to_ascii_lowercase());
            if r.contains("ghcr.io")
                && let Some(p) = input(&with, "password")
            {
                ghcr_tokens = tokens_of(p, label);
            }
        }
    }

    for (si, step) in st.steps.iter().enumerate() {
        let item = st.items.get(si).copied();
        let item_end = st.items.get(si + 1).map_or(st.end, |n| n.saturating_sub(1));
        let find_line = |key: &str| -> usize {
            match item {
                Some(s) => (s..=item_end.min(lines.len().saturating_sub(1)))
                    .find(|i| key_of(&lines[*i]) == Some(key))
                    .map_or(s + 1, |i| i + 1),
                None => st.fallback_line,
            }
        };
        let env = step_env(step);
        let with = inputs(step, &env);
        if let Some(uses) = get(step, "uses").and_then(as_text) {
            let line = find_line("uses");
            let ctx = StepCtx {
                wf: st.file,
                label,
                line,
                env: &env,
                with: &with,
                ghcr_tokens: &ghcr_tokens,
                logins: &logins,
            };
            if uses.starts_with("./") {
                local_action(st, &ctx, &uses, job);
            } else {
                uses_step(&ctx, &uses, job);
            }
        }
        if let Some(run) = get(step, "run").and_then(as_text) {
            let rl = find_line("run");
            // Block scalars (`run: |`, `|-`, `>+`, `|2`) start on the next line.
            let first = if lines.get(rl - 1).is_some_and(|l| {
                let v = l.split_once(':').map_or("", |(_, v)| v);
                let v = v.split(" #").next().unwrap_or(v).trim();
                v.starts_with('|') || v.starts_with('>')
            }) {
                rl + 1
            } else {
                rl
            };
            let ctx = RunCtx {
                path: &st.file.path,
                label,
                first_line: first,
                env: &env,
                job_text: st.block_text,
                checkout_tokens: &checkout_tokens,
                ghcr_tokens: &ghcr_tokens,
                files: &st.repo.paths,
            };
            run_step(&ctx, &run, job);
        }
    }
}

/// `uses: ./path`: a composite action in the repository is read step by step, with the
/// step's inputs (or the action's defaults) in place of `${{ inputs.* }}`; any other local
/// action (JavaScript, Docker) or one that is not there is an unknown need.
fn local_action(st: &Steps, ctx: &StepCtx, uses: &str, job: &mut Job) {
    let dir = uses.trim_start_matches("./").trim_end_matches('/');
    let found = ["action.yml", "action.yaml"].iter().find_map(|f| {
        let p = if dir.is_empty() {
            f.to_string()
        } else {
            format!("{dir}/{f}")
        };
        st.repo.actions.get(&p).map(|t| (p, t))
    });
    let unknown = |reason: &str, job: &mut Job| {
        let mut n = Need::new(
            Provider::GitHub,
            format!("uses: {uses}"),
            &ctx.wf.path,
            ctx.line,
        );
        n.unknown = true;
        n.reason = reason.to_string();
        n.token = TokenRef::GithubToken(ctx.label.to_string());
        job.needs.push(n);
    };
    let Some((path, text)) = found else {
        return unknown(
            "local action whose action.yml is not in the scanned tree",
            job,
        );
    };
    if st.depth >= MAX_COMPOSITE_DEPTH {
        return unknown("composite actions nested too deep to follow", job);
    }
    let Ok(meta) = yaml_serde::from_str::<Value>(text) else {
        return unknown("local action whose action.yml does not parse", job);
    };
    let runs = get(&meta, "runs");
    let using = runs
        .and_then(|r| get(r, "using"))
        .and_then(as_text)
        .unwrap_or_default();
    let main = runs
        .and_then(|r| get(r, "main"))
        .and_then(as_text)
        .unwrap_or_default();
    // Inputs: the step's `with:`, else the action's defaults.
    let values = action_inputs(&meta, ctx.with);
    if using.to_ascii_lowercase().starts_with("node") && !main.is_empty() {
        // The runner hands each input to the action's code as INPUT_<NAME> (spaces become
        // `_`, upper case); the code's reads of those are linked to the step's tokens.
        let env: BTreeMap<String, Vec<TokenRef>> = values
            .iter()
            .map(|(k, v)| {
                let var = format!("INPUT_{}", k.replace(' ', "_").to_ascii_uppercase());
                (var, tokens_of(v, ctx.label))
            })
            .collect();
        let main = main.trim_start_matches("./");
        job.script_refs.push(ScriptRef {
            file: if dir.is_empty() {
                main.to_string()
            } else {
                format!("{dir}/{main}")
            },
            dir: Some(dir.to_string()),
            env,
            line: ctx.line,
        });
        return;
    }
    if !using.eq_ignore_ascii_case("composite") {
        return unknown(
            &format!("local {using} action: what its code does with the token is not read"),
            job,
        );
    }
    let substituted = substitute_inputs(text, &values);
    let Ok(doc) = yaml_serde::from_str::<Value>(&substituted) else {
        return unknown("local action whose steps cannot be read", job);
    };
    let Some(steps) = get(&doc, "runs")
        .and_then(|r| get(r, "steps"))
        .and_then(|s| s.as_sequence())
    else {
        return;
    };
    let lines: Vec<String> = substituted.lines().map(|l| l.replace('\t', "  ")).collect();
    let runs_line = top_keys(&lines)
        .into_iter()
        .find(|(_, k)| k == "runs")
        .map(|(i, _)| i);
    let steps_key = runs_line.and_then(|r| {
        children(&lines, r)
            .into_iter()
            .find(|(_, k)| k == "steps")
            .map(|(i, _)| i)
    });
    let end = lines.len().saturating_sub(1);
    let file = Workflow {
        path,
        lines,
        events: Vec::new(),
        top: None,
        jobs_line: 1,
        jobs: Vec::new(),
        secrets_used: BTreeSet::new(),
    };
    let inner = Steps {
        file: &file,
        label: st.label,
        steps,
        items: step_items(&file.lines, steps_key),
        end,
        fallback_line: ctx.line,
        env: ctx.env,
        block_text: st.block_text,
        repo: st.repo,
        depth: st.depth + 1,
    };
    run_steps(&inner, job);
}

/// A local action's inputs (lower-cased names) with the step's `with:` value, else the
/// action's default.
fn action_inputs(meta: &Value, with: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    if let Some(m) = get(meta, "inputs").and_then(|i| i.as_mapping()) {
        for (k, v) in m {
            let Some(k) = as_text(k) else { continue };
            let given = input(with, &k).cloned();
            let default = get(v, "default").and_then(as_text);
            if let Some(val) = given.or(default) {
                values.insert(k.to_ascii_lowercase(), val);
            }
        }
    }
    values
}

/// `${{ inputs.NAME }}` replaced by the value given for NAME; inside a longer expression,
/// `inputs.NAME` becomes the value's own expression (or the literal, quoted).
fn substitute_inputs(text: &str, values: &BTreeMap<String, String>) -> String {
    static WHOLE: OnceLock<Regex> = OnceLock::new();
    static PART: OnceLock<Regex> = OnceLock::new();
    let whole = WHOLE
        .get_or_init(|| Regex::new(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}").expect("regex"));
    let part = PART.get_or_init(|| Regex::new(r"\binputs\.([A-Za-z0-9_-]+)").expect("regex"));
    let value = |name: &str| {
        values
            .get(&name.to_ascii_lowercase())
            .cloned()
            .unwrap_or_default()
    };
    let out = whole.replace_all(text, |c: &regex::Captures| {
        let v = value(&c[1]);
        if v.contains('\n') { String::new() } else { v }
    });
    re_expr()
        .replace_all(&out, |c: &regex::Captures| {
            let inner = part.replace_all(&c[1], |p: &regex::Captures| {
                let v = value(&p[1]);
                match re_expr().captures(&v) {
                    Some(e) => format!("({})", &e[1]),
                    None => format!("'{}'", v.replace('\'', "''")),
                }
            });
            format!("${{{{ {inner} }}}}")
        })
        .into_owned()
}

struct StepCtx<'a> {
    wf: &'a Workflow,
    label: &'a str,
    line: usize,
    env: &'a BTreeMap<String, String>,
    with: &'a BTreeMap<String, String>,
    ghcr_tokens: &'a [TokenRef],
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
    if name == "actions/checkout" && input(ctx.with, "ref").is_some_and(|r| pr_head_ref(r)) {
        job.pr_head_checkout = Some(ctx.line);
    }
    let what = format!("uses: {uses}");
    // Slack's action calls a Web API method with a Slack token.
    if name.contains("slack")
        && let Some(method) = input(ctx.with, "method")
        && let Some(mut n) = classify::slack(method.trim(), path, ctx.line)
    {
        n.what = format!("{what} (method {})", method.trim());
        n.token = ctx
            .with
            .get("token")
            .map_or(TokenRef::Unlinked, |t| token_of(t, ctx.label));
        job.needs.push(n);
    }
    let comment = ctx
        .wf
        .lines
        .get(ctx.line.saturating_sub(1))
        .and_then(|l| l.split_once(" #").map(|(_, c)| c.trim().to_string()));
    let Some(a) = k.action_at(uses, comment.as_deref()) else {
        let mut n = Need::new(Provider::GitHub, what, path, ctx.line);
        n.token = TokenRef::GithubToken(ctx.label.to_string());
        if uses.starts_with("docker://") {
            n.reason = "container step: gets no token unless one is passed".into();
            if ctx
                .with
                .values()
                .chain(ctx.env.values())
                .any(|v| carries_github_token(v))
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
        let hit = |name: &str, contains: &Option<String>| -> bool {
            match (input(ctx.with, name), contains) {
                (Some(v), Some(c)) => v.to_ascii_lowercase().contains(&c.to_ascii_lowercase()),
                (Some(_), None) => true,
                (None, _) => false,
            }
        };
        let mut ok = w.input.is_empty() || hit(&w.input, &w.contains);
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
    let tokens: Vec<TokenRef> = if via.as_deref() == Some("docker-login") {
        ctx.ghcr_tokens.to_vec()
    } else if let Some(v) = token_input.as_ref().and_then(|i| input(ctx.with, i)) {
        tokens_of(v, ctx.label)
    } else if let Some(v) = a.token_env.as_ref().and_then(|e| ctx.env.get(e)) {
        tokens_of(v, ctx.label)
    } else {
        vec![TokenRef::GithubToken(ctx.label.to_string())]
    };

    if a.unknown {
        // github-script: read the script for Octokit calls.
        let script = input(ctx.with, "script").cloned().unwrap_or_default();
        let lines: Vec<&str> = script.lines().collect();
        let script_line = ctx.line + 2;
        let mut calls = code::octokit_calls(path, &lines, script_line.saturating_sub(1));
        if on_pull_request(ctx.wf, &script) {
            for c in &mut calls {
                pull_request_side(c);
            }
        }
        if !calls.is_empty() && calls.iter().all(|c| !c.unknown) {
            for c in calls {
                push_for(job, c, &tokens);
            }
            return;
        }
        let mut n = Need::new(Provider::GitHub, what, path, ctx.line);
        n.unknown = true;
        n.reason = reason;
        push_for(job, n, &tokens);
        for c in calls.into_iter().filter(|c| !c.unknown) {
            push_for(job, c, &tokens);
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
    push_for(job, n, &tokens);
}

/// Whether the issues-API calls of a job may be about a pull request: the workflow runs on a
/// pull request event, or the script reads the pull request from the payload.
fn on_pull_request(wf: &Workflow, script: &str) -> bool {
    wf.events.iter().any(|e| e.starts_with("pull_request"))
        || script.contains("pull_request")
        || script.contains("pull_number")
}

/// A label or comment call of the issues API that either `issues` or `pull_requests` can
/// satisfy: on a pull request it is the pull-request permission that counts (GitHub answers
/// `Resource not accessible by integration` to a token with only `issues: write`), so the
/// alternative naming `pull_requests` is the one kept.
fn pull_request_side(n: &mut Need) {
    // Only calls on one issue or pull request (`/issues/{issue_number}/labels`, comments);
    // repository labels (`POST /repos/{owner}/{repo}/labels`) stay with `issues`.
    if !n.what.contains("/issues/{") && !n.what.contains("/issues/comments") {
        return;
    }
    let pr = n
        .alternatives
        .iter()
        .position(|alt| alt.iter().any(|p| p.name == "pull_requests"));
    let issues = n
        .alternatives
        .iter()
        .any(|alt| alt.iter().any(|p| p.name == "issues"));
    if let Some(i) = pr
        && issues
        && n.alternatives.len() > 1
    {
        let keep = n.alternatives.swap_remove(i);
        n.alternatives = vec![keep];
    }
}

/// Whether a repository file named on a command line is code the step runs, rather than a
/// data file handed to another program (`--config .github/labels.yml`): a data file does not
/// make the command recognised.
fn runnable(path: &str) -> bool {
    const DATA: &[&str] = &[
        "yml",
        "yaml",
        "json",
        "toml",
        "md",
        "txt",
        "csv",
        "xml",
        "ini",
        "cfg",
        "conf",
        "lock",
        "html",
        "css",
        "svg",
        "png",
        "env",
        "properties",
    ];
    let name = path.rsplit('/').next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((_, ext)) => !DATA.contains(&ext.to_ascii_lowercase().as_str()),
        None => true,
    }
}

struct RunCtx<'a> {
    path: &'a str,
    label: &'a str,
    first_line: usize,
    env: &'a BTreeMap<String, String>,
    job_text: &'a str,
    checkout_tokens: &'a [TokenRef],
    ghcr_tokens: &'a [TokenRef],
    files: &'a BTreeSet<String>,
}

/// The tokens a shell line presents: inline `${{ }}` expressions, else a `$VAR` from the
/// step environment; empty when it presents none.
fn line_tokens(line: &str, env: &BTreeMap<String, String>, label: &str) -> Vec<TokenRef> {
    for c in re_expr().captures_iter(line) {
        let inner = &c[1];
        if secret_names(inner).next().is_some() || carries_github_token(inner) {
            return tokens_of(inner, label);
        }
    }
    static VAR: OnceLock<Regex> = OnceLock::new();
    let var = VAR.get_or_init(|| Regex::new(r"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?").expect("regex"));
    for c in var.captures_iter(line) {
        let name = &c[1];
        if !code::credential_name(name) {
            continue;
        }
        return match env.get(name) {
            Some(v) => tokens_of(v, label),
            None if name == "GITHUB_TOKEN" => vec![TokenRef::GithubToken(label.to_string())],
            None => vec![TokenRef::Env(name.to_string())],
        };
    }
    Vec::new()
}

fn env_tokens(env: &BTreeMap<String, String>, names: &[&str], label: &str) -> Vec<TokenRef> {
    for n in names {
        if let Some(v) = env.get(*n) {
            return tokens_of(v, label);
        }
    }
    vec![TokenRef::GithubToken(label.to_string())]
}

/// `git clone|fetch|pull|ls-remote|push` whose own arguments hold a GitLab URL: the GitLab
/// operation (`write_repository` to push, `read_repository` otherwise). Described, never
/// quoted: the URL may hold the token.
fn gitlab_git(line: &str, path: &str, ln: usize) -> Option<Need> {
    // Every run-step line comes here: most name no GitLab host and are not split.
    if !line
        .as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"gitlab"))
    {
        return None;
    }
    let words = code::shell_words(line);
    let sub = code::git_transfer(&words)?;
    let to_gitlab = words.iter().any(|w| {
        let w = w.to_ascii_lowercase();
        (w.starts_with("https://") || w.starts_with("http://"))
            && w.split('/')
                .nth(2)
                .map(|h| h.rsplit('@').next().unwrap_or(h))
                .is_some_and(|h| h.starts_with("gitlab.") || h.contains(".gitlab."))
    });
    if !to_gitlab {
        return None;
    }
    let (op, what) = if sub == "push" {
        ("git-push", "git push to a GitLab remote")
    } else {
        ("git-clone", "git clone/fetch/pull from a GitLab remote")
    };
    classify::gitlab_operation(op, what, path, ln)
}

/// The tokens a `run:` step holds: GITHUB_TOKEN or secrets in its environment (workflow,
/// job and step `env:`) or written inline in the script.
fn step_tokens(env: &BTreeMap<String, String>, run: &str, label: &str) -> Vec<TokenRef> {
    let mut out: Vec<TokenRef> = Vec::new();
    let mut add = |t: TokenRef| {
        if matches!(t, TokenRef::GithubToken(_) | TokenRef::Secret(_)) && !out.contains(&t) {
            out.push(t);
        }
    };
    for v in env.values() {
        tokens_of(v, label).into_iter().for_each(&mut add);
    }
    for c in re_expr().captures_iter(run) {
        tokens_of(&c[1], label).into_iter().for_each(&mut add);
    }
    out
}

/// Commands that cannot use a token they are not given on their command line: shell
/// builtins and text utilities. Anything else run with a token in reach may use it.
const INERT_COMMANDS: &[&str] = &[
    "echo",
    "printf",
    "cd",
    "pushd",
    "popd",
    "ls",
    "cat",
    "mkdir",
    "cp",
    "mv",
    "rm",
    "rmdir",
    "touch",
    "chmod",
    "chown",
    "ln",
    "export",
    "set",
    "unset",
    "shopt",
    "test",
    "[",
    "[[",
    "]]",
    "true",
    "false",
    ":",
    "exit",
    "return",
    "if",
    "then",
    "else",
    "elif",
    "fi",
    "for",
    "in",
    "do",
    "done",
    "while",
    "until",
    "case",
    "esac",
    "shift",
    "read",
    "sleep",
    "wait",
    "grep",
    "egrep",
    "fgrep",
    "sed",
    "awk",
    "cut",
    "tr",
    "sort",
    "uniq",
    "head",
    "tail",
    "wc",
    "find",
    "tee",
    "date",
    "basename",
    "dirname",
    "realpath",
    "readlink",
    "pwd",
    "jq",
    "yq",
    "tar",
    "unzip",
    "zip",
    "gzip",
    "gunzip",
    "xz",
    "sha256sum",
    "sha1sum",
    "md5sum",
    "shasum",
    "diff",
    "cmp",
    "printenv",
    "which",
    "type",
    "local",
    "declare",
    "let",
    "trap",
    "umask",
    "ulimit",
    "seq",
    "nproc",
    "uname",
    "whoami",
    "id",
    "df",
    "du",
    "stat",
    "file",
    "base64",
    "envsubst",
    "column",
    "rev",
    "xxd",
    "od",
    "hostname",
    "{",
    "}",
    "(",
    ")",
    "Write-Host",
    "Write-Output",
    "Set-Location",
    "Get-ChildItem",
    "New-Item",
    "Copy-Item",
    "Remove-Item",
];

/// The command words of a shell line: the first word of each `&&`, `||`, `;` and `|`
/// segment, past variable assignments and `sudo`/`time`/`env`/`exec` wrappers.
fn command_words(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut seg = String::new();
    let mut quote: Option<char> = None;
    let mut chars = line.chars().peekable();
    let flush = |seg: &mut String, out: &mut Vec<String>| {
        let words = code::shell_words(seg);
        for w in words.iter().map(String::as_str) {
            let is_assign = w.split_once('=').is_some_and(|(k, _)| {
                !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            });
            if is_assign
                || matches!(
                    w,
                    "sudo" | "time" | "env" | "exec" | "command" | "nohup" | "!"
                )
            {
                continue;
            }
            out.push(w.to_string());
            break;
        }
        seg.clear();
    };
    while let Some(ch) = chars.next() {
        match quote {
            Some(q) if ch == q => {
                quote = None;
                seg.push(ch);
            }
            Some(_) => seg.push(ch),
            None if ch == '"' || ch == '\'' => {
                quote = Some(ch);
                seg.push(ch);
            }
            None if ch == ';' || ch == '|' || ch == '(' || ch == ')' || ch == '`' => {
                if ch == '|' && chars.peek() == Some(&'|') {
                    chars.next();
                }
                flush(&mut seg, &mut out);
            }
            None if ch == '&' && chars.peek() == Some(&'&') => {
                chars.next();
                flush(&mut seg, &mut out);
            }
            None if ch == '$' && chars.peek() == Some(&'(') => {
                chars.next();
                flush(&mut seg, &mut out);
            }
            None => seg.push(ch),
        }
    }
    flush(&mut seg, &mut out);
    out
}

/// git subcommands that work on the local clone only (network ones are in the commands
/// table, or unknown).
const LOCAL_GIT: &[&str] = &[
    "add",
    "commit",
    "tag",
    "config",
    "status",
    "diff",
    "log",
    "rev-parse",
    "show",
    "describe",
    "branch",
    "switch",
    "checkout",
    "merge",
    "rebase",
    "reset",
    "stash",
    "restore",
    "rm",
    "mv",
    "cherry-pick",
    "ls-files",
    "symbolic-ref",
    "rev-list",
    "update-index",
    "apply",
    "am",
    "format-patch",
    "notes",
    "worktree",
    "init",
    "clean",
    "grep",
    "blame",
    "shortlog",
    "for-each-ref",
    "name-rev",
    "merge-base",
    "diff-index",
    "diff-tree",
    "cat-file",
    "hash-object",
    "write-tree",
    "read-tree",
    "update-ref",
    "show-ref",
    "version",
    "--version",
];

/// Whether a shell line runs only commands that cannot use a token in their environment.
fn inert(line: &str) -> bool {
    let words = code::shell_words(line);
    let local_git = words.first().is_some_and(|w| w == "git") && {
        // `git -C dir -c k=v commit`: the subcommand after the global options.
        let mut sub = None;
        let mut skip_value = false;
        for w in words.iter().skip(1) {
            if skip_value {
                skip_value = false;
            } else if w == "-C" || w == "-c" {
                skip_value = true;
            } else if !w.starts_with('-') || w == "--version" {
                sub = Some(w.as_str());
                break;
            }
        }
        sub.is_some_and(|s| LOCAL_GIT.contains(&s))
    };
    local_git
        || command_words(line)
            .iter()
            .all(|w| INERT_COMMANDS.contains(&w.as_str()) || w.starts_with('#'))
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
        let (part, cont) = match t.strip_suffix('\\').or_else(|| t.strip_suffix('`')) {
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
    // Tokens within reach of the script's commands, and the first line that runs something
    // unrecognised with them.
    let held = step_tokens(ctx.env, run, ctx.label);
    let mut unrecognised: Option<(usize, String)> = None;
    let lines_only: Vec<&str> = logical.iter().map(|(_, s)| s.as_str()).collect();

    for (idx, (i, line)) in logical.iter().enumerate() {
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
        if let Some(n) = code::gh_command(&expand_context(t), ctx.path, ln) {
            let tokens = env_tokens(ctx.env, &["GH_TOKEN", "GITHUB_TOKEN"], ctx.label);
            push_for(job, n, &tokens);
            continue;
        }
        // Git traffic to a GitLab remote named on the line (`git push
        // https://oauth2:${GITLAB_TOKEN}@gitlab.com/…`): the GitLab token's need. The
        // job's GITHUB_TOKEN is not sent to that host, so the GitHub command table (which
        // reads `git push` as a push to this repository) does not apply.
        if let Some(n) = gitlab_git(t, ctx.path, ln) {
            // Without a token on the line: an anonymous clone, or credentials this step
            // does not show; either way not the GITHUB_TOKEN's.
            let tokens = line_tokens(t, ctx.env, ctx.label);
            if !tokens.is_empty() {
                push_for(job, n, &tokens);
            }
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
            let tokens = match c.token.as_str() {
                "checkout" => ctx.checkout_tokens.to_vec(),
                "docker-login" => ctx.ghcr_tokens.to_vec(),
                "npmrc" => env_tokens(ctx.env, &["NODE_AUTH_TOKEN"], ctx.label),
                _ => {
                    let l = line_tokens(t, ctx.env, ctx.label);
                    if l.is_empty() {
                        env_tokens(ctx.env, &["GH_TOKEN", "GITHUB_TOKEN"], ctx.label)
                    } else {
                        l
                    }
                }
            };
            let what = kb::command_words(&c.pattern, c.pattern.find(t).map_or("", |m| m.as_str()));
            let mut n = Need::new(Provider::GitHub, what, ctx.path, ln)
                .with(kb::github_perms(&c.permissions));
            n.reason = c.reason.clone();
            push_for(job, n, &tokens);
            matched = true;
            break;
        }
        if matched {
            continue;
        }
        // API calls with curl/wget/httpie: any provider.
        let plain = expand_context(t);
        let mut called = false;
        for m in url_re.find_iter(&plain) {
            let u = m.as_str().to_string();
            let verb = method_near(&lines_only, idx);
            let req = Request {
                url: &u,
                verb: &verb,
                file: ctx.path,
                line: ln,
            };
            if let Some(n) = classify::classify_url(&req) {
                // An unauthenticated call needs no token.
                let tokens = line_tokens(t, ctx.env, ctx.label);
                called = true;
                if tokens.is_empty() {
                    continue;
                }
                push_for(job, n, &tokens);
            }
        }
        // Scripts from the repository that the step runs: their needs come from reading
        // them (linked through the environment variables they read).
        let mut script = false;
        for w in code::shell_words(t) {
            let cand = w.trim_start_matches("./").to_string();
            if ctx.files.contains(&cand) && runnable(&cand) {
                script = true;
                let env = ctx
                    .env
                    .iter()
                    .map(|(k, v)| (k.clone(), tokens_of(v, ctx.label)))
                    .collect();
                job.script_refs.push(ScriptRef {
                    file: cand,
                    dir: None,
                    env,
                    line: ln,
                });
            }
        }
        if !called && !script && unrecognised.is_none() && !inert(t) {
            unrecognised = Some((ln, t.to_string()));
        }
    }
    // A command nobody here knows, run with a token in reach, may need anything that token
    // has: its need is unknown, and the token keeps what it holds.
    if let Some((ln, cmd)) = unrecognised
        && !held.is_empty()
    {
        let word = command_words(&cmd)
            .into_iter()
            .find(|w| !INERT_COMMANDS.contains(&w.as_str()));
        let mut n = Need::new(
            Provider::GitHub,
            format!("run: {}", word.unwrap_or_else(|| "a command".into())),
            ctx.path,
            ln,
        );
        n.unknown = true;
        n.reason = "a run step with the token in its environment runs a command whose use of it is not known".into();
        for t in &held {
            let mut c = n.clone();
            if let TokenRef::Secret(name) = t {
                match Provider::from_var_name(name) {
                    Some(p) => c.provider = p,
                    None => continue,
                }
            }
            c.token = t.clone();
            job.needs.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_to_a_gitlab_remote_is_the_gitlab_tokens_need() {
        let push = gitlab_git(
            "git push --mirror \"https://oauth2:${GITLAB_TOKEN}@gitlab.com/acme/h.git\"",
            "w.yml",
            3,
        )
        .unwrap();
        assert_eq!(push.provider, Provider::GitLab);
        assert!(
            format!("{push:?}").contains("\"write_repository\""),
            "{push:?}"
        );
        let clone = gitlab_git(
            "git clone https://ci:${T}@gitlab.example.org/g/p.git",
            "w.yml",
            3,
        )
        .unwrap();
        assert!(
            format!("{clone:?}").contains("\"read_repository\""),
            "{clone:?}"
        );
        // GitHub remotes, other hosts and a GitLab URL that is not git's argument are not.
        for l in [
            "git push origin HEAD",
            "git push https://x-access-token:${GH}@github.com/a/b.git",
            "git push https://git.example.com/a/b.git",
            "curl https://gitlab.com/api/v4/projects && git status",
        ] {
            assert!(gitlab_git(l, "w.yml", 1).is_none(), "{l}");
        }
    }

    #[test]
    fn job_ids_follow_the_runner_rule() {
        for ok in ["build", "build-2", "_x", "Deploy_Prod"] {
            assert!(valid_job_id(ok), "{ok}");
        }
        for bad in ["build docker", "déployer", "2build", "-x", ""] {
            assert!(!valid_job_id(bad), "{bad}");
        }
    }

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

    #[test]
    fn a_local_javascript_action_hands_its_inputs_to_its_code() {
        let mut repo = Repo::default();
        repo.actions.insert(
            "tools/sync/action.yml".into(),
            "name: s\ninputs:\n  token:\n    required: true\n  github-token:\n    default: ${{ github.token }}\nruns:\n  using: node20\n  main: dist/index.js\n".into(),
        );
        let wf = "on: push\njobs:\n  s:\n    runs-on: x\n    steps:\n      - uses: ./tools/sync\n        with:\n          token: ${{ secrets.ORG_PAT }}\n";
        let parsed = parse_in(".github/workflows/s.yml", wf, &repo).unwrap();
        let job = &parsed.jobs[0];
        // Not an unknown need on GITHUB_TOKEN: the code under the action's directory is
        // linked through INPUT_TOKEN / INPUT_GITHUB-TOKEN.
        assert!(job.needs.iter().all(|n| !n.unknown), "{:?}", job.needs);
        let sr = &job.script_refs[0];
        assert_eq!(sr.file, "tools/sync/dist/index.js");
        assert_eq!(sr.dir.as_deref(), Some("tools/sync"));
        assert_eq!(sr.env["INPUT_TOKEN"], [TokenRef::Secret("ORG_PAT".into())]);
        assert!(matches!(
            sr.env["INPUT_GITHUB-TOKEN"][..],
            [TokenRef::GithubToken(_)]
        ));
    }
}
