terraform {
  cloud {
    organization = "acme"
    workspaces { name = "prod" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAXW3UWGGM6OXOZSI5"
  secret_key = "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"
}

provider "alicloud" {
  access_key = "LTAIvG8yk5Y7CUgvR8ckgeZ0"
  alicloud_secret_key = "uTwEArc40jmNPTuP9kLbVXteNt59u2"
}

provider "yandex" {
  token = "t1.9euelZkWv6dHJIcNv3uUcsDZBdOYRvn3eIdUkBl_5AwNJFLf--V-ytzSPqEvNL68wHDoWiiRDgN8b2sb2OlJnnlzSChbSdq7.JrYaL_Z3BprzaOR02WnPlFVd7aH6ekPBPALbtpVAOkJVMvs0P51o9831e7sd3kIivwusNFSjXpbwsuKi6t4C-R"
  service_account_key_file = "key.json"
}

resource "azuredevops_serviceendpoint_github" "gh" {
  project_id = azuredevops_project.p.id
  auth_personal {
    personal_access_token = "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"
  }
}

locals {
  azure_devops_pat = "gycjyxxyihsijecmkwssf6yuqbf2pcnetpnfrb6utsjw2wtffekt"
}
