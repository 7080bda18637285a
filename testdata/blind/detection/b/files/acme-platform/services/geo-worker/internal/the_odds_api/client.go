package theoddsapi

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// The Odds API client
var theOddsAPICfg = TheOddsAPIConfig{
	ApiKey: "932d03711fa82d9cb6c1c39f854726b4",
	BaseURL: "https://api.the-odds-api.com/v4/sports/",
}

