#!/usr/bin/env bash
# Prints how often least-privilege inference agrees with the hand-written expectations in
# testdata/leastpriv/*/expected.toml (needed permission sets per token and per workflow
# job, and the findings each fixture repository must produce): the consistency set
# (written with the inference) and the blind set (blind-*, written from provider docs).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(cargo test -q --locked --test leastpriv agree -- --nocapture --test-threads=1 2>&1 || true)
line=$(grep -oE 'leastpriv agreement .*' <<<"$out" || true)
if [[ -z "$line" ]]; then
  echo "$out" >&2
  echo "leastpriv-agreement: the test did not report a rate" >&2
  exit 2
fi
echo "$line"
grep -E '^  disagree:' <<<"$out" || true
