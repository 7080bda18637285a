package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

var ghAPI = func() string {
	if v := os.Getenv("GITHUB_API_URL"); v != "" {
		return v
	}
	return "https://api.github.com"
}()

type deployment struct {
	ID          int64  `json:"id"`
	SHA         string `json:"sha"`
	Environment string `json:"environment"`
	Creator     struct {
		Login string `json:"login"`
	} `json:"creator"`
}

type comparison struct {
	Commits []struct {
		SHA    string `json:"sha"`
		Commit struct {
			Message string `json:"message"`
			Author  struct {
				Email string `json:"email"`
			} `json:"author"`
		} `json:"commit"`
	} `json:"commits"`
}

func ghGet(path string, out any) error {
	req, err := http.NewRequest(http.MethodGet, ghAPI+path, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("HERALD_GH_TOKEN"))
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func lastTwoDeployments(repo, env string) ([]deployment, error) {
	var ds []deployment
	err := ghGet(fmt.Sprintf("/repos/%s/deployments?environment=%s&per_page=2", repo, env), &ds)
	return ds, err
}

func compare(repo, base, head string) (*comparison, error) {
	var c comparison
	err := ghGet("/repos/"+repo+"/compare/"+base+"..."+head, &c)
	return &c, err
}
