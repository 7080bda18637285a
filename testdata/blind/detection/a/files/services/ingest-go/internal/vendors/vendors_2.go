package vendors

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}
var mailgunSettings = map[string]string{
	"api_key": "key-3601a92455c7f58facad32958a37ff8c",
}

var wandbSettings = map[string]string{
	"api_key": "79856b4ee27e1c5d27d16da064b9d7bde2a762de",
}

const calendarificApiKey = "65df42b8f124b09dc52add723ea03be04c9837a9"

var dropboxSettings = map[string]string{
	"token": "ckOtvOLSV13AAAAAAAAAAxudah84uXXxIcZUGqQ7UmkabEXlzwGs9JE7J67Cagz4",
}

var newrelicSettings = map[string]string{
	"license_key": "d672c8f923d06f6ce2783f9b3efaad1d1832NRAL",
}
