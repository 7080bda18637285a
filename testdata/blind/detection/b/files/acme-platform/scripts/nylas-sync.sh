#!/usr/bin/env bash
set -euo pipefail
# nightly Nylas sync

# Nylas
export NYLAS_API_KEY="nyk_v0_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"

