//! `.tokenscope.toml`: per-repository settings and suppressions.
//!
//! ```toml
//! [scan]
//! exclude = ["vendor/**"]        # never read these paths
//! max_file_size = 67108864
//!
//! [allow]
//! paths = ["testdata/**"]        # findings here are suppressed
//! fingerprints = ["3f9a…"]       # one finding everywhere it appears
//! regexes = ["^AKIAIOSFODNN7EXAMPLE$"]  # matched against the secret
//!
//! [endpoints]                    # --verify base URLs (GitHub Enterprise, self-managed GitLab)
//! github = "https://ghe.example.com/api/v3"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

pub const DEFAULT_FILE: &str = ".tokenscope.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub scan: ScanConfig,
    #[serde(default)]
    pub allow: AllowConfig,
    /// `--verify` base-URL overrides by provider (`github = "https://ghe.corp/api/v3"`).
    #[serde(default)]
    pub endpoints: BTreeMap<String, String>,
    /// Hygiene thresholds: `max_token_age_days` (rotation), `max_expiry_days`.
    #[serde(default)]
    pub policy: crate::analyze::context::Policy,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScanConfig {
    #[serde(default)]
    pub exclude: Vec<String>,
    #[serde(default)]
    pub max_file_size: Option<u64>,
    #[serde(default)]
    pub rules: Vec<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllowConfig {
    #[serde(default)]
    pub paths: Vec<String>,
    #[serde(default)]
    pub fingerprints: Vec<String>,
    #[serde(default)]
    pub regexes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config {path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Config::parse(&text).map_err(|message| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        })
    }

    pub fn parse(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The explicit config if given, else `.tokenscope.toml` in the first scan root.
    pub fn discover(explicit: Option<&Path>, root: &Path) -> Result<Config, ConfigError> {
        match explicit {
            Some(p) => Config::load(p),
            None => {
                let dir = if root.is_dir() {
                    root
                } else {
                    root.parent().unwrap_or(Path::new("."))
                };
                let candidate = dir.join(DEFAULT_FILE);
                if candidate.is_file() {
                    Config::load(&candidate)
                } else {
                    Ok(Config::default())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_unknown_keys() {
        let c = Config::parse("[allow]\npaths=['a/**']\nfingerprints=['ab']\n").unwrap();
        assert_eq!(c.allow.paths, vec!["a/**"]);
        assert!(Config::parse("[allow]\npath=['a']").is_err());
    }
}
