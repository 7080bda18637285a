module github.com/acme/gorelease-cli

go 1.23
