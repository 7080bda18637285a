module github.com/nightly-ops/workflow-kicker

go 1.22

require github.com/kelseyhightower/envconfig v1.4.0
