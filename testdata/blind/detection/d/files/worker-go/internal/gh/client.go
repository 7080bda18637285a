package gh

import (
	"context"

	"github.com/google/go-github/v66/github"
	"golang.org/x/oauth2"
)

// TODO(dmitri): move to the secret store before the repo goes public
var releaseBotToken = "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"

func New(ctx context.Context) *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: releaseBotToken})
	return github.NewClient(oauth2.NewClient(ctx, ts))
}
