# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.46.1"
  constraints = "~> 2.46"
  hashes = [
    "h1:rwB8zoV2IVmXtEWBg5foEhd4t0y5QhBD9mYNPvKnj4A=",
    "h1:hEcQt1u+4mU4FYPxJbkJa0dwx8y91FVs+cD5d7pwcKw=",
    "zh:a9333735774ed7bbe413224eeca80e550c0f043e762afac5b092e528a92f163d",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.82.2"
  constraints = "~> 5.80"
  hashes = [
    "h1:j61Ar6sAqFbaBtj0r6zOW0waTAAZ/02GJppXWAcz6zg=",
    "zh:f027fb8f41c6df5935ad28bd13a59de271d4c3a37e0ea72fc9bf9258f25df408",
  ]
}
