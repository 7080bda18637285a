package clients

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

func CallHoneycomb() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.honeycomb.io/1/events/prod", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Honeycomb-Team", "YOUR_API_KEY_HERE")
	return httpClient.Do(req)
}

var assemblyaiSettings = map[string]string{
	"api_key": "{{ assemblyai_api_key }}",
}

const deepgramApiKey = "changeme-deepgram"
