#!/usr/bin/env bash
set -euo pipefail
# nightly PandaDoc sync

# PandaDoc
curl -fsS -H "Authorization: API-Key 0e21658017567ff6fbfc38341642a5d87eb8adb7" \
  "https://api.pandadoc.com/public/v1/documents" | jq .

