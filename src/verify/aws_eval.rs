//! The effective allowed actions of a principal's IAM identity policies, evaluated offline.
//!
//! Every readable document (inline, attached managed, group) counts. `Allow` statements
//! grant their `Action` patterns (`s3:Get*`, `*`), or with `NotAction` everything except
//! the listed patterns; explicit `Deny` statements (`Action` or `NotAction`) take away.
//! Action names match case-insensitively. There is no catalog of every AWS action here, so
//! patterns stay patterns: a Deny is subtracted only where it provably covers a grant, and
//! is otherwise kept as an `except` qualifier (`* except iam:*`). A grant whose statement
//! has a `Condition` or names resources other than `*` is kept and marked `[conditional]`
//! / `[resource-scoped]`; a Deny of that kind never removes anything and shows as an
//! exception marked the same way. The result is sorted and deduplicated, so the same
//! policies always give the same list.

use serde_json::Value;

use super::aws::{glob, strings};

/// One statement, reduced to what evaluation needs.
struct Stmt {
    allow: bool,
    /// `NotAction`: the statement applies to every action except `actions`.
    not: bool,
    actions: Vec<String>,
    conditional: bool,
    scoped: bool,
}

impl Stmt {
    fn qualifier(&self) -> Option<&'static str> {
        match (self.conditional, self.scoped) {
            (false, false) => None,
            (true, false) => Some("conditional"),
            (false, true) => Some("resource-scoped"),
            (true, true) => Some("conditional, resource-scoped"),
        }
    }
}

/// One allowed pattern with what explicit denies take out of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Grant {
    pattern: String,
    except: Vec<String>,
    qualifier: Option<&'static str>,
}

fn statements(doc: &Value) -> Vec<Stmt> {
    let list = match doc.get("Statement") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => Vec::new(),
    };
    list.into_iter()
        .filter_map(|st| {
            let effect = st.get("Effect").and_then(Value::as_str)?;
            let allow = if effect.eq_ignore_ascii_case("allow") {
                true
            } else if effect.eq_ignore_ascii_case("deny") {
                false
            } else {
                return None;
            };
            let (not, actions) = match st.get("NotAction") {
                Some(n) => (true, strings(Some(n))),
                None => (false, strings(st.get("Action"))),
            };
            let resources = strings(st.get("Resource"));
            Some(Stmt {
                allow,
                not,
                actions,
                conditional: st.get("Condition").is_some(),
                scoped: st.get("NotResource").is_some() || !resources.iter().any(|r| r == "*"),
            })
        })
        .collect()
}

fn has_wildcard(p: &str) -> bool {
    p.contains(['*', '?'])
}

/// The literal text before the first wildcard, lowercase.
fn literal_prefix(p: &str) -> String {
    p[..p.find(['*', '?']).unwrap_or(p.len())].to_ascii_lowercase()
}

/// Whether every action `p` matches is matched by `q` (conservative: `false` when unsure).
pub fn covers(q: &str, p: &str) -> bool {
    if q.eq_ignore_ascii_case(p) || q == "*" {
        return true;
    }
    if !has_wildcard(p) {
        return glob(q, p);
    }
    // `prefix*` covers any pattern whose own literal prefix extends it.
    match q.strip_suffix('*') {
        Some(prefix) if !has_wildcard(prefix) => {
            literal_prefix(p).starts_with(&prefix.to_ascii_lowercase())
        }
        _ => false,
    }
}

/// Whether some action could match both (conservative: `true` when unsure).
pub fn may_overlap(a: &str, b: &str) -> bool {
    let (pa, pb) = (literal_prefix(a), literal_prefix(b));
    if !(pa.starts_with(&pb) || pb.starts_with(&pa)) {
        return false;
    }
    match (has_wildcard(a), has_wildcard(b)) {
        (false, false) => a.eq_ignore_ascii_case(b),
        (false, true) => glob(b, a),
        (true, false) => glob(a, b),
        (true, true) => true,
    }
}

fn mark(pattern: &str, qualifier: Option<&str>) -> String {
    match qualifier {
        Some(q) => format!("{pattern} [{q}]"),
        None => pattern.to_string(),
    }
}

