//! Tines sync job

use reqwest;

const TINES_WEBHOOK_URL: &str = "https://sec-ops.tines.com/webhook/4c239e620e1d19ee3d366d6f93bf0eaa/4f3128abac0c3dfe2ef6617cf6be8f82";

