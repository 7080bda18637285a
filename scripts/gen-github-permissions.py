#!/usr/bin/env python3
"""Generates rules/knowledge/github-rest.json: GitHub REST endpoint -> fine-grained
permission and access level, plus the classic OAuth scope that covers it.

Usage:
    scripts/gen-github-permissions.py [REFERENCE_DATA_DIR] > rules/knowledge/github-rest.json

REFERENCE_DATA_DIR defaults to ../shared/reference/data (relative to the repository root) and
must hold GitHub's `github-fine-grained-pat-permissions.json` (and, optionally,
`github-server-to-server-permissions.json`, used only for endpoints that fine-grained tokens
cannot call, such as check runs, which GITHUB_TOKEN and GitHub Apps can). See
rules/knowledge/README.md.

The output is deterministic (sorted, one endpoint per line) so a refresh shows as a small diff.
"""
import hashlib
import json
import os
import sys

# Classic OAuth scope that covers a fine-grained permission, as (read, write). The fine-grained
# data carries no classic scopes; this table encodes GitHub's documented scope descriptions.
# "repo" also stands for "public_repo" on public repositories. None: no scope needed.
CLASSIC = {
    "actions": ("repo", "repo"),
    "actions_variables": ("repo", "repo"),
    "administration": ("repo", "repo"),
    "agent_secrets": ("repo", "repo"),
    "agent_variables": ("repo", "repo"),
    "artifact_metadata": ("repo", "repo"),
    "attestations": ("repo", "repo"),
    "checks": ("repo", "repo"),
    "code_quality": ("repo", "repo"),
    "codespaces": ("codespace", "codespace"),
    "codespaces_lifecycle_admin": ("codespace", "codespace"),
    "codespaces_metadata": ("codespace", "codespace"),
    "codespaces_secrets": ("codespace", "codespace"),
    "contents": ("repo", "repo"),
    "copilot_agent_settings": ("repo", "repo"),
    "dependabot_secrets": ("repo", "repo"),
    "deployments": ("repo_deployment", "repo_deployment"),
    "environments": ("repo", "repo"),
    "issues": ("repo", "repo"),
    "metadata": ("repo", "repo"),
    "pages": ("repo", "repo"),
    "pull_requests": ("repo", "repo"),
    "repository_advisories": ("repo", "repo"),
    "repository_custom_properties": ("repo", "repo"),
    "repository_hooks": ("read:repo_hook", "write:repo_hook"),
    "secret_scanning_alerts": ("security_events", "security_events"),
    "secrets": ("repo", "repo"),
    "security_events": ("security_events", "security_events"),
    "statuses": ("repo:status", "repo:status"),
    "vulnerability_alerts": ("security_events", "security_events"),
    "workflows": ("workflow", "workflow"),
    "packages": ("read:packages", "write:packages"),
    # Organization permissions.
    "issue_fields": ("read:org", "admin:org"),
    "issue_types": ("read:org", "admin:org"),
    "members": ("read:org", "write:org"),
    "org_copilot_content_exclusion": ("manage_billing:copilot", "manage_billing:copilot"),
    "organization_actions_variables": ("admin:org", "admin:org"),
    "organization_administration": ("read:org", "admin:org"),
    "organization_agent_secrets": ("admin:org", "admin:org"),
    "organization_agent_variables": ("admin:org", "admin:org"),
    "organization_api_insights": ("read:org", "read:org"),
    "organization_campaigns": ("security_events", "security_events"),
    "organization_codespaces": ("admin:org", "admin:org"),
    "organization_codespaces_secrets": ("admin:org", "admin:org"),
    "organization_codespaces_settings": ("admin:org", "admin:org"),
    "organization_copilot_agent_settings": ("admin:org", "admin:org"),
    "organization_copilot_metrics": ("manage_billing:copilot", "manage_billing:copilot"),
    "organization_copilot_seat_management": ("manage_billing:copilot", "manage_billing:copilot"),
    "organization_copilot_spaces": ("read:org", "admin:org"),
    "organization_custom_org_roles": ("admin:org", "admin:org"),
    "organization_custom_properties": ("read:org", "admin:org"),
    "organization_dependabot_secrets": ("admin:org", "admin:org"),
    "organization_events": ("read:org", "read:org"),
    "organization_hooks": ("admin:org_hook", "admin:org_hook"),
    "organization_network_configurations": ("read:org", "admin:org"),
    "organization_personal_access_token_requests": ("admin:org", "admin:org"),
    "organization_personal_access_tokens": ("admin:org", "admin:org"),
    "organization_private_registries": ("admin:org", "admin:org"),
    "organization_projects": ("read:project", "project"),
    "organization_runner_custom_images": ("admin:org", "admin:org"),
    "organization_secrets": ("admin:org", "admin:org"),
    "organization_self_hosted_runners": ("admin:org", "admin:org"),
    "organization_user_blocking": ("admin:org", "admin:org"),
    # User permissions.
    "blocking": ("user", "user"),
    "codespaces_user_secrets": ("codespace", "codespace"),
    "emails": ("user:email", "user"),
    "followers": ("read:user", "user:follow"),
    "gists": (None, "gist"),
    "git_signing_ssh_public_keys": ("read:ssh_signing_key", "write:ssh_signing_key"),
    "gpg_keys": ("read:gpg_key", "write:gpg_key"),
    "interaction_limits": ("user", "user"),
    "keys": ("read:public_key", "write:public_key"),
    "plan": ("read:user", "user"),
    "private_repository_invitations": ("repo", "repo"),
    "profile": ("read:user", "user"),
    "starring": ("read:user", "public_repo"),
    "watching": ("read:user", "repo"),
    # Enterprise (server-to-server file only).
    "enterprise_copilot_metrics": ("manage_billing:copilot", "manage_billing:copilot"),
    "enterprise_teams": ("admin:enterprise", "admin:enterprise"),
}

