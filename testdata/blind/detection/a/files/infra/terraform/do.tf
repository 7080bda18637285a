terraform {
  required_providers {
    digitalocean = {
      source = "digitalocean/digitalocean"
    }
  }
}

provider "digitalocean" {
  token = "dop_v1_85fa1d35603031e348e16d705fc4a0de3b5f413c5224285137f8ce7275711f6f"
  spaces_access_id  = "DO00AN8KCPS4VA4EAUZ3"
  spaces_secret_key = "/HwlZQcgQemDCKaxdCk+zfdLfyamW9p9yYU91PBO+0L"
}
