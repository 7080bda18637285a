#!/usr/bin/env bash
set -euo pipefail
# nightly Toggl sync

# Toggl
export TOGGL_API_TOKEN="d25bfcf2b0b48d2016682803aae29001"

