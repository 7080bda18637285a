module github.com/shopfront/deploy-herald

go 1.22

require github.com/slack-go/slack v0.15.0
