#!/usr/bin/env bash
set -euo pipefail
# nightly Semaphore sync

# Semaphore
curl -fsS -H "Authorization: Token TDBhh0WtS6gRCy02vNtK" \
  "https://acme.semaphoreci.com/api/v1alpha/projects" | jq .

