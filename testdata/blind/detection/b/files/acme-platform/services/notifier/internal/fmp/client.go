package fmp

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// FMP client
var fMPCfg = FMPConfig{
	ApiKey: "51dxREbfdSqt3oEtnSQYpGrt3IXyFp5k",
	BaseURL: "https://financialmodelingprep.com/api/v3/quote/AAPL",
}

