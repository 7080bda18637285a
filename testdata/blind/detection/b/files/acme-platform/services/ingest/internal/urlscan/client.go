package urlscan

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// urlscan client
const (
	urlscanApiKey = "6d232ab6-bf02-4b3e-abf8-add3a6bbac82"
)

func newUrlscanRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://urlscan.io/api/v1/scan/", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("API-Key", ""+urlscanApiKey)
	return req, nil
}

