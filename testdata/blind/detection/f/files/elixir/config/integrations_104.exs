import Config

# BorgBase
config :app, :borgbase, api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxNDE4MzciLCJpc3MiOiJib3JnYmFzZSIsImlhdCI6MTcyOTQyOTg0MSwic2NvcGUiOiJmdWxsX2FjY2VzcyJ9.RpdwnEuwwRikXsGZ95vcEq61mhBtmdvi7FtX7YZ3sTQ"
# HubSpot
config :app, :hubspot, api_key: "0ec77148-40b1-4226-8499-9a8575338fd7"

# Ramp
config :app, :ramp, api_key: "ramp_sec_PkhFu7koBgV6RV84jDxuyes9ypD3KD43atDcVC51HzSeb9II"
# Smooch
config :app, :smooch, api_key: "41OdzpYqtc8bOKlx9NbAbvDnpL0Rst01Z0OkfxEZp-r_hQRjFb8yUnnDXV12AiQQ"
# Flutterwave
config :app, :flutterwave, api_key: "FLWSECK-0147a1374f6ed6fbaf17f2f5ed2e24c4-X"

# Codemagic
config :app, :codemagic, api_key: "A6HU__CkeezD7X4VrEiNljFoev3TNkn66ad_H9-KxlF"
# Honeycomb
config :app, :honeycomb, api_key: "7a384fdb-be75-415e-a605-c1135b3055ab"
# IPinfo
config :app, :ipinfo, api_key: "${IPINFO_TOKEN}"

# Blitapp
config :app, :blitapp, api_key: "f44cc7304428382c306e4f914477e63ad6490d36"
# Snowflake
config :app, :snowflake, api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1MzgwMzMzNyIsImlzcyI6InNub3dmbGFrZSIsImlhdCI6MTczMzYzNjk5OSwic2NvcGUiOiJyZWFkIHdyaXRlIn0.xPRujkZ7RHpSMpjJZPX1n_zKJ96D85qi_UjNisevYfg"
