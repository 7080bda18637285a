//! Opsgenie sync job

use reqwest;

const OPSGENIE_API_KEY: &str = "d60c76a7-6347-4e4d-b1f1-91df870b0aae";