/// Takes one Deny statement out of the grants.
fn deny(grants: Vec<Grant>, d: &Stmt) -> Vec<Grant> {
    let definite = d.qualifier().is_none();
    let mut out = Vec::new();
    for mut g in grants {
        if d.not {
            // Denies everything outside `d.actions`: a grant survives only inside them.
            if d.actions.iter().any(|n| covers(n, &g.pattern)) {
                out.push(g);
            } else if !definite {
                g.except.push(mark(
                    &format!("all but {}", d.actions.join(", ")),
                    d.qualifier(),
                ));
                out.push(g);
            } else {
                let inside: Vec<&String> = d
                    .actions
                    .iter()
                    .filter(|n| may_overlap(n, &g.pattern))
                    .collect();
                for n in &inside {
                    if covers(&g.pattern, n) {
                        out.push(Grant {
                            pattern: n.to_string(),
                            ..g.clone()
                        });
                    } else {
                        let mut part = g.clone();
                        part.except.push(format!("all but {n}"));
                        out.push(part);
                    }
                }
            }
            continue;
        }
        let mut gone = false;
        for a in &d.actions {
            if definite && covers(a, &g.pattern) {
                gone = true;
                break;
            }
            if may_overlap(a, &g.pattern) {
                g.except.push(mark(a, d.qualifier()));
            }
        }
        if !gone {
            out.push(g);
        }
    }
    out
}

/// Whether grant `h` makes grant `g` redundant: `h` is unqualified, covers `g`'s pattern,
/// and each of its exceptions is also `g`'s or provably misses `g` (a qualified exception,
/// `iam:* [conditional]` or `all but …`, is assumed to hit).
fn subsumes(h: &Grant, g: &Grant) -> bool {
    h.qualifier.is_none()
        && covers(&h.pattern, &g.pattern)
        && h.except
            .iter()
            .all(|e| g.except.contains(e) || (!e.contains(' ') && !may_overlap(e, &g.pattern)))
}

