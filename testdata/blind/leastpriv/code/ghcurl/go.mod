module github.com/tinytools/ghcurl

go 1.22
