//! Pepipost sync job

use reqwest;

const PEPIPOST_API_KEY: &str = "4b8f0c22ff9c9b3f64df6b710baf64d0";

