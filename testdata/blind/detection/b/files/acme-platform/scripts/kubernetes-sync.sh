#!/usr/bin/env bash
set -euo pipefail
# nightly Kubernetes sync

# Kubernetes
export KUBERNETES_SA_TOKEN="$(vault kv get -field=value secret/kubernetes_sa_token)"

