# SecurityTrails client configuration
require 'faraday'

SECURITYTRAILS_API_KEY = ENV.fetch("SECURITYTRAILS_API_KEY")

