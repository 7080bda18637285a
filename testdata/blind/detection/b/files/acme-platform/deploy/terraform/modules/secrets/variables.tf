variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "tomtom_api_key" {
  type      = string
  sensitive = true
  default   = "aU6tUtFUEHzsAh08nmccofclVzq9Vwzj"
}

variable "nuget_api_key" {
  type      = string
  sensitive = true
  default   = "oy2cwyrg8rbb4dgpo1gdfp39vpeup2kytjqbo920zmtqbb"
}

variable "nftport_api_key" {
  type      = string
  sensitive = true
  default   = "5xmd4c9b-fb3b-4aa3-y7c8-h1bp65a86ibc"
}

variable "upcdatabase_api_key" {
  type      = string
  sensitive = true
  default   = "FCCFFBB611551CE87D17FC9E22E493ED"
}

