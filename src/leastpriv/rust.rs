//! Usage inference for Rust with syn: octocrab handler chains and raw routes, reqwest/ureq
//! calls with literal API URLs, and `env::var("...")` token reads.

use std::collections::{BTreeMap, BTreeSet};

use syn::spanned::Spanned;
use syn::visit::{self, Visit};
use syn::{Expr, ExprCall, ExprMethodCall, Lit};

use super::classify::{self, Request};
use super::code::{EnvRead, credential_name};
use super::kb::kb;
use super::model::Need;

/// What the syn pass found, plus the lines it explained (so the text pass skips them).
#[derive(Debug, Default)]
pub struct RustFacts {
    pub needs: Vec<Need>,
    pub env_reads: Vec<EnvRead>,
    pub lines: BTreeSet<usize>,
}

/// Octocrab handler constructors.
const ROOTS: &[&str] = &[
    "issues",
    "pulls",
    "repos",
    "actions",
    "orgs",
    "checks",
    "commits",
    "code_scannings",
    "workflows",
    "teams",
    "gists",
    "current",
    "users",
    "search",
    "ratelimit",
    "markdown",
    "graphql",
    "activity",
    "apps",
    "projects",
    "events",
    "hooks",
];

/// Handlers constructed with (owner, repo).
const REPO_ROOTS: &[&str] = &[
    "issues",
    "pulls",
    "repos",
    "checks",
    "commits",
    "code_scannings",
    "workflows",
];

const RAW: &[&str] = &[
    "get", "post", "put", "patch", "delete", "_get", "_post", "_put", "_patch", "_delete", "head",
    "_head",
];

/// Parses `text`; None when it is not valid Rust (the text pass then covers it).
pub fn scan(path: &str, text: &str) -> Option<RustFacts> {
    let file = syn::parse_file(text).ok()?;
    let mut v = Visitor {
        path,
        octocrab: text.contains("octocrab"),
        facts: RustFacts::default(),
        strings: BTreeMap::new(),
        handlers: BTreeMap::new(),
        done: BTreeSet::new(),
    };
    // Constants first, wherever they are declared.
    for item in &file.items {
        if let syn::Item::Const(c) = item {
            if let Some(s) = literal_of(&c.expr, &BTreeMap::new()) {
                v.strings
                    .insert(c.ident.to_string(), (s, line_of(c.expr.span())));
            }
        } else if let syn::Item::Static(c) = item
            && let Some(s) = literal_of(&c.expr, &BTreeMap::new())
        {
            v.strings
                .insert(c.ident.to_string(), (s, line_of(c.expr.span())));
        }
    }
    v.visit_file(&file);
    let lines: Vec<&str> = text.lines().collect();
    super::classify::prefer_pull_requests(&mut v.facts.needs, &lines);
    Some(v.facts)
}

fn line_of(span: proc_macro2::Span) -> usize {
    span.start().line
}

struct Link {
    name: String,
    args: Vec<Expr>,
    line: usize,
    col: usize,
}

struct Visitor<'a> {
    path: &'a str,
    octocrab: bool,
    facts: RustFacts,
    /// Identifier → (string template, line) for `const`/`let` bindings of literals.
    strings: BTreeMap<String, (String, usize)>,
    /// Identifier → octocrab handler chain it holds (`let issues = octo.issues(o, r)`).
    handlers: BTreeMap<String, (Vec<String>, Option<String>)>,
    /// Root handler call sites already explained (line, column).
    done: BTreeSet<(usize, usize)>,
}

/// Flattens `a.b(x).c().d(y)` into its links, innermost first; returns the root receiver.
fn chain_of(mc: &ExprMethodCall) -> (Vec<Link>, &Expr) {
    let mut links = Vec::new();
    let mut node = mc;
    loop {
        let start = node.method.span().start();
        links.push(Link {
            name: node.method.to_string(),
            args: node.args.iter().cloned().collect(),
            line: start.line,
            col: start.column,
        });
        match strip(&node.receiver) {
            Expr::MethodCall(inner) => node = inner,
            _ => break,
        }
    }
    links.reverse();
    (links, strip(&node.receiver))
}

/// Peels `?`, `.await`, parentheses and references.
fn strip(e: &Expr) -> &Expr {
    match e {
        Expr::Try(t) => strip(&t.expr),
        Expr::Await(a) => strip(&a.base),
        Expr::Paren(p) => strip(&p.expr),
        Expr::Reference(r) => strip(&r.expr),
        Expr::Group(g) => strip(&g.expr),
        other => other,
    }
}

