#!/usr/bin/env bash
# Prints how often least-privilege inference agrees with the hand-written expectations in
# testdata/leastpriv/*/expected.toml (needed permission sets per token and per workflow
# job, and the findings each fixture repository must produce).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cargo test -q --test leastpriv inferred_needs_agree_with_hand_written_expectations -- --nocapture 2>&1 || true)
line=$(grep -E '^leastpriv agreement:' <<<"$out" || true)
if [[ -z "$line" ]]; then
  echo "$out" >&2
  echo "leastpriv-agreement: the test did not report a rate" >&2
  exit 2
fi
echo "$line"
grep -E '^  disagree:' <<<"$out" || true
