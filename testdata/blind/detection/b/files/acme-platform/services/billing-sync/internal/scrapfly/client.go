package scrapfly

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Scrapfly client
var scrapflyCfg = ScrapflyConfig{
	ApiKey: "scp-live-7b5694362c6d17b02beecad9ac61c63b",
	BaseURL: "https://api.scrapfly.io/scrape",
}

