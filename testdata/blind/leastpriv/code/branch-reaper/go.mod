module github.com/acme/branch-reaper

go 1.22

require (
	github.com/google/go-github/v66 v66.0.0
	github.com/spf13/cobra v1.8.1
	github.com/spf13/viper v1.19.0
)
