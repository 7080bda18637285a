package main

import (
	"context"
	"log"
	"os"

	"example.com/gl-mirror-bot/internal/ghclient"
	"example.com/gl-mirror-bot/internal/sync"
	gitlab "gitlab.com/gitlab-org/api/client-go"
)

func mustEnv(k string) string {
	v := os.Getenv(k)
	if v == "" {
		log.Fatalf("%s is required", k)
	}
	return v
}

func main() {
	baseURL := os.Getenv("GITLAB_URL")
	if baseURL == "" {
		baseURL = "https://gitlab.com/api/v4"
	}
	gl, err := gitlab.NewClient(mustEnv("GITLAB_TOKEN"), gitlab.WithBaseURL(baseURL))
	if err != nil {
		log.Fatal(err)
	}
	b := &sync.Bridge{
		GL:         gl,
		GH:         ghclient.New(mustEnv("MIRROR_GH_TOKEN")),
		Project:    mustEnv("GITLAB_PROJECT"),
		GHOwner:    "acme",
		GHRepo:     "infra-tracker",
		TrackLabel: "gitlab-mr",
	}
	if err := b.Run(context.Background()); err != nil {
		log.Fatal(err)
	}
}
