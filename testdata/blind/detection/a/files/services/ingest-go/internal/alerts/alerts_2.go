package alerts

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}
const confluentApiKey = "L5ECT3ONCH1TODQ7"
const confluentApiSecret = "WqWA3wWrxFmNesr91QnCIUwn2HFwtscuJUVmqzbAT/9RxdbpKMKkWFtbOmUD/WQa"

const sourcegraphToken = "sgp_bfe8bdb3341e6c00_0139623259cb83d779f8a70268e066f3028ecdad"

var calendlySettings = map[string]string{
	"api_key": "{{ .Values.calendly.apiKey }}",
}

var grafanaCloudSettings = map[string]string{
	"access_policy_token": "glc_eyJvIjoiNzU4MTE1IiwibiI6InN0YWNrLTI5NzIyNi1pbnRlZ3JhdGlvbi1tbXltZmgiLCJrIjoiVmcyUDQ3OU9wYzljSWlITnVUSTYxT2hQIiwibSI6eyJyIjoicHJvZC1ldS13ZXN0LTIifX0=",
}
