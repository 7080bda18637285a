// status-relay receives Jenkins build notifications and mirrors them as
// commit statuses on our GitHub Enterprise Server instance.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"
)

type jenkinsEvent struct {
	Repo    string `json:"repo"` // org/name
	SHA     string `json:"sha"`
	Job     string `json:"job"`
	Phase   string `json:"phase"`  // STARTED | COMPLETED
	Result  string `json:"result"` // SUCCESS | FAILURE | ABORTED
	URL     string `json:"url"`
	Summary string `json:"summary"`
}

type relay struct {
	base  string // e.g. https://github.corp.example/api/v3
	token string
	hc    *http.Client
}

func (r *relay) post(path string, payload any) error {
	buf, _ := json.Marshal(payload)
	req, err := http.NewRequest("POST", r.base+path, bytes.NewReader(buf))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "token "+r.token)
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("Content-Type", "application/json")
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("POST %s: %s", path, resp.Status)
	}
	return nil
}

func state(ev jenkinsEvent) string {
	if ev.Phase == "STARTED" {
		return "pending"
	}
	switch ev.Result {
	case "SUCCESS":
		return "success"
	case "FAILURE":
		return "failure"
	default:
		return "error"
	}
}

func (r *relay) handle(w http.ResponseWriter, req *http.Request) {
	var ev jenkinsEvent
	if err := json.NewDecoder(req.Body).Decode(&ev); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	st := state(ev)
	err := r.post("/repos/"+ev.Repo+"/statuses/"+ev.SHA, map[string]string{
		"state":       st,
		"target_url":  ev.URL,
		"context":     "jenkins/" + strings.ToLower(ev.Job),
		"description": fmt.Sprintf("Jenkins %s", strings.ToLower(ev.Result)),
	})
	if err == nil && st == "failure" && ev.Summary != "" {
		// drop the failing test summary on the commit itself
		err = r.post("/repos/"+ev.Repo+"/commits/"+ev.SHA+"/comments", map[string]string{
			"body": "**" + ev.Job + " failed**\n\n```\n" + ev.Summary + "\n```",
		})
	}
	if err != nil {
		log.Print(err)
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	r := &relay{
		base:  strings.TrimRight(os.Getenv("GHE_API_URL"), "/"),
		token: os.Getenv("GHE_STATUS_TOKEN"),
		hc:    http.DefaultClient,
	}
	http.HandleFunc("/jenkins", r.handle)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
