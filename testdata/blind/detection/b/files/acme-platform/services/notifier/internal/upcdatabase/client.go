package upcdatabase

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// UPCDatabase client
const (
	upcDatabaseApiKey = "<your-upcdatabase-api-key>"
)

func newUPCDatabaseRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.upcdatabase.org/product/0111222333446", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+upcDatabaseApiKey)
	return req, nil
}

