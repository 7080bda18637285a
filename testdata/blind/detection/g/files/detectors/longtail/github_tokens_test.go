package longtail

import "testing"

func TestGithubTokens(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  bool
	}{
		{name: "github env", input: `GITHUB_TOKEN=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`, want: true},
		{name: "github header", input: `curl -H "Authorization: Bearer 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" https://api.github.com/v1/me`, want: true},
		{name: "github client", input: `c := github.NewClient("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")`, want: true},
		{name: "github negative", input: `GITHUB_TOKEN=ghp_k9aVFZ5qBRH8XvXtpMUR1lAk1vT2QXxxkM7u`, want: false},
		{name: "github negative", input: `GITHUB_TOKEN=gho_PWlUzbvgfFQqqOwU4l9a1rim1rkQFC1m0L7U`, want: false},
		{name: "github negative", input: `GITHUB_TOKEN=ghp_HpHCuD7aPbWuN3zQ6EHdJ4cr`, want: false},
	}
	for _, tc := range cases {
		if got := detect(tc.input); got != tc.want {
			t.Errorf("%s: got %v want %v", tc.name, got, tc.want)
		}
	}
}
