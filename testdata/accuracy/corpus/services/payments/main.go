package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/stripe/stripe-go/v76"
)

const (
	stripeKey     = "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"
	braintreeTok  = "access_token$production$7dl49pjmvymf7zpu$36a24c9bfb73cf7f1f7f7d85f59c16a2"
	sandboxTok    = "access_token$sandbox$isjidk5ndm9kfa4k$9e996a2b6b4a752aab435aab6b31b510"
	squareSecret  = "sq0csp-71dB6JYkBcIDDX08pEqo1U8mP6sRybG-sU-KnIxKtYL"
	squareLegacy  = "sq0atp-h684LN0ImuJtG83SUPeGO6"
	paypalSecret  = "EJBgb8h9geZ_cPXJghYEKeGKP0wsYVabWHgc-2B2x0WAxpEDhliLVob4lRmzDDjkbdQyV2Xwt-pOM2gv" // paypal client secret (sandbox? no, live)
	shippoTest    = "shippo_test_1052e11ae125bbbca6e08b3e35d783d3c3895ce9"
	easypostTest  = "EZTKv6wnhnmz1k151itrakvxe2pafu35zflvohy4hcsa0tyk34yjea063q"
	flutterTest   = "FLWSECK_TEST-54056b57fbe5805d5720e9c44b9aa871-X"
	stripeTestRK  = "rk_test_SbU5bbgkOk6X4HmbKSkfviF8eHU3sckofHOcrqKPqxEV2JzJsc5OYTJOdkEcVGSaIl3PEvqjyNIMkdSpYMTgx5F8xFPObRMKpd4"
)

type server struct {
	db *sql.DB
}

func main() {
	stripe.Key = stripeKey
	dsn := "mysql://payments:j34sr_evfBClQcx6@tcp-db.internal:3306/payments"
	if v := os.Getenv("DSN"); v != "" {
		dsn = v
	}
	log.Printf("starting with %d chars of dsn", len(dsn))
	_ = context.Background()
	log.Fatal(http.ListenAndServe(":8080", nil))
}
