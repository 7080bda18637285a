//! GetResponse sync job

use reqwest;

const GETRESPONSE_API_KEY: &str = "your-api-key-here";

