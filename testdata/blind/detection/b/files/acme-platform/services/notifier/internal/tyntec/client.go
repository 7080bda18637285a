package tyntec

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// tyntec client
func newTyntecRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.tyntec.com/messaging/v1/sms", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("apikey", "VChi73MKhjoCgzaTOC1sRYRHhz6N8OVa")
	return req, nil
}

