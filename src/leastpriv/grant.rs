//! What a leaked token grants: from its offline facts (type prefix, decoded claims) and,
//! when the token was verified, from the provider's answer.
//!
//! Extension point for verification: `from_finding` reads `facts.properties["scopes"]`
//! (a list or a comma/space separated string: GitHub `X-OAuth-Scopes`, Slack
//! `x-oauth-scopes`, GitLab `scopes`) and `facts.properties["permissions"]` (a map of
//! fine-grained permission → access). A verifier that fills those properties (or a future
//! `Finding.verification` mapped into them by `verified_properties`) is consumed without
//! changes here.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::finding::Finding;

use super::model::{Access, Provider};

#[derive(Debug, Clone, PartialEq)]
pub enum Grant {
    /// Classic GitHub scopes; `assumed` when not read from the provider.
    GithubClassic { scopes: Vec<String>, assumed: bool },
    /// Fine-grained permissions (GitHub fine-grained PAT, App tokens).
    GithubFine { perms: BTreeMap<String, Access> },
    /// OAuth-style scope list (Slack, GitLab).
    Scopes { scopes: Vec<String> },
    /// Stripe unrestricted secret key: every resource, read and write.
    StripeFull,
    /// Stripe restricted key with known resources.
    StripeRestricted { perms: BTreeMap<String, Access> },
    /// Not known offline; the reason says what would tell.
    Unknown(String),
}

/// Classic scopes assumed for a classic PAT whose scopes were not read: what such tokens
/// commonly carry when created for "automation" (the broad defaults people tick).
pub const ASSUMED_CLASSIC: &[&str] = &[
    "repo",
    "workflow",
    "write:packages",
    "admin:org",
    "gist",
    "user",
];

fn scopes_prop(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::Array(a) => Some(
            a.iter()
                .filter_map(|x| x.as_str().map(|s| s.trim().to_string()))
                .filter(|s| !s.is_empty())
                .collect(),
        ),
        Value::String(s) => Some(
            s.split([',', ' '])
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect(),
        ),
        _ => None,
    }
}

fn perms_prop(v: &Value) -> Option<BTreeMap<String, Access>> {
    let m = v.as_object()?;
    Some(
        m.iter()
            .filter_map(|(k, v)| {
                v.as_str()
                    .map(|a| (super::kb::canon_github(k), Access::parse(a)))
            })
            .collect(),
    )
}

/// Properties describing the grant: the verifier's answer (`Finding.verification`: raw
/// scopes and per-permission bindings) over the offline facts' `scopes`/`permissions`.
fn verified_properties(f: &Finding) -> BTreeMap<String, Value> {
    let mut props = f.facts.properties.clone();
    let Some(v) = f
        .verification
        .as_ref()
        .and_then(|v| serde_json::to_value(v).ok())
    else {
        return props;
    };
    if let Some(s) = v
        .get("raw_scopes")
        .filter(|s| s.as_array().is_some_and(|a| !a.is_empty()))
    {
        props.insert("scopes".into(), s.clone());
    }
    if let Some(b) = v
        .get("bindings")
        .and_then(|b| b.as_array())
        .filter(|a| !a.is_empty())
    {
        let mut perms = serde_json::Map::new();
        for x in b {
            let (Some(p), Some(a)) = (
                x.get("permission").and_then(|p| p.as_str()),
                x.get("access").and_then(|a| a.as_str()),
            ) else {
                continue;
            };
            let keep = perms
                .get(p)
                .and_then(|o| o.as_str())
                .is_none_or(|o| Access::parse(a) > Access::parse(o));
            if keep {
                perms.insert(p.to_string(), Value::String(a.to_string()));
            }
        }
        props.insert("permissions".into(), Value::Object(perms));
    }
    props
}

pub fn provider_of(f: &Finding) -> Option<Provider> {
    Provider::from_name(f.provider.as_str())
}

