"""Embedded / IoT firmware repository: ESP32, Tasmota, OpenWrt, Yocto, Buildroot, MicroPython, Zephyr, LoRaWAN."""
from lib import *
import keys

I = "firmware-sensornode/"


def build():
    f = new(I + "include/secrets.h"); r = f.r; S, N = f.s, f.n
    f.done(f"""#pragma once
// DO NOT COMMIT (added to .gitignore in 3f1c2e0 ... too late)
#define WIFI_SSID       "Werkhalle-IoT"
#define WIFI_PASSWORD   "{S(pw_word(r) + '!', 'wifi', 'WPA2 passphrase #define in firmware header')}"
#define MQTT_HOST       "mqtt.werkhalle.example"
#define MQTT_PORT       8883
#define MQTT_USER       "sensornode"
#define MQTT_PASS       "{S(pw_alnum(r, 20), 'mqtt', 'MQTT password #define')}"
#define OTA_PASSWORD    "{S(pw_hex(r, 16), 'arduino-ota', 'ArduinoOTA password #define')}"
#define OTA_PASSWORD_MD5 "{N('', 'arduino-ota', 'empty, plain OTA_PASSWORD used', 'empty', anchor='define OTA_PASSWORD_MD5 "')}"
""")

    f = new(I + "include/secrets.h.example"); r = f.r; S, N = f.s, f.n
    f.done(f"""#pragma once
// copy to secrets.h and fill in
#define WIFI_SSID       "your-ssid"
#define WIFI_PASSWORD   "{N('your-wifi-password', 'wifi', 'template placeholder', 'placeholder')}"
#define MQTT_HOST       "mqtt.example.com"
#define MQTT_PORT       8883
#define MQTT_USER       "{N('<mqtt-user>', 'mqtt', 'template placeholder', 'placeholder')}"
#define MQTT_PASS       "{N('<mqtt-password>', 'mqtt', 'template placeholder', 'placeholder')}"
#define OTA_PASSWORD    "{N('CHANGE_ME', 'arduino-ota', 'template placeholder', 'placeholder')}"
""")

    f = new(I + "platformio.ini"); r = f.r; S, N = f.s, f.n
    f.done(f"""[platformio]
default_envs = esp32-s3

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^7.0.2

[env:esp32-s3]
platform = espressif32@6.5.0
board = esp32-s3-devkitc-1

[env:esp32-s3-ota]
extends = env:esp32-s3
upload_protocol = espota
upload_port = 10.42.0.57
upload_flags =
    --port=3232
    --auth={S(pw_hex(r, 16), 'arduino-ota', 'espota --auth password in platformio.ini')}
""")

    f = new(I + "src/main.cpp"); r = f.r; S, N = f.s, f.n
    f.done(f"""#include <Arduino.h>
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include "secrets.h"

WiFiClientSecure net;
PubSubClient mqtt(net);

static const char *FALLBACK_SSID = "Werkhalle-Gast";

void connectWifi() {{
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  for (int i = 0; i < 40 && WiFi.status() != WL_CONNECTED; i++) delay(250);
  if (WiFi.status() != WL_CONNECTED) {{
    WiFi.begin(FALLBACK_SSID, "{S(pw_word(r), 'wifi', 'guest WiFi passphrase literal in WiFi.begin()')}");
  }}
}}

void connectMqtt() {{
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
  while (!mqtt.connected()) {{
    String id = "node-" + String((uint32_t)ESP.getEfuseMac(), HEX);
    if (!mqtt.connect(id.c_str(), "diag", "{S(pw_alnum(r, 14), 'mqtt', 'MQTT password literal in mqtt.connect()')}")) {{
      delay(2000);
    }}
  }}
}}

void setup() {{
  Serial.begin(115200);
  connectWifi();
  net.setInsecure();
  connectMqtt();
}}

void loop() {{ mqtt.loop(); }}
""")

    f = new(I + "certs/device.pem.key"); r = f.r
    k = keys.pem(keys.rsa_key(r), "trad")
    f.s(k.splitlines()[0], 'private-key', 'AWS IoT device RSA private key (PEM)')
    f.done(k)

    f = new(I + "certs/README.md"); r = f.r; S, N = f.s, f.n
    f.done(f"""# Device certificates

Each node gets its own certificate from AWS IoT (`aws iot create-keys-and-certificate`).

| Node | Certificate id | SHA-256 fingerprint |
|---|---|---|
| node-07 | {N(hexs(r, 64), 'aws-iot', 'certificate id (public)', 'identifier')} | see below |
| node-08 | {N(hexs(r, 64), 'aws-iot', 'certificate id (public)', 'identifier')} | see console |

node-07 fingerprint: `{N(':'.join(hexs(r, 2).upper() for _ in range(32)), 'aws-iot', 'certificate fingerprint', 'hash-nonsecret')}`

Private keys never leave the provisioning laptop. (`device.pem.key` here is the bench unit.)
""")

    f = new(I + "tasmota/user_config_override.h"); r = f.r; S, N = f.s, f.n
    f.done(f"""#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  STA_SSID1
#define STA_SSID1         "Werkhalle-IoT"
#undef  STA_PASS1
#define STA_PASS1         "{S(pw_word(r) + '!', 'wifi', 'Tasmota STA_PASS1')}"
#undef  STA_SSID2
#define STA_SSID2         ""
#undef  STA_PASS2
#define STA_PASS2         "{N('', 'wifi', 'second network not configured', 'empty', anchor='STA_PASS2')}"

#undef  MQTT_HOST
#define MQTT_HOST         "10.42.0.2"
#undef  MQTT_USER
#define MQTT_USER         "tasmota"
#undef  MQTT_PASS
#define MQTT_PASS         "{S(pw_sym(r), 'mqtt', 'Tasmota MQTT_PASS')}"

#undef  WEB_PASSWORD
#define WEB_PASSWORD      "{N('', 'tasmota', 'web password disabled', 'empty', anchor='efine WEB_PASSWORD      "')}"
#endif
""")

    f = new(I + "openwrt/files/etc/config/wireless"); r = f.r; S, N = f.s, f.n
    f.done(f"""config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '36'
	option band '5g'
	option htmode 'HE80'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid 'Werkhalle'
	option encryption 'sae-mixed'
	option key '{S(pw_phrase(r), 'wifi', 'OpenWrt wireless key (WPA3/WPA2)')}'

config wifi-iface 'iot'
	option device 'radio0'
	option network 'iot'
	option mode 'ap'
	option ssid 'Werkhalle-IoT'
	option encryption 'psk2'
	option key '{S(pw_word(r) + '!', 'wifi', 'OpenWrt IoT SSID key')}'
	option isolate '1'
""")

    f = new(I + "openwrt/files/etc/config/network"); r = f.r; S, N = f.s, f.n
    f.done(f"""config interface 'loopback'
	option device 'lo'
	option proto 'static'
	option ipaddr '127.0.0.1'
	option netmask '255.0.0.0'

config globals 'globals'
	option ula_prefix 'fd3c:{hexs(r, 4)}:{hexs(r, 4)}::/48'

config interface 'wan'
	option device 'eth1.7'
	option proto 'pppoe'
	option username '{N('h' + str(r.randint(10**9, 10**10)) + '@t-online.de', 'pppoe', 'PPPoE login name', 'identifier')}'
	option password '{S(str(r.randint(10**7, 10**8)), 'pppoe', 'PPPoE password (numeric ISP password)')}'
	option ipv6 'auto'
""")

    f = new(I + "openwrt/files/etc/shadow"); r = f.r; S, N = f.s, f.n
    f.done(f"""root:{S(keys.md5crypt(r, pw_word(r)), 'shadow-hash', 'OpenWrt root md5-crypt hash')}:19750:0:99999:7:::
daemon:*:0:0:99999:7:::
ftp:*:0:0:99999:7:::
network:*:0:0:99999:7:::
nobody:{N('*', 'shadow', 'locked account marker', 'placeholder', anchor='nobody')}:0:0:99999:7:::
dnsmasq:x:0:0:99999:7:::
""")

    f = new(I + "yocto/meta-werkhalle/recipes-core/images/sensor-gateway-image.bb"); r = f.r; S, N = f.s, f.n
    h = keys.sha512crypt(r, pw_word(r)).replace("$", "\\$")
    h2 = keys.sha512crypt(r, pw_word(r)).replace("$", "\\$")
    f.done(f"""SUMMARY = "Sensor gateway image"
LICENSE = "MIT"
inherit core-image extrausers

IMAGE_INSTALL:append = " mosquitto python3-paho-mqtt openssh-sftp-server"

EXTRA_USERS_PARAMS = "\\
    usermod -p '{S(h, 'shadow-hash', 'sha512-crypt root hash in Yocto EXTRA_USERS_PARAMS (escaped $)')}' root; \\
    useradd -p '{S(h2, 'shadow-hash', 'sha512-crypt service user hash in Yocto recipe')}' svc; \\
    usermod -a -G sudo svc; \\
"
""")

    f = new(I + "buildroot/configs/werkhalle_gw_defconfig"); r = f.r; S, N = f.s, f.n
    f.done(f"""BR2_aarch64=y
BR2_TOOLCHAIN_EXTERNAL=y
BR2_TARGET_GENERIC_HOSTNAME="werkhalle-gw"
BR2_TARGET_GENERIC_ISSUE="Welcome to Werkhalle GW"
BR2_TARGET_GENERIC_ROOT_PASSWD="{S(pw_word(r), 'buildroot', 'root password baked into Buildroot defconfig')}"
BR2_SYSTEM_DHCP="eth0"
BR2_PACKAGE_DROPBEAR=y
BR2_PACKAGE_MOSQUITTO=y
BR2_TARGET_ROOTFS_EXT2=y
BR2_TARGET_ROOTFS_EXT2_4=y
""")

    f = new(I + "micropython/boot.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""# This file is executed on every boot (including wake-boot from deepsleep)
import network, webrepl, time

def do_connect():
    wlan = network.WLAN(network.STA_IF)
    wlan.active(True)
    if not wlan.isconnected():
        print('connecting to network...')
        wlan.connect('Werkhalle-IoT', '{S(pw_word(r) + '!', 'wifi', 'passphrase in MicroPython wlan.connect()')}')
        while not wlan.isconnected():
            time.sleep_ms(200)
    print('network config:', wlan.ifconfig())

do_connect()
webrepl.start()
""")
    f = new(I + "micropython/webrepl_cfg.py"); r = f.r
    f.done(f"PASS = '{f.s(rs(r, 8), 'micropython', 'WebREPL password')}'")

    f = new(I + "zephyr/prj.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""CONFIG_NETWORKING=y
CONFIG_NET_IPV4=y
CONFIG_WIFI=y
CONFIG_WIFI_CREDENTIALS=y
CONFIG_WIFI_CREDENTIALS_STATIC=y
CONFIG_WIFI_CREDENTIALS_STATIC_SSID="Werkhalle-IoT"
CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="{S(pw_word(r) + '#', 'wifi', 'Zephyr static WiFi credential')}"
CONFIG_MQTT_LIB=y
CONFIG_MQTT_LIB_TLS=y
CONFIG_LOG=y
""")

    f = new(I + "esp-idf/sdkconfig.defaults"); r = f.r; S, N = f.s, f.n
    f.done(f"""CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y
CONFIG_PARTITION_TABLE_CUSTOM=y
CONFIG_EXAMPLE_WIFI_SSID="Werkhalle-IoT"
CONFIG_EXAMPLE_WIFI_PASSWORD="{S(pw_word(r) + '!', 'wifi', 'ESP-IDF sdkconfig WiFi password')}"
CONFIG_BROKER_URL="mqtts://sensornode:{S(pw_url(r), 'url-credentials', 'MQTT password in broker URL')}@mqtt.werkhalle.example:8883"
CONFIG_FREERTOS_HZ=1000
CONFIG_SECURE_BOOT=n
""")

    f = new(I + "lorawan/include/ttn_keys.h"); r = f.r; S, N = f.s, f.n
    appkey = hexs(r, 32).upper()
    f.done(f"""// TTN v3 OTAA keys for node-07
// JoinEUI / AppEUI (LSB for LMIC)
static const u1_t PROGMEM APPEUI[8] = {{ 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }};
// DevEUI (LSB)
static const u1_t PROGMEM DEVEUI[8] = {{ {N(', '.join('0x' + hexs(r, 2).upper() for _ in range(8)), 'lorawan', 'DevEUI is a public device identifier', 'identifier')} }};
// AppKey (MSB)
static const u1_t PROGMEM APPKEY[16] = {{ {S(', '.join('0x' + appkey[i:i + 2] for i in range(0, 32, 2)), 'lorawan', 'LoRaWAN AppKey (root key) as byte array')} }};
""")

    f = new(I + "tools/provision.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/usr/bin/env python3
\"\"\"Bench provisioning helper: flashes NVS and registers the node on the broker.\"\"\"
import argparse, getpass, subprocess
import paho.mqtt.client as mqtt

BROKER = "mqtt.werkhalle.example"

def register(node_id):
    c = mqtt.Client(client_id="provisioner")
    c.username_pw_set("provisioner", "{S(pw_sym(r), 'mqtt', 'MQTT password in username_pw_set()')}")
    c.tls_set()
    c.connect(BROKER, 8883)
    c.publish(f"provision/{{node_id}}", "hello", qos=1)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("node")
    ap.add_argument("--wifi-pass", default=None)
    a = ap.parse_args()
    wifi = a.wifi_pass or {N('getpass.getpass("WiFi password: ")', 'wifi', 'interactive prompt', 'function-call')}
    subprocess.run(["nvs_partition_gen.py", "generate", "nvs.csv", "nvs.bin", "0x6000"], check=True)
    register(a.node)

if __name__ == "__main__":
    main()
""")

    f = new(I + "test/test_config_parser.c"); r = f.r; S, N = f.s, f.n
    f.done(f"""#include "unity.h"
#include "config_parser.h"

void test_parses_wifi_block(void) {{
    const char *json = "{{\\"ssid\\":\\"unit-ssid\\",\\"psk\\":\\"{N('unit-test-psk', 'wifi', 'obvious unit-test value', 'test-value')}\\"}}";
    cfg_t cfg;
    TEST_ASSERT_EQUAL(0, cfg_parse(json, &cfg));
    TEST_ASSERT_EQUAL_STRING("unit-ssid", cfg.ssid);
}}

void test_rejects_short_psk(void) {{
    TEST_ASSERT_EQUAL(-EINVAL, cfg_set_psk(&g_cfg, "{N('short', 'wifi', 'too-short value for a validation test', 'test-value')}"));
}}

void test_masks_on_dump(void) {{
    char buf[64];
    cfg_dump_psk(&g_cfg, buf, sizeof buf);
    TEST_ASSERT_EQUAL_STRING("{N('********', 'wifi', 'masked output', 'masked')}", buf);
}}
""")

    f = new(I + "docs/provisioning.md"); r = f.r; S, N = f.s, f.n
    f.done(f"""# Provisioning a sensor node

1. Flash the bootloader and app: `idf.py -p /dev/ttyUSB0 flash`
2. Write WiFi credentials to NVS:

   ```
   key,type,encoding,value
   wifi,namespace,,
   ssid,data,string,Werkhalle-IoT
   psk,data,string,{N('<wifi-password>', 'wifi', 'doc placeholder', 'placeholder')}
   ```
3. Register with the broker: `tools/provision.py node-09 --wifi-pass "$WIFI_PSK"`
4. The node announces itself on `provision/<node>`; confirm in the dashboard.

The broker password rotates monthly; ask in #ot-ops, do not paste it here.
""")

    plain(I + "Makefile", """PORT ?= /dev/ttyUSB0

.PHONY: build flash monitor test
build:
\tpio run -e esp32-s3
flash:
\tpio run -e esp32-s3 -t upload --upload-port $(PORT)
monitor:
\tpio device monitor -b 115200
test:
\tpio test -e native
""")
    plain(I + "partitions.csv", """# Name,   Type, SubType, Offset,  Size, Flags
nvs,      data, nvs,     0x9000,  0x6000,
otadata,  data, ota,     0xf000,  0x2000,
app0,     app,  ota_0,   0x20000, 0x300000,
app1,     app,  ota_1,   0x320000,0x300000,
spiffs,   data, spiffs,  0x620000,0x1E0000,
""")
