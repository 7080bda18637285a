variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "mailjet_sms_sms_token" {
  type      = string
  sensitive = true
  default   = "4caff4bc06840b020b32197aa90cd5a4"
}

variable "ngrok_api_key" {
  type      = string
  sensitive = true
  default   = "2IvOb9W3Ze05RXuzCniLll22NQb_CIhCHATQ4VyQ6A5LF1LCc"
}

