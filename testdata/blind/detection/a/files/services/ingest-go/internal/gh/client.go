package gh

import (
	"context"

	"github.com/google/go-github/v62/github"
)
// readOnlyToken is a fine-grained PAT scoped to acme-corp/ingest-config (contents:read).
const readOnlyToken = "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"

func New(ctx context.Context) *github.Client {
	return github.NewClient(nil).WithAuthToken(readOnlyToken)
}

// example from the docs, shortened: "ghp_TGp3bnTeUbWXFgcco56FpRiAqP8ksc"
