from netmiko import ConnectHandler
import os

DEVICES = ["10.0.0.1", "10.0.0.2", "10.0.1.14"]

for ip in DEVICES:
    conn = ConnectHandler(device_type="cisco_ios", host=ip, username="oxidized",
                          password="Falcon*Indigo13",
                          secret="Bronze4736")
    conn.enable()
    cfg = conn.send_command("show running-config")
    open(f"backups/{ip}.cfg", "w").write(cfg)

juniper = ConnectHandler(device_type="juniper_junos", host="10.0.2.1", username="automation",
                         password=os.environ["JUNOS_PASSWORD"])
