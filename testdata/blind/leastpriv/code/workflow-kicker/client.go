package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

type client struct {
	cfg Config
}

func (c *client) do(method, path string, body, out any) error {
	var rd *bytes.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	req, err := http.NewRequest(method, c.cfg.API+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.Token)
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if out != nil {
		return json.NewDecoder(resp.Body).Decode(out)
	}
	return nil
}

func (c *client) list(path string, out any) error       { return c.do(http.MethodGet, path, nil, out) }
func (c *client) trigger(path string, body any) error    { return c.do(http.MethodPost, path, body, nil) }

type runList struct {
	WorkflowRuns []struct {
		ID     int64  `json:"id"`
		Status string `json:"status"`
	} `json:"workflow_runs"`
}

// cancelStale cancels runs of the workflow that are still queued or running
// from an earlier kick.
func (c *client) cancelStale(repo, workflow string) error {
	var runs runList
	if err := c.list(fmt.Sprintf("/repos/%s/actions/workflows/%s/runs?status=in_progress", repo, workflow), &runs); err != nil {
		return err
	}
	for _, r := range runs.WorkflowRuns {
		if err := c.trigger(fmt.Sprintf("/repos/%s/actions/runs/%d/cancel", repo, r.ID), nil); err != nil {
			return err
		}
	}
	return nil
}

func (c *client) kick(repo, workflow, ref string) error {
	return c.trigger(fmt.Sprintf("/repos/%s/actions/workflows/%s/dispatches", repo, workflow),
		map[string]any{"ref": ref, "inputs": map[string]string{"reason": "workflow-kicker"}})
}
