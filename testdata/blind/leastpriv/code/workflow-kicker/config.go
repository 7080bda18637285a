package main

import "github.com/kelseyhightower/envconfig"

// Config is read from KICKER_* environment variables.
type Config struct {
	Token    string   `envconfig:"TOKEN" required:"true"`
	API      string   `envconfig:"API" default:"https://api.github.com"`
	Repos    []string `envconfig:"REPOS" required:"true"`
	Workflow string   `envconfig:"WORKFLOW" default:"nightly.yml"`
	Ref      string   `envconfig:"REF" default:"main"`
}

func load() (Config, error) {
	var c Config
	err := envconfig.Process("kicker", &c)
	return c, err
}
