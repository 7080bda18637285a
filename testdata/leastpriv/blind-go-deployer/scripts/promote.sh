#!/usr/bin/env bash
# Promote a tested build: publish the GitHub release and report back on the tracking issue.
#   GH_TOKEN=... scripts/promote.sh 2.8.0 1234
set -euo pipefail

: "${GH_TOKEN:?GH_TOKEN must be set for the gh CLI}"
version="$1"
tracking_issue="$2"
repo="acme/widgets"

last=$(gh run list --repo "$repo" --workflow deploy.yml --branch main --limit 1 --json conclusion --jq '.[0].conclusion')
if [[ "$last" != "success" ]]; then
  echo "last deploy.yml run on main was '$last', refusing to promote" >&2
  exit 1
fi

gh release create "v${version}" dist/*.tar.gz --repo "$repo" --verify-tag --generate-notes --title "v${version}"
gh issue comment "$tracking_issue" --repo "$repo" --body "Released v${version} :rocket:"