# Permissions that stand for each other on one endpoint: a token with either works (an issue
# comment endpoint serves issues and pull requests alike).
EITHER = [{"issues", "pull_requests"}]
# Permissions listed beside another that are needed only in a special case: `workflows` only
# when the change touches .github/workflows/.
CONDITIONAL = {"workflows": "only when the change touches files under .github/workflows/"}

# Endpoints that need no permission (public data or the caller's own identity) and endpoints
# the tables leave out (packages take classic scopes only; GITHUB_TOKEN has `packages`).
SUPPLEMENT = [
    ("get", "/rate_limit", [], None),
    ("get", "/user", [], None),
    ("get", "/orgs/{org}", [], None),
    ("get", "/orgs/{org}/events", [], None),
    ("get", "/gists", [], None),
    ("get", "/gists/{gist_id}", [], None),
    ("get", "/user/memberships/orgs", [("members", "read")], "read:org"),
    # Release assets are uploaded to uploads.github.com, which the tables leave out.
    ("post", "/repos/{owner}/{repo}/releases/{release_id}/assets", [("contents", "write")], "repo"),
    ("get", "/meta", [], None),
    ("get", "/zen", [], None),
    ("get", "/octocat", [], None),
    ("get", "/emojis", [], None),
    ("get", "/users/{username}", [], None),
    ("get", "/repositories", [], None),
    ("get", "/search/repositories", [], None),
    ("get", "/search/issues", [("metadata", "read")], "repo"),
    ("get", "/search/code", [("metadata", "read")], "repo"),
    ("get", "/search/commits", [("metadata", "read")], "repo"),
    ("get", "/search/users", [], None),
    ("get", "/search/topics", [], None),
    ("get", "/licenses", [], None),
    ("get", "/gitignore/templates", [], None),
    ("post", "/graphql", None, None),
    ("get", "/user/packages", [("packages", "read")], "read:packages"),
    ("get", "/user/packages/{package_type}/{package_name}", [("packages", "read")], "read:packages"),
    ("delete", "/user/packages/{package_type}/{package_name}", [("packages", "write")], "delete:packages"),
    ("get", "/orgs/{org}/packages", [("packages", "read")], "read:packages"),
    ("get", "/orgs/{org}/packages/{package_type}/{package_name}", [("packages", "read")], "read:packages"),
    ("get", "/orgs/{org}/packages/{package_type}/{package_name}/versions", [("packages", "read")], "read:packages"),
    ("delete", "/orgs/{org}/packages/{package_type}/{package_name}", [("packages", "write")], "delete:packages"),
    ("delete", "/orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}", [("packages", "write")], "delete:packages"),
]

