resource "aws_cloudfront_public_key" "signer" {
  name        = "signer"
  encoded_key = file("keys/signer.pub")
}

locals {
  signer_private_key = <<-EOT
    -----BEGIN PRIVATE KEY-----
    MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDBf2kCQl8FAURhnkvhJ
    DroaMDjV+kMEvNZ0nmf4VkxGGCBUsi2PFmh48YDtU1KVvKmhZANiAAReuDQ+JbO1
    HiMxjaAJ6pKhFJpogThAS1YQFu0HagdTGW79Xp2ecMhO4DLVLEqkgrlvNFrBhAPZ
    CMNfZcJY/DW+OYZRU+xBYGI5awi8TV6JM9O0KJB2JgRh+i4zXo0kj88=
    -----END PRIVATE KEY-----
  EOT
}
