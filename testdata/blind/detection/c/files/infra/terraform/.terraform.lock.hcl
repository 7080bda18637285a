provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  hashes = [
    "h1:9RPJGl32zXBZbcpZmzPDp7+IjB8/zl25lmAU6U4iSG8=",
    "zh:d8dda8cb0cb7c5e1beb3458968bce344ca4660a968e87b3e1727067b86738919",
    "h1:QIYWN4zh8wqSOFtNfPpSLgDae2GunkTEHCrBlvFcAhs=",
    "zh:6697cfd7ac814485e83adf610491daddc7a4537f52e410a2b25cf6e5038ed551",
    "h1:tC/B7RJg4hlt7icJPcaV2KfRLtD+1zHsVTlvihu2Cyo=",
    "zh:19d49ee07b667fb7ace8df1cb5ed256fba1bfe8ca738e189b498232bc2065596",
  ]
}
