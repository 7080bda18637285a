//! `tokenscope install-hook`: a plain git `pre-commit` hook, for people without the
//! pre-commit framework. The hook runs `tokenscope scan --staged`, which reads only the
//! lines the commit adds, offline, and blocks the commit when they hold a token.
//!
//! The hooks directory is asked of git (`git rev-parse --git-path hooks`), so
//! `core.hooksPath` and worktrees are respected. An existing hook that tokenscope did not
//! write is never overwritten without `--force`; with it, the old hook is kept next to the
//! new one as `pre-commit.tokenscope-backup`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// The line that marks a hook as ours (so reinstalling over it needs no `--force`).
pub const MARKER: &str = "# tokenscope-hook v1";

#[derive(Debug, clap::Args)]
pub struct InstallHookArgs {
    /// A path inside the repository.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Replace an existing pre-commit hook that tokenscope did not install (it is kept as
    /// pre-commit.tokenscope-backup).
    #[arg(long)]
    pub force: bool,
    /// Block the commit only for tokens at or above this severity.
    #[arg(long, value_enum, default_value_t = crate::finding::Severity::Low)]
    pub fail_on: crate::finding::Severity,
}

fn git(dir: &Path, args: &[&str]) -> Result<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context("running git (is it installed?)")?;
    if !out.status.success() {
        bail!(
            "{} is not inside a git work tree: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The hooks directory of the repository containing `path`.
pub fn hooks_dir(path: &Path) -> Result<PathBuf> {
    let top = PathBuf::from(git(path, &["rev-parse", "--show-toplevel"])?);
    let hooks = PathBuf::from(git(&top, &["rev-parse", "--git-path", "hooks"])?);
    Ok(if hooks.is_absolute() {
        hooks
    } else {
        top.join(hooks)
    })
}

/// Single-quotes a string for `sh`.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The hook script. `exe` is the binary to prefer (the one installing the hook); `tokenscope`
/// on PATH is the fallback.
pub fn script(exe: &str, fail_on: crate::finding::Severity) -> String {
    format!(
        r#"#!/bin/sh
{MARKER}: installed by `tokenscope install-hook`; delete this file to uninstall.
# Blocks a commit whose staged change adds an API token (offline: nothing leaves the machine).
TOKENSCOPE=${{TOKENSCOPE:-{exe}}}
if ! command -v "$TOKENSCOPE" >/dev/null 2>&1; then
  if command -v tokenscope >/dev/null 2>&1; then
    TOKENSCOPE=tokenscope
  else
    echo "tokenscope pre-commit hook: tokenscope is not installed (looked for $TOKENSCOPE); commit blocked. Install it, or bypass once with 'git commit --no-verify'." >&2
    exit 1
  fi
fi
"$TOKENSCOPE" scan --staged --no-leastpriv --fail-on {fail_on} .
status=$?
case $status in
  0) exit 0 ;;
  1) echo "tokenscope: commit blocked: the staged change adds the token(s) listed above (file:line, rule). Remove them and rotate any real one; for a fake test token add a 'tokenscope:allow' comment on its line or allowlist it in .tokenscope.toml; to bypass once: git commit --no-verify" >&2
     exit 1 ;;
  3) echo "tokenscope: some staged files could not be scanned (see the warnings); commit allowed" >&2
     exit 0 ;;
  *) echo "tokenscope: the scan failed (exit $status); commit blocked. Bypass once with git commit --no-verify" >&2
     exit "$status" ;;
esac
"#,
        exe = sh_quote(exe),
        fail_on = fail_on.as_str(),
    )
}

/// Installs the hook; returns the path written.
pub fn install(args: &InstallHookArgs) -> Result<PathBuf> {
    let dir = hooks_dir(&args.path)?;
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let hook = dir.join("pre-commit");
    if let Ok(existing) = std::fs::read(&hook) {
        let ours = String::from_utf8_lossy(&existing).contains(MARKER);
        if !ours {
            if !args.force {
                bail!(
                    "{} already exists and was not installed by tokenscope; not overwriting it \
                     (run with --force to replace it; the old hook is then kept as \
                     pre-commit.tokenscope-backup), or call `tokenscope scan --staged` from it",
                    hook.display()
                );
            }
            let backup = dir.join("pre-commit.tokenscope-backup");
            std::fs::write(&backup, &existing)
                .with_context(|| format!("writing {}", backup.display()))?;
        }
    }
    let exe = std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "tokenscope".into());
    std::fs::write(&hook, script(&exe, args.fail_on))
        .with_context(|| format!("writing {}", hook.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755))
            .with_context(|| format!("making {} executable", hook.display()))?;
    }
    Ok(hook)
}

/// The `install-hook` command.
pub fn run(args: &InstallHookArgs) -> Result<u8> {
    let hook = install(args)?;
    eprintln!(
        "installed {}: `git commit` now runs `tokenscope scan --staged` and blocks commits that add tokens",
        hook.display()
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_and_marker() {
        assert_eq!(sh_quote("/a b/it's"), r"'/a b/it'\''s'");
        let s = script("/opt/ts", crate::finding::Severity::High);
        assert!(s.starts_with("#!/bin/sh\n"));
        assert!(s.contains(MARKER));
        assert!(s.contains("--fail-on high"));
        assert!(s.contains("TOKENSCOPE=${TOKENSCOPE:-'/opt/ts'}"));
    }
}
