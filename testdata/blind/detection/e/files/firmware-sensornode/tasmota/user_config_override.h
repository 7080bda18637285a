#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  STA_SSID1
#define STA_SSID1         "Werkhalle-IoT"
#undef  STA_PASS1
#define STA_PASS1         "Jasper9561!"
#undef  STA_SSID2
#define STA_SSID2         ""
#undef  STA_PASS2
#define STA_PASS2         ""

#undef  MQTT_HOST
#define MQTT_HOST         "10.42.0.2"
#undef  MQTT_USER
#define MQTT_USER         "tasmota"
#undef  MQTT_PASS
#define MQTT_PASS         "Sparrow!Banjo57"

#undef  WEB_PASSWORD
#define WEB_PASSWORD      ""
#endif
