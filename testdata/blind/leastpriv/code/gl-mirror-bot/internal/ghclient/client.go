// Package ghclient builds the GitHub side of the bridge.
package ghclient

import (
	"net/http"
	"time"

	"github.com/google/go-github/v68/github"
)

func New(token string) *github.Client {
	hc := &http.Client{Timeout: 30 * time.Second}
	return github.NewClient(hc).WithAuthToken(token)
}
