#!/usr/bin/env bash
set -euo pipefail
# one-off bootstrap for self-hosted runners

cat > "$HOME/.netrc" <<'EOF'
machine registry.acme.example
login runner
password SrN1!fO7B863WQg92
EOF
chmod 600 "$HOME/.netrc"

# CI variant uses the job token instead
echo "machine gitlab.acme.example login gitlab-ci-token password ${CI_JOB_TOKEN}" >> "$HOME/.netrc"