ACCESS_RANK = {"read": 1, "write": 2, "admin": 3}


def classic_for(perm, access):
    read, write = CLASSIC.get(perm, ("repo", "repo"))
    return read if access == "read" else write


def load(path):
    with open(path, "rb") as f:
        raw = f.read()
    return json.loads(raw), hashlib.sha256(raw).hexdigest()


def collect(data, pat):
    """(verb, path) -> {perm: access}, keeping the highest access per permission."""
    eps = {}
    for key, entry in data.items():
        for row in entry["permissions"]:
            ep = eps.setdefault((row["verb"], row["requestPath"]), {"perms": {}, "pat": pat})
            old = ep["perms"].get(key)
            if old is None or ACCESS_RANK[row["access"]] > ACCESS_RANK[old]:
                ep["perms"][key] = row["access"]
    return eps


def requires(perms):
    """Alternatives (any of), each a list of (permission, access) that are all needed."""
    keys = set(perms)
    conditional = sorted(k for k in keys if k in CONDITIONAL and len(keys) > 1)
    keys -= set(conditional)
    for group in EITHER:
        if keys == group:
            return [[[k, perms[k]]] for k in sorted(keys)], conditional
    return [[[k, perms[k]] for k in sorted(keys)]], conditional


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ref = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "reference", "data")
    fg, fg_sha = load(os.path.join(ref, "github-fine-grained-pat-permissions.json"))
    eps = collect(fg, True)
    sources = [{"file": "github-fine-grained-pat-permissions.json", "sha256": fg_sha}]
    s2s_path = os.path.join(ref, "github-server-to-server-permissions.json")
    s2s = {}
    if os.path.exists(s2s_path):
        s2s, s2s_sha = load(s2s_path)
        sources.append({"file": "github-server-to-server-permissions.json", "sha256": s2s_sha,
                        "used_for": "endpoints fine-grained tokens cannot call"})
        for k, ep in collect(s2s, False).items():
            eps.setdefault(k, ep)

    permissions = {}
    for data in (fg, s2s):
        for key, entry in data.items():
            if key in permissions:
                continue
            level = entry["displayTitle"].split(" permissions", 1)[0].lower()
            permissions[key] = {"title": entry["title"], "level": level}
    permissions.setdefault("packages", {"title": "Packages", "level": "repository"})
    for key in permissions:
        if key not in CLASSIC:
            sys.exit(f"no classic scope known for permission `{key}`: add it to CLASSIC")

    rows = []
    for (verb, path), ep in sorted(eps.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        alts, conditional = requires(ep["perms"])
        classic = sorted({classic_for(p, a) for alt in alts for p, a in alt} - {None})
        row = {"verb": verb, "path": path, "requires": alts, "classic": classic}
        if conditional:
            row["conditional"] = [[k, ep["perms"][k], CONDITIONAL[k]] for k in conditional]
        if not ep["pat"]:
            row["fine_grained_pat"] = False
        rows.append(row)
    known = {(r["verb"], r["path"]) for r in rows}
    for verb, path, perms, classic in SUPPLEMENT:
        if (verb, path) in known:
            continue
        row = {"verb": verb, "path": path, "classic": [classic] if classic else [], "supplement": True}
        if perms is None:
            row["unknown"] = True
            row["requires"] = []
        else:
            row["requires"] = [[[p, a] for p, a in perms]] if perms else []
        rows.append(row)

    out = sys.stdout
    out.write("{\n")
    out.write('  "generated_by": "scripts/gen-github-permissions.py",\n')
    out.write('  "sources": ' + json.dumps(sources) + ",\n")
    out.write('  "permissions": {\n')
    items = sorted(permissions.items())
    for i, (k, v) in enumerate(items):
        v = dict(v, classic_read=CLASSIC[k][0], classic_write=CLASSIC[k][1])
        out.write(f"    {json.dumps(k)}: {json.dumps(v, sort_keys=True)}{',' if i + 1 < len(items) else ''}\n")
    out.write("  },\n")
    out.write('  "endpoints": [\n')
    for i, r in enumerate(rows):
        out.write(f"    {json.dumps(r)}{',' if i + 1 < len(rows) else ''}\n")
    out.write("  ]\n}\n")


if __name__ == "__main__":
    main()
