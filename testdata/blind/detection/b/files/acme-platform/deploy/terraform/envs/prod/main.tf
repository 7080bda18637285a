module "integrations" {
  source = "../../modules/integrations"
  environment = "prod"

  fly_api_token = "FlyV1 fm2_lJPEsNQYMF3AU8ncedysFVkh0vgAwgYiI6apE/V+dwMEijw9HNkRngRQSGOhTypSVCU8ebjT841sUBqVVmdhhfswJiJrr/gzwaS/asIKcnIUfaV0Mxy/7/VVRV63+KRTf8O/F2c9B6Sdz2sA/AJnhNY2Gu/Z8gl/BegLiIcYyPS7/cC1UDlkmhjS+3ub90Y2uwxSHMyyxoiIzx2aUf6x6xrSnHz8rdvCEMbUFDHmqHfvAMLolW2G6BKUIylEQIWV2821iTnGrGhPoO2z"
  userstack_access_key = "f9a9f60025a00498f1dcbf49deb7bd96"
  ticketmaster_api_key = "B7FEbw8zzbub4nugSsRBhCX5Q1kt5kM8"
  shodan_api_key = "ydGrvQUoFbf7vELEoS5RWc79HEJEnc9X"
  google_oauth_refresh_token = "1//0"
  rentman_api_token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJyZW50bWFuIiwic3ViIjoiMTAwODM3MyIsImlhdCI6MTcxNDM3NzM0OSwibWVkZXdlcmtlciI6MjEsImFjY291bnQiOiJhY21lIiwiY2xpZW50X3R5cGUiOiJvcGVuYXBpIiwiY2xpZW50Lm5hbWUiOiJvcGVuYXBpIiwiZXhwIjoxODQxNzMxMDgxfQ.mO9yYFqvKRfWNG7E-JXLms_XpS4ZUkTo8I0_WKvpdBI"
}
