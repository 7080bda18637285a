//! HawkScan sync job

use reqwest;

const HAWKSCAN_API_KEY: &str = "hawk.";

