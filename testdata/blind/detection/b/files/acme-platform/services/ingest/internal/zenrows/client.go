package zenrows

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// ZenRows client
func newZenRowsRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.zenrows.com/v1/", nil)
	if err != nil {
		return nil, err
	}
	q := req.URL.Query()
	q.Set("apikey", "c691c6e534bd0abafe1e472e33321feaab080859")
	req.URL.RawQuery = q.Encode()
	return req, nil
}

