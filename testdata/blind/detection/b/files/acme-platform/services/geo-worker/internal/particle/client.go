package particle

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Particle client
const (
	particleAccessToken = "42244378140ce5f5c1e3ae3192102244ae665ada855e9ab"
)

func newParticleRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.particle.io/v1/devices", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+particleAccessToken)
	return req, nil
}

