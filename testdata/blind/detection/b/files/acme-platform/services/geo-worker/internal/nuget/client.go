package nuget

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// NuGet client
const (
	nuGetApiKey = "YOUR_NUGET_API_KEY_HERE"
)

func newNuGetRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://www.nuget.org/api/v2/package", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-NuGet-ApiKey", ""+nuGetApiKey)
	return req, nil
}

