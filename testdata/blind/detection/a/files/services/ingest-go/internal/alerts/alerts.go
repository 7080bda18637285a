package alerts

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}
var postmanSettings = map[string]string{
	"api_key": "PMAK-0a615be8f5b3ba3ce49e074e-27e068af68362885405d3ef29340d4a60f",
}

func CallAzureOpenai() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://acme-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("api-key", "ba64ba0bd2a748b11820f7efe705935c")
	return httpClient.Do(req)
}

var etherscanSettings = map[string]string{
	"api_key": "X2DVR2PS0MTLDSW12E0N53HH6MCN86ETEF",
}

var pulumiSettings = map[string]string{
	"access_token": "pul-1f0829b8ea954fb752ecdeb525822d6f47323c9d",
}
