"""Turn ruff findings on changed lines into inline MR discussions."""
import json
import os
import sys

from .client import GitLabClient


def main(report_path: str) -> None:
    gl = GitLabClient(
        os.environ.get("CI_SERVER_URL", "https://gitlab.com"),
        os.environ["GL_LINT_TOKEN"],
        os.environ["CI_PROJECT_ID"],
    )
    iid = int(os.environ["CI_MERGE_REQUEST_IID"])
    refs = gl.versions(iid)[0]
    changed = {d["new_path"] for d in gl.diffs(iid)}

    with open(report_path) as fh:
        findings = json.load(fh)
    root = os.getcwd() + os.sep
    for f in findings:
        path = f["filename"].replace(root, "")
        if path in changed:
            gl.comment_on_line(iid, f"**{f['code']}** {f['message']}", path, f["location"]["row"], refs)


if __name__ == "__main__":
    main(sys.argv[1])
