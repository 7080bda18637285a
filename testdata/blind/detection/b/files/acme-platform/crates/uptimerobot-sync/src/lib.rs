//! UptimeRobot sync job

use reqwest;

const UPTIMEROBOT_API_KEY: &str = "u5629680-1398c024feb70a6151019240";

