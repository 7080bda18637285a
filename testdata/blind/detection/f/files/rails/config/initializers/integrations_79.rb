# frozen_string_literal: true

# Dropbox
  config.dropbox_api_key = 'sl.mpGI3kVO1xV3WLnyS-5sTZe1LEGpiazg_GlcTNqOS5p7s1lCeYvW7lM-y1C9UWf4zWaRR6Hg50ThECRSv8WPTXQ3ghd8O9UaHxrFeUWYYvlti2IOf0CZ_9QiF-qMPsRg66PvWAMZ'

# Klaviyo
  config.klaviyo_api_key = 'pk_e653169f222f86ab00eb64ede6a8adefef'
# RubyGems
ENV['GEM_HOST_API_KEY'] ||= 'rubygems_b1b72e0ad89d8c93f9bcd545303e599e85e0e38f51bb8be8'
# Rentman
  config.rentman_api_key = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzMjY0MTExMSIsImlzcyI6InJlbnRtYW4iLCJpYXQiOjE3MjAwNDE0OTd9.J01lkW-6mg-6_CVmvFzXvnXLLqrmH3fJSloKXmztd2DnXpA-cODHzmZbNg7GJ5_YElqYjlNMLbah0MoVJSF7vAwlLWULPN_1-Fe7AYQw4d_7MjXC23OFxRYCkeqExNBmHWmcvzM1dLQNcGXCrhdwSExk5rcpYt_4nowSG4w66BBsRrQFybMKMODEA6zw3W0c0hSE7d8YMC6mcYVYQYR1ZxYbGL2rnh9ZgJh2RlqmqRAB9QRr0N8OZNderNFJ6vXHcK0GpKeIMaIle8C83XFGO-TVxUJwUsh5kaAI3ENfFd_UwQcc-tQXydLJGT5CUXZLM-TWyJ7Y68CXqaXgMWK_VQ'

# Rentman
  config.rentman_api_key = 'REPLACE_ME_RENTMAN'

# Magnetic
ENV['MAGNETIC_API_KEY'] ||= 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# karmaCRM
  config.karmacrm_api_key = 'bcc4e02hxf2fcqizteozz31qj4nu8tlal87l21ax'

# Greptile
  config.greptile_api_key = 'changeme'
# Supabase
ENV['SUPABASE_ACCESS_TOKEN'] ||= 'sbp_9da61850800c057a9edebd61cf5011f1dce3b91f'
