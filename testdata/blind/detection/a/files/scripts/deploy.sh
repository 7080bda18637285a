#!/usr/bin/env bash
set -euo pipefail

cd "$(dirname "$0")/.."
export GRAFANA_SA_TOKEN="glsa_jiYCX59W8vDXuHuS9BQZWhSLUyVWKugz_f02ad041"

export MAILCHIMP_API_KEY="d9cd284888e1fb7969cecab662faef64-us11"

export BITBUCKET_ACCESS_TOKEN="ATCTT3xFfGN0V_m_zx3aIiGIju7hHuvMV0oCDYncJye3dmce0cOMHTaQ3ZZMyrqCctZFl6dCC1v01vpx1kfkMXMe_C21NZ19t9FZS3wxlonTlE-XkYKiGuzZ7sZQqZ4gj6exDeIFJUYCIU33VJpp7vPz66eazgcKuznbb-XGWsWb4yvIKf3Jpj=9EF6227C"

export CLOUDINARY_URL="cloudinary://249430100327044:T6cEItlLzP6aNFnJSg-feROK_qZ@dwdc46w9x"

export AUTH0_CLIENT_ID="H1WtmVGv76igApzwjr9kivzrDavRmUIW"
export AUTH0_CLIENT_SECRET="yUvm-FqgZlU0-XRQ_MWF3GdBlzj1Ua5J4EtfOt4PY0_Cdujcfg0DXeWlXAD8MdGf"
