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
//!
//! [policy]                       # hygiene thresholds, in days (defaults 90)
//! max_token_age_days = 90        # older: `stale` / `older-than-N-days`
//! max_expiry_days = 90           # valid longer: `long-expiry`
//! max_unused_days = 90           # not used longer (--verify): `unused-for-N-days`
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
    /// Hygiene thresholds: `max_token_age_days` (rotation), `max_expiry_days`,
    /// `max_unused_days` (disuse the provider reports under `--verify`).
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

    /// The explicit config if given, else the nearest `.tokenscope.toml` from the first scan
    /// root upward, stopping at the repository root (the directory holding `.git`), so that
    /// `scan tests` keeps the root's settings.
    pub fn discover(explicit: Option<&Path>, root: &Path) -> Result<Config, ConfigError> {
        Config::discover_located(explicit, root).map(|(c, _)| c)
    }

    /// [`Config::discover`], with the file the config came from (`None`: defaults), which
    /// `allow.paths` are relative to.
    pub fn discover_located(
        explicit: Option<&Path>,
        root: &Path,
    ) -> Result<(Config, Option<PathBuf>), ConfigError> {
        let file = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => Config::find(root),
        };
        let config = match &file {
            Some(p) => Config::load(p)?,
            None => Config::default(),
        };
        Ok((config, file))
    }

    /// Where [`Config::discover`] finds the config for `root`, if anywhere.
    pub fn find(root: &Path) -> Option<PathBuf> {
        find_upward(root, DEFAULT_FILE)
    }
}

/// The nearest file `name` from `root` (a directory, or a file's directory) upward, up to
/// and including the repository root (the first directory holding `.git`).
pub fn find_upward(root: &Path, name: &str) -> Option<PathBuf> {
    let start = if root.is_dir() {
        root.to_path_buf()
    } else {
        root.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf()
    };
    // Absolute, so that `..` and the repository root can be told.
    let mut dir = std::path::absolute(&start).unwrap_or(start);
    loop {
        let candidate = dir.join(name);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() || !dir.pop() {
            return None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects_unknown_keys() {
        let c = Config::parse("[allow]\npaths=['a/**']\nfingerprints=['abcdef01']\n").unwrap();
        assert_eq!(c.allow.paths, vec!["a/**"]);
        assert!(Config::parse("[allow]\npath=['a']").is_err());
    }

    #[test]
    fn policy_table_with_max_unused_days() {
        let c = Config::parse("[policy]\nmax_unused_days = 30\nmax_expiry_days = 7\n").unwrap();
        assert_eq!(c.policy.max_unused_days, 30);
        assert_eq!(c.policy.max_expiry_days, 7);
        // Left out: the default.
        assert_eq!(c.policy.max_token_age_days, 90);
        assert_eq!(Config::parse("").unwrap().policy.max_unused_days, 90);
        // A misspelt key is an error, not a silently ignored threshold.
        let e = Config::parse("[policy]\nmax_unused_day = 30\n").unwrap_err();
        assert!(e.contains("max_unused_day"), "{e}");
        assert!(Config::parse("[policy]\nmax_unused_days = -1\n").is_err());
    }

    #[test]
    fn found_upward_but_not_past_the_repository_root() {
        let dir = tempfile::tempdir().unwrap();
        let repo = dir.path().join("repo");
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        std::fs::create_dir_all(repo.join("tests/unit")).unwrap();
        std::fs::write(repo.join(DEFAULT_FILE), "").unwrap();
        assert_eq!(
            Config::find(&repo.join("tests/unit")),
            Some(repo.join(DEFAULT_FILE))
        );
        // Above the repository: not this repository's settings.
        std::fs::write(dir.path().join(DEFAULT_FILE), "").unwrap();
        std::fs::remove_file(repo.join(DEFAULT_FILE)).unwrap();
        assert_eq!(Config::find(&repo.join("tests")), None);
    }
}
