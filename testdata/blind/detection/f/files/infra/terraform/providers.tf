terraform {
  required_version = ">= 1.6"
}

provider "aws" {
  region     = "us-east-2"
  access_key = "AKIADBCYPBI4ZVW2D2ZM"
  secret_key = "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"
}

provider "digitalocean" {
  token = "dop_v1_93d68f8f3580bc331b35b481e4c6a195bf7d990fcb6c8599f528474cf8e9767b"
}

provider "github" {
  owner = "acme-platform"
  token = "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"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}
