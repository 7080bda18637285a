//! Where bytes come from. Every source (the file tree now; archives and git history later)
//! hands the scanner a logical path and a byte slice, so the matcher never knows or cares
//! where the bytes lived.

pub mod archive;
pub mod encoded;
pub mod fs;
pub mod git;

use serde::Serialize;

/// A per-input problem. Never fatal: the scan goes on, the summary counts it, and the exit
/// code reflects an incomplete scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub path: String,
    pub kind: WarningKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// Could not open or read (permissions, vanished, I/O error).
    Unreadable,
    /// Larger than `--max-file-size`.
    TooLarge,
    /// FIFO, socket, device: reading could block or never end.
    NotRegularFile,
    /// The directory walk itself failed somewhere (permission denied on a directory, loop).
    Walk,
    /// An archive was corrupt or hit a safety limit.
    Archive,
    /// Git history could not be fully read.
    Git,
    /// A workflow file that does not parse: its jobs were not analysed.
    Workflow,
}

impl WarningKind {
    pub fn as_str(self) -> &'static str {
        match self {
            WarningKind::Unreadable => "unreadable",
            WarningKind::TooLarge => "too-large",
            WarningKind::NotRegularFile => "not-regular-file",
            WarningKind::Walk => "walk",
            WarningKind::Archive => "archive",
            WarningKind::Git => "git",
            WarningKind::Workflow => "workflow",
        }
    }

    /// Whether this warning means some bytes went unscanned.
    pub fn drops_work(self) -> bool {
        true
    }
}
