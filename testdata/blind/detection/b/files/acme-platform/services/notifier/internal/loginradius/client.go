package loginradius

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// LoginRadius client
const (
	loginRadiusApiKey = "d3201788-be07-404f-973a-b6b051a7b936"
	loginRadiusApiSecret = "0fcd7d62-8fbd-494b-b3f6-6a7513feff2c"
)

func newLoginRadiusRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.loginradius.com/identity/v2/manage/account", nil)
	if err != nil {
		return nil, err
	}
	q := req.URL.Query()
	q.Set("apisecret", loginRadiusApiSecret)
	req.URL.RawQuery = q.Encode()
	return req, nil
}

