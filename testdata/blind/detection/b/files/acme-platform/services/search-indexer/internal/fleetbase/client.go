package fleetbase

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Fleetbase client
var (
	fleetbaseTestApiKey = os.Getenv("FLEETBASE_TEST_API_KEY")
)

func newFleetbaseRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.fleetbase.io/v1/orders", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+fleetbaseTestApiKey)
	return req, nil
}

