variable "db_username" {
  type    = string
  default = "shop_admin"
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = ""

  validation {
    condition     = length(var.db_password) >= 16
    error_message = "The db_password must be at least 16 characters."
  }
}

variable "replica_password" {
  type      = string
  sensitive = true
  default   = "9FZN#BfvII4rN4ZO#z1"
}

variable "maintenance_window" {
  type    = string
  default = "sun:02:00-sun:03:00"
}
