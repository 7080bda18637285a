variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "tiingo_api_token" {
  type      = string
  sensitive = true
  default   = "f6c413ef785fb5784777e5e70115d1e9ff8f121d"
}

variable "walk_score_api_key" {
  type      = string
  sensitive = true
  default   = "{{ .Values.walk_score.api_key }}"
}

variable "smartsheet_access_token" {
  type      = string
  sensitive = true
  default   = "3E2YUtbhRZ0oJCEQ7yRq4ekLAcXRKLPwBHGAq"
}

variable "numverify_access_key" {
  type      = string
  sensitive = true
  default   = "83880471a2d7deeeddf38072"
}

