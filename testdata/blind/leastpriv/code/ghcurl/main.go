// ghcurl: a tiny `gh api` for machines without gh.
//
//	GHCURL_TOKEN=... ghcurl [-X METHOD] [-d JSON] PATH
//
// Every request is whatever the caller types on the command line.
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

func main() {
	method := flag.String("X", "GET", "HTTP method")
	data := flag.String("d", "", "request body (JSON)")
	host := flag.String("hostname", envOr("GHCURL_HOST", "api.github.com"), "API host (GHES: ghe.example.com/api/v3)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: ghcurl [-X METHOD] [-d JSON] PATH")
		os.Exit(2)
	}

	url := "https://" + *host + "/" + strings.TrimPrefix(flag.Arg(0), "/")
	var body io.Reader
	if *data != "" {
		body = strings.NewReader(*data)
	}
	req, err := http.NewRequest(strings.ToUpper(*method), url, body)
	if err != nil {
		fail(err)
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GHCURL_TOKEN"))
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fail(err)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
	if resp.StatusCode >= 400 {
		os.Exit(1)
	}
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
