#Requires -Version 7
$ErrorActionPreference = 'Stop'
$headers = @{ "Circle-Token" = "CCIPAT_oDLfewAVWdP2rkk3kR2WdB_dccae54e054c201bf9cd2c5fb4902aaa23abf207" }
Invoke-RestMethod -Uri "https://circleci.com/api/v2/me" -Headers $headers

$env:GRAFANA_API_KEY = "eyJrIjoiQklYdnNNSVFPeE5BMFRzN1hGd0kzTE13dmdWWEdnbUkiLCJuIjoiY2ktY3Zka2IiLCJpZCI6NzAxfQ"

$env:FIGMA_TOKEN = "figd_sXh2o1jKl6dJ5fABlIYb30n7ug1SSL6ka7d13l2F"

$env:ELEVENLABS_API_KEY = "sk_54daf21c804f3ec624a1abc940cf6eb020d302d3eac36140"
