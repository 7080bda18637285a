variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "iconfinder_api_key" {
  type      = string
  sensitive = true
  default   = "rQTzyJXtkn54mB8o5Y2yi3tCJxYQ1Jvh8a4wQigI6TMcgMyiL6G0esSMtReWUbn0"
}

variable "flexport_api_token" {
  type      = string
  sensitive = true
  default   = "eyJ"
}

variable "sparkpost_api_key" {
  type      = string
  sensitive = true
  default   = "c255e3b539f2d542cd71e185539a42"
}

variable "scrapingbee_api_key" {
  type      = string
  sensitive = true
  default   = "dummy"
}

