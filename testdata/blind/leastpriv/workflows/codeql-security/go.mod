module github.com/acme/codeql-security
