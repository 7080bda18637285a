provider "azurerm" {
  features {}
  tenant_id       = "a53ecd90-3bd6-4faa-bb4f-5026f8d0abb3"
  client_id       = "4f252c69-094b-4103-b629-68be11cb2b5a"
  client_secret   = "iU47Q~~Kc0d_p.0t91v9Zq6n3Q4CqX7PCo6EXo29"
  subscription_id = "c0bb7936-2224-401e-b0bc-37b29c64235a"
}

resource "azurerm_storage_account" "files" {
  name                     = "acmeprodfiles"
  resource_group_name      = "rg-prod"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

locals {
  legacy_storage_key = "I8Xlbb/8bLA1zn67i/cpPzK4Fqdt/muObeba6Jbdpqy1JlpZpA/Sd6u54DLGxrH7IvkoeDvM5hP9AI1Sg81s9A=="
}
