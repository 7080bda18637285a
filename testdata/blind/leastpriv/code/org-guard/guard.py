"""org-guard: find default branches without protection, report them in the
audit repo, and (with --fix) apply the baseline protection.

Three tokens on purpose, so that the widely-shared read token cannot change
anything:
  ORG_AUDIT_READ_TOKEN   read-only org/repo inventory
  AUDIT_ISSUE_TOKEN      may only file issues in acme/security-audit
  BRANCH_PROTECT_TOKEN   admin token held by the platform team, used with --fix
"""
import argparse
import os

import requests
from github import Auth, Github, GithubException

ORG = "acme"
AUDIT_REPO = "acme/security-audit"
BASELINE = {
    "required_status_checks": {"strict": True, "contexts": ["ci"]},
    "enforce_admins": True,
    "required_pull_request_reviews": {"required_approving_review_count": 1},
    "restrictions": None,
}

reader = Github(auth=Auth.Token(os.environ["ORG_AUDIT_READ_TOKEN"]))
writer = Github(auth=Auth.Token(os.environ["AUDIT_ISSUE_TOKEN"]))


def unprotected():
    org = reader.get_organization(ORG)
    admins = {m.login for m in org.get_members(role="admin")}
    for repo in org.get_repos(type="all"):
        if repo.archived:
            continue
        branch = repo.get_branch(repo.default_branch)
        try:
            branch.get_protection()
        except GithubException as e:
            if e.status == 404:
                yield repo.full_name, repo.default_branch, admins
            else:
                raise


def protect(full_name, branch):
    s = requests.Session()
    s.headers.update({
        "Authorization": f"Bearer {os.environ['BRANCH_PROTECT_TOKEN']}",
        "Accept": "application/vnd.github+json",
    })
    r = s.put(f"https://api.github.com/repos/{full_name}/branches/{branch}/protection", json=BASELINE)
    r.raise_for_status()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fix", action="store_true")
    args = ap.parse_args()

    found = list(unprotected())
    if not found:
        return
    lines = [f"- `{name}`: `{branch}` is unprotected" for name, branch, _ in found]
    admins = sorted(found[0][2])
    writer.get_repo(AUDIT_REPO).create_issue(
        title=f"{len(found)} default branches without protection",
        body="\n".join(lines) + "\n\ncc " + " ".join(f"@{a}" for a in admins),
        labels=["branch-protection"],
    )
    if args.fix:
        for name, branch, _ in found:
            protect(name, branch)


if __name__ == "__main__":
    main()
