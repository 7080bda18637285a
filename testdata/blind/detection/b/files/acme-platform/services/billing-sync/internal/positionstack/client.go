package positionstack

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// positionstack client
var positionstackCfg = PositionstackConfig{
	AccessKey: "b9d3179c48ac616890d0a2b6",
	BaseURL: "https://api.positionstack.com/v1/forward",
}

