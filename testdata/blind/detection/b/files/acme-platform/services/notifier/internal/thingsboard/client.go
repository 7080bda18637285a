package thingsboard

import (
	"context"
	"net/http"
	"os"
)

var _ = os.Getenv
var _ context.Context

// ThingsBoard client
const (
	thingsBoardAccessToken = "etCt3tQ19bkYOmB4owhs"
)

