//! pdflayer sync job

use reqwest;

const PDFLAYER_ACCESS_KEY: &str = "46f253af291d97c744bbae47c9e695de";

