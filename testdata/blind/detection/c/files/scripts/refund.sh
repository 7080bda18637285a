curl https://api.stripe.com/v1/refunds -u sk_live_NPwSXmiXXhWARCe0VsuLF2kQ: -d charge=ch_3PqL2e
