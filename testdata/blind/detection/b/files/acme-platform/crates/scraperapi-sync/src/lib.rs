//! ScraperAPI sync job

use reqwest;

const SCRAPERAPI_API_KEY: &str = "e93fa62e96xb7b9edu2wx067s178ac3g";

