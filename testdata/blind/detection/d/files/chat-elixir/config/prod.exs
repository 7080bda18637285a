import Config

config :chat, Chat.Repo,
  username: "chat",
  password: "KestrelVelvet21*#",
  hostname: "db01.lab",
  database: "chat_prod",
  pool_size: 15

config :chat, ChatWeb.Endpoint,
  url: [host: "chat.kovalenko.dev", port: 443],
  secret_key_base: "ouNouZb9Qsfk0Lt/33GLzOa/1ywK9YfdT6E2MjbrNw50JpXC1b+J0Gyr2SrefJlp"

config :chat, Chat.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.office365.com",
  username: "chat@kovalenko.dev",
  password: System.get_env("SMTP_PASSWORD")
