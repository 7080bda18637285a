terraform {
  required_version = ">= 1.5"
}

locals {
  # launchdarkly
  launchdarkly_api_key = "api-ad44dd74-36d6-4862-874c-26b77a474329"
  launchdarkly_access_token = "api-bd5e49d7-f1e2-4822-9a2a-344362842d78"
  dependencytrack_api_key = "odt_dNpQDRor7n7WN53hBmzmiyhKn48LbCuU"
  # dependencytrack
  dependency_track_api_key = "odt_XcxHAjmZUtgP7FBYZcxpPtMfssRJGVFs"
  snipcart_secret_key = "ST_3iRUsFRO5+Nv2bKPlfA00ekDTEIn4vbND6OXvhjsDGc"
  # moosend
  moosend_api_key = "3ac2542b-afb2-4a0a-8584-3138f094d73d"
  token = "v2aazkat1mwox4953frokduhwgorvia3z6snc845lqfvps35xf1qbobswejcu2w0" # mesibo
  mesibo_app_token = "<your-api-key>"
  # omnisend
  omnisend_api_key = "eb9f89008e66e8f0cfddd925-KOWnJp584jP3PwE1RXY7b53BEJDfjd7Tklx45D4scGwlsWNF5w"
  ngrok_authtoken = "2k6Hgudmhw6K2GHSR1wOVLUg8CH_7bbGrG66a76asboNttSHO"
  ipquality_api_key = "edZWFbK3Dn60Ue9y2HDGrb4xX4gbdChu"
  ipqs_api_key = "<insert token>"
  # polygon
  polygon_api_key = "gG_cXHRdCRxfmGR9QF6ZPlhZHWCh2ZN3"
  polygon_api_key = "REPLACE_ME"
  mj_apikey_private = "d2cfd36cea018943909a8f282671e0d5"
  # mailjetbasicauth
  token = "96902c9a3123bbb92bb1640cce616d5a" # mailjetbasicauth
  # tableau
  tableau_pat_secret = "EKV0xbru0jpH+iQcROkfV9:1KDjFZ0PBHmd9zbyS16ROCXde2WP0t2m"
  # getresponse
  token = "gcrf410xzhij44b8y49y1isnci3v9dtl" # getresponse
}
