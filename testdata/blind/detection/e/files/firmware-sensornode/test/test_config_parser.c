#include "unity.h"
#include "config_parser.h"

void test_parses_wifi_block(void) {
    const char *json = "{\"ssid\":\"unit-ssid\",\"psk\":\"unit-test-psk\"}";
    cfg_t cfg;
    TEST_ASSERT_EQUAL(0, cfg_parse(json, &cfg));
    TEST_ASSERT_EQUAL_STRING("unit-ssid", cfg.ssid);
}

void test_rejects_short_psk(void) {
    TEST_ASSERT_EQUAL(-EINVAL, cfg_set_psk(&g_cfg, "short"));
}

void test_masks_on_dump(void) {
    char buf[64];
    cfg_dump_psk(&g_cfg, buf, sizeof buf);
    TEST_ASSERT_EQUAL_STRING("********", buf);
}
