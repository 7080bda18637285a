//! Token linkage: which token each need is presented with. Code needs are linked to the
//! environment variables their file (or, failing that, the repository) reads tokens from;
//! workflow jobs pick up the needs of the scripts they run with GITHUB_TOKEN or a secret in
//! the environment, and of the local reusable workflows they call.

use std::collections::{BTreeMap, BTreeSet};

use super::code::EnvRead;
use super::model::{Need, Provider, TokenRef};
use super::workflow::{ScriptRef, Workflow};

/// Each job of one workflow with its needs.
type JobNeeds = Vec<(String, Vec<Need>)>;

/// Links code needs in place, then keeps a token's origin need (see
/// [`super::code::origins`]) only where nothing else explains the token: a token the code
/// reads needs at least what it is seen to call with, and when that is nothing, its use
/// is unknown rather than empty.
pub fn link_code(needs: &mut Vec<Need>, env_reads: &[EnvRead]) {
    link_calls(needs, env_reads);
    let is_origin = |n: &Need| n.unknown && n.reason == super::code::ORIGIN_REASON;
    let explained: BTreeSet<(TokenRef, Provider)> = needs
        .iter()
        .filter(|n| !is_origin(n))
        .filter(|n| {
            n.unknown
                || n.alternatives
                    .iter()
                    .any(|alt| alt.iter().any(|p| p.name != "metadata"))
        })
        .map(|n| (n.token.clone(), n.provider))
        .collect();
    let mut kept = BTreeSet::new();
    needs.retain(|n| {
        !is_origin(n)
            || (!explained.contains(&(n.token.clone(), n.provider))
                && kept.insert((n.token.clone(), n.provider)))
    });
}

fn link_calls(needs: &mut [Need], env_reads: &[EnvRead]) {
    let mut by_file: BTreeMap<&str, Vec<&EnvRead>> = BTreeMap::new();
    for e in env_reads {
        by_file.entry(e.file.as_str()).or_default().push(e);
    }
    let repo_wide = |p: Provider| -> Option<String> {
        let names: BTreeSet<&str> = env_reads
            .iter()
            .filter(|e| super::code::provider_of_name(&e.name) == Some(p))
            .map(|e| e.name.as_str())
            .collect();
        (names.len() == 1).then(|| names.into_iter().next().unwrap_or_default().to_string())
    };
    for n in needs.iter_mut() {
        if n.token != TokenRef::Unlinked {
            continue;
        }
        let local = by_file.get(n.file.as_str()).cloned().unwrap_or_default();
        let nearest = |cands: Vec<&EnvRead>| -> Option<String> {
            cands
                .into_iter()
                .min_by_key(|e| e.line.abs_diff(n.line))
                .map(|e| e.name.clone())
        };
        let hinted: Vec<&EnvRead> = local
            .iter()
            .copied()
            .filter(|e| super::code::provider_of_name(&e.name) == Some(n.provider))
            .collect();
        let generic: Vec<&EnvRead> = local
            .iter()
            .copied()
            .filter(|e| super::code::provider_of_name(&e.name).is_none())
            .collect();
        let name = nearest(hinted)
            .or_else(|| nearest(generic))
            .or_else(|| repo_wide(n.provider));
        if let Some(name) = name {
            n.token = TokenRef::Env(name);
        }
    }
}

/// Whether code in `file` runs as the script (or local action) `sr`.
fn covers(sr: &ScriptRef, file: &str) -> bool {
    file == sr.file
        || sr.dir.as_deref().is_some_and(|d| {
            d.is_empty() || file.strip_prefix(d).is_some_and(|r| r.starts_with('/'))
        })
}

