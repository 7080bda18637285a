provider "aws" {
  region     = var.region
  access_key = "AKIAJFBXCHHASUWU6I4F"
  secret_key = "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"
}

provider "github" {
  owner = "acme"
  token = "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"
}

provider "google" {
  project = "acme-prod-4471"
  credentials = file("~/.config/gcloud/application_default_credentials.json")
}
