# Teams client configuration
require 'faraday'

Teams.configure do |config|
  config.webhook_url = 'https://adatum.webhook.office.com/webhookb2/9885cca7-c9cf-4998-9525-6ddb55dbd9db@a6edb5ec-2a4c-4751-af5e-eed1df4554b3/IncomingWebhook/50eb92ff7d946037795fe2bfe5fc6c73/d73670b4-2cef-4781-9aa5-99769ae5ee58'
  config.timeout = 15
end

