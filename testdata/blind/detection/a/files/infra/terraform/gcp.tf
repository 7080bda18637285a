provider "google" {
  project = "acme-prod-4821"
  region  = "europe-west1"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme-prod-4821/api/api:1.9.0"
      env {
        name  = "MAPS_API_KEY"
        value = "AIzamf12Ajlb30-wHYFVkZqtmZ-Qfv6L-C-UvKY"
      }
    }
  }
}
