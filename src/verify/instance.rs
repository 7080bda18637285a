//! Tokens that belong to another instance or region of a provider.
//!
//! A GitHub Enterprise `ghp_` token, a self-managed GitLab `glpat-`, a SendGrid EU key, an
//! AWS China / GovCloud key, a Datadog key of another site, a Mailgun EU key or a Terraform
//! Enterprise token has the same shape as its public counterpart, and the public
//! host rejects it: sent there, a live token would read as dead. So before anything is sent,
//! the lines around each finding are read for a sign of another instance (its host, its
//! region); a token with such a sign is not sent to the public host unless the user named a
//! base URL for the provider (`--endpoint`), and is `unknown (other-instance)` instead.
//!
//! The check reads each file once and looks at a fixed window per finding: linear in the
//! number of findings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Provider;
use crate::finding::Finding;

/// Lines on each side of a finding searched for an instance hint.
pub const WINDOW: usize = 20;
/// Files larger than this are not read again for hints.
const MAX_FILE: u64 = 4 << 20;

/// What the text (lowercase) says about another instance of `provider`, if anything.
pub fn hint(provider: Provider, text: &str) -> Option<&'static str> {
    match provider {
        Provider::Github => {
            if hosts(text).any(|h| h.ends_with(".ghe.com")) {
                return Some("GitHub Enterprise Cloud with data residency (GHE.com)");
            }
            let enterprise = hosts(text).any(|h| {
                h.contains("github")
                    && !matches!(h, "github.com" | "api.github.com" | "gist.github.com")
                    && !h.ends_with(".github.com")
                    && !h.ends_with("githubusercontent.com")
                    && !h.ends_with(".github.io")
            });
            let markers = [
                "gh_host",
                "gh_enterprise_token",
                "github_enterprise",
                "/api/v3",
            ];
            (enterprise || markers.iter().any(|m| text.contains(m)))
                .then_some("a GitHub Enterprise Server instance")
        }
        Provider::Gitlab => {
            let self_managed = hosts(text)
                .any(|h| h.contains("gitlab") && h != "gitlab.com" && !h.ends_with(".gitlab.com"));
            // `CI_SERVER_URL` / `GITLAB_URL` / `GITLAB_HOST` pointing anywhere but gitlab.com.
            let named = text.lines().any(|l| {
                [
                    "ci_server_url",
                    "gitlab_url",
                    "gitlab_host",
                    "gitlab_base_url",
                ]
                .iter()
                .any(|k| l.contains(k))
                    && hosts(l).any(|h| h != "gitlab.com")
            });
            (self_managed || named).then_some("a self-managed GitLab instance")
        }
        Provider::Sendgrid => (text.contains("api.eu.sendgrid.com")
            || text.contains("eu.sendgrid"))
        .then_some("SendGrid's EU region (api.eu.sendgrid.com)"),
        Provider::Aws => {
            if ["amazonaws.com.cn", "cn-north-1", "cn-northwest-1", "aws-cn"]
                .iter()
                .any(|m| text.contains(m))
            {
                Some("the AWS China partition (aws-cn)")
            } else if ["us-gov-", "aws-us-gov"].iter().any(|m| text.contains(m)) {
                Some("the AWS GovCloud partition (aws-us-gov)")
            } else {
                None
            }
        }
        // Providers with other sites or regions of the same token format (Datadog, Mailgun,
        // HCP Terraform): their markers.
        Provider::Table(i) => {
            let r = super::table::SPECS.get(usize::from(i))?.regional.as_ref()?;
            r.markers
                .iter()
                .any(|m| text.contains(m))
                .then_some(r.instance)
        }
        _ => None,
    }
}

/// Host names of the `http://` / `https://` URLs in `text`.
fn hosts(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("://").filter_map(move |(at, _)| {
        let scheme_ok = text[..at].ends_with("http") || text[..at].ends_with("https");
        if !scheme_ok {
            return None;
        }
        let rest = &text[at + 3..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .unwrap_or(rest.len());
        let host = &rest[..end];
        (!host.is_empty()).then_some(host)
    })
}

/// Providers whose tokens may belong to another instance or region.
pub fn applies(provider: Provider) -> bool {
    match provider {
        Provider::Github | Provider::Gitlab | Provider::Sendgrid | Provider::Aws => true,
        Provider::Table(i) => super::table::SPECS
            .get(usize::from(i))
            .is_some_and(|s| s.regional.is_some()),
        _ => false,
    }
}

/// Reads each finding's file once (lowercased lines), for [`hint_for`]. A finding's path is
/// relative to its scan root, or as given.
pub struct Files<'a> {
    roots: &'a [PathBuf],
    read: HashMap<String, Option<Vec<String>>>,
}

