//! Finicity sync job

use reqwest;

const FINICITY_PARTNER_SECRET: &str = "d7aqeVRRCFXtB0a";

