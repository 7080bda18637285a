//! Helpers shared by the integration test binaries that include this module
//! (`mod common;`): generated fake tokens and JSON Schema validation against the vendored
//! schemas in `testdata/`. Each binary uses a subset, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::path::Path;

use serde_json::Value;
use tokenscope::analyze::checksum::github_style_token;

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// A fake token with a valid checksum, different for every `seed` (never a literal).
pub fn token_with(prefix: &str, seed: u64) -> String {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let random: String = (0..30)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            BASE62[(x % 62) as usize] as char
        })
        .collect();
    github_style_token(prefix, &random)
}

/// A classic GitHub PAT (critical).
pub fn pat(seed: u64) -> String {
    token_with("ghp_", seed)
}

/// Violations of the JSON Schema at `schema` (relative to the crate root) by `doc`.
pub fn schema_errors(schema: &str, doc: &Value) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(schema);
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

pub const SARIF_SCHEMA: &str = "testdata/sarif-schema-2.1.0.json";
pub const GITLAB_SCHEMA: &str = "testdata/gitlab/secret-detection-report-format-15.2.1.json";
