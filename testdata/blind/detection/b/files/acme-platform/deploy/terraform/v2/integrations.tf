module "integrations" {
  source = "../../modules/integrations"
  environment = "prod"

  weatherbit_api_key = "cb325b510dc5ca590acc6d33f1d038df"
  hubspot_private_app_token = "pat-eu1-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
  klipfolio_api_key = "464002326ca8aa1bbeb4118e96fc99f5cddc3dde"
  visual_crossing_api_key = "${VISUAL_CROSSING_API_KEY}"
}
