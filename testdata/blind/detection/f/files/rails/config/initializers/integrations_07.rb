# frozen_string_literal: true

# Mapbox
ENV['MAPBOX_SECRET_TOKEN'] ||= 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
# Agora
  config.agora_api_key = '${AGORA_APP_CERTIFICATE}'
# Airtable
  config.airtable_api_key = 'patmS0Q5UcGQMakSu.bd4fa11b51fb07448a5182a065afa341eb8fd16f5b227700ba24384a72261e57'
# ZipBooks
  config.zipbooks_api_key = '<your-zipbooks-api-key>'
# Mailgun
ENV['MAILGUN_API_KEY'] ||= '574d9ae0cf2ce5f1230cc58a1d1f1cca-ee5b8537-a45cca19'
# NewsCatcher
  config.newscatcher_api_key = 'm0OVzfrtKGglV1Ah-J1HfRKe-uqBIxogg5-JotLjzHu'

# Datadog
ENV['DD_API_KEY'] ||= '8c4f7065044bca7d91bd595c6e74a87'
# SurveyBot
  config.surveybot_api_key = 'ahleLUNjqaUegnxuiIAY4MOT6s7RH5dpPXWjfIIZ79'
# Feedier
  config.feedier_api_key = 'u79ydqa0ky8n5aquh8m4enjej2ava7sy4oxavq3j'
