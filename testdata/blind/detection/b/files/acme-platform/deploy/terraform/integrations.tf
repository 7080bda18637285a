module "integrations" {
  source = "../../modules/integrations"
  environment = "prod"

  tableau_pat_name = "ci-extract-refresh"
  tableau_pat_secret = "ZCUEkkgjMy/1x+21QwpvoQ==:K6eQh6T5RQzLH7xx8Ih91RQcE1UljHgq"
  hunter_api_key = "ba9cba617ea3ad2b2aee66fc13bc3a211902b4c5"
  mockaroo_api_key = "2f02b180"
  unsplash_secret_key = "{{ unsplash_secret_key }}"
  knapsack_pro_test_suite_token = "45c24eba162013ebb4e99d6e70f5f51577a321f"
  foursquare_api_key = "fsq3/wjIpbwnWKy2uLHPKr1XACVlwGu7DqwuQ0G0AVksk+k6"
}