/// A repository script that is handed a token and reads it (or is in a language the code
/// analysis does not read), but whose use of it could not be linked to any call (a wrapper
/// that hides the method, a route built at run time): that token keeps what it holds.
fn unread_script(
    wf_path: &str,
    sr: &ScriptRef,
    linked: &BTreeSet<&str>,
    env_reads: &[EnvRead],
) -> Vec<Need> {
    // A local action whose code never reads an input is not read: what it does with the
    // tokens it is handed is unknown.
    let unreadable = match &sr.dir {
        Some(_) => !env_reads
            .iter()
            .any(|e| covers(sr, &e.file) && e.name.starts_with("INPUT_")),
        None => !super::code::is_code_file(&sr.file),
    };
    let mut out: Vec<Need> = Vec::new();
    for (var, tok) in sr
        .env
        .iter()
        .flat_map(|(v, ts)| ts.iter().map(move |t| (v, t)))
    {
        if !matches!(tok, TokenRef::GithubToken(_) | TokenRef::Secret(_))
            || linked.contains(var.as_str())
            || out.iter().any(|n| &n.token == tok)
        {
            continue;
        }
        let reads = env_reads
            .iter()
            .any(|e| covers(sr, &e.file) && &e.name == var);
        if !reads && !unreadable {
            continue;
        }
        let provider = match tok {
            TokenRef::Secret(name) => match Provider::from_var_name(name) {
                Some(p) => p,
                None => continue,
            },
            _ => Provider::GitHub,
        };
        let mut n = Need::new(provider, format!("run: {}", sr.file), wf_path, sr.line);
        n.unknown = true;
        n.reason = format!(
            "{} reads the token from {var}, but what it calls with it could not be read from the code",
            sr.file
        );
        n.token = tok.clone();
        out.push(n);
    }
    out
}

/// Adds to each job the needs of the repository scripts it runs and of the local reusable
/// workflows it calls. Returns env var → secret aliases seen (`SLACK_TOKEN: ${{
/// secrets.SLACK_BOT }}` running a script that reads SLACK_TOKEN) and the env vars that
/// workflows fill for the scripts they run (the token is then the workflow's).
pub fn link_workflows(
    workflows: &mut [Workflow],
    code_needs: &[Need],
    env_reads: &[EnvRead],
) -> (BTreeMap<String, BTreeSet<String>>, BTreeSet<String>) {
    let mut aliases: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut filled: BTreeSet<String> = BTreeSet::new();
    for wf in workflows.iter_mut() {
        for job in wf.jobs.iter_mut() {
            let mut extra = Vec::new();
            for sr in &job.script_refs {
                let mut linked: BTreeSet<&str> = BTreeSet::new();
                for n in code_needs.iter().filter(|n| covers(sr, &n.file)) {
                    let var = match &n.token {
                        TokenRef::Env(v) => v,
                        _ => continue,
                    };
                    let Some(toks) = sr.env.get(var) else {
                        continue;
                    };
                    linked.insert(var.as_str());
                    filled.insert(var.clone());
                    for tok in toks {
                        if let TokenRef::Secret(s) = tok {
                            aliases.entry(var.clone()).or_default().insert(s.clone());
                        }
                        let mut c = n.clone();
                        c.token = tok.clone();
                        c.what = format!("{} (run by {}:{})", c.what, wf.path, sr.line);
                        extra.push(c);
                    }
                }
                extra.extend(unread_script(&wf.path, sr, &linked, env_reads));
            }
            job.needs.extend(extra);
        }
    }
    // Reusable workflows: the caller's token (capped by the caller's permissions) is the
    // one the called jobs use.
    let snapshot: Vec<(String, JobNeeds)> = workflows
        .iter()
        .map(|w| {
            (
                w.path.clone(),
                w.jobs
                    .iter()
                    .map(|j| {
                        let mut needs = j.needs.clone();
                        needs.extend(declared_need(w, j));
                        (j.id.clone(), needs)
                    })
                    .collect(),
            )
        })
        .collect();
    for wf in workflows.iter_mut() {
        let path = wf.path.clone();
        for job in wf.jobs.iter_mut() {
            let Some(calls) = job.calls.clone() else {
                continue;
            };
            let label = format!("{path}#{}", job.id);
            let target = calls.trim_start_matches("./");
            let target = target.split('@').next().unwrap_or(target);
            let local = calls
                .starts_with("./")
                .then(|| {
                    snapshot
                        .iter()
                        .find(|(p, _)| p == target || p.ends_with(&format!("/{target}")))
                })
                .flatten();
            match local {
                Some((p, jobs)) => {
                    for (jid, needs) in jobs {
                        for n in needs {
                            let mut c = n.clone();
                            if matches!(c.token, TokenRef::GithubToken(_)) {
                                c.token = TokenRef::GithubToken(label.clone());
                            }
                            c.what = format!("{} (in {p}#{jid})", c.what);
                            job.needs.push(c);
                        }
                    }
                }
                None => {
                    let mut n = Need::new(
                        Provider::GitHub,
                        format!("uses: {calls}"),
                        &path,
                        job.calls_line,
                    );
                    n.unknown = true;
                    n.reason =
                        "calls a reusable workflow outside this repository: its needs are unknown"
                            .into();
                    n.token = TokenRef::GithubToken(label.clone());
                    job.needs.push(n);
                }
            }
        }
    }
    (aliases, filled)
}

