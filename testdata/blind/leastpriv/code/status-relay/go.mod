module git.corp.example/devex/status-relay

go 1.21