impl<'a> Files<'a> {
    pub fn new(roots: &'a [PathBuf]) -> Self {
        Files {
            roots,
            read: HashMap::new(),
        }
    }

    fn lines(&mut self, path: &str) -> Option<&Vec<String>> {
        let roots = self.roots;
        self.read
            .entry(path.to_string())
            .or_insert_with(|| {
                let p = Path::new(path);
                let file = std::iter::once(p.to_path_buf())
                    .chain(roots.iter().map(|r| r.join(p)))
                    .find(|c| std::fs::metadata(c).is_ok_and(|m| m.is_file()))?;
                if std::fs::metadata(&file).ok()?.len() > MAX_FILE {
                    return None;
                }
                let bytes = std::fs::read(&file).ok()?;
                let text = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
                Some(text.lines().map(str::to_string).collect())
            })
            .as_ref()
    }
}

/// The instance hint for finding `f` of `provider`, from the lines around it. Findings in
/// archives or git history are judged by the file at the path today, if there is one.
pub fn hint_for(provider: Provider, f: &Finding, files: &mut Files<'_>) -> Option<&'static str> {
    if !applies(provider) || !f.location.members.is_empty() {
        return None;
    }
    let lines = files.lines(&f.location.path)?;
    let line = f.location.line.max(1) - 1;
    let from = line.saturating_sub(WINDOW);
    let to = (line + WINDOW + 1).min(lines.len());
    if from >= to {
        return None;
    }
    hint(provider, &lines[from..to].join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_enterprise_hosts_and_markers() {
        let ghe = "export gh_host=github.acme.corp\ntoken=x";
        assert!(hint(Provider::Github, ghe).is_some());
        let url = "api_url: https://github.acme.corp/api/v3";
        assert!(hint(Provider::Github, url).is_some());
        let residency = "base: https://api.octo.ghe.com";
        assert_eq!(
            hint(Provider::Github, residency),
            Some("GitHub Enterprise Cloud with data residency (GHE.com)")
        );
        let public = "see https://github.com/acme/app and https://api.github.com/user";
        assert_eq!(hint(Provider::Github, public), None);
        let pages = "docs: https://acme.github.io/x https://raw.githubusercontent.com/a";
        assert_eq!(hint(Provider::Github, pages), None);
    }

    #[test]
    fn gitlab_self_managed() {
        assert!(hint(Provider::Gitlab, "url = https://gitlab.acme.corp").is_some());
        assert!(hint(Provider::Gitlab, "ci_server_url=https://git.acme.corp").is_some());
        assert_eq!(hint(Provider::Gitlab, "https://gitlab.com/acme/app"), None);
        assert_eq!(
            hint(Provider::Gitlab, "gitlab_url=https://gitlab.com"),
            None
        );
    }

    #[test]
    fn sendgrid_eu_and_aws_partitions() {
        assert!(hint(Provider::Sendgrid, "host: https://api.eu.sendgrid.com").is_some());
        assert_eq!(hint(Provider::Sendgrid, "https://api.sendgrid.com"), None);
        assert_eq!(
            hint(Provider::Aws, "region = cn-north-1"),
            Some("the AWS China partition (aws-cn)")
        );
        assert_eq!(
            hint(Provider::Aws, "region = us-gov-west-1"),
            Some("the AWS GovCloud partition (aws-us-gov)")
        );
        assert_eq!(hint(Provider::Aws, "region = eu-west-1"), None);
        assert_eq!(hint(Provider::Stripe, "cn-north-1"), None);
    }

    #[test]
    fn table_providers_with_other_sites() {
        let p = |n: &str| Provider::from_name(n).unwrap();
        assert!(applies(p("datadog")) && applies(p("mailgun")) && applies(p("terraform")));
        assert!(!applies(p("discord")));
        assert_eq!(
            hint(p("datadog"), "dd_site=datadoghq.eu\ndd_api_key=x"),
            Some("another Datadog site (EU1, US3, US5, AP1, AP2 or US1-FED)")
        );
        assert_eq!(hint(p("datadog"), "dd_site=datadoghq.com"), None);
        assert!(hint(p("mailgun"), "base: https://api.eu.mailgun.net").is_some());
        assert_eq!(hint(p("mailgun"), "https://api.mailgun.net/v3"), None);
        assert!(hint(p("terraform"), "tfe_hostname = \"tfe.acme.corp\"").is_some());
        assert_eq!(hint(p("discord"), "datadoghq.eu"), None);
    }

    #[test]
    fn hosts_are_cut_at_the_first_non_host_character() {
        let h: Vec<&str> = hosts("a https://x.y:8/p http://z ftp://no").collect();
        assert_eq!(h, ["x.y", "z"]);
    }
}
