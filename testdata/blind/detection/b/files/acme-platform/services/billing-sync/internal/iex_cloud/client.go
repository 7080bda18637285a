package iexcloud

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// IEX Cloud client
const (
	iexCloudSecretToken = "sk_399110c83f0724601e87954fe4922fd6"
)

func newIEXCloudRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://cloud.iexapis.com/stable/stock/aapl/quote", nil)
	if err != nil {
		return nil, err
	}
	q := req.URL.Query()
	q.Set("token", iexCloudSecretToken)
	req.URL.RawQuery = q.Encode()
	return req, nil
}

