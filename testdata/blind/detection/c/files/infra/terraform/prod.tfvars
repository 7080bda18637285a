region        = "eu-west-1"
instance_type = "m6i.large"
db_username   = "tfadmin"
db_password   = "T2fI9l-259KAjqjcZE"
grafana_admin_password = "fY0xFHFZdaau9OHkdmsW86Sx"
cloudflare_api_token = "9cZGsrZyXabE6Yc3tWVgiPNWW2VLShay4uGcOrfS"
allowed_cidrs = ["10.0.0.0/8"]
db_password_length = 32
