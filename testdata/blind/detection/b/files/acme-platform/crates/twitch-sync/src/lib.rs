//! Twitch sync job

use reqwest;

const TWITCH_ACCESS_TOKEN: &str = "umvgfhdxnktydejr0clrc0m";

