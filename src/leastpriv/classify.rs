//! Turns one API request (provider URL or path, HTTP method) into a [`Need`] using the
//! knowledge base. Shared by the Rust, any-language and workflow inference.

use super::kb::{self, kb};
use super::model::{Access, Need, Perm, Provider};

/// A request as seen in code: the URL (absolute, or a path for a known provider) and verb.
pub struct Request<'a> {
    pub url: &'a str,
    pub verb: &'a str,
    pub file: &'a str,
    pub line: usize,
}

/// Classifies an absolute URL by host: GitHub API, GitLab API v4, Slack Web API, Stripe.
pub fn classify_url(req: &Request) -> Option<Need> {
    let url = req.url.trim();
    let lower = url.to_ascii_lowercase();
    if let Some(i) = lower.find("api.github.com") {
        let rest = &url[i + "api.github.com".len()..];
        return Some(github(req.verb, rest, req.file, req.line));
    }
    if let Some(i) = lower.find("uploads.github.com") {
        let rest = &url[i + "uploads.github.com".len()..];
        return Some(github(req.verb, rest, req.file, req.line));
    }
    if let Some(i) = lower.find("/api/v3/") {
        // GitHub Enterprise Server.
        return Some(github(req.verb, &url[i + 7..], req.file, req.line));
    }
    if let Some(i) = lower.find("/api/v4/") {
        return Some(gitlab(req.verb, &url[i + 7..], req.file, req.line));
    }
    if let Some(i) = lower.find("slack.com/api/") {
        let method = &url[i + "slack.com/api/".len()..];
        let method: String = method
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
            .collect();
        return slack(&method, req.file, req.line);
    }
    if let Some(i) = lower.find("api.stripe.com") {
        let rest = &url[i + "api.stripe.com".len()..];
        return stripe_path(req.verb, rest, req.file, req.line);
    }
    None
}

/// `owner/repo` from a concrete `/repos/owner/repo/...` path, when both are literal.
pub fn repo_of(path: &str) -> Option<String> {
    let p = kb::normalize_github_path(path);
    let mut it = p.trim_start_matches('/').split('/');
    if it.next()? != "repos" {
        return None;
    }
    let (o, r) = (it.next()?, it.next()?);
    if kb::is_placeholder(o) || kb::is_placeholder(r) || o.is_empty() || r.is_empty() {
        return None;
    }
    Some(format!("{o}/{r}"))
}

/// A GitHub REST request. Unknown endpoints become unknown needs.
pub fn github(verb: &str, path: &str, file: &str, line: usize) -> Need {
    let k = kb();
    let norm = kb::normalize_github_path(path);
    let verb_l = verb.to_ascii_lowercase();
    let mut need = Need::new(
        Provider::GitHub,
        format!("{} {}", verb.to_ascii_uppercase(), norm),
        file,
        line,
    );
    need.resource = repo_of(&norm);
    // `repos/{repo}/pulls` with `repo = "owner/name"`: one placeholder standing for both
    // segments, tried when the path as written is not an endpoint.
    // Tried first when the segment after it is literal (`/repos/{owner}/{repo}` would
    // otherwise take `pulls` for the repository's name).
    let whole_repo = norm
        .strip_prefix("/repos/")
        .and_then(|rest| rest.split_once('/'))
        .filter(|(seg, tail)| {
            kb::is_placeholder(seg) && !kb::is_placeholder(tail.split('/').next().unwrap_or(""))
        })
        .map(|(_, tail)| format!("/repos/{{owner}}/{{repo}}/{tail}"));
    let found = whole_repo
        .as_deref()
        .and_then(|p| k.github.lookup(&verb_l, p))
        .filter(|e| !e.unknown)
        .or_else(|| k.github.lookup(&verb_l, &norm));
    match found {
        Some(e) if !e.unknown => {
            need.what = format!("{} {}", verb.to_ascii_uppercase(), e.path);
            need.alternatives = e
                .requires
                .iter()
                .map(|alt| {
                    alt.iter()
                        .map(|(p, a)| Perm::new(Provider::GitHub, p, Access::parse(a)))
                        .collect()
                })
                .collect();
            need.classic = e.classic.clone();
            need.conditional = e
                .conditional
                .iter()
                .map(|(p, a, why)| {
                    (
                        Perm::new(Provider::GitHub, p, Access::parse(a)),
                        why.clone(),
                    )
                })
                .collect();
            need.reason = if need.alternatives.is_empty() {
                "public or caller-only data: no permission needed".into()
            } else {
                "REST endpoint permission (GitHub's endpoint table)".into()
            };
            if !e.fine_grained_pat {
                need.note = Some("not available to fine-grained personal access tokens; use a GitHub App or GITHUB_TOKEN".into());
            }
        }
        Some(e) => {
            need.what = format!("{} {}", verb.to_ascii_uppercase(), e.path);
            need.unknown = true;
            need.reason = "GraphQL query: the permissions depend on the query".into();
        }
        None => {
            need.unknown = true;
            need.reason = if norm
                .trim_start_matches('/')
                .split('/')
                .next()
                .is_none_or(kb::is_placeholder)
            {
                "dynamic route: the endpoint is not known statically".into()
            } else {
                "endpoint not in the knowledge base".into()
            };
        }
    }
    need
}

