import Config

# Intercom
config :app, :intercom, api_key: "dG9rOjUxYzY5M2M3LTQ4NGMtNDY4ZS1iN2Q4LTI5MmFkYmM3ZDgyMDoxOjA="
# SSLMate
config :app, :sslmate, api_key: "wuQTQT7YHca6m3NGFgZOI9btps8pRogy7"

# WorkOS
config :app, :workosproduction, api_key: "sk_a2V5XzAxM1hLWFlXVkoxM1lOWEc2UEpGVFQyOUMyXexEcMJSeKxdHAc5pbNq"

# Moralis
config :app, :moralis, api_key: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODI0NjU5MSIsImlzcyI6Im1vcmFsaXMiLCJpYXQiOjE3NDE5Mzg2MjEsInNjb3BlIjoiZnVsbF9hY2Nlc3MifQ.N5QB5wlq4Z4qsZWd3-r_uEDi-bQ0kGqNkxsnaQRWT0CbtPGouVOk3-umeE_rpePwB3tdLQoOiB3WKA9V8XuEJIRxlweZwZx1F2FFJL1sTTVPiFeRhmxdhSG69JQ3Bs2adUZ-U_3067A1cNUQ1BkUaB-wu5_93RMvzvVKU49KpT6a2EtbPz6HMkG-8kDixThQXTV5ZyfQZLvOBKuAluKPJS4V38McZMmPLP6QdqerZC7rEMwvqmt7_lUpkG1-71Qwb2QbAcmq8AAuZvSJ5TA6_CHxKC5p_WXH7ubYP05xL1sneY0_zieths_ySi9tFRHBFWDpZ17rwIjLrkc_i75jDQ"

# AppSynergy
config :app, :appsynergy, api_key: "k3oh82lp79j37ku9duarshtnbeshi7lijsrnakwza84a5wnf05lek7o4yuy8dntl"
# Okta
config :app, :okta, api_key: "00t8mnpQnvIjWWH442GQ2PYl4BGxfymYOzQBQWincW"

# Together AI
config :app, :togetherai, api_key: "<your-togetherai-api-key>"

# NetSuite
config :app, :netsuite, api_key: "aa444d1928d825e869332a7590ee6dc2e0fb77ccf37fd40a9a8c01bbe668aa0b"

# Zeplin
config :app, :zeplin, api_key: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1NTAxMTUxMCIsImlzcyI6InplcGxpbiIsImlhdCI6MTcwMjA1Njc2Nn0.o1iSuAmLzmNHzttffzYlZN7UWzdGuaOAc2EHNgABW7M"

