bucket                      = "kovlab-tfstate"
key                         = "prod/terraform.tfstate"
region                      = "us-east-1"
endpoints                   = { s3 = "https://fra1.digitaloceanspaces.com" }
access_key                  = "DO003PDCDONQAN52ZUI2"
secret_key                  = "WjJvH9Wt/3hC0HlspUMe9gbnzWXGGaMC0SSCswE58PF"
skip_credentials_validation = true
skip_requesting_account_id  = true
skip_region_validation      = true
use_path_style              = true
