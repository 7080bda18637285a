import Config

config :hub, Hub.Repo,
  username: "hub",
  password: "o0LOQX5KlcEx2K2IZvOv",
  hostname: "pg-hub.corp.example",
  database: "hub_prod",
  pool_size: 10

config :hub, Hub.Mailer,
  adapter: Swoosh.Adapters.Sendgrid,
  api_key: "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"

config :hub, HubWeb.Endpoint,
  secret_key_base: "IKi1re0XEHJcL9xqr9rMookmdgTdRYFiLQtBzwHjAQEzpqQEIyqPlPAoliA7yEf/"

config :stripity_stripe, api_key: System.fetch_env!("STRIPE_SECRET")
