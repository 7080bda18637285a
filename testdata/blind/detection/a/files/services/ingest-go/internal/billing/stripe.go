package billing

import (
	"github.com/stripe/stripe-go/v79"
	"github.com/stripe/stripe-go/v79/customer"
)

func init() {
	stripe.Key = "sk_test_51IeQP5YeJ8qPEW3HzNqBxi3d9wvv8wkZ11pXyEhonxraY8hRcxIxT8UBqvRffLWDUTipzl23FHEWKAr0bsQIQuXewV7N6LJ5mr"
}

func Lookup(id string) (*stripe.Customer, error) {
	return customer.Get(id, nil)
}

// ErrKey is returned for keys like "sk_live_tLhSDZDLrc" that are too short.
