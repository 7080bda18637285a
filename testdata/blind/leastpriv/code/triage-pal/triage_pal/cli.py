"""Nudge, then close, issues that sat in needs-triage without an answer."""
from __future__ import annotations

import datetime as dt

import click
from github import Auth, Github

from .rules import STALE_COMMENT, CLOSE_COMMENT


@click.command()
@click.argument("repo_name")
@click.option("--token", envvar="TRIAGE_PAL_TOKEN", required=True, show_envvar=True,
              help="Fine-grained token for the repository.")
@click.option("--base-url", envvar="TRIAGE_PAL_GHE_URL", default="https://api.github.com",
              show_default=True, help="REST root (GitHub Enterprise: https://HOST/api/v3).")
@click.option("--label", default="needs-triage", show_default=True)
@click.option("--stale-days", default=30, show_default=True)
@click.option("--close-days", default=60, show_default=True)
@click.option("--dry-run", is_flag=True)
def main(repo_name, token, base_url, label, stale_days, close_days, dry_run):
    gh = Github(base_url=base_url, auth=Auth.Token(token), per_page=100)
    repo = gh.get_repo(repo_name)
    triage = repo.get_label(label)
    now = dt.datetime.now(dt.timezone.utc)

    for issue in repo.get_issues(state="open", labels=[triage], sort="updated", direction="asc"):
        if issue.pull_request is not None:
            continue  # the issues list also returns PRs; leave those alone
        idle = (now - issue.updated_at).days
        names = {l.name for l in issue.labels}
        if idle >= close_days and "stale" in names:
            click.echo(f"closing #{issue.number} ({idle}d idle)")
            if not dry_run:
                issue.create_comment(CLOSE_COMMENT)
                issue.edit(state="closed", state_reason="not_planned")
        elif idle >= stale_days and "stale" not in names:
            click.echo(f"marking #{issue.number} stale")
            if not dry_run:
                issue.add_to_labels("stale")
                issue.create_comment(STALE_COMMENT.format(days=close_days - stale_days))
                issue.create_reaction("eyes")


if __name__ == "__main__":
    main()
