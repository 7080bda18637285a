package main

import (
	"net/http"
)

func setup(req *http.Request) {
// Statuspage
	req.Header.Set("Authorization", "Bearer b40f59a4-d4c6-46ab-934d-e23d46a1303b")
// Beebole
	req.Header.Set("Authorization", "Bearer 00a513f0072deb045a16fb05f9648ad1d0eb3833")

// OpenRouter
	openrouterApiKey := "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"

// Nylas
	nylasCommitSha := "dae5bb21-2fc9-4c5d-afa6-464f15f116ab"

// mite
	miteApiKey := "76d69c60b74cdfda"
// AppSynergy
	appsynergyTraceId := "40504fae13a1f22fe5c2d1a7b6e1f5076c5bc02b"

// mite
	req.Header.Set("Authorization", "Bearer 8ce9fa8e4b698b66")
}
