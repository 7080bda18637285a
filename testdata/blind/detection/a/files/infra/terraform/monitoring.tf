resource "datadog_integration_slack_channel" "ops" {
  account_name = "acme"
  channel_name = "#ops"
  display {
    message = true
  }
}

variable "slack_webhook" {
  type      = string
  sensitive = true
  default   = "https://hooks.slack.com/services/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"
}
