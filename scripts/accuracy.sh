#!/usr/bin/env bash
# Measures the rule pack's recall and precision on the labelled corpus in
# testdata/accuracy and prints the per-provider table.
#
#   scripts/accuracy.sh              run the accuracy test and print the table
#   scripts/accuracy.sh --regen      regenerate the corpus and manifest first
#                                    (testdata/accuracy/gen/generate.py), then run
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--regen" ]]; then
    python3 testdata/accuracy/gen/generate.py
fi

cargo test -q --test accuracy -- --nocapture --test-threads=1
