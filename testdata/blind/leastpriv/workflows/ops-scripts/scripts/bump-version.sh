#!/usr/bin/env bash
# Bump VERSION, push a release branch and open a PR for it.
set -euo pipefail
part="${1:-patch}"
IFS=. read -r major minor patch < VERSION
case "$part" in
  major) major=$((major + 1)); minor=0; patch=0 ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  *)     patch=$((patch + 1)) ;;
esac
new="${major}.${minor}.${patch}"
echo "$new" > VERSION
git config user.name "github-actions[bot]"
git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
git checkout -b "release/v${new}"
git commit -am "chore: release v${new}"
git push origin "release/v${new}"
gh pr create --base main --head "release/v${new}" --title "chore: release v${new}" --body "Automated version bump (${part})."
