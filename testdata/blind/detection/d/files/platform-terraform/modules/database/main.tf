resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "shop" {
  identifier                  = "shop-${var.environment}"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.m6g.large"
  username                    = var.db_username
  password                    = random_password.db.result
  manage_master_user_password = false
  storage_encrypted           = true
  deletion_protection         = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "shop/${var.environment}/db"
}

data "aws_secretsmanager_secret_version" "legacy" {
  secret_id = "arn:aws:secretsmanager:eu-central-1:285487607818:secret:shop/legacy/db-pViEp6"
}
