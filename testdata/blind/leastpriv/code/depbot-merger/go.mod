module github.com/acme/depbot-merger

go 1.22

require github.com/google/go-github/v66 v66.0.0