/// A dynamic GitHub request (route not visible).
pub fn github_unknown(what: &str, file: &str, line: usize) -> Need {
    let mut n = Need::new(Provider::GitHub, what, file, line);
    n.unknown = true;
    n.reason = "dynamic route: the endpoint is not known statically".into();
    n
}

pub fn gitlab(verb: &str, path: &str, file: &str, line: usize) -> Need {
    let k = kb();
    let path = path.split(['?', '#']).next().unwrap_or("");
    let (scope, reason) = k.gitlab.scope(verb, path);
    let mut n = Need::new(
        Provider::GitLab,
        format!("{} /api/v4{}", verb.to_ascii_uppercase(), path),
        file,
        line,
    )
    .with(vec![Perm::scope(Provider::GitLab, &scope)]);
    n.reason = reason;
    let mut it = path.trim_start_matches('/').split('/');
    if it.next() == Some("projects")
        && let Some(id) = it.next()
        && !(id.contains('{') || id.contains('$') || id.starts_with(':') || id.is_empty())
    {
        n.resource = Some(id.replace("%2F", "/").replace("%2f", "/"));
    }
    n
}

pub fn gitlab_operation(op: &str, what: &str, file: &str, line: usize) -> Option<Need> {
    let scope = kb().gitlab.operations.get(op)?;
    let mut n = Need::new(Provider::GitLab, what, file, line)
        .with(vec![Perm::scope(Provider::GitLab, scope)]);
    n.reason = format!("{op} needs {scope}");
    Some(n)
}

/// A Slack Web API method (`chat.postMessage`). None when the method is not known.
pub fn slack(method: &str, file: &str, line: usize) -> Option<Need> {
    let k = kb();
    let scopes = k.slack.methods.get(method)?;
    let mut n = Need::new(Provider::Slack, method, file, line);
    if !scopes.is_empty() {
        n.alternatives.push(
            scopes
                .iter()
                .map(|s| Perm::scope(Provider::Slack, s))
                .collect(),
        );
    }
    n.reason = if scopes.is_empty() {
        "needs no scope".into()
    } else {
        format!("Slack method {method} needs {}", scopes.join(", "))
    };
    if k.slack.user_only.methods.iter().any(|m| m == method) {
        n.note = Some("accepts only user tokens (xoxp-)".into());
    }
    Some(n)
}

pub fn stripe_path(verb: &str, path: &str, file: &str, line: usize) -> Option<Need> {
    let k = kb();
    let r = k.stripe.by_path(path)?;
    let access = if verb.eq_ignore_ascii_case("get") {
        Access::Read
    } else {
        Access::Write
    };
    let mut n = Need::new(
        Provider::Stripe,
        format!(
            "{} /v1/{}",
            verb.to_ascii_uppercase(),
            path.trim_start_matches('/')
                .trim_start_matches("v1/")
                .split(['?', '#'])
                .next()
                .unwrap_or("")
        ),
        file,
        line,
    )
    .with(vec![Perm::new(Provider::Stripe, &r.name, access)]);
    n.reason = format!("Stripe {} ({})", r.name, access.as_str());
    Some(n)
}

