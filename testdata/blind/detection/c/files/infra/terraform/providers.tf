provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAMWUOD5DXKNTWZK73"
  secret_key = "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"
}
