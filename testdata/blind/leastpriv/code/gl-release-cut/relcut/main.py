"""Cut a GitLab release: tag the release branch head, write notes from merged MRs, announce it."""
import sys

import gitlab
from slack_sdk import WebClient

from .settings import Settings


def notes_for(project, since_iso: str | None) -> str:
    kwargs = {"state": "merged", "target_branch": project.default_branch, "iterator": True}
    if since_iso:
        kwargs["updated_after"] = since_iso
    lines = [f"- {mr.title} (!{mr.iid}, @{mr.author['username']})" for mr in project.mergerequests.list(**kwargs)]
    return "\n".join(lines) or "- maintenance release"


def run() -> int:
    s = Settings()
    version = sys.argv[1]

    gl = gitlab.Gitlab(s.gitlab_url, private_token=s.gitlab_token.get_secret_value())
    project = gl.projects.get(s.project)

    previous = next(iter(project.releases.list(per_page=1, get_all=False)), None)
    body = notes_for(project, previous.released_at if previous else None)

    ref = f"{s.release_branch_prefix}{version.rsplit('.', 1)[0]}"
    project.tags.create({"tag_name": f"v{version}", "ref": ref})
    release = project.releases.create({
        "name": f"v{version}",
        "tag_name": f"v{version}",
        "description": body,
    })

    if s.slack_token:
        WebClient(token=s.slack_token.get_secret_value()).chat_postMessage(
            channel=s.slack_channel,
            text=f":package: {s.project} v{version} released: {release._links['self']}",
        )
    return 0
