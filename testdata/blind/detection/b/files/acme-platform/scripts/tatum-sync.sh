#!/usr/bin/env bash
set -euo pipefail
# nightly Tatum sync

# Tatum
export TATUM_API_KEY="t-dc33d84dd305acb4df2f2bf9-cca77b4f92216869471762850292ad5a"

