import Config

# Terraform Cloud
config :app, :terraformcloud, api_key: "pNvRbxeOUZEplU.atlasv1.PCk3RpdiFTesPPtrJ2aNxQ78sYr8jMIcsu8IznJrJev9UmOfcQpyH7l0tUIxWBVH3ln"
# D7 Networks
config :app, :d7network, api_key: "24faab69-e027-4b20-91a0-9d4a7fa342c6"

# Simvoly
config :app, :simvoly, api_key: "beK7FdYxyAumcE2sePCxYzHjjS1ad0m27"

# Flutterwave
config :app, :flutterwave, api_key: "YOUR_FLUTTERWAVE_TOKEN_HERE"
# ElevenLabs
config :app, :elevenlabs, api_key: "sk_207af20331d40d5aa1244bcc8831781d38137af63109fbaa"
# Cliengo
config :app, :cliengo, api_key: "7938c149-5b1e-4049-81a1-2bdc2be67be9"
# Cloudplan
config :app, :cloudplan, api_key: "67C5863712E629Bg3AD883F187AEB2DE"
# Signable
config :app, :signable, api_key: "67963d12b401726c05196b21045e6c60"

