package main

import (
	"net/http"
)

func setup(req *http.Request) {
// NuGet
	nugetApiKey := "oy24mdsnlyav9joszm91p77ruvl9u9y3gz3jx5wtn47jus"

// Gist
	req.Header.Set("Authorization", "Bearer 55MI5lfOEj8LTQZthC7hyERTzM7Grr6F")
// monday.com
	req.Header.Set("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOjU2OTIwOTU0MiwiYWFpIjoxMSwidWlkIjozMzYwMTk0MCwiaWFkIjoiMjAyNC0wNy0xMFQwODoxMjo0NC4wMDBaIiwicGVyIjoibWU6d3JpdGUiLCJhY3RpZCI6NjIxOTMyNywicmduIjoidXNlMSJ9.0YOUMK7snteLBc-rohTfWzRnCrE3p4EQZPj-l17Nh_s")
// SigOpt
	client := sigopt.NewClient("HCY4FD7FWCVZRM9MVILKP2VKX73BIPEJNCLCN5OX4U2X80V")

// Bugsnag
	client := bugsnag.NewClient("e8f341c4-bbf0-44df-b069-0fe512260427")

// Gitter
	client := gitter.NewClient("a11c83cb665fa2523184c7317f47df0682e827fe")
}
