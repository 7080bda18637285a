package smartsheet

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Smartsheet client
var smartsheetCfg = SmartsheetConfig{
	AccessToken: "dummy",
	BaseURL: "https://api.smartsheet.com/2.0/sheets",
}

