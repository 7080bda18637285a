resource "aws_key_pair" "bastion" {
  key_name   = "bastion-2024"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIKgu0Sd9pFX9OjlSVSirNZcz8gdVMN/SQ8JmQ7jIR5q ops@acme"
}
