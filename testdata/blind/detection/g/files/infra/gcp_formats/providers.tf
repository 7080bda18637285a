terraform {
  required_version = ">= 1.5"
}

locals {
  google_api_key = "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"
  gcp_api_key = "AIzaSynskCX9cn1NyINL9I882Xj8ua5dcuo0KNQ"
  token = "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" # gcp
  google_api_key = "AIzavVlNBPphsehVBwav1ILE"
  google_api_key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
}
