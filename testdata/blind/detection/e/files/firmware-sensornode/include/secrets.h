#pragma once
// DO NOT COMMIT (added to .gitignore in 3f1c2e0 ... too late)
#define WIFI_SSID       "Werkhalle-IoT"
#define WIFI_PASSWORD   "Sparrow8361!"
#define MQTT_HOST       "mqtt.werkhalle.example"
#define MQTT_PORT       8883
#define MQTT_USER       "sensornode"
#define MQTT_PASS       "bBeU7tDO8f58Bzu65yPi"
#define OTA_PASSWORD    "c1bf656708bad77f"
#define OTA_PASSWORD_MD5 ""
