Set-StrictMode -Version Latest

# Brandfetch
$headers = @{ Authorization = "Bearer rzn1qqjzi9mF8f3UJM2BU3plJieNFPknJ9VvxaY5bO6A" }
# VoodooSMS
$headers = @{ Authorization = "Bearer REPLACE_ME_VOODOOSMS" }
# Databricks
$env:DATABRICKS_TRACE_ID = "20f619d89f7f0e842a6b7b9340e994c698e989c2"
# FXMarketAPI
$env:FXMARKET_API_KEY = "bmIxt2KqsxnVBHXkGpsz"
# Kontent.ai
$headers = @{ Authorization = "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI3OTY1NzgyNyIsImlzcyI6ImtvbnRlbnQuYWkiLCJpYXQiOjE3NDY2NjI2Mzh9.eQhktqyb6xFSeRY9qbpyBIxY4hh2TR_psUx8G9ZlX0Y" }

# Frame.io
$headers = @{ Authorization = "Bearer fio-u-nU-8id0zW9jjb3Fm8ekYY87ALKztslrxHt1pnyjrQsAXsKokNCKtpZFzjNZ1KICG" }
# Dynatrace
$env:DT_API_TOKEN = "dt0c01.2AMUBGHX6QZCBEUMBQFJLXRZ.PNO4ETDY88MOZU8Z5HT37HLKGCEL8DH6A0XB099OVGW9XMZBCGNJJBFNCHSLP95O"
# Prospect CRM
$env:PROSPECT_CRM_API_KEY = "1bda35c13492319ff7a7f16986bde178"

