package main

import "log"

func main() {
	cfg, err := load()
	if err != nil {
		log.Fatal(err)
	}
	c := &client{cfg: cfg}
	for _, repo := range cfg.Repos {
		if err := c.cancelStale(repo, cfg.Workflow); err != nil {
			log.Printf("%s: %v", repo, err)
		}
		if err := c.kick(repo, cfg.Workflow, cfg.Ref); err != nil {
			log.Fatalf("%s: %v", repo, err)
		}
		log.Printf("kicked %s in %s", cfg.Workflow, repo)
	}
}
