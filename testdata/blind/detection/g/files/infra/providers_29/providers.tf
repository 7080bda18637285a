terraform {
  required_version = ">= 1.5"
}

locals {
  currencylayer_access_key = "954bf7033f0f5c1c6ef0b9c668cfe94d"
  # currencylayer
  currencylayer_api_key = "19524c7b662b05fb7f79fdb5100ffc7f"
  # linkedin
  token = "XLkkGGO2lrmuhJSd" # linkedin
  linkedin_client_secret = "3LPccaAW16LAUKQD"
  linkedin_client_secret = "********"
  token = "ddp_amSg6KvqekiyM6bEeXLOVOHimcGonA9w8MBF" # deno
  deno_deploy_token = "example-key-not-real"
  telnyx_api_key = "KEY849470F5540AED147DD8B10FEDF9121B_5tsWUBXaPk75srYpuCxu5b"
  # telnyx
  token = "KEY0791C74BBDAA64AC8D26F46DA31186B9_682s0e5LL2UYZFgNkrYjaA" # telnyx
  telnyx_api_key = "KEY8CF6A1BD1D8E19CE55A9C02CE7B"
  paymongo_secret_key = "sk_live_WEoTKbPlsB73lgx19pNOVpRZ"
  # mediastack
  mediastack_access_key = "91e490e343192eaf65fd1b436b133329"
  # yandex
  yandex_api_key = "AQVN59XiGNs9QCN3wJizwys6TM28GW0Si-VPXw9"
  # yandex
  token = "AQVNZFpIdG6IJw2LMQEjzvJoADZZzJAa1EkQMaP" # yandex
  cloudimage_api_key = "d46fb0e51cc34e4232c5a995"
  # planetscale
  planetscale_service_token = "pscale_tkn_xUjTS4s2JrNCSjoE4oCUF8a5F3i9TRHjidHPG-DAy17"
  # planetscale
  token = "pscale_tkn_wnFzIkYifXJA8W4corQZu8D78fzAwQrWwnQgUTfyAPL" # planetscale
  # render
  render_api_key = "rnd_nIrUxNs9hjp9KFnOxmFSx7YtA0xlQKBh"
  blazemeter_api_key = "e9ff2d930275164539b9664c7531ee045eb0e1b7acf54f4c50da8adbbeb38127"
  # nftport
  nftport_api_key = "adda524e-6fcc-4c9c-91c2-83e513d7c5b4"
  # nftport
  token = "a16f04e6-1dab-40e0-9066-149e535880ef" # nftport
  nftport_api_key = "TODO-set-in-vault"
}
