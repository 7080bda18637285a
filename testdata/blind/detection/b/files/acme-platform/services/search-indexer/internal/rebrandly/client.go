package rebrandly

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Rebrandly client
func newRebrandlyRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.rebrandly.com/v1/links", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("apikey", "12d86c83f3d4d51ce0e7e0db9f449826")
	return req, nil
}

