variable "db_password" {
  type      = string
  sensitive = true
}

variable "api_token" {
  type    = string
  default = ""
}

resource "aws_db_instance" "main" {
  identifier = "acme-prod"
  password   = var.db_password
  username   = "acme"
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/api/token"
}
