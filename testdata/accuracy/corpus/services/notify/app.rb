require 'sinatra'
require 'twilio-ruby'
require 'stripe'

Stripe.api_key = 'sk_live_L0WgzahshXIfKaIC7UNaTt01'

configure do
  set :shopify_token, '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'
  set :shopify_password, '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'
  set :shopify_secret, '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'
end

ZENDESK = { url: 'https://acme.zendesk.com/api/v2', zendesk_api_token: 'M7VVykjabBUMJJumAE5mJjXF802ry8SU3mPvAdNW' }
TWITCH_CLIENT_SECRET = 'hlx7w4my4n6gv8ybaqwu524e8uhulp'

post '/webhooks/shopify' do
  halt 401 unless valid_hmac?(request, settings.shopify_secret)
  'ok'
end
