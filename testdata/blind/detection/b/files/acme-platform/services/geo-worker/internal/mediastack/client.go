package mediastack

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// mediastack client
const (
	mediastackAccessKey = "4811d72e2956cd421abf51c9acff61d9"
)

func newMediastackRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.mediastack.com/v1/news", nil)
	if err != nil {
		return nil, err
	}
	q := req.URL.Query()
	q.Set("access_key", mediastackAccessKey)
	req.URL.RawQuery = q.Encode()
	return req, nil
}

