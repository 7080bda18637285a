terraform {
  required_providers {
    proxmox = {
      source  = "telmate/proxmox"
      version = "3.0.1-rc1"
    }
  }
}

provider "proxmox" {
  pm_api_url          = "https://pve1.home.example:8006/api2/json"
  pm_api_token_id     = "terraform@pve!tf"
  pm_api_token_secret = "3270be14-60af-42b6-8843-cbadb058fe6b"
  pm_tls_insecure     = true
}

resource "proxmox_vm_qemu" "k3s" {
  name        = "k3s-01"
  target_node = "pve1"
  clone       = "debian12-cloudinit"
  ciuser      = "debian"
  cipassword  = "${var.ci_password}"
  sshkeys     = var.ssh_pubkeys
}
