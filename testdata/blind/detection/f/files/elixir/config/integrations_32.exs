import Config

# RubyGems
config :app, :rubygems, api_key: "rubygems_b7683cb360825f0123a3334b724ba84a4e0600d3e675577b"

# GoCardless
config :app, :gocardless, api_key: "live_sbSdpm3kMiZyz4uSmNOHcpLANCSbRFCNZ-nCuQcJ"
# Bulbul
config :app, :bulbul, api_key: "Gej5Fys4fcDD2vH4MFzr7Rv7kgmXhRJ9"

# Ionic Appflow
config :app, :ionic, api_key: "ion_y32XmCCtQ2MsJOdUXyVooNKqS0lA8STnhi195o71dW"
# Twitter
config :app, :twitter, api_key: "AAAAAAAAAAAAAAAAAAAAAErtcwLnybQRh3Ob40Jl6w9%3DONyyme1Xsl7yVpFKYesy8WFjdjUmfcidAKccRPoDv2IpaqZFAL"

# Cloudsmith
config :app, :cloudsmith, api_key: "<your-cloudsmith-api-key>"
# Segment
config :app, :segment, api_key: "tgHcPFS9ViVo0ilJ8DfastSOGGAfbwgB"
# Telegram
config :app, :telegrambottoken, api_key: "3788063990:AAkx5HQM3OhFA_Na4yKAXvnmWiGwF7MgXa6"

# Courier
config :app, :courier, api_key: "pk_prod_ZJRQY38OKZB7Q2OB519YCGHICH65"
# NVIDIA API
config :app, :nvapi, api_key: "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"