pub fn stripe_sdk(resource: &str, method: &str, file: &str, line: usize) -> Option<Need> {
    let k = kb();
    let r = k.stripe.by_sdk(resource)?;
    let read = k.stripe.sdk.read_methods.iter().any(|m| m == method);
    let access = if read { Access::Read } else { Access::Write };
    let mut n = Need::new(Provider::Stripe, format!("{resource}.{method}"), file, line)
        .with(vec![Perm::new(Provider::Stripe, &r.name, access)]);
    n.reason = format!("Stripe {} ({})", r.name, access.as_str());
    Some(n)
}

/// Issue endpoints that also take a pull request's number (labels, comments): GitHub's
/// tables accept `issues` or `pull_requests` for them, and on a pull request the token
/// holds the second. The object is a pull request when the call's lines name one
/// (`pr.number`, `pull_number`, `prNumber`), or when the file works on pull requests and
/// never on an issue alone.
pub fn prefer_pull_requests(needs: &mut [Need], lines: &[&str]) {
    let only = |n: &Need, name: &str| {
        n.alternatives.len() == 1 && n.alternatives[0].iter().any(|p| p.name == name)
    };
    let ambiguous = |n: &Need| {
        n.provider == Provider::GitHub
            && n.alternatives.len() == 2
            && n.alternatives[0].len() == 1
            && n.alternatives[0][0].name == "issues"
            && n.alternatives[1].len() == 1
            && n.alternatives[1][0].name == "pull_requests"
    };
    let file_level =
        needs.iter().any(|n| only(n, "pull_requests")) && !needs.iter().any(|n| only(n, "issues"));
    for n in needs.iter_mut().filter(|n| ambiguous(n)) {
        let from = n.line.saturating_sub(2);
        let named = lines
            .iter()
            .skip(from)
            .take(5)
            .any(|l| names_pull_request(l));
        if file_level || named {
            n.alternatives.swap(0, 1);
            n.reason = format!("{} — on a pull request: pull_requests", n.reason);
        }
    }
}

/// Whether a line names a pull request in its identifiers (`pr`, `prs`, `pull…`), words
/// split at non-alphanumerics and camelCase humps.
fn names_pull_request(line: &str) -> bool {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in line.chars() {
        if !c.is_ascii_alphanumeric() {
            words.push(std::mem::take(&mut cur));
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase();
        cur.push(c.to_ascii_lowercase());
    }
    words.push(cur);
    words
        .iter()
        .any(|w| matches!(w.as_str(), "pr" | "prs" | "mr") || w.starts_with("pull"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req<'a>(url: &'a str, verb: &'a str) -> Request<'a> {
        Request {
            url,
            verb,
            file: "f",
            line: 1,
        }
    }

    #[test]
    fn github_urls() {
        let n = classify_url(&req("https://api.github.com/repos/acme/web/issues", "GET")).unwrap();
        assert_eq!(n.alternatives[0][0].name, "issues");
        assert_eq!(n.alternatives[0][0].access, Access::Read);
        assert_eq!(n.resource.as_deref(), Some("acme/web"));
        let n = classify_url(&req(
            "https://api.github.com/repos/{owner}/{repo}/pulls",
            "POST",
        ))
        .unwrap();
        assert_eq!(n.alternatives[0][0].name, "pull_requests");
        assert_eq!(n.alternatives[0][0].access, Access::Write);
        assert!(n.resource.is_none());
    }

    #[test]
    fn other_providers() {
        let n = classify_url(&req("https://slack.com/api/chat.postMessage", "POST")).unwrap();
        assert_eq!(n.alternatives[0][0].name, "chat:write");
        let n = classify_url(&req("https://api.stripe.com/v1/refunds", "POST")).unwrap();
        assert_eq!(n.alternatives[0][0].name, "Refunds");
        assert_eq!(n.alternatives[0][0].access, Access::Write);
        let n = classify_url(&req(
            "https://gitlab.com/api/v4/projects/acme%2Fweb/issues",
            "GET",
        ))
        .unwrap();
        assert_eq!(n.alternatives[0][0].name, "read_api");
        assert_eq!(n.resource.as_deref(), Some("acme/web"));
    }
}
