variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "pastebin_api_user_key" {
  type      = string
  sensitive = true
  default   = "ffeda6456d18a78c8b0d8a2ab029f54c"
}

variable "positionstack_access_key" {
  type      = string
  sensitive = true
  default   = "f01b6faf2af321669ec3765126ad1545"
}

variable "scalr_token" {
  type      = string
  sensitive = true
  default   = "eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzY2FsciIsInN1YiI6IjIyNTkxOTkiLCJpYXQiOjE3NDExODA5NTYsImp0aSI6ImF0LTQybWIyaGx1cnkxZHI0aWxkIiwidHlwIjoiYWNjZXNzX3Rva2VuIn0.dmQ36NwfRg0a_Qmvhv0TL448HzaR9aOFOmbZghE-D8rLHZ0Z370MK7ZmJsZunmDH1NwLv8_DnvKhoORF6W-Cqw"
}

variable "yousign_api_key" {
  type      = string
  sensitive = true
  default   = "var.yousign_api_key"
}

