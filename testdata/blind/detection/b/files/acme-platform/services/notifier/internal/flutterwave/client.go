package flutterwave

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// Flutterwave client
var flutterwaveCfg = FlutterwaveConfig{
	SecretKey: "FLWSECK_TEST-12ffd72c37cc58eb373d0008dd6610f2-X",
	BaseURL: "https://api.flutterwave.com/v3/transactions",
}

