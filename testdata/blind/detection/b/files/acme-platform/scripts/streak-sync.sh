#!/usr/bin/env bash
set -euo pipefail
# nightly Streak sync

# Streak
export STREAK_API_KEY="1f18c7d57a7ec7eaf8d85513a0efef3e"

