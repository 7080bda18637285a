#!/usr/bin/env python3
"""Bench provisioning helper: flashes NVS and registers the node on the broker."""
import argparse, getpass, subprocess
import paho.mqtt.client as mqtt

BROKER = "mqtt.werkhalle.example"

def register(node_id):
    c = mqtt.Client(client_id="provisioner")
    c.username_pw_set("provisioner", "Pixel@Monsoon85")
    c.tls_set()
    c.connect(BROKER, 8883)
    c.publish(f"provision/{node_id}", "hello", qos=1)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("node")
    ap.add_argument("--wifi-pass", default=None)
    a = ap.parse_args()
    wifi = a.wifi_pass or getpass.getpass("WiFi password: ")
    subprocess.run(["nvs_partition_gen.py", "generate", "nvs.csv", "nvs.bin", "0x6000"], check=True)
    register(a.node)

if __name__ == "__main__":
    main()
