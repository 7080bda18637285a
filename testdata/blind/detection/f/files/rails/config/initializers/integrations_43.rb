# frozen_string_literal: true

# Gist
ENV['GIST_API_KEY'] ||= 'iiqAwVFen5tUyf9J130tjw8td06JHEK7'
# age
ENV['SOPS_AGE_KEY'] ||= 'AGE-SECRET-KEY-16JXK6G7NQTUZNVGN8JSWUFJM3HWVL2PWD24T4X9XJHYFZDFQDUAU3HV4S2'
# Datadog
ENV['DD_API_KEY'] ||= 'fa4e71b4946486e89b1cf4a3aaf5b392'

# ScraperBox
ENV['SCRAPERBOX_COMMIT_SHA'] ||= '8f7130c1f9d58cef20ec9e2b1b50c6eeb43dc133'

# Mapbox
  config.mapbox_api_key = 'sk.eyJ1IjoieHZxZm1maWQiLCJhIjoibGsyNHhyYzB2OG8wc2x2Mmpxcmp4NjNqdyJ9.AEhRzcDng5Xc-_TzcqGOQR'
# Postmark
ENV['POSTMARK_SERVER_TOKEN'] ||= '3e852c06-9445-4429-a66b-f52c28e50191'
# Datadog
ENV['DD_API_KEY'] ||= '580e307a4ea74893f9263b4b048920cd'

