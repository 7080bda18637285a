"""Draft the next GitHub release from the PRs merged since the last one.

usage: RELEASE_TOKEN=... python tools/cut_release.py 2.8.0
"""
import glob
import os
import sys

from github import Auth, Github

REPO = os.environ.get("GITHUB_REPOSITORY", "acme/widgets")
SECTIONS = {"feature": "Features", "bug": "Fixes", "docs": "Documentation"}


def release_notes(pulls):
    grouped = {title: [] for title in SECTIONS.values()}
    grouped["Other"] = []
    for pr in pulls:
        labels = {label.name for label in pr.labels}
        section = next((SECTIONS[l] for l in SECTIONS if l in labels), "Other")
        grouped[section].append(f"- {pr.title} (#{pr.number}, @{pr.user.login})")
    out = []
    for title, lines in grouped.items():
        if lines:
            out.append(f"## {title}\n" + "\n".join(lines))
    return "\n\n".join(out)


def main(version):
    gh = Github(auth=Auth.Token(os.environ["RELEASE_TOKEN"]))
    repo = gh.get_repo(REPO)

    last = repo.get_latest_release()
    merged = []
    for pr in repo.get_pulls(state="closed", base="main", sort="updated", direction="desc"):
        if pr.updated_at < last.created_at:
            break
        if pr.merged_at and pr.merged_at > last.created_at:
            merged.append(pr)

    release = repo.create_git_release(
        tag=f"v{version}",
        name=f"v{version}",
        message=release_notes(merged),
        draft=True,
        target_commitish="main",
    )
    for path in sorted(glob.glob("dist/*")):
        release.upload_asset(path)
        print("uploaded", os.path.basename(path))
    print("draft ready:", release.html_url)


if __name__ == "__main__":
    main(sys.argv[1])
