// status page widget: monitor ids are public in the status page URL
export const UPTIMEROBOT_MONITOR_IDS = [189961057, 373358969];
