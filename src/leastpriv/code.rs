//! Usage inference for any language, from the text: literal API URLs and paths with the HTTP
//! method visible near them, Slack method names, Stripe SDK calls, `gh` commands in shell
//! scripts, and the environment variables a file reads its tokens from.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use regex::Regex;

use super::classify::{self, Request};
use super::kb::kb;
use super::model::{Need, Provider, TokenRef};

/// A token-looking environment variable read by code.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EnvRead {
    pub name: String,
    pub file: String,
    pub line: usize,
}

/// What one file tells.
#[derive(Debug, Default)]
pub struct FileFacts {
    pub needs: Vec<Need>,
    pub env_reads: Vec<EnvRead>,
}

/// Source extensions read for usage inference.
pub fn is_code_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    if matches!(
        name,
        "Makefile" | "Dockerfile" | "Justfile" | "Rakefile" | "Jenkinsfile"
    ) || is_bin_script(path)
    {
        return true;
    }
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    matches!(
        ext.to_ascii_lowercase().as_str(),
        "py" | "js"
            | "mjs"
            | "cjs"
            | "ts"
            | "tsx"
            | "jsx"
            | "mts"
            | "rb"
            | "go"
            | "java"
            | "kt"
            | "kts"
            | "php"
            | "cs"
            | "sh"
            | "bash"
            | "zsh"
            | "ps1"
            | "rs"
            | "swift"
            | "scala"
            | "groovy"
            | "pl"
            | "lua"
            | "ex"
            | "exs"
            | "yml"
            | "yaml"
    )
}

/// A script without an extension under a `bin/` or `script(s)/` directory (`bin/janitor`):
/// read as code, and as shell when its first line is a shell's `#!`.
fn is_bin_script(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    !name.contains('.')
        && ["bin/", "script/", "scripts/"]
            .iter()
            .any(|d| path.starts_with(d) || path.contains(&format!("/{d}")))
}

fn shell_shebang(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|l| l.starts_with("#!") && l.ends_with("sh"))
}

fn is_shell(path: &str) -> bool {
    let ext = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    matches!(ext, "sh" | "bash" | "zsh" | "yml" | "yaml")
        || path.ends_with("Makefile")
        || path.ends_with("Justfile")
        || path.ends_with("Dockerfile")
}

/// Whether a variable name looks like it holds a credential: one of its `_`-separated
/// words is (or ends in) TOKEN, KEY, SECRET, PAT, PASSWORD, AUTH or CREDENTIAL(S), so
/// `GITHUB_TOKEN`, `STRIPE_APIKEY` and `GH_PAT` do and `CARGO_BIN_EXE_tokenscope` does not.
pub fn credential_name(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "TOKEN",
        "TOKENS",
        "KEY",
        "SECRET",
        "PAT",
        "PASSWORD",
        "PASSWD",
        "AUTH",
        "CREDENTIAL",
        "CREDENTIALS",
    ];
    let n = name.to_ascii_uppercase();
    !n.contains("PUBLIC")
        && n.split('_').any(|w| {
            WORDS
                .iter()
                .any(|k| w == *k || (w.len() > k.len() + 1 && w.ends_with(k)))
        })
}

struct Res {
    url: Regex,
    gh_path: Regex,
    gl_path: Regex,
    base_assign: Regex,
    env: Vec<Regex>,
    /// Token origins that are not a literal env read: a CLI framework's env option (clap
    /// `env = "X"`, click/typer `envvar="X"`, commander `.env("X")`), a config library
    /// (viper `BindEnv`, pydantic `Field(env="X")`) and the wrappers projects write
    /// (`mustEnv("X")`, `require_env('X')`).
    origin: Vec<Regex>,
    /// viper: `viper.SetEnvPrefix("P")`, `viper.GetString("github-token")`.
    viper_prefix: Regex,
    viper_get: Regex,
    shell_var: Regex,
    m_call: Regex,
    m_option: Regex,
    m_curl: Regex,
    m_request: Regex,
    m_rust: Regex,
    curl_data: Regex,
    slack_call: Regex,
    slack_lit: Regex,
    stripe: Regex,
    octokit: Regex,
    /// `octokit.request("GET /repos/{owner}/{repo}/pulls", …)`: a literal route.
    octokit_route: Regex,
}