/// The effective allowed actions of `docs`, e.g. `["dynamodb:*", "s3:Get*"]`, `["*"]`,
/// `["* except iam:*"]`; empty when nothing is allowed.
pub fn effective_actions(docs: &[Value]) -> Vec<String> {
    let stmts: Vec<Stmt> = docs.iter().flat_map(statements).collect();
    let mut grants: Vec<Grant> = Vec::new();
    for s in stmts.iter().filter(|s| s.allow) {
        if s.not {
            grants.push(Grant {
                pattern: "*".into(),
                except: s.actions.clone(),
                qualifier: s.qualifier(),
            });
        } else {
            grants.extend(s.actions.iter().map(|a| Grant {
                pattern: a.clone(),
                except: Vec::new(),
                qualifier: s.qualifier(),
            }));
        }
    }
    for d in stmts.iter().filter(|s| !s.allow) {
        grants = deny(grants, d);
    }
    // A grant wholly inside one of its own exceptions is gone; an exception that cannot
    // touch the grant's pattern says nothing (qualified ones, with a space, are kept).
    grants.retain(|g| {
        !g.except
            .iter()
            .any(|e| !e.contains(' ') && covers(e, &g.pattern))
    });
    for g in &mut grants {
        let pattern = g.pattern.clone();
        g.except
            .retain(|e| e.contains(' ') || may_overlap(e, &pattern));
        // An exception covered by another exception says nothing more.
        let all = g.except.clone();
        g.except.retain(|e| {
            !all.iter()
                .any(|o| o != e && covers(o, e) && !o.eq_ignore_ascii_case(e))
        });
        g.except.sort_by_key(|e| e.to_ascii_lowercase());
        g.except.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    }
    grants.sort_by_key(|g| (g.pattern.to_ascii_lowercase(), g.clone()));
    grants.dedup_by(|a, b| {
        a.pattern.eq_ignore_ascii_case(&b.pattern)
            && a.qualifier == b.qualifier
            && a.except.len() == b.except.len()
            && a.except
                .iter()
                .zip(&b.except)
                .all(|(x, y)| x.eq_ignore_ascii_case(y))
    });
    let kept: Vec<&Grant> = grants
        .iter()
        .enumerate()
        .filter(|(i, g)| {
            !grants
                .iter()
                .enumerate()
                .any(|(j, h)| j != *i && subsumes(h, g) && !(subsumes(g, h) && j > *i))
        })
        .map(|(_, g)| g)
        .collect();
    let mut out: Vec<String> = kept
        .into_iter()
        .map(|g| {
            let mut s = g.pattern.clone();
            if !g.except.is_empty() {
                s.push_str(&format!(" except {}", g.except.join(", ")));
            }
            mark(&s, g.qualifier)
        })
        .collect();
    out.sort_by_key(|s| s.to_ascii_lowercase());
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn eval(statements: Value) -> Vec<String> {
        effective_actions(&[json!({"Version": "2012-10-17", "Statement": statements})])
    }

    #[test]
    fn empty_policies_allow_nothing() {
        assert!(effective_actions(&[]).is_empty());
        assert!(eval(json!([])).is_empty());
        assert!(effective_actions(&[json!({"Version": "2012-10-17"})]).is_empty());
        // Only denies: nothing allowed either.
        assert!(eval(json!([{"Effect": "Deny", "Action": "*", "Resource": "*"}])).is_empty());
    }

    #[test]
    fn allows_are_merged_and_wildcards_subsume() {
        let got = eval(json!([
            {"Effect": "Allow", "Action": ["s3:GetObject", "s3:Get*", "s3:ListBucket"], "Resource": "*"},
            {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"},
            {"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "*"}
        ]));
        assert_eq!(got, ["dynamodb:*", "s3:Get*", "s3:ListBucket"]);
        let star = eval(json!([
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}
        ]));
        assert_eq!(star, ["*"]);
    }

    #[test]
    fn action_names_are_case_insensitive() {
        let got = eval(json!([
            {"Effect": "Allow", "Action": ["S3:GETOBJECT", "s3:get*"], "Resource": "*"},
            {"Effect": "allow", "Action": "IAM:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:*", "Resource": "*"}
        ]));
        assert_eq!(got, ["s3:get*"]);
        // Same pattern in two cases: one entry.
        let got = eval(
            json!([{"Effect": "Allow", "Action": ["ec2:Describe*", "EC2:describe*"], "Resource": "*"}]),
        );
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn denies_remove_what_they_cover_and_qualify_the_rest() {
        let got = eval(json!([
            {"Effect": "Allow", "Action": ["s3:*", "iam:PassRole", "ec2:RunInstances"], "Resource": "*"},
            {"Effect": "Deny", "Action": ["iam:*", "s3:Delete*"], "Resource": "*"}
        ]));
        assert_eq!(got, ["ec2:RunInstances", "s3:* except s3:Delete*"]);
        let got = eval(json!([
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:*", "Resource": "*"}
        ]));
        assert_eq!(got, ["* except iam:*"]);
        // A deny of an unrelated service changes nothing.
        let got = eval(json!([
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
            {"Effect": "Deny", "Action": "ec2:*", "Resource": "*"}
        ]));
        assert_eq!(got, ["s3:GetObject"]);
    }

    #[test]
    fn not_action_allows_everything_else() {
        let got = eval(json!([
            {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}
        ]));
        assert_eq!(got, ["* except iam:*, organizations:*"]);
        // An exact grant outside the exception is subsumed by it.
        let got = eval(json!([
            {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"},
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}
        ]));
        assert_eq!(got, ["* except iam:*"]);
    }

    #[test]
    fn deny_not_action_keeps_only_what_it_spares() {
        let got = eval(json!([
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "NotAction": ["s3:Get*", "sts:GetCallerIdentity"], "Resource": "*"}
        ]));
        assert_eq!(got, ["s3:Get*", "sts:GetCallerIdentity"]);
        let got = eval(json!([
            {"Effect": "Allow", "Action": ["s3:GetObject", "ec2:RunInstances"], "Resource": "*"},
            {"Effect": "Deny", "NotAction": "s3:*", "Resource": "*"}
        ]));
        assert_eq!(got, ["s3:GetObject"]);
    }

    #[test]
    fn conditions_and_resources_mark_grants_and_never_remove() {
        let got = eval(json!([
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"},
            {"Effect": "Allow", "Action": "ec2:*", "Resource": "*",
             "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}},
            {"Effect": "Allow", "Action": "sqs:*", "NotResource": "arn:aws:sqs:*:*:x"}
        ]));
        assert_eq!(
            got,
            [
                "ec2:* [conditional]",
                "s3:GetObject [resource-scoped]",
                "sqs:* [resource-scoped]"
            ]
        );
        let got = eval(json!([
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "iam:*", "Resource": "*",
             "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}
        ]));
        assert_eq!(got, ["* except iam:* [conditional]"]);
        // A scoped grant next to an unscoped one that covers it says nothing more.
        let got = eval(json!([
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}
        ]));
        assert_eq!(got, ["s3:*"]);
    }

    #[test]
    fn several_documents_count_together_and_order_does_not_matter() {
        let a = json!({"Statement": {"Effect": "Allow", "Action": ["s3:List*", "s3:Get*"], "Resource": "*"}});
        let b =
            json!({"Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}]});
        let ab = effective_actions(&[a.clone(), b.clone()]);
        assert_eq!(ab, ["dynamodb:*", "s3:Get*", "s3:List*"]);
        assert_eq!(effective_actions(&[b, a]), ab);
    }

    #[test]
    fn pattern_relations() {
        assert!(covers("*", "s3:Get*"));
        assert!(covers("s3:*", "s3:Get*"));
        assert!(covers("s3:Get*", "S3:GETOBJECT"));
        assert!(!covers("s3:Get*", "s3:*"));
        assert!(!covers("s3:*Object", "s3:Get*"));
        assert!(may_overlap("s3:*", "s3:GetObject"));
        assert!(!may_overlap("iam:*", "s3:*"));
        assert!(!may_overlap("s3:GetObject", "s3:PutObject"));
        assert!(may_overlap("*", "iam:PassRole"));
    }
}
