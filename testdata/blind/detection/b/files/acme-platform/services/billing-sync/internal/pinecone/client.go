package pinecone

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Pinecone client
func newPineconeRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.pinecone.io/indexes", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Api-Key", "pcsk_G3reS6_IOA6u35KhXxvyxl4KxSR2vlXqfZdhhdRn8Psg9W92Ffdr61AwgnJzuy5mVWllrH")
	return req, nil
}

