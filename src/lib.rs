//! tokenscope: finds leaked and over-privileged API tokens and says what each can do.
//!
//! The pipeline reads top-down: `sources` yield bytes, `matcher` finds rule matches,
//! `analyze` decodes what each token can do, `suppress` drops what the user accepted, and
//! `report` writes text, JSON or SARIF. `scan` wires the stages together.

pub mod analyze;
pub mod audit;
pub mod config;
pub mod escape;
pub mod finding;
pub mod gha;
pub mod hook;
pub mod leastpriv;
pub mod matcher;
pub mod pair;
pub mod report;
pub mod revoke;
pub mod rules;
pub mod sarif_merge;
pub mod scan;
pub mod scope;
pub mod shard;
pub mod sources;
pub mod suppress;
pub mod verify;

/// Library errors. Per-file problems are not errors: they are [`sources::Warning`]s.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Rules(#[from] rules::RuleError),
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    #[error(transparent)]
    Suppress(#[from] suppress::SuppressError),
    #[error(transparent)]
    Walk(#[from] sources::fs::WalkError),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}
