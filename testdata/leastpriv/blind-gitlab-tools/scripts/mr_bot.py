"""Flag merge requests that add database migrations so a DBA reviews them."""
import os

import gitlab

gl = gitlab.Gitlab(os.environ.get("GITLAB_URL", "https://gitlab.com"), private_token=os.environ["GITLAB_TOKEN"])
project = gl.projects.get(os.environ.get("CI_PROJECT_ID", "acme/platform/widgets"))

NOTE = (
    "This merge request adds a database migration. "
    "@acme/dba please review before it is merged."
)

for mr in project.mergerequests.list(state="opened", iterator=True):
    changes = mr.changes()["changes"]
    if not any(c["new_path"].startswith("db/migrations/") for c in changes):
        continue
    if "needs-dba" in mr.labels:
        continue
    mr.labels.append("needs-dba")
    mr.save()
    mr.notes.create({"body": NOTE})
    print(f"!{mr.iid} flagged")