fn res() -> &'static Res {
    static R: OnceLock<Res> = OnceLock::new();
    R.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("leastpriv regex");
        Res {
            url: r(r#"(?i)https?://[A-Za-z0-9.\-:@]+(?:/[^\s"'`<>)\]\\,;]*)?"#),
            gh_path: r(
                r#"(?i)(?:GITHUB_API_URL\}?|github\.api_url\s*\}\})(/[^\s"'`<>)\]\\,;]*)"#,
            ),
            gl_path: r(r#"(/api/v4/[^\s"'`<>)\]\\,;]*)"#),
            base_assign: r(
                // `API = "https://api.github.com"`, and the shell default form
                // `API="${CI_API_V4_URL:-https://gitlab.com/api/v4}"`.
                r#"\b([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*[A-Za-z&'_ ]+)?\s*[:=]\s*["'`]?(?:\$\{[A-Za-z_][A-Za-z0-9_]*:?-)?(https?://[A-Za-z0-9.\-:]+(?:/api/v[34])?)/?\}?["'`]?\s*[;,]?\s*$"#,
            ),
            env: vec![
                // Rust's two first: `reads_credential_env` reads them alone.
                r(r#"\benv::var(?:_os)?\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)"#),
                r(r#"\b(?:option_)?env!\(\s*"([A-Za-z_][A-Za-z0-9_]*)"\s*\)"#),
                r(r#"\bos\.environ(?:\.get)?\s*[\[(]\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\bos\.getenv\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\benviron\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\bprocess\.env\.([A-Za-z_][A-Za-z0-9_]*)"#),
                r(r#"\bprocess\.env\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]"#),
                r(r#"\bDeno\.env\.get\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\bENV(?:\.fetch\(|\[)\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\bos\.(?:Getenv|LookupEnv)\(\s*"([A-Za-z_][A-Za-z0-9_]*)""#),
                r(r#"\bSystem\.getenv\(\s*"([A-Za-z_][A-Za-z0-9_]*)""#),
                r(r#"\bgetenv\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\$_ENV\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(
                    r#"\bEnvironment\.GetEnvironmentVariable\(\s*"([A-Za-z_][A-Za-z0-9_]*)""#,
                ),
                r(r#"\$env:([A-Za-z_][A-Za-z0-9_]*)"#),
            ],
            origin: vec![
                r(r#"\b(?:env|envvar|env_var)\s*[:=]\s*["']([A-Za-z_][A-Za-z0-9_]*)["']"#),
                r(r#"\.env\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\)"#),
                r(r#"\bBindEnv\(\s*"[^"]*"\s*,\s*"([A-Za-z_][A-Za-z0-9_]*)""#),
                r(r#"\b[A-Za-z_]*(?:Env|env|ENV)[A-Za-z_]*\(\s*["']([A-Z][A-Z0-9_]*)["']"#),
            ],
            viper_prefix: r(r#"\bSetEnvPrefix\(\s*"([A-Za-z0-9_]*)"\s*\)"#),
            viper_get: r(r#"\bviper\.Get[A-Za-z]*\(\s*"([A-Za-z0-9_.\-]+)"\s*\)"#),
            shell_var: r(r#"\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"#),
            m_call: r(r#"(?i)\.(get|post|put|patch|delete)\s*\("#),
            m_option: r(r#"(?i)\bmethod\s*[:=]\s*["'`](GET|POST|PUT|PATCH|DELETE)["'`]"#),
            m_curl: r(r#"(?:-X|--request)\s*["']?(GET|POST|PUT|PATCH|DELETE)\b"#),
            m_request: r(
                // Also any call whose first argument is a quoted verb: the wrappers people
                // write (`gh.call("POST", url, body)`, `api('PATCH', path)`).
                r#"(?i)(?:request|NewRequest|NewRequestWithContext|fetch)\(\s*(?:ctx,\s*)?["'`]?(GET|POST|PUT|PATCH|DELETE)\b|http\.Method(Get|Post|Put|Patch|Delete)\b|\w\(\s*["'`](GET|POST|PUT|PATCH|DELETE)["'`]\s*,"#,
            ),
            m_rust: r(r#"Method::(GET|POST|PUT|PATCH|DELETE)\b"#),
            curl_data: r(r#"\bcurl\b.*(?:\s-d\b|\s--data\b|\s--data-\w+|\s-F\b|\s--form\b|\s--json\b)"#),
            slack_call: r(r#"\b([a-z]+(?:[._][a-zA-Z0-9]+){1,4})\s*\("#),
            slack_lit: r(r#"["'`]([a-z]+(?:\.[a-zA-Z]+){1,3})["'`]"#),
            stripe: r(
                r#"(?i:stripe)[A-Za-z_]*(?:\.|::|->)(?:v1(?:\.|->))?((?:[A-Za-z_]+(?:\.|::|->))?[A-Za-z_]+)(?:\.|->)([A-Za-z_]+)\s*\("#,
            ),
            octokit: r(
                // A call, or a method handed to `octokit.paginate(octokit.rest.pulls.list, …)`.
                r#"\b(?:github|octokit|gh|client)\.(?:rest\.)?([a-z]+)\.([a-zA-Z]+)\s*[(,)]"#,
            ),
            octokit_route: r(
                r#"\b(?:github|octokit|gh|client)\.request\(\s*["'`](GET|POST|PUT|PATCH|DELETE) (/[^"'`\s]*)["'`]"#,
            ),
        }
    })
}

/// Whether Rust source `text` reads a token-looking variable by `env::var` or `env!`: a
/// file worth the syntax pass even when it names no API, because a token it reads and
/// hands to code the knowledge base cannot classify must keep its permissions (the syntax
/// pass records the read; the text pass leaves Rust reads to it).
pub fn reads_credential_env(text: &str) -> bool {
    let r = res();
    (text.contains("env::var") || text.contains("env!("))
        && r.env[..2]
            .iter()
            .any(|re| re.captures_iter(text).any(|c| credential_name(&c[1])))
}

/// Env reads of token-looking names in `text`: literal reads (`literal`: not for Rust,
/// whose reads the syntax pass finds) and the other origins (`origin` above, viper).
pub fn env_reads(path: &str, text: &str, literal: bool) -> Vec<EnvRead> {
    let r = res();
    let shell = (is_shell(path) || shell_shebang(text)) && literal;
    let mut out = Vec::new();
    // viper.AutomaticEnv: `viper.GetString("github-token")` reads PREFIX_GITHUB_TOKEN.
    // The library origins below are read in other languages only: in Rust they would be
    // string data (this crate's own tables and tests spell them).
    let viper = (literal && text.contains("AutomaticEnv")).then(|| {
        r.viper_prefix
            .captures(text)
            .map_or(String::new(), |c| format!("{}_", &c[1]))
    });
    let inputs = literal && text.contains("getInput(");
    let mut settings: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
    let from_settings = if literal {
        settings_origins(text)
    } else {
        Vec::new()
    };
    for (at, name) in from_settings {
        settings.entry(at).or_default().push(name);
    }
    for (i, line) in text.lines().enumerate() {
        let mut names: BTreeSet<String> = BTreeSet::new();
        names.extend(settings.remove(&i).unwrap_or_default());
        // In Rust only attributes (`#[arg(env = "X")]`): the syntax pass finds the calls,
        // and a string literal that spells a call is data.
        let attr = !literal && line.trim_start().starts_with("#[");
        // Every env-read pattern contains `env`, `Env` or `ENV`; most lines none of them.
        if (literal || attr)
            && (line.contains("env") || line.contains("Env") || line.contains("ENV"))
        {
            let lits = if literal { &r.env[..] } else { &[] };
            for re in lits.iter().chain(&r.origin) {
                for c in re.captures_iter(line) {
                    names.insert(c[1].to_string());
                }
            }
        }
        // An action's input reaches its code as INPUT_<NAME> (`core.getInput("token")`
        // reads INPUT_TOKEN): the workflow step's `with:` fills it.
        if inputs && line.contains("getInput(") {
            for c in action_input().captures_iter(line) {
                names.insert(format!(
                    "INPUT_{}",
                    c[1].replace(' ', "_").to_ascii_uppercase()
                ));
            }
        }
        if let Some(prefix) = &viper {
            for c in r.viper_get.captures_iter(line) {
                let key = c[1].replace(['-', '.'], "_");
                names.insert(format!("{prefix}{key}").to_ascii_uppercase());
            }
        }
        if shell {
            for c in r.shell_var.captures_iter(line) {
                names.insert(c[1].to_string());
            }
        }
        for name in names {
            if credential_name(&name) {
                out.push(EnvRead {
                    name,
                    file: path.to_string(),
                    line: i + 1,
                });
            }
        }
    }
    out
}

/// Settings libraries that read the environment by field name, per line: pydantic
/// `BaseSettings` (field `gitlab_token` with `env_prefix="RELCUT_"` reads RELCUT_GITLAB_TOKEN),
/// Go envconfig (`envconfig:"TOKEN"` under `envconfig.Process("KICKER", …)` reads
/// KICKER_TOKEN), and Probot, which reads the GitHub App's PRIVATE_KEY for `context.octokit`.
fn settings_origins(text: &str) -> Vec<(usize, String)> {
    static RES: OnceLock<[Regex; 5]> = OnceLock::new();
    let [prefix, field, tag, process, probot] = RES.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("settings regex");
        [
            r(r#"\benv_prefix\s*=\s*["']([A-Za-z0-9_]*)["']"#),
            r(r#"^\s+([a-z_][a-z0-9_]*)\s*:\s*[A-Za-z]"#),
            r(r#"\benvconfig:"([A-Za-z0-9_]+)""#),
            r(r#"\benvconfig\.(?:Process|MustProcess)\(\s*"([A-Za-z0-9_]*)""#),
            r(r#"\bcontext\.octokit\b"#),
        ]
    });
    let mut out = Vec::new();
    let pydantic = text.contains("BaseSettings").then(|| {
        prefix
            .captures(text)
            .map_or(String::new(), |c| c[1].to_string())
    });
    let envconfig = process
        .captures(text)
        .map(|c| c[1].to_string())
        .filter(|p| !p.is_empty())
        .map_or(String::new(), |p| format!("{p}_"));
    // Per-line regex calls cost more than one search of the text for their literal.
    let tags = text.contains("envconfig:\"");
    if pydantic.is_some() || tags {
        for (i, line) in text.lines().enumerate() {
            if let Some(p) = &pydantic
                && let Some(c) = field.captures(line)
            {
                out.push((i, format!("{p}{}", &c[1]).to_ascii_uppercase()));
            }
            if tags && let Some(c) = tag.captures(line) {
                out.push((i, format!("{envconfig}{}", &c[1]).to_ascii_uppercase()));
            }
        }
    }
    if text.contains("context.octokit")
        && let Some(i) = text.lines().position(|l| probot.is_match(l))
    {
        out.push((i, "PRIVATE_KEY".into()));
    }
    out
}

fn action_input() -> &'static Regex {
    static INPUT: OnceLock<Regex> = OnceLock::new();
    INPUT.get_or_init(|| {
        Regex::new(r#"\bgetInput\(\s*["'`]([A-Za-z0-9_ -]+)["'`]"#).expect("action input regex")
    })
}

/// The reason on a token's origin need: [`super::link::link_code`] keeps it only for a
/// token whose use by the code nothing else explains.
pub const ORIGIN_REASON: &str = "the code reads this token but tokenscope cannot tell what it calls with it (an SDK call not in the tables, a wrapper, a route built at run time): unknown need, its permissions are kept";

/// The provider a token's variable name says (`CI_PULSE_GH_TOKEN`, `GHE_STATUS_TOKEN`,
/// `GL_LINT_TOKEN`), word by word.
pub fn provider_of_name(name: &str) -> Option<Provider> {
    Provider::from_var_name(name).or_else(|| {
        name.to_ascii_uppercase().split('_').find_map(|w| match w {
            "GH" | "GHE" | "GITHUB" => Some(Provider::GitHub),
            "GL" | "GLAB" | "GITLAB" => Some(Provider::GitLab),
            _ => None,
        })
    })
}

/// The one provider `text` talks to, by its SDKs' and APIs' names; none when it names
/// several or none.
fn provider_of_text(text: &str) -> Option<Provider> {
    let t = text.to_ascii_lowercase();
    let named: Vec<Provider> = [
        (Provider::GitHub, &["github", "octokit", "octocrab"][..]),
        (Provider::GitLab, &["gitlab"][..]),
        (Provider::Slack, &["slack"][..]),
        (Provider::Stripe, &["stripe"][..]),
    ]
    .into_iter()
    .filter(|(_, words)| words.iter().any(|w| t.contains(w)))
    .map(|(p, _)| p)
    .collect();
    named.first().copied().filter(|_| named.len() == 1)
}

/// One unknown need per token variable `reads` (in `path`) names, for the provider its
/// name, its line or its file names: the token is used, so it is never silent and never
/// narrowed to nothing. [`super::link::link_code`] drops it when other needs explain the
/// token.
pub fn origins(path: &str, text: &str, reads: &[EnvRead]) -> Vec<Need> {
    if reads.is_empty() {
        return Vec::new();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    // Once per file, not per read: a file may read many variables.
    let whole = OnceLock::new();
    for e in reads.iter().filter(|e| e.file == path) {
        // Environment variables are upper case by convention; `$key` in a shell script is
        // a local variable, not a token handed in.
        let env_like = e
            .name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !env_like || !credential_name(&e.name) || !seen.insert(e.name.clone()) {
            continue;
        }
        let near = lines
            .get(e.line.saturating_sub(3)..(e.line + 2).min(lines.len()))
            .map(|l| l.join("\n"))
            .unwrap_or_default();
        let Some(p) = provider_of_name(&e.name)
            .or_else(|| provider_of_text(lines.get(e.line.wrapping_sub(1)).unwrap_or(&"")))
            .or_else(|| provider_of_text(&near))
            .or_else(|| *whole.get_or_init(|| provider_of_text(text)))
        else {
            continue;
        };
        let mut n = Need::new(p, format!("{} read by the code", e.name), path, e.line);
        n.unknown = true;
        n.reason = ORIGIN_REASON.into();
        n.token = TokenRef::Env(e.name.clone());
        out.push(n);
    }
    out
}

/// The HTTP method visible near a URL on line `idx` (0-based). Default GET.
pub fn method_near(lines: &[&str], idx: usize) -> String {
    let r = res();
    let pick = |l: &str, all: bool| -> Option<String> {
        let caps = [
            r.m_curl.captures(l),
            r.m_option.captures(l),
            r.m_request.captures(l),
            r.m_rust.captures(l),
        ];
        if let Some(c) = caps.into_iter().flatten().next() {
            let m = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3))?;
            return Some(m.as_str().to_ascii_uppercase());
        }
        if all {
            if let Some(c) = r.m_call.captures(l) {
                return Some(c[1].to_ascii_uppercase());
            }
            if r.curl_data.is_match(l) {
                return Some("POST".into());
            }
        }
        None
    };
    if let Some(m) = pick(lines[idx], true) {
        return m;
    }
    // The call may open on a line above (`requests.post(\n    url,`, `curl -X POST \`).
    let opens = |l: &str| {
        let t = l.trim_end();
        t.ends_with('(') || t.ends_with(',') || t.ends_with('\\') || t.ends_with('{')
    };
    let mut back = idx;
    while back > 0 && idx - back < 6 && opens(lines[back - 1]) {
        back -= 1;
        if let Some(m) = pick(lines[back], true) {
            return m;
        }
    }
    // Options that follow (`fetch(url, {\n  method: "POST"`, `\\\n  -d '{}'`), while the
    // statement goes on.
    // A URL put in a variable (`statusURL := fmt.Sprintf(...)`) and passed to the call on
    // a following line.
    if let Some(var) = assigned_var(lines[idx]) {
        for l in lines.iter().skip(idx + 1).take(6) {
            if called_with(l, var)
                && let Some(m) = pick(l, false)
            {
                return m;
            }
        }
    }
    let mut prev = lines[idx];
    for l in lines.iter().skip(idx + 1).take(6) {
        if !opens(prev) || l.trim().is_empty() {
            break;
        }
        if let Some(c) = r.m_option.captures(l).or_else(|| r.m_curl.captures(l)) {
            return c[1].to_ascii_uppercase();
        }
        let t = l.trim_start();
        if r.curl_data.is_match(l)
            || ["-d ", "--data", "-F ", "--form", "--json"]
                .iter()
                .any(|p| t.starts_with(p))
        {
            return "POST".into();
        }
        prev = l;
    }
    "GET".into()
}

/// A base URL assigned with a fallback (`API = os.environ.get("GITHUB_API_URL",
/// "https://api.github.com")`, `self.base_url = base_url or "https://api.github.com"`): the
/// host-only URL literal on an assignment line.
fn base_default() -> &'static Regex {
    static BASE: OnceLock<Regex> = OnceLock::new();
    BASE.get_or_init(|| {
        Regex::new(r#"^\s*(?:(?:const|let|var|my|val|final|export|static|pub)\s+)*(?:self\.|this\.|@)?([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=]*)?:?=[^=].*?["'`](https?://[A-Za-z0-9.\-:]+(?:/api/v[34])?)/?["'`]"#)
            .expect("base default regex")
    })
}

/// Whether `line` says its HTTP method (`.post(`, `method: "PATCH"`, `-X PUT`,
/// `request("GET", …)`).
fn method_visible(line: &str) -> bool {
    let r = res();
    r.m_call.is_match(line)
        || r.m_option.is_match(line)
        || r.m_curl.is_match(line)
        || r.m_request.is_match(line)
        || r.m_rust.is_match(line)
}

/// A GitHub REST route as a string literal of its own, relative to a base URL.
fn rel_path() -> &'static Regex {
    static REL: OnceLock<Regex> = OnceLock::new();
    REL.get_or_init(|| {
        Regex::new(r#"["'`]/?((?:repos|orgs|users|user|gists|search|notifications|installation|enterprises)/[^"'`\s]*)["'`]"#)
            .expect("relative route regex")
    })
}

fn printf_verb() -> &'static Regex {
    static PRINTF_VERB: OnceLock<Regex> = OnceLock::new();
    PRINTF_VERB.get_or_init(|| Regex::new(r"%[-+ #0-9.]*[sdvq]").expect("printf verb regex"))
}

/// The variable a line assigns (`url = …`, `const url = …`, `url := …`).
fn assigned_var(line: &str) -> Option<&str> {
    assign_re()
        .captures(line)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

fn assign_re() -> &'static Regex {
    static ASSIGN: OnceLock<Regex> = OnceLock::new();
    ASSIGN.get_or_init(|| {
        Regex::new(r"^\s*(?:(?:const|let|var|my|val|final)\s+)?\$?([A-Za-z_][A-Za-z0-9_]*)\s*(?::[^=]*)?:?=[^=]")
            .expect("assignment regex")
    })
}

/// Where `var` stands on `line` as a whole name (not inside another one, not after a `.`
/// as a field of another value): the byte offsets just past it.
fn name_ends<'a>(line: &'a str, var: &'a str) -> impl Iterator<Item = usize> + 'a {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    line.match_indices(var).filter_map(move |(at, _)| {
        let end = at + var.len();
        let before_ok = line[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(word(c) || c == '.'));
        let after_ok = line[end..].chars().next().is_none_or(|c| !word(c));
        (before_ok && after_ok).then_some(end)
    })
}

/// `var` is used on `line` (passed as an argument).
fn called_with(line: &str, var: &str) -> bool {
    name_ends(line, var).next().is_some()
}

/// Scans one file's text. `skip_lines` are lines (1-based) another pass already explained.
pub fn scan(path: &str, text: &str, skip_lines: &BTreeSet<usize>) -> FileFacts {
    let r = res();
    let k = kb();
    let lines: Vec<&str> = text.lines().collect();
    let lower = text.to_ascii_lowercase();
    let mentions_slack = lower.contains("slack");
    let mentions_stripe = lower.contains("stripe");
    let api_url = lower.contains("api_url");
    let mut facts = FileFacts {
        env_reads: env_reads(path, text, !path.ends_with(".rs")),
        ..Default::default()
    };

    // Base-URL variables: API = "https://api.github.com".
    let mut bases: Vec<(String, String)> = Vec::new();
    // Both base-URL patterns need a scheme; most lines have none.
    for l in lines.iter().filter(|l| l.contains("://")) {
        if let Some(c) = r
            .base_assign
            .captures(l.trim())
            .or_else(|| base_default().captures(l))
        {
            bases.push((c[1].to_string(), c[2].to_string()));
        }
    }
    let base_use: Vec<(String, Regex)> = bases
        .iter()
        .filter_map(|(name, host)| {
            let n = regex::escape(name);
            let re = Regex::new(&format!(
                r#"(?:\$\{{(?:this\.)?{n}\}}|\{{(?:self\.)?{n}\}}|\${n}\b|\b{n}\s*\+\s*["'`]|#\{{@?{n}\}})(/[^\s"'`<>)\]\\,;]*)|(?:Sprintf|printf|format)\(\s*["'`]%[sv](/[^"'`]*)["'`]\s*,\s*(?:self\.)?{n}\b|["']\{{\}}(/[^"']*)["']\.format\(\s*(?:self\.)?{n}\b|\b{n}\s*\+\s*[A-Za-z_]"#
            ))
            .ok()?;
            Some((host.clone(), re))
        })
        .collect();

    let github_only = provider_of_text(text) == Some(Provider::GitHub);
    let mut seen: BTreeSet<(usize, String)> = BTreeSet::new();
    // Each source of a URL below needs one of these in the text (a base variable, a
    // scheme); without any, the line loop can find nothing.
    let routes = github_only || api_url || text.contains("://") || text.contains("/api/v4/");
    let route_lines: &[&str] = if routes { &lines } else { &[] };
    for (i, line) in route_lines.iter().enumerate() {
        let ln = i + 1;
        if skip_lines.contains(&ln) {
            continue;
        }
        let mut urls: Vec<String> = Vec::new();
        // Literal guards: each regex below needs its literal, and most lines have none.
        if line.contains("://") {
            for m in r.url.find_iter(line) {
                urls.push(m.as_str().to_string());
            }
        }
        for (host, re) in &base_use {
            for c in re.captures_iter(line) {
                if let Some(p) = c.get(1) {
                    urls.push(format!("{host}{}", p.as_str()));
                } else if let Some(p) = c.get(3) {
                    // `"{}/repos/{}/pulls".format(API, repo)`: the braces are segments.
                    urls.push(format!("{host}{}", p.as_str().replace("{}", "{p}")));
                } else if let Some(p) = c.get(2) {
                    // printf verbs stand for path segments.
                    urls.push(format!(
                        "{host}{}",
                        printf_verb().replace_all(p.as_str(), "{p}")
                    ));
                } else if host.contains("github") && seen.insert((ln, "dynamic".into())) {
                    // `apiBase + hook`: a route built at run time. Named by the base
                    // variable, not quoted: the rest of the line may hold anything.
                    let base = bases.iter().find(|(_, h)| h == host).map_or("", |(n, _)| n);
                    let what = format!("{base} + a route built at run time");
                    let mut n = classify::github_unknown(&what, path, ln);
                    n.reason = "route built at run time: the permission it needs is unknown".into();
                    facts.needs.push(n);
                }
            }
        }
        if api_url
            && line
                .as_bytes()
                .windows(7)
                .any(|w| w.eq_ignore_ascii_case(b"api_url"))
        {
            for c in r.gh_path.captures_iter(line) {
                urls.push(format!("https://api.github.com{}", &c[1]));
            }
        }
        if line.contains("/api/v4/") && !urls.iter().any(|u| u.contains("/api/v4/")) {
            for c in r.gl_path.captures_iter(line) {
                urls.push(format!("https://gitlab{}", &c[1]));
            }
        }
        // A wrapper that prefixes its base URL (`self.get(format!("repos/{repo}/pulls"))`):
        // the route literal alone, in a file that talks to GitHub only.
        if urls.is_empty() && github_only {
            let routes: Vec<String> = rel_path()
                .captures_iter(line)
                .map(|c| format!("https://api.github.com/{}", &c[1]))
                .collect();
            if !routes.is_empty() && !method_visible(line) {
                // `c.trigger("/repos/…")`: the wrapper hides the method, so the need is
                // unknown rather than a guessed GET.
                if seen.insert((ln, "wrapped".into())) {
                    let mut n =
                        classify::github_unknown("a wrapper call to a GitHub route", path, ln);
                    n.reason =
                        "a wrapper hides the HTTP method: the permission it needs is unknown"
                            .into();
                    facts.needs.push(n);
                }
            } else {
                urls.extend(routes);
            }
        }
        if urls.is_empty() {
            continue;
        }
        let verb = method_near(&lines, i);
        for u in urls {
            // Host-only base URLs (`API = "https://api.github.com"`) are not requests.
            if bases
                .iter()
                .any(|(_, h)| h.trim_end_matches('/') == u.trim_end_matches('/'))
            {
                continue;
            }
            let req = Request {
                url: &u,
                verb: &verb,
                file: path,
                line: ln,
            };
            if let Some(n) = classify::classify_url(&req)
                && seen.insert((ln, n.what.clone()))
            {
                facts.needs.push(n);
            }
        }
    }

    if mentions_slack {
        for (i, line) in lines.iter().enumerate() {
            let ln = i + 1;
            if skip_lines.contains(&ln) {
                continue;
            }
            let mut names: Vec<String> = Vec::new();
            for c in r.slack_call.captures_iter(line) {
                names.push(c[1].replace('_', "."));
            }
            for c in r.slack_lit.captures_iter(line) {
                names.push(c[1].to_string());
            }
            for name in names {
                let parts: Vec<&str> = name.split('.').collect();
                for start in 0..parts.len().saturating_sub(1) {
                    let cand = parts[start..].join(".");
                    if k.slack.methods.contains_key(&cand) {
                        if seen.insert((ln, cand.clone()))
                            && let Some(mut n) = classify::slack(&cand, path, ln)
                        {
                            conversation_types(&mut n, &cand, &lines[i..]);
                            facts.needs.push(n);
                        }
                        break;
                    }
                }
            }
        }
    }

    if mentions_stripe {
        for (i, line) in lines.iter().enumerate() {
            let ln = i + 1;
            for c in r.stripe.captures_iter(line) {
                let res_name = c[1].replace("::", ".").replace("->", ".");
                let method = &c[2];
                let last = res_name.rsplit('.').next().unwrap_or(&res_name).to_string();
                let need = classify::stripe_sdk(&res_name, method, path, ln)
                    .or_else(|| classify::stripe_sdk(&last, method, path, ln));
                if let Some(n) = need
                    && seen.insert((ln, n.what.clone()))
                {
                    facts.needs.push(n);
                }
            }
        }
    }

    // Octokit in JavaScript/TypeScript: github.rest.issues.createComment(...).
    if matches!(
        path.rsplit_once('.').map(|(_, e)| e),
        Some("js" | "mjs" | "cjs" | "ts" | "tsx" | "jsx" | "mts")
    ) {
        facts.needs.extend(octokit_calls(path, &lines, 0));
    }

    if is_shell(path) || shell_shebang(text) {
        facts.needs.extend(github_git(path, &lines));
        for (i, line) in lines.iter().enumerate() {
            let ln = i + 1;
            if let Some(n) = gh_command(line, path, ln) {
                facts.needs.push(n);
            }
        }
        facts.needs.extend(gitlab_operations(path, &lines));
    }
    if github_only && text.contains("mutation") {
        facts.needs.extend(graphql_mutations(path, &lines));
    }
    if path.ends_with(".go") && text.contains("go-github") {
        facts.needs.extend(gogithub_calls(path, &lines));
    }
    if text.contains("gitlab.Gitlab(") {
        facts.needs.extend(python_gitlab(path, &lines));
    }
    if path.ends_with(".py") && text.contains("Github(") && text.contains("github") {
        facts.needs.extend(pygithub_calls(path, &lines));
    }
    bind_receivers(&lines, &facts.env_reads, &mut facts.needs);
    classify::prefer_pull_requests(&mut facts.needs, &lines);
    facts
}

/// Git and container-registry traffic to GitLab in a shell script: `git clone`/`fetch`/
/// `pull` and `git push` when the script names a GitLab remote, `docker login`/`pull`/
/// `push` when it logs in to a GitLab registry. Each maps to the `[operations]` scope of
/// the GitLab knowledge base.
fn gitlab_operations(path: &str, lines: &[&str]) -> Vec<Need> {
    let code: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.starts_with('#'))
        .collect();
    let remote = code.iter().any(|(_, l)| {
        l.contains("gitlab")
            && (l.contains("git clone") || l.contains("git remote") || l.contains(".git"))
    });
    let registry = code
        .iter()
        .any(|(_, l)| find_word(l, "docker login").is_some() && l.contains("gitlab"));
    let mut out = Vec::new();
    for (ln, l) in code {
        // Described, never quoted: the line may hold the token (`https://oauth2:…@gitlab…`).
        let op = if remote && find_word(l, "git push").is_some() {
            Some(("git-push", "git push to a GitLab remote"))
        } else if remote
            && ["git clone", "git fetch", "git pull"]
                .iter()
                .any(|c| find_word(l, c).is_some())
        {
            Some(("git-clone", "git clone/fetch/pull from a GitLab remote"))
        } else if registry && find_word(l, "docker push").is_some() {
            Some(("registry-push", "docker push to a GitLab registry"))
        } else if registry
            && (find_word(l, "docker pull").is_some() || find_word(l, "docker login").is_some())
        {
            Some(("registry-pull", "docker login/pull at a GitLab registry"))
        } else {
            None
        };
        if let Some((op, what)) = op
            && let Some(n) = classify::gitlab_operation(op, what, path, ln)
        {
            out.push(n);
        }
    }
    out
}

/// The subcommand of a `git clone|fetch|pull|ls-remote|push` among a line's shell words:
/// the git commands that talk to a remote.
pub fn git_transfer(words: &[String]) -> Option<&str> {
    words
        .iter()
        .skip_while(|w| w.as_str() != "git")
        .skip(1)
        .map(String::as_str)
        .find(|w| matches!(*w, "clone" | "fetch" | "pull" | "ls-remote" | "push"))
}

/// `git clone|fetch|pull|ls-remote` and `git push` with a `github.com` URL on the line, in
/// a shell script: contents read, and write to push.
fn github_git(path: &str, lines: &[&str]) -> Vec<Need> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let l = l.trim();
        if l.starts_with('#') || !l.contains("github.com") || find_word(l, "git").is_none() {
            continue;
        }
        let words = shell_words(l);
        let Some(sub) = git_transfer(&words) else {
            continue;
        };
        let access = if sub == "push" {
            super::model::Access::Write
        } else {
            super::model::Access::Read
        };
        // Described, never quoted: the URL may hold the token.
        let mut n = Need::new(
            Provider::GitHub,
            format!("git {sub} with a github.com URL"),
            path,
            i + 1,
        )
        .with(vec![super::model::Perm::new(
            Provider::GitHub,
            "contents",
            access,
        )]);
        n.reason = format!("git {sub} over HTTPS needs contents: {}", access.as_str());
        out.push(n);
    }
    out
}

/// PyGithub: method calls (`repo.create_git_release(`, `repo.get_pulls(`) in a file that
/// builds a `Github(...)` client, through the generated method table.
fn pygithub_calls(path: &str, lines: &[&str]) -> Vec<Need> {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = CALL.get_or_init(|| Regex::new(r"\.([a-z][a-z0-9_]*)\(").expect("pygithub regex"));
    let k = kb();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for c in call.captures_iter(line) {
            if let Some(m) = k.pygithub.get(&c[1]) {
                let mut n = classify::github(&m.verb, &m.path, path, i + 1);
                n.what = format!("PyGithub {} → {}", &c[1], n.what);
                out.push(n);
            }
        }
    }
    out
}

/// GitHub GraphQL mutations → the fine-grained permission they need. GitHub documents that
/// a GraphQL call needs the permissions of the objects it touches, as the REST endpoint that
/// does the same does ("Permissions required for fine-grained personal access tokens",
/// docs.github.com/en/rest/authentication/permissions-required-for-fine-grained-personal-access-tokens,
/// and the GraphQL mutations reference, docs.github.com/en/graphql/reference/mutations);
/// each entry names its REST twin. Labels and comments on a labelable/commentable node
/// take either `issues` or `pull_requests`, as their REST twins do.
const GRAPHQL_MUTATIONS: &[(&str, &[&str], &str)] = &[
    (
        "addComment",
        &["issues", "pull_requests"],
        "POST …/issues/{n}/comments",
    ),
    (
        "updateIssueComment",
        &["issues", "pull_requests"],
        "PATCH …/issues/comments/{id}",
    ),
    (
        "addLabelsToLabelable",
        &["issues", "pull_requests"],
        "POST …/issues/{n}/labels",
    ),
    (
        "removeLabelsFromLabelable",
        &["issues", "pull_requests"],
        "DELETE …/issues/{n}/labels/{name}",
    ),
    (
        "addAssigneesToAssignable",
        &["issues", "pull_requests"],
        "POST …/issues/{n}/assignees",
    ),
    ("createIssue", &["issues"], "POST …/issues"),
    ("updateIssue", &["issues"], "PATCH …/issues/{n}"),
    ("closeIssue", &["issues"], "PATCH …/issues/{n}"),
    ("reopenIssue", &["issues"], "PATCH …/issues/{n}"),
    ("createPullRequest", &["pull_requests"], "POST …/pulls"),
    ("updatePullRequest", &["pull_requests"], "PATCH …/pulls/{n}"),
    ("closePullRequest", &["pull_requests"], "PATCH …/pulls/{n}"),
    ("mergePullRequest", &["contents"], "PUT …/pulls/{n}/merge"),
    (
        "addPullRequestReview",
        &["pull_requests"],
        "POST …/pulls/{n}/reviews",
    ),
    (
        "submitPullRequestReview",
        &["pull_requests"],
        "POST …/pulls/{n}/reviews/{id}/events",
    ),
    (
        "requestReviews",
        &["pull_requests"],
        "POST …/pulls/{n}/requested_reviewers",
    ),
    ("createDiscussion", &["discussions"], "discussions"),
    ("addDiscussionComment", &["discussions"], "discussions"),
    ("createRef", &["contents"], "POST …/git/refs"),
    ("updateRef", &["contents"], "PATCH …/git/refs/{ref}"),
    ("deleteRef", &["contents"], "DELETE …/git/refs/{ref}"),
    (
        "createCommitOnBranch",
        &["contents"],
        "PUT …/contents/{path}",
    ),
    (
        "addProjectV2ItemById",
        &["organization_projects"],
        "POST /orgs/{org}/projectsV2/{n}/items",
    ),
    (
        "updateProjectV2ItemFieldValue",
        &["organization_projects"],
        "PATCH /orgs/{org}/projectsV2/{n}/items/{id}",
    ),
    (
        "deleteProjectV2Item",
        &["organization_projects"],
        "DELETE /orgs/{org}/projectsV2/{n}/items/{id}",
    ),
];

/// GraphQL mutations named in code (`createIssue(input: …)`): each one's write permission.
/// Queries are not read here; a raw GraphQL call stays an unknown need beside these.
fn graphql_mutations(path: &str, lines: &[&str]) -> Vec<Need> {
    static FIELD: OnceLock<Regex> = OnceLock::new();
    let field = FIELD.get_or_init(|| {
        Regex::new(r"\b([a-z][A-Za-z0-9]+)\s*\(\s*input\s*:").expect("graphql regex")
    });
    static QUERY: OnceLock<Regex> = OnceLock::new();
    let query = QUERY.get_or_init(|| {
        Regex::new(r"\bquery\s*(?:[A-Z][A-Za-z0-9_]*\s*)?[({]").expect("graphql query regex")
    });
    let mut out = Vec::new();
    // The fields a query reads need their own permissions, which are not read here.
    if let Some(i) = lines.iter().position(|l| query.is_match(l)) {
        let mut n = classify::github_unknown("GraphQL query", path, i + 1);
        n.reason = "GraphQL query: the permissions depend on the fields it reads".into();
        out.push(n);
    }
    for (i, line) in lines.iter().enumerate() {
        for c in field.captures_iter(line) {
            let Some((name, perms, twin)) = GRAPHQL_MUTATIONS.iter().find(|(m, _, _)| *m == &c[1])
            else {
                let mut n =
                    classify::github_unknown(&format!("GraphQL mutation {}", &c[1]), path, i + 1);
                n.reason = "GraphQL mutation not in the knowledge base".into();
                out.push(n);
                continue;
            };
            let mut n = Need::new(
                Provider::GitHub,
                format!("GraphQL mutation {name}"),
                path,
                i + 1,
            );
            n.alternatives = perms
                .iter()
                .map(|p| {
                    vec![super::model::Perm::new(
                        Provider::GitHub,
                        p,
                        super::model::Access::Write,
                    )]
                })
                .collect();
            n.reason = format!("GraphQL mutation {name}: the permission of its REST twin {twin}");
            out.push(n);
        }
    }
    out
}

/// go-github: `client.PullRequests.List(ctx, …)` in a Go file that imports go-github,
/// through the generated method table. A call on one of its services that the table does
/// not have is an unknown need: the token keeps what it holds.
fn gogithub_calls(path: &str, lines: &[&str]) -> Vec<Need> {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = CALL.get_or_init(|| {
        Regex::new(r"\.([A-Z][A-Za-z]+)\.([A-Z][A-Za-z0-9]*)\(").expect("go-github regex")
    });
    let k = kb();
    let services: BTreeSet<&str> = k
        .gogithub
        .keys()
        .filter_map(|m| m.split_once('.').map(|(s, _)| s))
        .collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for c in call.captures_iter(line) {
            if !services.contains(&c[1]) {
                continue;
            }
            let method = format!("{}.{}", &c[1], &c[2]);
            let n = match k.gogithub.get(&method) {
                Some(m) => {
                    let mut n = classify::github(&m.verb, &m.path, path, i + 1);
                    n.what = format!("go-github {method} → {}", n.what);
                    n
                }
                None => {
                    let mut n =
                        classify::github_unknown(&format!("go-github {method}"), path, i + 1);
                    n.reason = "go-github method not in the knowledge base".into();
                    n
                }
            };
            out.push(n);
        }
    }
    out
}

/// python-gitlab: manager calls (`project.mergerequests.list(`, `mr.notes.create(`) and
/// object writes (`mr.save()`, `mr.delete()`), in a file that builds a `gitlab.Gitlab`
/// client. Reads need `read_api`; writes need `api`.
fn python_gitlab(path: &str, lines: &[&str]) -> Vec<Need> {
    static CALL: OnceLock<Regex> = OnceLock::new();
    let call = CALL.get_or_init(|| {
        Regex::new(
            r"\.(?:(projects|groups|users|mergerequests|issues|pipelines|jobs|notes|discussions|branches|tags|commits|labels|members|variables|releases|deployments|environments|approvals)\.(list|get|create|delete|update)|(save|delete|approve|merge|rebase|cancel|retry|play))\(",
        )
        .expect("python-gitlab regex")
    });
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for c in call.captures_iter(line) {
            let (what, write) = match (c.get(1), c.get(2), c.get(3)) {
                (Some(m), Some(v), _) => (
                    format!("python-gitlab {}.{}", m.as_str(), v.as_str()),
                    !matches!(v.as_str(), "list" | "get"),
                ),
                (_, _, Some(v)) => (format!("python-gitlab object .{}()", v.as_str()), true),
                _ => continue,
            };
            let scope = if write { "api" } else { "read_api" };
            let mut n = Need::new(Provider::GitLab, what, path, i + 1)
                .with(vec![super::model::Perm::scope(Provider::GitLab, scope)]);
            n.reason = format!(
                "python-gitlab {} through the API: {scope}",
                if write { "writes" } else { "reads" }
            );
            out.push(n);
        }
    }
    out
}

/// `conversations.list(types="public_channel,private_channel")`: the scopes follow the
/// types asked for, read from the call's first lines (`call` starts at the call).
fn conversation_types(n: &mut Need, method: &str, call: &[&str]) {
    let ct = &kb().slack.conversation_types;
    if !ct.methods.iter().any(|m| m == method) {
        return;
    }
    let text = call.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    let Some(at) = text.find("types") else { return };
    let scopes: BTreeSet<&str> = text[at..]
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .skip(1)
        .take(4)
        .filter_map(|w| ct.scopes.get(w).map(String::as_str))
        .collect();
    if scopes.is_empty() {
        return;
    }
    n.alternatives = vec![
        scopes
            .iter()
            .map(|s| super::model::Perm::scope(Provider::Slack, s))
            .collect(),
    ];
    // Only the scope names: the call's text may hold other arguments, a token among them.
    n.reason = format!(
        "Slack method {method} listing the conversation types asked for needs {}",
        scopes.into_iter().collect::<Vec<_>>().join(", ")
    );
}

/// `searcher = WebClient(token=os.environ["SLACK_USER_TOKEN"])`: a client variable built
/// from one token's variable. A call on it (`searcher.search_messages(`) presents that
/// token, whichever other tokens the file reads — so a user-token-only method is not
/// charged to the bot token read two lines below.
fn bind_receivers(lines: &[&str], reads: &[EnvRead], needs: &mut [Need]) {
    use std::collections::BTreeMap;
    let assign = assign_re();
    let mut per_line: BTreeMap<usize, usize> = BTreeMap::new();
    for e in reads {
        *per_line.entry(e.line).or_default() += 1;
    }
    // Variable → the token variable it holds. Looked up by name, so that each line costs
    // its length, whatever the number of variables bound.
    let mut bound: BTreeMap<&str, &str> = BTreeMap::new();
    for e in reads {
        let Some(line) = lines.get(e.line.wrapping_sub(1)) else {
            continue;
        };
        if per_line.get(&e.line) != Some(&1) {
            continue;
        }
        if let Some(c) = assign.captures(line) {
            bound.insert(c.get(1).map_or("", |m| m.as_str()), e.name.as_str());
        }
    }
    if bound.is_empty() {
        return;
    }
    // A client built from a bound variable (`token := os.Getenv("X")`, then
    // `gh := github.NewClient(nil).WithAuthToken(*token)`) carries that variable's token.
    static FOR: OnceLock<Regex> = OnceLock::new();
    let for_re = FOR.get_or_init(|| {
        Regex::new(r"^\s*for\s*\(?\s*(?:const|let|var)?\s*(?:[A-Za-z_]\w*\s*,\s*)?([A-Za-z_]\w*)\s*(?:\bin\b|\bof\b|:=\s*range\b)(.*)")
            .expect("for regex")
    });
    for line in lines {
        // `for repo in org.get_repos()`, `for _, pr := range prs`: each item comes from
        // the same client.
        let (var, rhs) = if let Some(c) = for_re.captures(line) {
            (
                c.get(1).map_or("", |m| m.as_str()),
                c.get(2).map_or("", |m| m.as_str()),
            )
        } else {
            let Some(var) = assigned_var(line) else {
                continue;
            };
            let Some(eq) = line.find('=') else { continue };
            (var, &line[eq + 1..])
        };
        if bound.contains_key(var) {
            continue;
        }
        let from: BTreeSet<&str> = names_in(rhs)
            .filter(|(v, _)| *v != var)
            .filter_map(|(v, _)| bound.get(v).copied())
            .collect();
        if from.len() == 1 {
            bound.insert(var, from.into_iter().next().unwrap_or_default());
        }
    }
    for n in needs.iter_mut().filter(|n| n.token == TokenRef::Unlinked) {
        let Some(line) = lines.get(n.line.wrapping_sub(1)) else {
            continue;
        };
        let names: BTreeSet<&str> = names_in(line)
            .filter(|(_, dot)| *dot)
            .filter_map(|(v, _)| bound.get(v).copied())
            .collect();
        if names.len() == 1 {
            n.token = TokenRef::Env(names.into_iter().next().unwrap_or_default().to_string());
        }
    }
}

/// The whole names on `line` that are not fields of another value (not after a `.`), each
/// with whether a `.` follows it (a call chain starts on it).
fn names_in(line: &str) -> impl Iterator<Item = (&str, bool)> {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (start, word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                start = None;
                let after_dot = s > 0 && bytes[s - 1] == b'.';
                if !after_dot && !line[s..i].starts_with(|c: char| c.is_ascii_digit()) {
                    out.push((&line[s..i], c == '.'));
                }
            }
            _ => {}
        }
    }
    out.into_iter()
}

/// Octokit REST calls in script text (`github.rest.pulls.create(`). Each known call is a
/// need; an unknown `github.rest.*`, `github.request` or `github.graphql` call is an
/// unknown need. `line0` offsets line numbers (script embedded in YAML).
/// A file write (`PUT|DELETE …/contents/{path}`) to a file under `.github/workflows/`
/// also needs `workflows: write` (GitHub's endpoint table). Unless the call's `path` is a
/// literal outside that directory, the write may touch a workflow: the permission is kept.
/// `call` starts at the call; its first lines hold the arguments.
fn workflow_file_write(n: &mut Need, call: &[&str]) {
    if !n.what.ends_with("/contents/{path}") || n.conditional.is_empty() {
        return;
    }
    let text = call.iter().take(8).copied().collect::<Vec<_>>().join(" ");
    let literal_elsewhere = text.find("path").is_some_and(|at| {
        let rest = text[at + 4..].trim_start();
        let rest = rest
            .strip_prefix(':')
            .or_else(|| rest.strip_prefix('='))
            .unwrap_or("")
            .trim_start();
        let Some(q) = rest.chars().next().filter(|c| matches!(c, '"' | '\'')) else {
            return false;
        };
        let lit = rest[1..].split(q).next().unwrap_or("");
        !lit.contains("${")
            && !lit
                .trim_start_matches("./")
                .starts_with(".github/workflows")
    });
    if literal_elsewhere {
        return;
    }
    let extra: Vec<_> = n
        .conditional
        .iter()
        .filter(|(p, _)| p.name == "workflows")
        .map(|(p, _)| p.clone())
        .collect();
    for alt in n.alternatives.iter_mut() {
        alt.extend(extra.iter().cloned());
    }
    n.reason = format!(
        "{}; the file's path is not a literal outside .github/workflows/, so workflows: write is kept",
        n.reason
    );
}

pub fn octokit_calls(path: &str, lines: &[&str], line0: usize) -> Vec<Need> {
    let r = res();
    let k = kb();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let ln = line0 + i + 1;
        for c in r.octokit.captures_iter(line) {
            let method = format!("{}.{}", &c[1], &c[2]);
            match k.octokit.iter().find(|o| o.method == method) {
                Some(o) => {
                    let mut n = classify::github(&o.verb, &o.path, path, ln);
                    n.what = format!("octokit {method} → {}", n.what);
                    workflow_file_write(&mut n, &lines[i..]);
                    out.push(n);
                }
                None if matches!(&c[1], "request" | "graphql" | "paginate") => {}
                None => {
                    let mut n = classify::github_unknown(&format!("octokit {method}"), path, ln);
                    n.reason = "Octokit method not in the knowledge base".into();
                    out.push(n);
                }
            }
        }
        // Probot's `context.config("x.yml")` reads `.github/x.yml` through the contents
        // API (@probot/octokit-plugin-config).
        if line.contains("context.config(") {
            let mut n = classify::github("get", "/repos/{owner}/{repo}/contents/{path}", path, ln);
            n.what = format!("probot context.config → {}", n.what);
            out.push(n);
        }
        let mut routed = false;
        for c in r.octokit_route.captures_iter(line) {
            let mut n = classify::github(&c[1].to_ascii_lowercase(), &c[2], path, ln);
            // The normalized route (query dropped), not the literal as written.
            n.what = format!("octokit request {}", n.what);
            out.push(n);
            routed = true;
        }
        for dynamic in [
            "github.request(",
            "github.graphql(",
            "octokit.request(",
            "octokit.graphql(",
        ] {
            if line.contains(dynamic) && !(routed && dynamic.ends_with("request(")) {
                let mut n = classify::github_unknown(dynamic.trim_end_matches('('), path, ln);
                n.reason = "raw request or GraphQL: the permissions depend on the query".into();
                out.push(n);
            }
        }
    }
    out
}

/// A `gh` command line (in a shell script or a workflow `run:`) → its need. Uses the
/// commands table for `gh pr|issue|release|…` and the REST table for `gh api`.
pub fn gh_command(line: &str, path: &str, ln: usize) -> Option<Need> {
    let k = kb();
    let t = line.trim();
    if t.starts_with('#') {
        return None;
    }
    if let Some(pos) = find_word(t, "gh api") {
        return Some(gh_api(&t[pos + 6..], path, ln));
    }
    for c in &k.commands {
        if c.token != "env" || !c.pattern.is_match(t) || c.context.is_some() {
            continue;
        }
        if !c.pattern.as_str().contains("gh\\s") {
            continue;
        }
        let m = c.pattern.find(t)?;
        let what = super::kb::command_words(&c.pattern, m.as_str());
        let mut n = Need::new(Provider::GitHub, what, path, ln)
            .with(super::kb::github_perms(&c.permissions));
        n.reason = c.reason.clone();
        return Some(n);
    }
    None
}

fn find_word(hay: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = hay[from..].find(needle) {
        let at = from + p;
        let before_ok = at == 0 || !hay.as_bytes()[at - 1].is_ascii_alphanumeric();
        if before_ok {
            return Some(at);
        }
        from = at + needle.len();
    }
    None
}

/// `gh api [flags] ENDPOINT [flags]`.
pub fn gh_api(args: &str, path: &str, ln: usize) -> Need {
    let toks = shell_words(args);
    let mut method: Option<String> = None;
    let mut fields = false;
    let mut endpoint: Option<String> = None;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        match t.as_str() {
            "-X" | "--method" => {
                method = toks.get(i + 1).map(|s| s.to_ascii_uppercase());
                i += 2;
                continue;
            }
            "-f" | "-F" | "--field" | "--raw-field" | "--input" => {
                fields = true;
                i += 2;
                continue;
            }
            "-H" | "--header" | "-q" | "--jq" | "-t" | "--template" | "--hostname" | "--cache"
            | "-p" | "--preview" => {
                i += 2;
                continue;
            }
            "|" | "&&" | ";" | "||" | ">" => break,
            s if s.starts_with("--method=") => {
                method = Some(s[9..].to_ascii_uppercase());
            }
            s if s.starts_with('-') => {}
            s => {
                if endpoint.is_none() {
                    endpoint = Some(s.to_string());
                }
            }
        }
        i += 1;
    }
    let verb = method.unwrap_or_else(|| if fields { "POST".into() } else { "GET".into() });
    match endpoint {
        Some(e) if e == "graphql" => {
            let mut n = classify::github_unknown("gh api graphql", path, ln);
            n.reason = "GraphQL query: the permissions depend on the query".into();
            n
        }
        Some(e) if !e.starts_with('$') => {
            let p = if e.starts_with('/') {
                e
            } else {
                format!("/{e}")
            };
            let mut n = classify::github(&verb, &p, path, ln);
            n.what = format!("gh api {}", n.what);
            n
        }
        _ => classify::github_unknown("gh api (dynamic endpoint)", path, ln),
    }
}

/// Minimal shell word splitting: quotes group, no expansion.
pub fn shell_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut any = false;
    for ch in s.chars() {
        match quote {
            Some(q) if ch == q => quote = None,
            Some(_) => cur.push(ch),
            None if ch == '"' || ch == '\'' => {
                quote = Some(ch);
                any = true;
            }
            None if ch.is_whitespace() => {
                if !cur.is_empty() || any {
                    out.push(std::mem::take(&mut cur));
                    any = false;
                }
            }
            None => cur.push(ch),
        }
    }
    if !cur.is_empty() || any {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leastpriv::model::Access;

    #[test]
    fn credential_names() {
        for yes in [
            "GITHUB_TOKEN",
            "GH_PAT",
            "STRIPE_APIKEY",
            "SLACK_BOT_TOKEN",
            "API_KEY",
        ] {
            assert!(credential_name(yes), "{yes}");
        }
        for no in [
            "CARGO_BIN_EXE_tokenscope",
            "KEYBOARD",
            "PATH",
            "STRIPE_PUBLIC_KEY",
            "HOME",
        ] {
            assert!(!credential_name(no), "{no}");
        }
    }

    #[test]
    fn python_requests_with_base_variable() {
        let src = "import os, requests\nAPI = \"https://api.github.com\"\ntok = os.environ[\"GITHUB_TOKEN\"]\nrequests.post(f\"{API}/repos/acme/web/issues\", json={})\n";
        let f = scan("a.py", src, &BTreeSet::new());
        assert_eq!(f.needs.len(), 1, "{:#?}", f.needs);
        assert_eq!(f.needs[0].alternatives[0][0].name, "issues");
        assert_eq!(f.needs[0].alternatives[0][0].access, Access::Write);
        assert_eq!(f.env_reads[0].name, "GITHUB_TOKEN");
    }

    #[test]
    fn fetch_with_method_option_on_following_line() {
        let src = "const r = await fetch(`https://api.github.com/repos/${owner}/${repo}/pulls`, {\n  method: 'POST',\n  headers: {Authorization: `token ${process.env.GH_TOKEN}`}\n});\n";
        let f = scan("a.js", src, &BTreeSet::new());
        assert_eq!(f.needs[0].alternatives[0][0].name, "pull_requests");
        assert_eq!(f.needs[0].alternatives[0][0].access, Access::Write);
        assert_eq!(f.env_reads[0].name, "GH_TOKEN");
    }

    #[test]
    fn curl_and_gh() {
        let src = "curl -sS -X POST -H \"Authorization: Bearer $GITHUB_TOKEN\" https://api.github.com/repos/acme/web/statuses/$SHA\ngh pr comment 1 --body hi\ngh api repos/{owner}/{repo}/releases -f tag_name=v1\n";
        let f = scan("a.sh", src, &BTreeSet::new());
        let names: Vec<String> = f
            .needs
            .iter()
            .map(|n| n.alternatives[0][0].to_string())
            .collect();
        assert_eq!(
            names,
            ["statuses: write", "pull-requests: write", "contents: write"]
        );
    }

    #[test]
    fn a_file_write_keeps_workflows_write_unless_its_path_is_a_literal_elsewhere() {
        let perms = |src: &str| -> Vec<String> {
            let f = scan("a.js", src, &BTreeSet::new());
            let mut p: Vec<String> = f.needs[0].alternatives[0]
                .iter()
                .map(|p| p.to_string())
                .collect();
            p.sort();
            p
        };
        let dynamic = "await octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path: f.dest, content });\n";
        assert_eq!(perms(dynamic), ["contents: write", "workflows: write"]);
        let workflow = "await octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path: '.github/workflows/ci.yml', content });\n";
        assert_eq!(perms(workflow), ["contents: write", "workflows: write"]);
        let elsewhere = "await octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path: \"CHANGELOG.md\", content });\n";
        assert_eq!(perms(elsewhere), ["contents: write"]);
    }

    #[test]
    fn slack_and_stripe_sdks() {
        let src = "from slack_sdk import WebClient\nclient.chat_postMessage(channel='x', text='y')\nclient.conversations_list()\n";
        let f = scan("a.py", src, &BTreeSet::new());
        let names: Vec<String> = f.needs.iter().map(|n| n.what.clone()).collect();
        assert_eq!(names, ["chat.postMessage", "conversations.list"]);
        let src = "const stripe = require('stripe')(process.env.STRIPE_KEY);\nawait stripe.paymentIntents.create({});\nawait stripe.customers.list();\n";
        let f = scan("a.js", src, &BTreeSet::new());
        let names: Vec<String> = f
            .needs
            .iter()
            .map(|n| n.alternatives[0][0].to_string())
            .collect();
        assert_eq!(names, ["Payment Intents: write", "Customers: read"]);
    }

    /// The first permission of each need whose requirement is known.
    fn known_perms(f: &FileFacts) -> Vec<String> {
        f.needs
            .iter()
            .filter(|n| !n.unknown)
            .map(|n| n.alternatives[0][0].to_string())
            .collect()
    }

    fn perms(f: &FileFacts) -> Vec<(String, String)> {
        f.needs
            .iter()
            .map(|n| {
                let token = match &n.token {
                    TokenRef::Env(e) => e.clone(),
                    _ => "-".into(),
                };
                let alt = n.alternatives.first().map_or(String::new(), |a| {
                    a.iter()
                        .map(|p| p.to_string())
                        .collect::<Vec<_>>()
                        .join("+")
                });
                (token, alt)
            })
            .collect()
    }

    #[test]
    fn a_call_on_a_client_variable_uses_that_clients_token() {
        let src = "searcher = WebClient(token=os.environ[\"SLACK_USER_TOKEN\"])\nbot = WebClient(token=os.environ[\"SLACK_BOT_TOKEN\"])\nslack = 1\nr = searcher.search_messages(query='x')\nbot.chat_postMessage(channel='c', text='t')\nbot.files_upload_v2(channel='c', file='f')\n";
        let f = scan("digest.py", src, &BTreeSet::new());
        assert_eq!(
            perms(&f),
            [
                ("SLACK_USER_TOKEN".to_string(), "search:read".to_string()),
                ("SLACK_BOT_TOKEN".into(), "chat:write".into()),
                ("SLACK_BOT_TOKEN".into(), "files:write".into()),
            ]
        );
        // `mybot.` is another variable: not linked through `bot`.
        assert!(!names_in("mybot.chat_postMessage(").any(|n| n == ("bot", true)));
        assert!(names_in("  x = bot.chat_postMessage(").any(|n| n == ("bot", true)));
        // A field of another value is not the variable.
        assert!(!names_in("self.bot.chat_postMessage(").any(|n| n.0 == "bot"));
    }

    #[test]
    fn conversation_listing_scopes_follow_the_types_asked_for() {
        let src = "slack\nresp = client.conversations_list(\n    types=\"public_channel,private_channel\",\n    limit=200,\n)\nclient.conversations_list(limit=5)\n";
        let f = scan("a.py", src, &BTreeSet::new());
        let alts: Vec<String> = perms(&f).into_iter().map(|(_, a)| a).collect();
        assert_eq!(alts, ["channels:read+groups:read", "channels:read"]);
    }

    #[test]
    fn octokit_literal_routes_and_paginated_methods() {
        let src = "const { data } = await octokit.request(\"GET /repos/{owner}/{repo}/pulls\", { owner, repo });\nconst files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number });\nawait octokit.request(route, {});\n";
        let f = scan("a.mjs", src, &BTreeSet::new());
        let known = known_perms(&f);
        assert_eq!(known, ["pull-requests: read", "pull-requests: read"]);
        // The route held in a variable stays unknown.
        assert_eq!(
            f.needs.iter().filter(|n| n.unknown).count(),
            1,
            "{:#?}",
            f.needs
        );
    }

    #[test]
    fn gitlab_git_and_registry_traffic_in_scripts() {
        let src = "git clone --mirror \"https://oauth2:${GL_TOKEN}@gitlab.com/acme/w.git\" w\ngit push --mirror backup\necho \"$T\" | docker login registry.gitlab.com -u u --password-stdin\ndocker push \"$IMAGE:latest\"\n";
        let f = scan("mirror.sh", src, &BTreeSet::new());
        let alts: Vec<String> = perms(&f).into_iter().map(|(_, a)| a).collect();
        assert_eq!(
            alts,
            [
                "read_repository",
                "write_repository",
                "read_registry",
                "write_registry"
            ]
        );
        // Without a GitLab remote or registry, git and docker say nothing about GitLab.
        let f = scan(
            "b.sh",
            "git push origin main\ndocker push app:1\n",
            &BTreeSet::new(),
        );
        assert!(f.needs.is_empty(), "{:#?}", f.needs);
    }

    #[test]
    fn python_gitlab_reads_and_writes() {
        let src = "import gitlab\ngl = gitlab.Gitlab(url, private_token=os.environ[\"GITLAB_TOKEN\"])\nfor mr in project.mergerequests.list(state='opened'):\n    mr.save()\n";
        let f = scan("bot.py", src, &BTreeSet::new());
        // Linked to GITLAB_TOKEN later, by `link::link_code`.
        let alts: Vec<String> = perms(&f).into_iter().map(|(_, a)| a).collect();
        assert_eq!(alts, ["read_api", "api"]);
    }

    #[test]
    fn shell_default_base_url() {
        let src = "API=\"${CI_API_V4_URL:-https://gitlab.com/api/v4}\"\ncurl -H \"PRIVATE-TOKEN: $GITLAB_READ_TOKEN\" \"${API}/projects/42/pipelines\"\n";
        let f = scan("p.sh", src, &BTreeSet::new());
        let alts: Vec<String> = perms(&f).into_iter().map(|(_, a)| a).collect();
        assert_eq!(alts, ["read_api"]);
    }

    #[test]
    fn pygithub_methods_through_the_generated_table() {
        let src = "from github import Auth, Github\ngh = Github(auth=Auth.Token(os.environ[\"RELEASE_TOKEN\"]))\nrepo = gh.get_repo('acme/web')\nprs = repo.get_pulls(state='closed')\nrepo.create_git_release(tag, tag, notes)\nd = {}.get('x')\n";
        let f = scan("release.py", src, &BTreeSet::new());
        let alts: Vec<String> = perms(&f).into_iter().map(|(_, a)| a).collect();
        assert!(
            alts.contains(&"pull-requests: read".to_string()),
            "{alts:?}"
        );
        assert!(alts.contains(&"contents: write".to_string()), "{alts:?}");
        // Without a Github client, the same method names mean nothing.
        let f = scan("other.py", "repo.get_pulls()\n", &BTreeSet::new());
        assert!(f.needs.is_empty());
    }

    #[test]
    fn go_wrapper_with_printf_routes_and_a_url_variable() {
        let src = "const apiBase = \"https://api.github.com\"\nfunc main() {\n\tgh := &ghClient{token: os.Getenv(\"DEPLOY_GH_TOKEN\")}\n\terr := gh.call(\"POST\", fmt.Sprintf(\"%s/repos/%s/%s/deployments\", apiBase, owner, repo), body, &dep)\n\tstatusURL := fmt.Sprintf(\"%s/repos/%s/%s/statuses/%s\", apiBase, owner, repo, sha)\n\tif err := gh.call(\"POST\", statusURL, st, nil); err != nil {\n\t}\n\tgh.call(\"POST\", apiBase+hook, nil, nil)\n}\n";
        let f = scan("main.go", src, &BTreeSet::new());
        let known = known_perms(&f);
        assert_eq!(
            known,
            ["deployments: write", "statuses: write"],
            "{:#?}",
            f.needs
        );
        assert_eq!(f.needs.iter().filter(|n| n.unknown).count(), 1);
    }

    #[test]
    fn token_origins_beyond_literal_env_reads() {
        let names = |path: &str, src: &str| -> Vec<String> {
            env_reads(path, src, !path.ends_with(".rs"))
                .into_iter()
                .map(|e| e.name)
                .collect()
        };
        assert_eq!(
            names(
                "main.rs",
                "#[arg(long, env = \"CRAB_TOKEN\", hide_env_values = true)]\n"
            ),
            ["CRAB_TOKEN"]
        );
        assert_eq!(
            names(
                "cli.py",
                "@click.option('--token', envvar='TRIAGE_TOKEN')\n"
            ),
            ["TRIAGE_TOKEN"]
        );
        assert_eq!(
            names(
                "bin.js",
                ".addOption(new Option('-t').env(\"SHIP_TOKEN\"))\n"
            ),
            ["SHIP_TOKEN"]
        );
        assert_eq!(
            names(
                "m.go",
                "gl, _ := gitlab.NewClient(mustEnv(\"GL_BOT_TOKEN\"))\n"
            ),
            ["GL_BOT_TOKEN"]
        );
        let viper = "viper.SetEnvPrefix(\"REAPER\")\nviper.AutomaticEnv()\ntoken := viper.GetString(\"github-token\")\n";
        assert_eq!(names("root.go", viper), ["REAPER_GITHUB_TOKEN"]);
        let envconfig = "type C struct {\n\tToken string `envconfig:\"TOKEN\"`\n}\nenvconfig.Process(\"KICKER\", &c)\n";
        assert_eq!(names("config.go", envconfig), ["KICKER_TOKEN"]);
        let pydantic = "class S(BaseSettings):\n    model_config = SettingsConfigDict(env_prefix=\"RELCUT_\")\n    gitlab_token: SecretStr\n    project: str\n";
        assert_eq!(names("settings.py", pydantic), ["RELCUT_GITLAB_TOKEN"]);
        // A non-credential option is no token.
        assert!(names("cli.py", "@click.option('--repo', envvar='REPO_NAME')\n").is_empty());
    }

    #[test]
    fn a_token_read_by_code_gets_an_unknown_origin_need() {
        let src = "import os\nfrom github import Github\ntok = os.environ[\"HOOK_TOKEN\"]\n";
        let reads = env_reads("app.py", src, true);
        let o = origins("app.py", src, &reads);
        assert_eq!(o.len(), 1, "{o:#?}");
        assert!(o[0].unknown);
        assert_eq!(o[0].provider, Provider::GitHub);
        assert_eq!(o[0].token, TokenRef::Env("HOOK_TOKEN".into()));
        // A file that names no provider says nothing about a generic token.
        let src = "tok = os.environ[\"HOOK_TOKEN\"]\n";
        assert!(origins("x.py", src, &env_reads("x.py", src, true)).is_empty());
    }

    #[test]
    fn go_github_calls_through_the_generated_table() {
        let src = "import \"github.com/google/go-github/v66/github\"\nfunc f() {\n\tprs, _, _ := gh.PullRequests.List(ctx, o, r, nil)\n\t_, _, _ = gh.PullRequests.Merge(ctx, o, r, n, \"\", nil)\n\t_, _ = gh.Repositories.FrobnicateAll(ctx)\n}\n";
        let f = scan("main.go", src, &BTreeSet::new());
        assert_eq!(known_perms(&f), ["pull-requests: read", "contents: write"]);
        // A method of a go-github service that the table lacks is unknown, never dropped.
        assert_eq!(f.needs.iter().filter(|n| n.unknown).count(), 1);
    }

    #[test]
    fn a_client_built_from_a_token_variable_carries_that_token() {
        let src = "token := os.Getenv(\"MERGER_TOKEN\")\nother := os.Getenv(\"OTHER_GITHUB_TOKEN\")\ngh := github.NewClient(nil).WithAuthToken(token)\n// go-github\ngh.PullRequests.List(ctx, o, r, nil)\n";
        let f = scan("main.go", src, &BTreeSet::new());
        assert_eq!(
            perms(&f),
            [(
                "MERGER_TOKEN".to_string(),
                "pull-requests: read".to_string()
            )]
        );
        let src = "from github import Github\nreader = Github(auth=Auth.Token(os.environ[\"READ_TOKEN\"]))\nwriter = Github(auth=Auth.Token(os.environ[\"WRITE_TOKEN\"]))\norg = reader.get_organization('acme')\nfor repo in org.get_repos():\n    repo.get_branch('main')\n";
        let f = scan("guard.py", src, &BTreeSet::new());
        assert!(
            perms(&f).contains(&("READ_TOKEN".to_string(), "contents: read".to_string())),
            "{:?}",
            perms(&f)
        );
    }

    #[test]
    fn labels_and_comments_on_a_pull_request_need_pull_requests() {
        let src = "const API = \"https://api.github.com\";\nawait fetch(`${API}/repos/${repo}/pulls/${pr}/files`);\nawait fetch(`${API}/repos/${repo}/issues/${pr}/labels`, { method: \"POST\" });\n";
        let f = scan("a.js", src, &BTreeSet::new());
        assert_eq!(
            known_perms(&f),
            ["pull-requests: read", "pull-requests: write"]
        );
        // On an issue, issues.
        let src = "const API = \"https://api.github.com\";\nawait fetch(`${API}/repos/${repo}/issues`, { method: \"POST\" });\nawait fetch(`${API}/repos/${repo}/issues/${num}/labels`, { method: \"POST\" });\n";
        let f = scan("b.js", src, &BTreeSet::new());
        assert_eq!(known_perms(&f), ["issues: write", "issues: write"]);
    }

    #[test]
    fn urls_built_from_a_base_attribute_or_format() {
        let src = "import requests\nclass C:\n    def __init__(self, base_url=None):\n        self.base_url = base_url or \"https://api.github.com\"\n    def go(self):\n        requests.post(f\"{self.base_url}/repos/{self.repo}/statuses/{sha}\")\n        requests.get(\"{}/repos/{}/deployments\".format(self.base_url, self.repo))\n";
        let f = scan("c.py", src, &BTreeSet::new());
        assert_eq!(
            known_perms(&f),
            ["statuses: write", "deployments: read"],
            "{:#?}",
            f.needs
        );
    }

    #[test]
    fn a_wrapper_that_hides_the_method_is_unknown() {
        let src = "// talks to api.github.com\nfunc (c *client) kick() { c.trigger(\"/repos/\"+repo+\"/actions/workflows/x/dispatches\", nil) }\nfunc (c *client) runs() { c.get(fmt.Sprintf(\"repos/%s/actions/runs\", repo)) }\n";
        let f = scan("client.go", src, &BTreeSet::new());
        assert_eq!(known_perms(&f), ["actions: read"], "{:#?}", f.needs);
        assert_eq!(f.needs.iter().filter(|n| n.unknown).count(), 1);
    }

    #[test]
    fn graphql_mutations_named_in_code() {
        let src = "// GitHub GraphQL\nconst m = `mutation { createIssue(input: {repositoryId: $id, title: $t}) { issue { id } } }`;\nconst n = `mutation { frobnicate(input: {}) { x } }`;\n";
        let f = scan("gql.mjs", src, &BTreeSet::new());
        assert_eq!(known_perms(&f), ["issues: write"]);
        assert_eq!(f.needs.iter().filter(|n| n.unknown).count(), 1);
    }

    #[test]
    fn git_over_https_to_github_in_scripts() {
        let src = "#!/bin/sh\ngit clone --mirror \"https://x:${SRC_TOKEN}@github.com/${s}.git\" d\ngit push \"https://x:${SRC_TOKEN}@github.com/${s}.git\" main\n";
        let f = scan("bin/mirror", src, &BTreeSet::new());
        assert_eq!(known_perms(&f), ["contents: read", "contents: write"]);
        assert_eq!(f.env_reads[0].name, "SRC_TOKEN");
        assert!(is_code_file("bin/mirror"));
    }
}
