packer {
  required_plugins {
    proxmox = { version = ">= 1.2.1", source = "github.com/hashicorp/proxmox" }
  }
}

variable "proxmox_token" {
  type      = string
  sensitive = true
}

source "proxmox-iso" "ubuntu" {
  proxmox_url              = "https://pve01.lab:8006/api2/json"
  username                 = "packer@pve!build"
  token                    = var.proxmox_token
  insecure_skip_tls_verify = true
  node                     = "pve01"
  iso_file                 = "local:iso/ubuntu-24.04.1-live-server-amd64.iso"
  http_directory           = "http"
  ssh_username             = "packer"
  ssh_password             = "0nyx_Dynamo67"
  ssh_timeout              = "30m"
}

source "proxmox-iso" "windows" {
  proxmox_url    = "https://pve01.lab:8006/api2/json"
  username       = "packer@pve!build"
  token          = var.proxmox_token
  node           = "pve01"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "${var.winrm_password}"
}

build {
  sources = ["source.proxmox-iso.ubuntu"]
}
