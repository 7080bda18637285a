package lokalise

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Lokalise client
var lokaliseCfg = LokaliseConfig{
	ApiToken: "cd0011e207c09929901b3daad8900da6d00cdcf2",
	BaseURL: "https://api.lokalise.com/api2/projects",
}

