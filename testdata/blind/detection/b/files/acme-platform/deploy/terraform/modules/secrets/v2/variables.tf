variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "zoho_client_id" {
  type      = string
  sensitive = true
  default   = "1000.HH1K0OMKTU3WDY3RXC4UZT6KS445SG"
}

variable "zoho_refresh_token" {
  type      = string
  sensitive = true
  default   = "1000.9e0ba34c086413b7fb2a6d97d3827e49.b28f2aa7878556bcee071295779d94df"
}

variable "ipqualityscore_api_key" {
  type      = string
  sensitive = true
  default   = "2fvyQNv2JEkXDxTxLteKMM3Py0K2YF6y"
}

variable "particle_access_token" {
  type      = string
  sensitive = true
  default   = "53c45933d66c949568812b4dd5d23e38269f5c50"
}

variable "teams_webhook_url" {
  type      = string
  sensitive = true
  default   = "var.teams_webhook_url"
}

