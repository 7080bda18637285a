package config

import "os"
var githubToken = os.Getenv("GITHUB_TOKEN")
var gitlabToken = os.Getenv("GITLAB_API_TOKEN")
var doToken = mustSecret("digitalocean/token")

func mustSecret(name string) string { return os.Getenv(name) }
