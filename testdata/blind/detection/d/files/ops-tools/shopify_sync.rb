require "net/smtp"
require "redis"
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "00aa856666ef20fc1e218c0f45e9ef95",
  api_secret_key: "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",
  host: "https://sync.kovalenko.dev",
  scope: "read_orders,read_products",
  is_embedded: false,
  api_version: "2025-01",
  is_private: true,
)

REDIS = Redis.new(host: "cache01.lab", password: ENV.fetch("REDIS_PASSWORD"))

def mail_report(body)
  Net::SMTP.start("smtp.office365.com", 587, "kovalenko.dev", "sync@kovalenko.dev", "CFVZ8yksq#to8qC%.7We-Ih", :login) do |smtp|
    smtp.send_message(body, "sync@kovalenko.dev", "ops@kovalenko.dev")
  end
end
