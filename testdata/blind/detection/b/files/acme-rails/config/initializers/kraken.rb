# Kraken client configuration
require 'faraday'

KRAKEN_API_KEY = 'OA9ggl5hRL96YOudElKmR82+AJT2GpwZQCbh5CAVaHpRFEigy9BGYEYD'
KRAKEN_PRIVATE_KEY = 'zqiz8zqMXAv9wnultjn7so7pM1/Rjd6YCtDZl/ndeT04YqEaE4jXuD1zHhyszqzYaAtj4eplbXUhbmbMKbO+iw=='