/// A called workflow's job that declares permissions (its own block or its workflow's)
/// fails unless the caller grants at least those: the caller needs them.
fn declared_need(wf: &Workflow, job: &super::workflow::Job) -> Option<Need> {
    let block = job.perms.as_ref().or(wf.top.as_ref())?;
    let perms: Vec<super::model::Perm> = block
        .spec
        .grants()
        .into_iter()
        .map(|(k, a)| super::model::Perm::new(Provider::GitHub, &k, a))
        .collect();
    let mut n = Need::new(
        Provider::GitHub,
        format!("job {} requests its permissions", job.id),
        &wf.path,
        block.start,
    )
    .with(perms);
    n.reason = "a called workflow's job may not ask for more than its caller grants".into();
    n.token = TokenRef::GithubToken(wf.job_label(&job.id));
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_by_provider_then_nearest() {
        let mut needs = vec![
            Need::new(Provider::GitHub, "x", "a.py", 10),
            Need::new(Provider::Slack, "y", "a.py", 12),
            Need::new(Provider::GitHub, "z", "b.py", 3),
        ];
        let reads = vec![
            EnvRead {
                name: "SLACK_TOKEN".into(),
                file: "a.py".into(),
                line: 2,
            },
            EnvRead {
                name: "GITHUB_TOKEN".into(),
                file: "a.py".into(),
                line: 1,
            },
        ];
        link_code(&mut needs, &reads);
        assert_eq!(needs[0].token, TokenRef::Env("GITHUB_TOKEN".into()));
        assert_eq!(needs[1].token, TokenRef::Env("SLACK_TOKEN".into()));
        assert_eq!(needs[2].token, TokenRef::Env("GITHUB_TOKEN".into()));
    }

    #[test]
    fn a_token_with_no_known_use_keeps_its_unknown_origin_need() {
        let origin = |name: &str, line: usize| {
            let mut n = Need::new(
                Provider::GitHub,
                format!("{name} read by the code"),
                "a.py",
                line,
            );
            n.unknown = true;
            n.reason = crate::leastpriv::code::ORIGIN_REASON.into();
            n.token = TokenRef::Env(name.into());
            n
        };
        let read = |name: &str, line: usize| EnvRead {
            name: name.into(),
            file: "a.py".into(),
            line,
        };
        // USED_TOKEN's call explains it; IDLE_TOKEN's only call needs nothing but metadata,
        // which is no explanation: its use stays unknown, never an empty suggestion.
        let mut meta =
            Need::new(Provider::GitHub, "GET /repos/{owner}/{repo}", "a.py", 9).with(vec![
                crate::leastpriv::model::Perm::new(
                    Provider::GitHub,
                    "metadata",
                    crate::leastpriv::model::Access::Read,
                ),
            ]);
        meta.token = TokenRef::Env("IDLE_TOKEN".into());
        let mut needs = vec![
            origin("USED_TOKEN", 1),
            origin("IDLE_TOKEN", 2),
            origin("IDLE_TOKEN", 3),
            Need::new(Provider::GitHub, "call", "a.py", 1).with(vec![
                crate::leastpriv::model::Perm::new(
                    Provider::GitHub,
                    "issues",
                    crate::leastpriv::model::Access::Write,
                ),
            ]),
            meta,
        ];
        link_code(&mut needs, &[read("USED_TOKEN", 1), read("IDLE_TOKEN", 2)]);
        let origins: Vec<&TokenRef> = needs
            .iter()
            .filter(|n| n.reason == crate::leastpriv::code::ORIGIN_REASON)
            .map(|n| &n.token)
            .collect();
        assert_eq!(origins, [&TokenRef::Env("IDLE_TOKEN".into())]);
        assert_eq!(
            needs[needs.len() - 2].token,
            TokenRef::Env("USED_TOKEN".into())
        );
    }
}
