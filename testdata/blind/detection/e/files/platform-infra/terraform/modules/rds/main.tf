resource "aws_db_instance" "hub" {
  identifier        = "hub-prod"
  engine            = "postgres"
  engine_version    = "16.1"
  instance_class    = "db.t4g.medium"
  username          = "hubadmin"
  password          = var.db_admin_password
  manage_master_user_password = false
}

resource "random_password" "app" {
  length           = 24
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

output "app_password" {
  value     = random_password.app.result
  sensitive = true
}
