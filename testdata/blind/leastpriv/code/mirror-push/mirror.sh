#!/bin/sh
# Mirror private GitHub repositories to the on-prem GitLab for the air-gapped
# build farm. Runs every 15 minutes from the mirror host's crontab.
set -eu

GITLAB_HOST="${GITLAB_HOST:-gitlab.factory.local}"
WORKDIR="${WORKDIR:-/srv/mirror}"

: "${MIRROR_SOURCE_TOKEN:?}"   # GitHub fine-grained token, read access to the repos
: "${GITLAB_MIRROR_TOKEN:?}"   # GitLab project access token used for pushing

while read -r src dst; do
  [ -z "$src" ] && continue
  dir="$WORKDIR/$(echo "$src" | tr / _).git"
  if [ ! -d "$dir" ]; then
    git clone --mirror "https://x-access-token:${MIRROR_SOURCE_TOKEN}@github.com/${src}.git" "$dir"
  else
    git -C "$dir" remote set-url origin "https://x-access-token:${MIRROR_SOURCE_TOKEN}@github.com/${src}.git"
    git -C "$dir" fetch --prune origin
  fi
  git -C "$dir" push --mirror "https://oauth2:${GITLAB_MIRROR_TOKEN}@${GITLAB_HOST}/${dst}.git"
done < "${MIRROR_LIST:-/etc/mirror/repos.txt}"
