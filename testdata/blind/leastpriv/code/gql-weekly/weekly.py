"""Weekly maintainer digest: unanswered questions and PRs waiting for review."""
import datetime as dt
import os
import sys

import httpx

from queries import ADD_COMMENT, ADD_LABELS, CREATE_ISSUE, REPO_STATE

GRAPHQL_URL = os.environ.get("GITHUB_GRAPHQL_URL", "https://api.github.com/graphql")


class GraphQL:
    def __init__(self, token: str):
        self._http = httpx.Client(
            headers={"Authorization": f"bearer {token}", "User-Agent": "gql-weekly"},
            timeout=30,
        )

    def __call__(self, query: str, **variables):
        r = self._http.post(GRAPHQL_URL, json={"query": query, "variables": variables})
        r.raise_for_status()
        data = r.json()
        if data.get("errors"):
            raise RuntimeError(data["errors"])
        return data["data"]


def main(owner: str, name: str) -> None:
    gql = GraphQL(os.environ["GQL_BOT_TOKEN"])
    repo = gql(REPO_STATE, owner=owner, name=name)["repository"]
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=3)

    unanswered = []
    for issue in repo["issues"]["nodes"]:
        created = dt.datetime.fromisoformat(issue["createdAt"].replace("Z", "+00:00"))
        if issue["comments"]["totalCount"] == 0 and created < cutoff:
            unanswered.append(issue)
            gql(ADD_COMMENT, subject=issue["id"],
                body="Thanks for the question! A maintainer will pick this up in this week's triage.")
            if repo["label"]:
                gql(ADD_LABELS, labelable=issue["id"], labels=[repo["label"]["id"]])

    waiting = [p for p in repo["pullRequests"]["nodes"]
               if not p["isDraft"] and p["reviewDecision"] in (None, "REVIEW_REQUIRED")]

    body = ["## Unanswered questions", *[f"- #{i['number']} {i['title']}" for i in unanswered] or ["- none"],
            "", "## Pull requests waiting for review",
            *[f"- #{p['number']} {p['title']} (@{p['author']['login']})" for p in waiting] or ["- none"]]
    week = dt.date.today().isocalendar()
    gql(CREATE_ISSUE, repo=repo["id"], title=f"Maintainer digest {week.year}-W{week.week:02d}", body="\n".join(body))


if __name__ == "__main__":
    main(*sys.argv[1].split("/", 1))
