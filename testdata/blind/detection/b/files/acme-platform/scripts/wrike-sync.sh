#!/usr/bin/env bash
set -euo pipefail
# nightly Wrike sync

# Wrike
export WRIKE_ACCESS_TOKEN="${WRIKE_ACCESS_TOKEN:?missing}"

