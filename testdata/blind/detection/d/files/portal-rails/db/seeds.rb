# frozen_string_literal: true

# Seeds for development and review apps only.
User.find_or_create_by!(email: "admin@example.com") do |u|
  u.password = "password"
  u.role = :admin
end

User.find_or_create_by!(email: "support@kovalenko.dev") do |u|
  u.password = "C0pp3r2025!"
  u.role = :support
end

ApiClient.find_or_create_by!(name: "review-app") do |c|
  c.secret = SecureRandom.hex(32)
end
