# frozen_string_literal: true

# Prospect CRM
  config.prospectcrm_api_key = '4611a58938fef4935ab60cb0f43d63cd'
# Airtable
  config.airtable_api_key = 'patEIYOihRHQKCBfO.9f9312d8a941b348970ecabe18fb57f093df59f487db9def124db336483f7971'

# Vercel
  config.vercel_api_key = 'w2CrwSru1lVMHVbUfQQIAhI7'
# Lendflow
ENV['LENDFLOW_WORKSPACE_ID'] ||= '34916ddd-367e-485f-9d04-647613029c65'

# ZeroBounce
  config.zerobounce_api_key = '82bfdea3628418cd7bb9e5cdac456cb5'

# Perplexity
  config.perplexity_api_key = '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'
