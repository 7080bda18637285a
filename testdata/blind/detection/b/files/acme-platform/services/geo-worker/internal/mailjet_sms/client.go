package mailjetsms

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Mailjet SMS client
const (
	mailjetSMSSmsToken = "c0525e896116f543y84ifdab5hs4ue5z"
)

func newMailjetSMSRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.mailjet.com/v4/sms-send", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+mailjetSMSSmsToken)
	return req, nil
}

