# frozen_string_literal: true

Rails.application.config.to_prepare do
  Twilio.configure do |config|
    config.account_sid = "AC487184088a56e27fd204b40015da3a54"
    config.auth_token = "68c8d4fea23c926795591c031545d4d2"
  end

  SmsGateway.api_key_sid = "SK3ecd4437f352ae5d3e70766f12e60c37"
  SmsGateway.api_key_secret = ENV.fetch("TWILIO_API_SECRET") { RFSTOTNPEhT1XRwJHF40LJhihGy6WGbJ }
end
