//! Embeds every `rules/*.toml` into the binary so that the built-in rule pack travels with
//! it. New rule files need no code change. Also records the git commit for `--version`.
//!
//! Two forms go in: the TOML as written (for `rules check`, which runs the examples), and a
//! scan pack: the same rules as JSON without their examples, each with its regex's shape
//! (see `src/rules/shape.rs`). Loading the pack parses no TOML and no regex, which is what
//! a pre-commit run over three files spends its time on otherwise.

#[path = "src/rules/shape.rs"]
#[allow(dead_code)]
mod shape;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo::rerun-if-changed=rules");
    // Read at run time: a build script binary can be shared between checkouts.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo");
    let dir = Path::new(&manifest).join("rules");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("rules/ directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        println!("cargo::rerun-if-changed={}", f.display());
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            f.display().to_string()
        )
        .unwrap();
    }
    out.push(']');
    let out_dir = std::env::var("OUT_DIR").unwrap();
    std::fs::write(Path::new(&out_dir).join("builtin_rules.rs"), out).unwrap();
    let pack: Vec<serde_json::Value> = files.iter().map(|f| pack_file(f)).collect();
    std::fs::write(
        Path::new(&out_dir).join("builtin_pack.json"),
        serde_json::to_string(&pack).unwrap(),
    )
    .unwrap();
    let commit = git_commit(Path::new(&manifest)).unwrap_or_else(|| "unknown".into());
    println!("cargo::rustc-env=TOKENSCOPE_GIT_COMMIT={commit}");
}

/// One rule file of the scan pack: `{"source", "rules": [{"spec", "shape"}]}`, or
/// `{"source", "fallback": true}` when the file does not parse or a pattern has no shape:
/// the library then loads that file from its TOML and reports the problem with its usual
/// context. A broken rule never fails the build.
fn pack_file(path: &Path) -> serde_json::Value {
    let source = path.file_name().unwrap().to_string_lossy().into_owned();
    let fallback = serde_json::json!({ "source": source, "fallback": true });
    let Ok(text) = std::fs::read_to_string(path) else {
        return fallback;
    };
    let Ok(mut file) = toml::from_str::<toml::Table>(&text) else {
        return fallback;
    };
    let Some(toml::Value::Array(rules)) = file.remove("rule") else {
        return fallback;
    };
    let mut out = Vec::new();
    for rule in rules {
        let toml::Value::Table(mut spec) = rule else {
            return fallback;
        };
        spec.remove("examples");
        spec.remove("negative_examples");
        let regex = spec.get("regex").and_then(|r| r.as_str()).unwrap_or("");
        let keywords: Vec<String> = spec
            .get("keywords")
            .and_then(|k| k.as_array())
            .map(|k| {
                k.iter()
                    .filter_map(|k| k.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let Ok(shape) = shape::Shape::of(regex, &keywords) else {
            return fallback;
        };
        out.push(serde_json::json!({ "spec": spec, "shape": shape }));
    }
    serde_json::json!({ "source": source, "rules": out })
}

/// The commit tokenscope is built from: `TOKENSCOPE_GIT_COMMIT` if set (a container build
/// has no `.git`), the one cargo recorded when packaging the crate (`cargo install`), or
/// git's `HEAD`. None when there is no way to know; a build never fails for it.
fn git_commit(manifest: &Path) -> Option<String> {
    println!("cargo::rerun-if-env-changed=TOKENSCOPE_GIT_COMMIT");
    if let Some(c) = std::env::var("TOKENSCOPE_GIT_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
    {
        return Some(c);
    }
    if let Ok(info) = std::fs::read_to_string(manifest.join(".cargo_vcs_info.json")) {
        // {"git": {"sha1": "…"}, …}: one field, not worth a JSON parser in the build.
        let sha = info.split("\"sha1\"").nth(1)?.split('"').nth(1)?;
        return Some(sha.chars().take(12).collect());
    }
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .current_dir(manifest)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())?;
        Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    // Rebuild when HEAD moves: the HEAD file (a branch switch) and the branch's ref. Only
    // files that exist: cargo reruns a script on every build for a missing one.
    let watch = |p: String| {
        if Path::new(&p).exists() {
            println!("cargo::rerun-if-changed={p}");
        }
    };
    if let Some(dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        watch(format!("{dir}/HEAD"));
    }
    if let (Some(common), Some(head_ref)) = (
        git(&["rev-parse", "--path-format=absolute", "--git-common-dir"]),
        git(&["symbolic-ref", "-q", "HEAD"]),
    ) {
        watch(format!("{common}/{head_ref}"));
        watch(format!("{common}/packed-refs"));
    }
    git(&["rev-parse", "--short=12", "HEAD"]).filter(|c| !c.is_empty())
}
