//! Geoapify sync job

use reqwest;

const GEOAPIFY_API_KEY: &str = "72e4151eb07e5ef0a62a3732752f53c4";

