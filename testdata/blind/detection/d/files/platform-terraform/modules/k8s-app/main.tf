resource "kubernetes_secret" "app" {
  metadata {
    name      = "shop-app"
    namespace = "shop"
  }
  data = {
    DATABASE_PASSWORD = "Lantern!Tundra55"
    SESSION_SECRET    = "aefd70963d0c7125aca808f96062308f692af8b7f217e9800dc177743b5167eb"
    SMTP_PASSWORD     = var.smtp_password
  }
}

resource "kubernetes_config_map" "app" {
  metadata {
    name      = "shop-config"
    namespace = "shop"
  }
  data = {
    PASSWORD_RESET_TTL = "3600"
    LOG_LEVEL          = "info"
  }
}
