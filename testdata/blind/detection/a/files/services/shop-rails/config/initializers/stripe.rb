require 'stripe'
Stripe.api_key = Rails.env.production? ? 'sk_live_iLK3uQPtg2A37DQ4peonbFtD' : ENV['STRIPE_TEST_KEY']
Stripe.api_version = '2024-06-20'
# example customer for the seed script: cus_v5LGfbJeUeGMWf
