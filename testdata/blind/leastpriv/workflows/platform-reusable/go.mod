module github.com/acme/platform-reusable
