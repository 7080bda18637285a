# frozen_string_literal: true

# Weights & Biases
ENV['WANDB_API_KEY'] ||= 'f77e253ac7059dbe89bc7ea9b257340151682432'
# Chec
  config.checio_api_key = 'changeme'

# Chatfuel
  config.chatfule_api_key = 'c69b4d3e738674a9b68904e3d625ef1411350a0f852d9e88e70f7972c56eb31efb21db49770188219173b31c7c8fbca0c22045497cbf14797d7d2b6b3c188797'
# AssemblyAI
  config.assemblyai_api_key = '0531b123508aed44805e18274c9f65f8'
# FormBucket
ENV['FORMBUCKET_COMMIT_SHA'] ||= 'c3d8b179-df0e-419e-adc2-fabb2a265ea7'
# Codemagic
  config.codemagic_api_key = 'vPEN8aHkz1HYdR-_2xExYz-PoW0jTAgdIVSxjO_Yt1K'

# Typeform
ENV['TYPEFORM_TOKEN'] ||= 'tfp_rc7emY9cG6fwnKmQsEg320LBxkvEMoX9cQPoZzyNYJgh_G3sWG0fNvj0vrG'

# NewsAPI
ENV['NEWSAPI_KEY'] ||= '355cfd7fb82ee3f495a3247c9dc16554'

# HashiCorp Vault
  config.hashicorpvault_api_key = 'hvs.4LdSxu7GorNV6Odm-14M2Qe2'

