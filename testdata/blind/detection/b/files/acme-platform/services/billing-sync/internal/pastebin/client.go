package pastebin

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Pastebin client
var pastebinCfg = PastebinConfig{
	ApiDevKey: "gHNDnMQIiR12yLVoZqnKRFRJ",
	BaseURL: "https://pastebin.com/api/api_post.php",
}

