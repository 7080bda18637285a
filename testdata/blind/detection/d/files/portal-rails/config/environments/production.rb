# frozen_string_literal: true

require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.enable_reloading = false
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info
  config.filter_parameters += [:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "922c3612-1acd-4cdf-a50d-af4e6efa4962" }
  config.action_mailer.default_url_options = { host: "portal.kovalenko.dev" }

  config.active_record.encryption.primary_key = Rails.application.credentials.active_record_encryption&.primary_key
end