/// A string literal, `format!("...")` template (with `{}` placeholders kept), or a bound
/// identifier, resolved to text.
fn literal_of(e: &Expr, strings: &BTreeMap<String, (String, usize)>) -> Option<String> {
    match strip(e) {
        Expr::Lit(l) => match &l.lit {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        Expr::Macro(m) if m.mac.path.is_ident("format") => {
            let args = m
                .mac
                .parse_body_with(
                    syn::punctuated::Punctuated::<Expr, syn::Token![,]>::parse_terminated,
                )
                .ok()?;
            let first = args.first()?;
            let tmpl = literal_of(first, &BTreeMap::new())?;
            Some(expand_inline(&tmpl, strings))
        }
        Expr::Path(p) => {
            let id = p.path.get_ident()?.to_string();
            strings.get(&id).map(|(s, _)| s.clone())
        }
        Expr::MethodCall(mc)
            if matches!(
                mc.method.to_string().as_str(),
                "as_str" | "to_string" | "clone" | "as_ref" | "into" | "to_owned"
            ) =>
        {
            literal_of(&mc.receiver, strings)
        }
        Expr::Call(c) => {
            // String::from("..."), Url::parse("...")
            if let Expr::Path(p) = strip(&c.func) {
                let last = p.path.segments.last()?.ident.to_string();
                if matches!(last.as_str(), "from" | "parse" | "new") && c.args.len() == 1 {
                    return literal_of(&c.args[0], strings);
                }
            }
            None
        }
        _ => None,
    }
}

/// Replaces inline `{NAME}` format arguments that name a known string constant.
fn expand_inline(tmpl: &str, strings: &BTreeMap<String, (String, usize)>) -> String {
    let mut out = String::new();
    let mut rest = tmpl;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let inner = &after[..close];
                let name = inner.split(':').next().unwrap_or("");
                match strings.get(name) {
                    Some((s, _)) if !name.is_empty() => out.push_str(s.trim_end_matches('/')),
                    _ => {
                        out.push('{');
                        out.push_str(inner);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn string_arg(e: &Expr) -> Option<String> {
    match strip(e) {
        Expr::Lit(l) => match &l.lit {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

impl Visitor<'_> {
    fn push(&mut self, need: Need) {
        self.facts.lines.insert(need.line);
        self.facts.needs.push(need);
    }

    /// The handler prefix a receiver expression stands for, if it is a bound handler.
    fn bound_prefix(&self, root: &Expr) -> Option<(Vec<String>, Option<String>)> {
        if let Expr::Path(p) = root {
            let id = p.path.get_ident()?.to_string();
            return self.handlers.get(&id).cloned();
        }
        None
    }

    fn octocrab_chain(&mut self, links: &[Link], root: &Expr) {
        let k = kb();
        let (prefix, prefix_repo) = self.bound_prefix(root).unwrap_or_default();
        let start = if prefix.is_empty() {
            match links.iter().position(|l| ROOTS.contains(&l.name.as_str())) {
                Some(s) => s,
                None => return,
            }
        } else {
            0
        };
        let head = &links[start];
        if !self.done.insert((head.line, head.col)) {
            return;
        }
        let names: Vec<String> = prefix
            .iter()
            .cloned()
            .chain(links[start..].iter().map(|l| l.name.clone()))
            .collect();
        let repo = prefix_repo.or_else(|| {
            let root_name = names.first()?;
            let args = if REPO_ROOTS.contains(&root_name.as_str()) && prefix.is_empty() {
                &head.args
            } else if root_name == "actions" {
                &links.get(start + 1)?.args
            } else {
                return None;
            };
            let o = string_arg(args.first()?)?;
            let r = string_arg(args.get(1)?)?;
            Some(format!("{o}/{r}"))
        });
        let matched = k
            .octocrab
            .iter()
            .find(|c| names.len() >= c.chain.len() && names[..c.chain.len()] == c.chain[..]);
        let line = head.line;
        let desc = format!(
            "octocrab {}",
            names
                .iter()
                .take(matched.map_or(names.len(), |c| c.chain.len()))
                .map(|n| format!("{n}()"))
                .collect::<Vec<_>>()
                .join(".")
        );
        match matched {
            Some(c) => {
                let mut n = classify::github(&c.verb, &c.path, self.path, line);
                n.what = format!("{desc} → {}", n.what);
                if n.resource.is_none() {
                    n.resource = repo;
                }
                if c.chain == ["graphql"] {
                    n.unknown = true;
                    n.alternatives.clear();
                    n.reason = "GraphQL query: the permissions depend on the query".into();
                }
                self.push(n);
            }
            None => {
                // A handler stored for later is not a request yet.
                let is_prefix = k
                    .octocrab
                    .iter()
                    .any(|c| c.chain.len() > names.len() && c.chain[..names.len()] == names[..]);
                if is_prefix {
                    self.done.remove(&(head.line, head.col));
                    return;
                }
                let mut n = classify::github_unknown(&desc, self.path, line);
                n.reason = "octocrab call not in the knowledge base".into();
                n.resource = repo;
                self.push(n);
            }
        }
    }

    /// `x.get(url)`, `x.post(url)`, `x._get(route)`, `x.request(Method::POST, url)`.
    fn raw_call(&mut self, mc: &ExprMethodCall, root: &Expr) {
        let name = mc.method.to_string();
        let (verb, arg) = if name == "request" && mc.args.len() >= 2 {
            let verb = match strip(&mc.args[0]) {
                Expr::Path(p) => p
                    .path
                    .segments
                    .last()
                    .map(|s| s.ident.to_string().to_ascii_uppercase()),
                e => string_arg(e).map(|s| s.to_ascii_uppercase()),
            };
            match verb {
                Some(v) => (v, &mc.args[1]),
                None => return,
            }
        } else if RAW.contains(&name.as_str()) && !mc.args.is_empty() {
            (
                name.trim_start_matches('_').to_ascii_uppercase(),
                &mc.args[0],
            )
        } else {
            return;
        };
        let line = line_of(mc.method.span());
        let url = literal_of(arg, &self.strings);
        let root_name = match root {
            Expr::Path(p) => p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string().to_ascii_lowercase())
                .unwrap_or_default(),
            Expr::Field(f) => match &f.member {
                syn::Member::Named(i) => i.to_string().to_ascii_lowercase(),
                _ => String::new(),
            },
            _ => String::new(),
        };
        let octo_receiver = self.octocrab
            && (root_name.contains("octo")
                || root_name.contains("crab")
                || root_name == "github"
                || root_name == "gh");
        match url {
            Some(u) if u.starts_with("http://") || u.starts_with("https://") => {
                let req = Request {
                    url: &u,
                    verb: &verb,
                    file: self.path,
                    line,
                };
                if let Some(n) = classify::classify_url(&req) {
                    self.mark_binding(arg);
                    self.push(n);
                }
            }
            Some(u) if u.starts_with('/') && self.octocrab => {
                let mut n = classify::github(&verb, &u, self.path, line);
                n.what = format!("octocrab {name}(\"{u}\") → {}", n.what);
                self.mark_binding(arg);
                self.push(n);
            }
            None if octo_receiver => {
                let n = classify::github_unknown(
                    &format!("octocrab {name}(<dynamic route>)"),
                    self.path,
                    line,
                );
                self.push(n);
            }
            _ => {}
        }
    }

    fn mark_binding(&mut self, arg: &Expr) {
        if let Expr::Path(p) = strip(arg)
            && let Some(id) = p.path.get_ident()
            && let Some((_, l)) = self.strings.get(&id.to_string())
        {
            self.facts.lines.insert(*l);
        }
    }

    fn env_call(&mut self, c: &ExprCall) {
        let Expr::Path(p) = strip(&c.func) else {
            return;
        };
        let segs: Vec<String> = p
            .path
            .segments
            .iter()
            .map(|s| s.ident.to_string())
            .collect();
        let n = segs.len();
        let is_env =
            n >= 2 && segs[n - 2] == "env" && matches!(segs[n - 1].as_str(), "var" | "var_os");
        let is_ureq = n == 2
            && segs[0] == "ureq"
            && matches!(
                segs[1].as_str(),
                "get" | "post" | "put" | "patch" | "delete"
            );
        let is_reqwest_get = n == 2 && segs[0] == "reqwest" && segs[1] == "get";
        if is_env {
            if let Some(name) = c.args.first().and_then(string_arg)
                && credential_name(&name)
            {
                self.facts.env_reads.push(EnvRead {
                    name,
                    file: self.path.to_string(),
                    line: line_of(c.span()),
                });
            }
        } else if (is_ureq || is_reqwest_get)
            && let Some(arg) = c.args.first()
            && let Some(u) = literal_of(arg, &self.strings)
        {
            let verb = segs[1].to_ascii_uppercase();
            let line = line_of(c.span());
            let req = Request {
                url: &u,
                verb: &verb,
                file: self.path,
                line,
            };
            if let Some(need) = classify::classify_url(&req) {
                self.mark_binding(arg);
                self.push(need);
            }
        }
    }
}

impl<'ast> Visit<'ast> for Visitor<'_> {
    fn visit_local(&mut self, l: &'ast syn::Local) {
        if let (syn::Pat::Ident(pi), Some(init)) = (&l.pat, &l.init) {
            let id = pi.ident.to_string();
            if let Some(s) = literal_of(&init.expr, &self.strings) {
                self.strings
                    .insert(id.clone(), (s, line_of(init.expr.span())));
            }
            if self.octocrab
                && let Expr::MethodCall(mc) = strip(&init.expr)
            {
                let (links, _) = chain_of(mc);
                if let Some(s) = links.iter().position(|l| ROOTS.contains(&l.name.as_str())) {
                    let names: Vec<String> = links[s..].iter().map(|l| l.name.clone()).collect();
                    let k = kb();
                    let is_prefix = k.octocrab.iter().any(|c| {
                        c.chain.len() > names.len() && c.chain[..names.len()] == names[..]
                    });
                    if is_prefix {
                        let repo = if REPO_ROOTS.contains(&names[0].as_str()) {
                            let a = &links[s].args;
                            match (
                                a.first().and_then(string_arg),
                                a.get(1).and_then(string_arg),
                            ) {
                                (Some(o), Some(r)) => Some(format!("{o}/{r}")),
                                _ => None,
                            }
                        } else {
                            None
                        };
                        self.handlers.insert(id, (names, repo));
                    }
                }
            }
        }
        visit::visit_local(self, l);
    }

    fn visit_expr_method_call(&mut self, mc: &'ast ExprMethodCall) {
        let (links, root) = chain_of(mc);
        if self.octocrab {
            self.octocrab_chain(&links, root);
        }
        self.raw_call(mc, strip(&mc.receiver));
        visit::visit_expr_method_call(self, mc);
    }

    fn visit_expr_call(&mut self, c: &'ast ExprCall) {
        self.env_call(c);
        visit::visit_expr_call(self, c);
    }

    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        let name = m.path.segments.last().map(|s| s.ident.to_string());
        if matches!(name.as_deref(), Some("env" | "option_env"))
            && let Ok(Lit::Str(s)) = m.parse_body::<Lit>()
            && credential_name(&s.value())
        {
            self.facts.env_reads.push(EnvRead {
                name: s.value(),
                file: self.path.to_string(),
                line: line_of(m.path.span()),
            });
        }
        visit::visit_macro(self, m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::leastpriv::model::Access;

    fn perms(f: &RustFacts) -> Vec<String> {
        f.needs
            .iter()
            .map(|n| {
                if n.unknown {
                    "unknown".to_string()
                } else {
                    n.alternatives
                        .first()
                        .map(|a| {
                            a.iter()
                                .map(|p| p.to_string())
                                .collect::<Vec<_>>()
                                .join("+")
                        })
                        .unwrap_or_else(|| "none".into())
                }
            })
            .collect()
    }

    #[test]
    fn octocrab_chains_and_bindings() {
        let src = r#"
use octocrab::Octocrab;
async fn run(octo: Octocrab, o: &str) -> octocrab::Result<()> {
    let token = std::env::var("GITHUB_TOKEN").unwrap();
    octo.issues("acme", "web").list().state(State::Open).send().await?;
    octo.repos(o, "web").releases().create("v1").send().await?;
    let pulls = octo.pulls("acme", "web");
    pulls.create("t", "head", "main").send().await?;
    octo.repos("acme", "web").mystery().await?;
    let _r: serde_json::Value = octo.get("/repos/acme/web/actions/runs", None::<&()>).await?;
    octo._get(route).await?;
    Ok(())
}
"#;
        let f = scan("src/main.rs", src).unwrap();
        assert_eq!(
            perms(&f),
            [
                "issues: read",
                "contents: write",
                "pull-requests: write",
                "unknown",
                "actions: read",
                "unknown"
            ],
            "{:#?}",
            f.needs
        );
        assert_eq!(f.needs[0].resource.as_deref(), Some("acme/web"));
        assert_eq!(f.needs[0].line, 5);
        assert_eq!(f.needs[2].resource.as_deref(), Some("acme/web"));
        assert_eq!(f.env_reads[0].name, "GITHUB_TOKEN");
    }

    #[test]
    fn reqwest_and_ureq_urls() {
        let src = r#"
const SLACK: &str = "https://slack.com/api/chat.postMessage";
fn main() {
    let c = reqwest::Client::new();
    c.post(SLACK).bearer_auth(std::env::var("SLACK_TOKEN").unwrap()).send();
    let url = format!("https://api.github.com/repos/{}/{}/issues", o, r);
    c.get(&url).send();
    c.request(Method::DELETE, "https://api.stripe.com/v1/customers/cus_1").send();
    ureq::post("https://gitlab.com/api/v4/projects/1/issues").call();
}
"#;
        let f = scan("src/main.rs", src).unwrap();
        assert_eq!(
            perms(&f),
            ["chat:write", "issues: read", "Customers: write", "api"]
        );
        assert!(f.lines.contains(&2), "const line is explained");
        assert_eq!(f.needs[2].alternatives[0][0].access, Access::Write);
    }
}
