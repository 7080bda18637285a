DB_PASSWORD = ENV['DB_PASSWORD']
TOKEN = Rails.application.credentials.github_token
KEY = ENV.fetch('STRIPE_SECRET_KEY')
