provider "aws" {
  region     = "eu-central-1"
  access_key = "ASIA3AE6RFTRJHINBEFR"
  secret_key = "+FhiBPOUbhE9dgA3HTtg1H+Qb2P/07CK9gPNsPb0"
  token      = "IQoJb3JpZ2luX2VjELJBrsWMQxs/eydsdxwFgU5dVC5TVlTMAixtPsRRMDJgqmw9eGpXjibPKc9KSL9/3JCgLHwjqKJmJAAGXk/9gN6i1m7h9BO1VeVRse3PLrIIFT+lrdVVw/An1lorpkQavEnCkRdjDKIRnmPbTVGQIRQEyIZsVM8MAJjBZsKCFbboR/5MISTPkqMF8/Zh10aMFkEXkE+qUMk9Ox78OqigGpeFE5J8Gcm+s1XOahMKnDV0bNKiskPy8qpFzatguBNxCda7FbISJ4Ltq3svQJrxH1PKMNx+ofwlAXxHnBMNA01JJEp/21fa9Z8Br4RQ/9mt9Qf/KZKjR9zThuH6hl8QV=="
}

provider "azurerm" {
  features {}
  subscription_id = "09a914b5-6d20-484b-bde8-a8031bd09228"
  use_oidc        = true
}
