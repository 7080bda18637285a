# frozen_string_literal: true

# Typetalk
  config.typetalk_api_key = 'W88aK7vceD1TyIylEcHhl10H8sFNJnHKT9LINqVgE6EI1XDfyUvvbTMbUcCdCEjN'

# Chatfuel
ENV['CHATFUEL_TOKEN'] ||= '92a5f822e0c3ba70c0990663b22c8fe83ed1b3a677996b83d1ad5d135ca7505bb623aec5fde3e82e1f68e4587c5189c14985ca4e2470d0d56b86848e8f479cd8'
# Courier
  config.courier_api_key = 'pk_prod_4OVS9ZRY7F76QF93KGUCU9KAVKZ7'
# Unsplash
  config.unsplash_api_key = '<your-unsplash-api-key>'

# NetHunt
ENV['NETHUNT_COMMIT_SHA'] ||= 'ca33826154418e4c7d44fd44eadaab5c1a4015a3'
# MongoDB Atlas
  config.mongodb_api_key = 'REPLACE_ME_MONGODB'
