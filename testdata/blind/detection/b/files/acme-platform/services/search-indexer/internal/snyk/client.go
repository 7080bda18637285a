package snyk

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Snyk client
func newSnykRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.snyk.io/rest/orgs", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "token 2e9c1ad0-010a-46f7-adda-2056ef558719")
	return req, nil
}

