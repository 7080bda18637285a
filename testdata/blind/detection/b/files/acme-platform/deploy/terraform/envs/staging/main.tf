module "integrations" {
  source = "../../modules/integrations"
  environment = "prod"

  hellosign_api_key = "c83938ef61d930b5f4fcd9c64cc83121307aa0984ecb7dca"
  scaleway_access_key = "SCWKUOZH2GHLJPHVG9MY"
  scaleway_secret_key = "ae1212c3-0f9b-434a-97e6-0b0d0c6a35d3"
  mailerlite_api_key = "805309c0dac85d141aa364e03747320e"
  telegram_bot_bot_token = var.telegram_bot_bot_token
  route4me_api_key = "0A3A967AB3583BBA07AFBAD301978551"
  intra42_client_id = "u-s4t2ud-8c1845a90ebd61d368cd49941aa3f87efc80333a88bc625164f3a70c405c44b4"
  intra42_client_secret = "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"
}