/// What a leaked token grants; None for credentials outside the analysis (webhook URLs,
/// publishable keys, runner tokens).
pub fn from_finding(f: &Finding) -> Option<Grant> {
    let applies = match f.provider.as_str() {
        "github" => matches!(
            f.kind.as_str(),
            "classic-pat"
                | "fine-grained-pat"
                | "oauth-token"
                | "app-user-token"
                | "app-installation-token"
        ),
        "slack" => matches!(
            f.kind.as_str(),
            "bot-token" | "user-token" | "workspace-token" | "session-token"
        ),
        "stripe" => f.kind.contains("secret-key") || f.kind.contains("restricted-key"),
        "gitlab" => matches!(f.kind.as_str(), "pat" | "pat-routable"),
        _ => false,
    };
    applies.then(|| grant_of(f))
}

fn grant_of(f: &Finding) -> Grant {
    let props = &verified_properties(f);
    let scopes = props.get("scopes").and_then(scopes_prop);
    let perms = props.get("permissions").and_then(perms_prop);
    let kind = f.kind.as_str();
    match f.provider.as_str() {
        "github" => {
            if let Some(p) = perms {
                return Grant::GithubFine { perms: p };
            }
            match kind {
                "classic-pat" | "oauth-token" => match scopes {
                    Some(s) => Grant::GithubClassic {
                        scopes: s,
                        assumed: false,
                    },
                    None if kind == "classic-pat" => Grant::GithubClassic {
                        scopes: ASSUMED_CLASSIC.iter().map(|s| s.to_string()).collect(),
                        assumed: true,
                    },
                    None => Grant::Unknown(
                        "OAuth token scopes are not in the token; run with --verify to read them".into(),
                    ),
                },
                _ => Grant::Unknown(
                    "its repositories and permissions are not in the token; run with --verify to read them".into(),
                ),
            }
        }
        "slack" | "gitlab" => match scopes {
            Some(s) => Grant::Scopes { scopes: s },
            None => Grant::Unknown(
                "its scopes are not in the token; run with --verify to read them".into(),
            ),
        },
        "stripe" => {
            let secret = f.secret.expose();
            let full = kind.contains("secret")
                || secret.starts_with(b"sk_live_")
                || secret.starts_with(b"sk_test_");
            if full {
                Grant::StripeFull
            } else if let Some(p) = perms {
                Grant::StripeRestricted {
                    perms: p.into_iter().collect(),
                }
            } else {
                Grant::Unknown(
                    "a restricted key's resources are not in the key; run with --verify to probe them".into(),
                )
            }
        }
        _ => Grant::Unknown("provider not covered by the least-privilege analysis".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::{Confidence, Facts, Location, Secret, Severity};

    fn finding(provider: &str, kind: &str, props: &[(&str, Value)]) -> Finding {
        let mut facts = Facts::default();
        for (k, v) in props {
            facts.properties.insert(k.to_string(), v.clone());
        }
        Finding {
            rule_id: "r".into(),
            rule_name: "r".into(),
            provider: provider.into(),
            kind: kind.into(),
            severity: Severity::High,
            confidence: Confidence::High,
            location: Location::default(),
            secret: Secret::new(b""),
            redacted: String::new(),
            fingerprint: String::new(),
            facts,
            notes: Vec::new(),
            companions: Vec::new(),
            variable: None,
            verification: None,
            fix: None,
        }
    }

    #[test]
    fn grants() {
        assert!(matches!(
            from_finding(&finding("github", "classic-pat", &[])),
            Some(Grant::GithubClassic { assumed: true, .. })
        ));
        let g = from_finding(&finding(
            "github",
            "classic-pat",
            &[("scopes", Value::String("repo, workflow".into()))],
        ));
        assert_eq!(
            g,
            Some(Grant::GithubClassic {
                scopes: vec!["repo".into(), "workflow".into()],
                assumed: false
            })
        );
        assert!(matches!(
            from_finding(&finding("github", "fine-grained-pat", &[])),
            Some(Grant::Unknown(_))
        ));
        assert_eq!(
            from_finding(&finding("stripe", "live-secret-key", &[])),
            Some(Grant::StripeFull)
        );
        assert_eq!(from_finding(&finding("slack", "webhook-url", &[])), None);
    }
}
