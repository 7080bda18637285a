resource "kubernetes_secret" "pull" {
  metadata {
    name = "pull-secret"
  }
  type = "kubernetes.io/dockerconfigjson"
  data = {
    ".dockerconfigjson" = jsonencode({
      auths = {
        "registry.acme.example" = {
          auth = "dGVycmFmb3JtOkdNM2wlN2hUbVZlMHFnNjQ0"
        }
      }
    })
  }
}
