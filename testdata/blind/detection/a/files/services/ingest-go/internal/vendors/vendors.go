package vendors

import (
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}
const circleciProjectToken = "CCIPRJ_q5YzvvvayYK2igPsRop654_89a142ce16cd2c266beee8c5b69938910753383f"

var notionSettings = map[string]string{
	"token": "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",
}

const mailchimpApiKey = "9ae02ddef75cfdddbc8335ed6febb889-us12"

func CallXai() (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://api.x.ai/v1/models", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer xai-EfMsOc6FEElBRUQe2T2GxFVekLRAMhfs1RsKTKKOzDRsR13HCAx6DRGkNo4sa6Akz7j4TV1cnbsA9o5R")
	return httpClient.Do(req)
}

const alchemyApiKey = "aXG7lG6YiJfYF8vJhFzA7xCkW7HwU5yP"
