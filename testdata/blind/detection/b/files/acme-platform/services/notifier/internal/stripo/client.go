package stripo

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Stripo client
var (
	stripoApiKey = mustSecret("stripo_api_key")
)

func newStripoRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://plugins.stripo.email/api/v1/auth", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Stripo-Api-Auth", ""+stripoApiKey)
	return req, nil
}

