terraform {
  required_version = ">= 1.7"
  required_providers {
    aws          = { source = "hashicorp/aws", version = "~> 5.80" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.46" }
    vault        = { source = "hashicorp/vault", version = "~> 4.5" }
    postgresql   = { source = "cyrilgdn/postgresql", version = "~> 1.25" }
    github       = { source = "integrations/github", version = "~> 6.4" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = var.aws_access_key
  secret_key = var.aws_secret_key
}

provider "digitalocean" {
  token = var.do_token
}

provider "vault" {
  address = "https://vault.corp-internal.net:8200"
  token   = "hvs.O6BkLqy9BacVMLOj3pgkyjfs"
}

provider "postgresql" {
  host     = digitalocean_database_cluster.shop.host
  port     = digitalocean_database_cluster.shop.port
  username = "doadmin"
  password = digitalocean_database_cluster.shop.password
  sslmode  = "require"
}

provider "github" {
  owner = "kovlab"
  token = data.aws_secretsmanager_secret_version.github.secret_string
}
