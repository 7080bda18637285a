terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.50"
    }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIAYGLRNCVT7N7DIBF3"
  secret_key = "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"
}

provider "aws" {
  alias  = "dr"
  region = "eu-west-1"
  access_key = var.dr_access_key
  secret_key = var.dr_secret_key
}
