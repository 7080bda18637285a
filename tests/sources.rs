//! Sources beyond the plain file tree: git history, commit ranges, staged changes, archives,
//! container images, encoded content, and every kind of bad input. Fixtures (repositories,
//! archives, images) are built at run time; tokens are generated, never written literally.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;
use std::sync::{Arc, Mutex};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;
use tokenscope::analyze::checksum::github_style_token;

// ---------------------------------------------------------------------------------------
// helpers

fn tokenscope() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tokenscope"));
    c.env("NO_COLOR", "1");
    c
}

const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// A fake classic PAT with a valid checksum, different for every `seed`.
fn token(seed: u64) -> String {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let random: String = (0..30)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            BASE62[(x % 62) as usize] as char
        })
        .collect();
    github_style_token("ghp_", &random)
}

struct Run {
    json: Value,
    code: i32,
    stderr: String,
}

impl Run {
    fn findings(&self) -> &Vec<Value> {
        self.json["findings"].as_array().expect("findings array")
    }

    fn warnings(&self) -> &Vec<Value> {
        self.json["warnings"].as_array().expect("warnings array")
    }

    fn has_warning(&self, kind: &str, needle: &str) -> bool {
        self.warnings().iter().any(|w| {
            w["kind"] == kind
                && (w["message"].as_str().unwrap_or("").contains(needle)
                    || w["path"].as_str().unwrap_or("").contains(needle))
        })
    }

    fn files_scanned(&self) -> u64 {
        self.json["stats"]["files_scanned"].as_u64().unwrap()
    }

    /// The report never holds a raw token unless asked.
    fn assert_redacted(&self, tokens: &[&str]) {
        let text = self.json.to_string();
        for t in tokens {
            assert!(!text.contains(t), "raw token leaked into the report");
        }
        assert!(
            !tokens.iter().any(|t| self.stderr.contains(t)),
            "raw token leaked into stderr"
        );
    }
}

fn scan(args: &[&str], path: &Path) -> Run {
    let out = tokenscope()
        .arg("scan")
        .args(args)
        .args(["--format", "json", "--quiet"])
        .arg(path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {stderr}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    Run {
        json,
        code: out.status.code().unwrap(),
        stderr,
    }
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = StdCommand::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Ada Lovelace")
        .env("GIT_AUTHOR_EMAIL", "ada@example.com")
        .env("GIT_COMMITTER_NAME", "Ada Lovelace")
        .env("GIT_COMMITTER_EMAIL", "ada@example.com")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn new_repo() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    git(&repo, &["init", "-q", "-b", "main"]);
    (tmp, repo)
}

fn write(path: &Path, data: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, data).unwrap();
}

fn commit_file(repo: &Path, name: &str, data: &str, msg: &str) -> String {
    write(&repo.join(name), data);
    git(repo, &["add", "--", name]);
    git(repo, &["commit", "-q", "-m", msg]);
    git(repo, &["rev-parse", "HEAD"])
}

fn zip_bytes(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .large_file(false);
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn tar_bytes(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, name, *data).unwrap();
    }
    b.into_inner().unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn members(f: &Value) -> Vec<String> {
    f["location"]["members"]
        .as_array()
        .map(|a| a.iter().map(|m| m.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// git history

#[test]
fn history_attributes_a_removed_token_to_the_commit_that_added_it() {
    let (_tmp, repo) = new_repo();
    let t = token(1);
    commit_file(&repo, "README.md", "hello\n", "first");
    let c2 = commit_file(&repo, "config/app.env", &format!("A=1\nTOKEN={t}\n"), "add");
    git(&repo, &["rm", "-q", "config/app.env"]);
    git(&repo, &["commit", "-q", "-m", "remove"]);

    // The work tree is clean: a plain scan finds nothing.
    assert_eq!(scan(&[], &repo).code, 0);

    let run = scan(&["--history"], &repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let f = &run.findings()[0];
    assert_eq!(run.findings().len(), 1);
    assert_eq!(f["location"]["path"], "config/app.env");
    assert_eq!(f["location"]["line"], 2);
    let g = &f["location"]["git"];
    assert_eq!(g["commit"], c2.as_str());
    assert_eq!(g["author"], "Ada Lovelace <ada@example.com>");
    assert!(g["date"].as_str().unwrap().starts_with("20"), "{g}");
    assert_eq!(g["blob"].as_str().unwrap().len(), 40);
    run.assert_redacted(&[&t]);
}

#[test]
fn history_scans_each_blob_once() {
    let (_tmp, repo) = new_repo();
    let t = token(2);
    commit_file(&repo, "secret.txt", &format!("key: {t}\n"), "c0");
    for i in 0..10 {
        commit_file(
            &repo,
            "counter.txt",
            &format!("{i}\n"),
            &format!("c{}", i + 1),
        );
    }
    // The same content under a second path is the same blob: still one scan.
    commit_file(&repo, "copy/secret.txt", &format!("key: {t}\n"), "copy");
    let run = scan(&["--history"], &repo);
    assert_eq!(run.code, 1);
    assert_eq!(run.findings().len(), 1, "{:#}", run.json["findings"]);
    // secret.txt, 10 versions of counter.txt: 11 distinct blobs.
    assert_eq!(run.files_scanned(), 11);
    let fps: std::collections::BTreeSet<_> = run
        .findings()
        .iter()
        .map(|f| f["fingerprint"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(fps.len(), 1);
    assert_eq!(run.findings()[0]["location"]["path"], "secret.txt");
}

#[test]
fn history_token_at_two_commits_has_one_fingerprint_in_sarif() {
    let (_tmp, repo) = new_repo();
    let t = token(3);
    commit_file(&repo, "a.env", &format!("T={t}\n"), "a");
    commit_file(&repo, "b.env", &format!("OTHER={t}\n"), "b");
    let out = tokenscope()
        .args(["scan", "--history", "--format", "sarif", "--quiet"])
        .arg(&repo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    let fps: std::collections::BTreeSet<String> = results
        .iter()
        .map(|r| r["partialFingerprints"].to_string())
        .collect();
    assert_eq!(fps.len(), 1, "content-based fingerprint");
    for r in results {
        let msg = r["message"]["text"].as_str().unwrap();
        assert!(msg.contains("commit"), "{msg}");
        assert!(r["properties"]["commit"].as_str().is_some(), "{r}");
        assert!(r["properties"]["author"].as_str().is_some(), "{r}");
    }
}

#[test]
fn history_of_a_bare_repository() {
    let (tmp, repo) = new_repo();
    let t = token(4);
    commit_file(&repo, "deploy.sh", &format!("export GH={t}\n"), "add");
    let bare = tmp.path().join("bare.git");
    git(
        tmp.path(),
        &[
            "clone",
            "-q",
            "--bare",
            repo.to_str().unwrap(),
            bare.to_str().unwrap(),
        ],
    );
    let run = scan(&["--history"], &bare);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.findings()[0]["location"]["path"], "deploy.sh");
}

#[test]
fn history_of_a_shallow_clone_says_it_is_partial() {
    let (tmp, repo) = new_repo();
    commit_file(&repo, "old.txt", &format!("old {}\n", token(5)), "old");
    commit_file(&repo, "new.txt", "nothing here\n", "new");
    let shallow = tmp.path().join("shallow");
    let url = format!("file://{}", repo.display());
    git(
        tmp.path(),
        &[
            "clone",
            "-q",
            "--depth",
            "1",
            &url,
            shallow.to_str().unwrap(),
        ],
    );
    let run = scan(&["--history"], &shallow);
    assert!(run.has_warning("git", "shallow clone"), "{:#}", run.json);
    // The token is in HEAD's tree (old.txt is still there), so it is found and attributed
    // to the boundary commit.
    assert_eq!(run.code, 1);
    assert_eq!(run.findings()[0]["location"]["path"], "old.txt");
}

#[test]
fn history_of_an_empty_repository_is_clean() {
    let (_tmp, repo) = new_repo();
    let run = scan(&["--history"], &repo);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.findings().is_empty());
    assert!(run.warnings().is_empty());
    let run = scan(&["--history", "--all-objects"], &repo);
    assert_eq!(run.code, 0);
}

#[test]
fn all_objects_finds_dangling_blobs() {
    let (_tmp, repo) = new_repo();
    commit_file(&repo, "a.txt", "a\n", "a");
    let t = token(6);
    // A blob written to the object database but never committed.
    write(&repo.join("tmp.txt"), format!("T={t}\n"));
    git(&repo, &["hash-object", "-w", "tmp.txt"]);
    std::fs::remove_file(repo.join("tmp.txt")).unwrap();
    assert_eq!(scan(&["--history"], &repo).code, 0);
    let run = scan(&["--history", "--all-objects"], &repo);
    assert_eq!(run.code, 1);
    let path = run.findings()[0]["location"]["path"].as_str().unwrap();
    assert!(path.contains("unreachable"), "{path}");
}

// ---------------------------------------------------------------------------------------
// ranges

#[test]
fn range_with_equal_base_and_head_is_an_empty_clean_scan() {
    let (_tmp, repo) = new_repo();
    commit_file(&repo, "a.env", &format!("T={}\n", token(7)), "a");
    let run = scan(&["--range", "HEAD..HEAD"], &repo);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.files_scanned(), 0);
    let run = scan(&["--since", "HEAD"], &repo);
    assert_eq!(run.code, 0);
}

#[test]
fn range_reports_only_tokens_the_range_added() {
    let (_tmp, repo) = new_repo();
    let (old, new) = (token(8), token(9));
    let base = commit_file(&repo, "settings.env", &format!("OLD={old}\n"), "base");
    // The PR edits the file holding the old token and adds a new one elsewhere.
    commit_file(
        &repo,
        "settings.env",
        &format!("# moved\nOLD={old}\nX=1\n"),
        "pr 1",
    );
    commit_file(&repo, "src/client.py", &format!("KEY = '{new}'\n"), "pr 2");
    let run = scan(&["--range", &format!("{base}..HEAD")], &repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.findings().len(), 1, "{:#}", run.json["findings"]);
    let f = &run.findings()[0];
    assert_eq!(f["location"]["path"], "src/client.py");
    assert_eq!(
        f["location"]["git"]["commit"],
        git(&repo, &["rev-parse", "HEAD"]).as_str()
    );
    // --since is the same range up to HEAD.
    let since = scan(&["--since", &base], &repo);
    assert_eq!(since.findings().len(), 1);
    // A bad revision is a usage error, not an empty scan.
    let bad = tokenscope()
        .args(["scan", "--range", "nope..HEAD"])
        .arg(&repo)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------
// staged

#[test]
fn staged_reports_added_lines_only_at_their_line() {
    let (_tmp, repo) = new_repo();
    let (committed, staged, unstaged) = (token(10), token(11), token(12));
    commit_file(
        &repo,
        "app.cfg",
        &format!("a=1\nold={committed}\nb=2\n"),
        "base",
    );
    write(
        &repo.join("app.cfg"),
        format!("a=1\nold={committed}\nb=2\nc=3\nnew={staged}\n"),
    );
    git(&repo, &["add", "app.cfg"]);
    // Unstaged: in the work tree only.
    write(&repo.join("notes.txt"), format!("{unstaged}\n"));
    write(
        &repo.join("app.cfg"),
        format!("a=1\nold={committed}\nb=2\nc=3\nnew={staged}\nw={unstaged}\n"),
    );
    // A workflow in the work tree with a least-privilege problem: the tree scan reports it,
    // a staged check (about the change only) does not read the tree for it.
    write(
        &repo.join(".github/workflows/ci.yml"),
        "on: push\npermissions: write-all\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
    );
    let tree = scan(&[], &repo);
    assert!(
        tree.findings()
            .iter()
            .any(|f| f["rule_id"] == "workflow.write-all"),
        "{:#}",
        tree.json["findings"]
    );
    let run = scan(&["--staged"], &repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.findings().len(), 1, "{:#}", run.json["findings"]);
    let f = &run.findings()[0];
    assert_eq!(f["location"]["path"], "app.cfg");
    assert_eq!(f["location"]["line"], 5);
    run.assert_redacted(&[&committed, &staged, &unstaged]);

    // Also from a subdirectory: paths stay relative to the repository root.
    std::fs::create_dir_all(repo.join("sub")).unwrap();
    let run = scan(&["--staged"], &repo.join("sub"));
    assert_eq!(run.findings()[0]["location"]["path"], "app.cfg");
}

#[test]
fn staged_in_a_repository_without_commits_scans_everything_staged() {
    let (_tmp, repo) = new_repo();
    assert_eq!(scan(&["--staged"], &repo).code, 0);
    write(&repo.join("dir/x.env"), format!("\nT={}\n", token(13)));
    git(&repo, &["add", "."]);
    let run = scan(&["--staged"], &repo);
    assert_eq!(run.code, 1);
    assert_eq!(run.findings()[0]["location"]["path"], "dir/x.env");
    assert_eq!(run.findings()[0]["location"]["line"], 2);
}

// ---------------------------------------------------------------------------------------
// archives

#[test]
fn archives_are_opened_by_content_and_located_with_members() {
    let tmp = TempDir::new().unwrap();
    let (t1, t2, t3, t4, t5) = (token(20), token(21), token(22), token(23), token(24));
    let t6 = token(25);
    let props = format!("gh.token={t1}\n");
    let inner_jar = zip_bytes(
        &[("config/app.properties", props.as_bytes())],
        zip::CompressionMethod::Deflated,
    );
    // A wheel (zip) holding a jar (zip), saved without a telling extension.
    let outer = zip_bytes(
        &[("lib/inner.jar", &inner_jar)],
        zip::CompressionMethod::Stored,
    );
    write(&tmp.path().join("dist/package.bin"), &outer);
    let tgz = gzip(&tar_bytes(&[(
        "./etc/conf.ini",
        format!("t={t2}\n").as_bytes(),
    )]));
    write(&tmp.path().join("dist/bundle.tgz"), &tgz);
    write(
        &tmp.path().join("dist/notes.txt.gz"),
        gzip(format!("line\n{t3}\n").as_bytes()),
    );
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    bz.write_all(&tar_bytes(&[("b.txt", format!("{t4}\n").as_bytes())]))
        .unwrap();
    write(&tmp.path().join("dist/b.tar.bz2"), bz.finish().unwrap());
    let zst = ruzstd::encoding::compress_to_vec(
        &format!("zstd {t5}\n").into_bytes()[..],
        ruzstd::encoding::CompressionLevel::Fastest,
    );
    write(&tmp.path().join("dist/layer.zst"), zst);
    let mut xz =
        lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::with_preset(1)).unwrap();
    xz.write_all(&tar_bytes(&[(
        "deep/x.yaml",
        format!("k: {t6}\n").as_bytes(),
    )]))
    .unwrap();
    write(&tmp.path().join("dist/src.tar.xz"), xz.finish().unwrap());

    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    let by_path: Vec<(String, Vec<String>, u64)> = run
        .findings()
        .iter()
        .map(|f| {
            (
                f["location"]["path"].as_str().unwrap().to_string(),
                members(f),
                f["location"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let expect = [
        (
            "dist/package.bin",
            vec!["lib/inner.jar", "config/app.properties"],
            1,
        ),
        ("dist/bundle.tgz", vec!["etc/conf.ini"], 1),
        ("dist/notes.txt.gz", vec!["notes.txt"], 2),
        ("dist/b.tar.bz2", vec!["b.txt"], 1),
        ("dist/layer.zst", vec!["layer"], 1),
        ("dist/src.tar.xz", vec!["deep/x.yaml"], 1),
    ];
    for (path, m, line) in expect {
        assert!(
            by_path
                .iter()
                .any(|(p, mm, l)| p == path && *mm == m && *l == line),
            "{path} {m:?} not in {by_path:?}"
        );
    }
    run.assert_redacted(&[&t1, &t2, &t3, &t4, &t5, &t6]);

    // Text output shows the `outer!inner` path.
    let out = tokenscope().arg("scan").arg(tmp.path()).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("dist/package.bin!lib/inner.jar!config/app.properties"),
        "{text}"
    );

    // SARIF: the outer file is the artifact; the member chain is a property.
    let out = tokenscope()
        .args(["scan", "--format", "sarif", "--quiet"])
        .arg(tmp.path())
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["properties"]["archiveMembers"].is_array())
        .expect("an archive result");
    let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert!(!uri.contains('!'), "{uri}");

    // --no-archives and --max-archive-depth switch it off.
    let run = scan(&["--no-archives"], tmp.path());
    assert!(run.findings().iter().all(|f| members(f).is_empty()));
    let run = scan(&["--max-archive-depth", "1"], tmp.path());
    assert!(run.has_warning("archive", "deeper than --max-archive-depth"));
    assert!(!run.findings().iter().any(|f| members(f).len() > 1));
}

#[test]
fn docker_save_image_layers_and_whiteouts() {
    let tmp = TempDir::new().unwrap();
    let (deleted, kept, env) = (token(30), token(31), token(32));
    let layer1 = tar_bytes(&[
        ("etc/app/secret.env", format!("T={deleted}\n").as_bytes()),
        ("usr/share/doc/readme", b"docs"),
    ]);
    let layer2 = tar_bytes(&[
        ("etc/app/.wh.secret.env", b""),
        ("srv/run.sh", format!("GH={kept} ./run\n").as_bytes()),
    ]);
    let config = serde_json::json!({
        "config": {"Env": [format!("GITHUB_TOKEN={env}")]},
        "history": [{"created_by": "/bin/sh -c #(nop) ENV GITHUB_TOKEN=…"}],
        "rootfs": {"type": "layers", "diff_ids": [
            format!("sha256:{}", sha256_hex(&layer1)),
            format!("sha256:{}", sha256_hex(&layer2)),
        ]},
    })
    .to_string();
    let manifest = serde_json::json!([{
        "Config": "cfg.json",
        "RepoTags": ["demo/app:1.0"],
        "Layers": ["l1/layer.tar", "l2/layer.tar"],
    }])
    .to_string();
    let image = tar_bytes(&[
        ("l1/layer.tar", &layer1),
        ("l2/layer.tar", &layer2),
        ("cfg.json", config.as_bytes()),
        ("manifest.json", manifest.as_bytes()),
    ]);
    write(&tmp.path().join("image.tar"), &image);
    // `docker save | gzip` too.
    let gz_dir = TempDir::new().unwrap();
    write(&gz_dir.path().join("image.tar.gz"), gzip(&image));
    let gz_run = scan(&[], gz_dir.path());
    assert_eq!(gz_run.findings().len(), 3, "{:#}", gz_run.json);
    assert!(
        gz_run.json["findings"]
            .to_string()
            .contains("deleted in a later layer")
    );
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    let fs = run.findings();
    assert_eq!(fs.len(), 3, "{:#}", run.json["findings"]);
    let find = |suffix: &str| {
        fs.iter()
            .find(|f| members(f).last().is_some_and(|m| m.ends_with(suffix)))
            .unwrap_or_else(|| panic!("no finding in {suffix}"))
    };
    let del = find("secret.env");
    let m = members(del);
    assert_eq!(m[0], "demo/app:1.0");
    assert_eq!(m[1], format!("sha256:{}", sha256_hex(&layer1)));
    assert_eq!(m[2], "etc/app/secret.env");
    let notes = del["notes"].to_string();
    assert!(
        notes.contains("deleted in a later layer") && notes.contains("still ships"),
        "{notes}"
    );
    let live = find("run.sh");
    assert!(!live["notes"].to_string().contains("deleted"));
    let cfg = find("config.json");
    assert_eq!(members(cfg)[0], "demo/app:1.0");
}

#[test]
fn oci_layout_with_gzip_layers() {
    let tmp = TempDir::new().unwrap();
    let t = token(33);
    let layer = gzip(&tar_bytes(&[(
        "app/.env",
        format!("TOKEN={t}\n").as_bytes(),
    )]));
    let layer_digest = sha256_hex(&layer);
    let config = br#"{"rootfs":{"type":"layers","diff_ids":[]}}"#.to_vec();
    let config_digest = sha256_hex(&config);
    let manifest = serde_json::json!({
        "schemaVersion": 2,
        "config": {"digest": format!("sha256:{config_digest}"), "size": config.len()},
        "layers": [{"digest": format!("sha256:{layer_digest}"), "size": layer.len(),
                    "mediaType": "application/vnd.oci.image.layer.v1.tar+gzip"}],
    })
    .to_string();
    let manifest_digest = sha256_hex(manifest.as_bytes());
    let index = serde_json::json!({
        "schemaVersion": 2,
        "manifests": [{"digest": format!("sha256:{manifest_digest}"),
                       "annotations": {"org.opencontainers.image.ref.name": "v2"}}],
    })
    .to_string();
    let lp = format!("blobs/sha256/{layer_digest}");
    let cp = format!("blobs/sha256/{config_digest}");
    let mp = format!("blobs/sha256/{manifest_digest}");
    let image = tar_bytes(&[
        ("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#),
        ("index.json", index.as_bytes()),
        (&mp, manifest.as_bytes()),
        (&cp, &config),
        (&lp, &layer),
    ]);
    write(&tmp.path().join("oci.tar"), image);
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    let f = &run.findings()[0];
    assert_eq!(
        members(f),
        vec![
            "v2".to_string(),
            format!("sha256:{layer_digest}"),
            "app/.env".to_string()
        ]
    );
}

// ---------------------------------------------------------------------------------------
// encodings and printable runs

#[test]
fn encoded_tokens_are_decoded_and_say_how() {
    use base64::Engine;
    let tmp = TempDir::new().unwrap();
    let (b, u, h, p, d) = (token(40), token(41), token(42), token(43), token(44));
    let b64 = base64::engine::general_purpose::STANDARD.encode(format!("{{\"token\":\"{b}\"}}"));
    let b64url =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("auth?? >> {u} <<~~"));
    let hex: String = format!("key={h}")
        .bytes()
        .map(|c| format!("{c:02x}"))
        .collect();
    let pct = format!("url=https%3A%2F%2Fapi.example.com%2F%3Ftoken%3D{p}%26x%3D1");
    let hex_of_d: String = format!("password:{d}")
        .bytes()
        .map(|c| format!("{c:02x}"))
        .collect();
    let double = base64::engine::general_purpose::STANDARD.encode(&hex_of_d);
    write(
        &tmp.path().join("k8s-secret.yaml"),
        format!("data:\n  a: {b64}\n  b: {b64url}\n  c: {hex}\n  d: {pct}\n  e: {double}\n"),
    );
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 1);
    let mut got: Vec<(u64, Vec<String>)> = run
        .findings()
        .iter()
        .map(|f| {
            (
                f["location"]["line"].as_u64().unwrap(),
                f["location"]["encodings"]
                    .as_array()
                    .map(|a| a.iter().map(|e| e.as_str().unwrap().to_string()).collect())
                    .unwrap_or_default(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            (2, vec!["base64".to_string()]),
            (3, vec!["base64url".to_string()]),
            (4, vec!["hex".to_string()]),
            (5, vec!["percent".to_string()]),
            (6, vec!["base64".to_string(), "hex".to_string()]),
        ],
        "{:#}",
        run.json["findings"]
    );
    run.assert_redacted(&[&b, &u, &h, &p, &d]);
}

/// A SAS URL whose signature is percent-encoded matches both as written and once decoded;
/// it is one credential, reported once (as written, with no encoding).
#[test]
fn a_credential_matching_before_and_after_decoding_is_reported_once() {
    let tmp = TempDir::new().unwrap();
    // Built at run time so that the source itself holds no whole token.
    let sig = [
        "Qm9vb2tzVGhhdEFyZU5v",
        "dFJlYWwxMjM0NTY3",
        "%2FnfLvjU36w%3D",
    ]
    .concat();
    let sas = format!(
        "https://acmestore1.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco\
         &sp=rl&se=2026-12-31T23:59:59Z&spr=https&sig={sig}"
    );
    write(&tmp.path().join("app.config"), format!("BlobSas={sas}\n"));
    let run = scan(&[], tmp.path());
    let sas_findings: Vec<&Value> = run
        .findings()
        .iter()
        .filter(|f| f["provider"] == "azure")
        .collect();
    assert_eq!(sas_findings.len(), 1, "{:#}", run.json["findings"]);
    assert!(
        sas_findings[0]["location"]["encodings"]
            .as_array()
            .is_none_or(|a| a.is_empty()),
        "{:#}",
        sas_findings[0]
    );
}

#[test]
fn notebooks_source_maps_minified_js_class_and_pyc_files() {
    let tmp = TempDir::new().unwrap();
    let toks: Vec<String> = (50..55).map(token).collect();
    let nb = serde_json::json!({
        "cells": [
            {"cell_type": "code", "source": ["import os\n", "print('hi')\n"],
             "outputs": [{"output_type": "stream", "name": "stdout",
                          "text": [format!("token is {}\n", toks[0])]}]},
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    });
    write(
        &tmp.path().join("analysis.ipynb"),
        serde_json::to_string_pretty(&nb).unwrap(),
    );
    let map = serde_json::json!({"version": 3, "sources": ["src/api.ts"],
        "sourcesContent": [format!("const k = \"{}\";\nexport default k;\n", toks[1])],
        "mappings": "AAAA,MAAM"});
    write(&tmp.path().join("dist/app.js.map"), map.to_string());
    write(
        &tmp.path().join("dist/app.min.js"),
        format!(
            "!function(e){{var t=\"{}\";e.a=t}}(window);var n=1,r=2;",
            toks[2]
        ),
    );
    // A class file: magic, versions, then a CONSTANT_Utf8 entry holding the token.
    let mut class = vec![0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 61, 0, 3, 1];
    class.extend_from_slice(&(toks[3].len() as u16).to_be_bytes());
    class.extend_from_slice(toks[3].as_bytes());
    class.extend_from_slice(&[7, 0, 1, 0, 0x21, 0, 2]);
    write(&tmp.path().join("build/Config.class"), class);
    // A .pyc: magic, flags, then a marshalled short ASCII string ('z' + length).
    let mut pyc = vec![
        0xcb, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xe3,
    ];
    pyc.extend_from_slice(&[0; 16]);
    pyc.push(b'z');
    pyc.push(toks[4].len() as u8);
    pyc.extend_from_slice(toks[4].as_bytes());
    // The next constant: an interned short string (type 'Z' with FLAG_REF), then None.
    pyc.extend_from_slice(&[0xda, 0x03, b'k', b'e', b'y', 0x4e]);
    write(
        &tmp.path().join("__pycache__/settings.cpython-312.pyc"),
        pyc,
    );

    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 1);
    let paths: std::collections::BTreeSet<&str> = run
        .findings()
        .iter()
        .map(|f| f["location"]["path"].as_str().unwrap())
        .collect();
    for p in [
        "analysis.ipynb",
        "dist/app.js.map",
        "dist/app.min.js",
        "build/Config.class",
        "__pycache__/settings.cpython-312.pyc",
    ] {
        assert!(paths.contains(p), "{p} missing from {paths:?}");
    }
}

// ---------------------------------------------------------------------------------------
// bad input: each one a warning, the scan goes on, exit 3 when nothing was found

/// A clean file next to the bad input proves the scan went on.
fn with_clean_sibling() -> TempDir {
    let tmp = TempDir::new().unwrap();
    write(&tmp.path().join("clean.txt"), "nothing to see\n");
    tmp
}

#[test]
fn corrupt_zip() {
    let tmp = with_clean_sibling();
    let mut bad = zip_bytes(&[("a.txt", b"hello")], zip::CompressionMethod::Deflated);
    let len = bad.len();
    bad.truncate(len - 30); // the central directory is gone
    bad.extend_from_slice(b"garbage");
    write(&tmp.path().join("broken.jar"), bad);
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 3, "{:#}", run.json);
    assert!(run.has_warning("archive", "corrupt zip"), "{:#}", run.json);
    assert!(run.files_scanned() >= 2);
}

#[test]
fn truncated_gzip() {
    let tmp = with_clean_sibling();
    let big: String = (0..2000).map(|i| format!("line {i} of a log\n")).collect();
    let gz = gzip(big.as_bytes());
    write(&tmp.path().join("app.log.gz"), &gz[..gz.len() / 2]);
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 3, "{:#}", run.json);
    assert!(run.has_warning("archive", "truncated"), "{:#}", run.json);
}

fn zeros_zip(name: &str, mib: usize) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    w.start_file(name, opts).unwrap();
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..mib {
        w.write_all(&chunk).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn zip_bomb_high_ratio_and_nested() {
    let tmp = with_clean_sibling();
    let bomb = zeros_zip("zeros.bin", 48);
    assert!(bomb.len() < 200 << 10, "compressed {} bytes", bomb.len());
    write(&tmp.path().join("bomb.zip"), &bomb);
    // Nested: a zip of ten bombs, itself inside a zip.
    let names: Vec<String> = (0..10).map(|i| format!("layer{i}.zip")).collect();
    let entries: Vec<(&str, &[u8])> = names
        .iter()
        .map(|n| (n.as_str(), bomb.as_slice()))
        .collect();
    let middle = zip_bytes(&entries, zip::CompressionMethod::Stored);
    let outer = zip_bytes(&[("middle.zip", &middle)], zip::CompressionMethod::Deflated);
    write(&tmp.path().join("nested.zip"), &outer);
    let started = std::time::Instant::now();
    let run = scan(&[], tmp.path());
    assert!(started.elapsed().as_secs() < 60);
    assert_eq!(run.code, 3, "{:#}", run.json);
    let bombs = run
        .warnings()
        .iter()
        .filter(|w| {
            w["message"]
                .as_str()
                .unwrap()
                .contains("decompression bomb")
        })
        .count();
    assert_eq!(bombs, 11, "{:#}", run.json["warnings"]);
    assert!(run.has_warning("archive", "nested.zip!middle.zip!layer3.zip!zeros.bin"));

    // Limits are configurable: a total-bytes cap stops the nested archive early.
    let run = scan(
        &[
            "--max-archive-ratio",
            "100000",
            "--max-archive-bytes",
            "100000000",
        ],
        tmp.path(),
    );
    assert_eq!(run.code, 3);
    assert!(
        run.has_warning("archive", "--max-archive-bytes"),
        "{:#}",
        run.json["warnings"]
    );
    let run = scan(&["--max-archive-entries", "3"], tmp.path());
    assert!(run.has_warning("archive", "--max-archive-entries"));

    // Deep nesting: seven zips deep.
    let mut deep = zip_bytes(&[("x.txt", b"x")], zip::CompressionMethod::Deflated);
    for i in 0..7 {
        deep = zip_bytes(
            &[(&format!("level{i}.zip"), &deep)],
            zip::CompressionMethod::Deflated,
        );
    }
    let tmp = with_clean_sibling();
    write(&tmp.path().join("deep.zip"), deep);
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 3);
    assert!(run.has_warning("archive", "deeper than --max-archive-depth"));
}

#[test]
fn archive_entry_with_parent_path_is_only_a_string() {
    let tmp = TempDir::new().unwrap();
    let scan_dir = tmp.path().join("scan");
    let t = token(60);
    let z = zip_bytes(
        &[("../../evil.sh", format!("export T={t}\n").as_bytes())],
        zip::CompressionMethod::Deflated,
    );
    write(&scan_dir.join("upload.zip"), z);
    let tar = tar_bytes(&[("ok.txt", b"fine")]);
    write(&scan_dir.join("t.tar"), tar);
    let run = scan(&[], &scan_dir);
    assert_eq!(run.code, 1);
    assert_eq!(members(&run.findings()[0]), vec!["../../evil.sh"]);
    assert!(
        run.has_warning("archive", "outside the archive"),
        "{:#}",
        run.json["warnings"]
    );
    // Nothing was written anywhere.
    assert!(!tmp.path().join("evil.sh").exists());
    assert!(!scan_dir.join("evil.sh").exists());
    let listing: Vec<_> = std::fs::read_dir(&scan_dir).unwrap().collect();
    assert_eq!(listing.len(), 2);
}

#[test]
fn symlink_loop() {
    let tmp = with_clean_sibling();
    std::os::unix::fs::symlink("loop-b", tmp.path().join("loop-a")).unwrap();
    std::os::unix::fs::symlink("loop-a", tmp.path().join("loop-b")).unwrap();
    std::os::unix::fs::symlink(".", tmp.path().join("self")).unwrap();
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 3, "{:#}", run.json);
    assert!(run.has_warning("walk", "symlink loop"), "{:#}", run.json);
    assert_eq!(run.files_scanned(), 1);
}

#[test]
fn fifo_in_the_tree() {
    let tmp = with_clean_sibling();
    let status = StdCommand::new("mkfifo")
        .arg(tmp.path().join("pipe"))
        .status()
        .unwrap();
    assert!(status.success());
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 3);
    assert!(run.has_warning("not-regular-file", "pipe"));
    assert_eq!(run.files_scanned(), 1);
}

/// A file deleted between listing and reading (simulated deterministically through the
/// library: the visitor's path filter runs after the walker listed the file and before it
/// is opened).
#[test]
fn file_vanishing_during_the_scan() {
    use tokenscope::sources::Warning;
    use tokenscope::sources::fs::{FileVisitor, WalkOptions, walk};

    let tmp = with_clean_sibling();
    write(&tmp.path().join("vanishing.txt"), "soon gone\n");
    #[derive(Clone)]
    struct Collect {
        root: PathBuf,
        files: Arc<Mutex<Vec<String>>>,
        warnings: Arc<Mutex<Vec<Warning>>>,
    }
    impl FileVisitor for Collect {
        fn file(&mut self, path: &str, _data: &[u8]) {
            self.files.lock().unwrap().push(path.to_string());
        }
        fn warn(&mut self, w: Warning) {
            self.warnings.lock().unwrap().push(w);
        }
        fn wants(&self, path: &str) -> bool {
            if path == "vanishing.txt" {
                std::fs::remove_file(self.root.join(path)).unwrap();
            }
            true
        }
    }
    let v = Collect {
        root: tmp.path().to_path_buf(),
        files: Default::default(),
        warnings: Default::default(),
    };
    let opts = WalkOptions {
        roots: vec![tmp.path().to_path_buf()],
        no_ignore: false,
        excludes: vec![],
        max_file_size: 1 << 20,
        threads: 1,
    };
    let make = || v.clone();
    walk(&opts, &make).unwrap();
    let warnings = v.warnings.lock().unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].path, "vanishing.txt");
    assert_eq!(warnings[0].kind.as_str(), "unreadable");
    assert_eq!(*v.files.lock().unwrap(), vec!["clean.txt".to_string()]);
}

#[test]
fn invalid_utf8_content_and_name() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = with_clean_sibling();
    let t = token(61);
    let mut data = b"\xff\xfe\xc3(bad utf-8\n".to_vec();
    data.extend_from_slice(format!("token {t}\n").as_bytes());
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    write(&tmp.path().join(name), &data);
    let run = scan(&[], tmp.path());
    assert_eq!(run.code, 1, "{:#}", run.json);
    let f = &run.findings()[0];
    assert_eq!(f["location"]["line"], 2);
    assert!(f["location"]["path"].as_str().unwrap().starts_with("caf"));
}

#[test]
fn two_gigabyte_sparse_file_is_skipped_by_size() {
    let tmp = with_clean_sibling();
    let f = std::fs::File::create(tmp.path().join("huge.img")).unwrap();
    f.set_len(2 << 30).unwrap();
    let started = std::time::Instant::now();
    let run = scan(&[], tmp.path());
    assert!(started.elapsed().as_secs() < 30);
    assert_eq!(run.code, 3);
    assert!(run.has_warning("too-large", "huge.img"), "{:#}", run.json);
    assert_eq!(run.files_scanned(), 1);
}

#[test]
fn corrupt_git_object() {
    let (_tmp, repo) = new_repo();
    commit_file(&repo, "ok.txt", "fine\n", "ok");
    commit_file(&repo, "victim.txt", "will be corrupted\n", "victim");
    let blob = git(&repo, &["rev-parse", "HEAD:victim.txt"]);
    let obj = repo.join(".git/objects").join(&blob[..2]).join(&blob[2..]);
    let mut perms = std::fs::metadata(&obj).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&obj, perms).unwrap();
    std::fs::write(&obj, b"this is not zlib data at all").unwrap();
    let run = scan(&["--history"], &repo);
    assert_eq!(run.code, 3, "{:#}", run.json);
    assert!(run.has_warning("git", &blob), "{:#}", run.json);
    assert!(run.files_scanned() >= 1, "the other blob was still scanned");
}

#[test]
fn repository_with_a_missing_packfile() {
    let (_tmp, repo) = new_repo();
    commit_file(&repo, "old.txt", "old history\n", "old");
    git(&repo, &["repack", "-q", "-a", "-d"]);
    let t = token(62);
    commit_file(&repo, "new.env", &format!("T={t}\n"), "new");
    let pack_dir = repo.join(".git/objects/pack");
    let mut removed = 0;
    for e in std::fs::read_dir(&pack_dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "pack") {
            std::fs::remove_file(p).unwrap();
            removed += 1;
        }
    }
    assert_eq!(removed, 1);
    let run = scan(&["--history"], &repo);
    assert!(!run.warnings().is_empty(), "{:#}", run.json);
    assert!(run.warnings().iter().all(|w| w["kind"] == "git"));
    // The loose objects written after the pack are still scanned.
    assert_eq!(run.code, 1, "{:#}", run.json);
    assert_eq!(run.findings()[0]["location"]["path"], "new.env");

    // Without any finding, the incomplete scan exits 3.
    let (_tmp2, repo2) = new_repo();
    commit_file(&repo2, "a.txt", "a\n", "a");
    git(&repo2, &["repack", "-q", "-a", "-d"]);
    for e in std::fs::read_dir(repo2.join(".git/objects/pack")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "pack") {
            std::fs::remove_file(p).unwrap();
        }
    }
    let run = scan(&["--history"], &repo2);
    assert_eq!(run.code, 3, "{:#}", run.json);
}

#[test]
fn range_over_a_merge_reports_each_new_token_once() {
    let (_tmp, repo) = new_repo();
    let base = commit_file(&repo, "README.md", "base\n", "base");
    git(&repo, &["checkout", "-q", "-b", "feature"]);
    commit_file(
        &repo,
        "feature.env",
        &format!("F={}\n", token(70)),
        "feature",
    );
    git(&repo, &["checkout", "-q", "main"]);
    commit_file(&repo, "main.env", &format!("M={}\n", token(71)), "main");
    git(&repo, &["merge", "-q", "--no-edit", "feature"]);
    let run = scan(&["--range", &format!("{base}..HEAD")], &repo);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let mut paths: Vec<&str> = run
        .findings()
        .iter()
        .map(|f| f["location"]["path"].as_str().unwrap())
        .collect();
    paths.sort();
    assert_eq!(paths, vec!["feature.env", "main.env"]);
}

#[test]
fn archives_over_the_file_size_limit_are_streamed_from_disk() {
    let tmp = TempDir::new().unwrap();
    let t = token(72);
    let filler: String = (0u64..300)
        .map(|i| format!("{:x}\n", i.wrapping_mul(0x9e37_79b9_7f4a_7c15)))
        .collect();
    let tgz = gzip(&tar_bytes(&[
        ("a/filler.txt", filler.as_bytes()),
        ("a/key.txt", format!("{t}\n").as_bytes()),
    ]));
    assert!(tgz.len() > 1000);
    write(&tmp.path().join("big.tgz"), &tgz);
    // The archive itself is over --max-file-size; its small members are not.
    let run = scan(&["--max-file-size", "1000"], tmp.path());
    assert_eq!(run.code, 1, "{:#}", run.json);
    assert_eq!(members(&run.findings()[0]), vec!["a/key.txt"]);
    // filler.txt is over the limit as a member: skipped and reported.
    assert!(run.has_warning("archive", "a/filler.txt"), "{:#}", run.json);
    // A plain file over the limit is still skipped.
    write(&tmp.path().join("plain.txt"), filler.repeat(2));
    let run = scan(&["--max-file-size", "1000"], tmp.path());
    assert!(run.has_warning("too-large", "plain.txt"));
}

// ---------------------------------------------------------------------------------------
// history: what each version changed versus every version whole

/// Random-looking base64 of `len` characters, different for every `seed`.
fn b64_value(seed: u64, len: usize) -> String {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut x = seed.wrapping_mul(0xd134_2543_de82_ef95) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            B64[(x % 64) as usize] as char
        })
        .collect()
}

/// `n` lines of ordinary code (no keyword of any rule), over 8 KiB for n ≥ 200, so that a
/// new version is scanned in windows rather than whole.
fn filler(seed: u64, n: usize) -> Vec<String> {
    (0..n)
        .map(|i| format!("    let value_{seed}_{i} = compute({i}, {seed}); // step {i} of {seed}"))
        .collect()
}

fn lines(v: &[String]) -> String {
    v.join("\n") + "\n"
}

/// (fingerprint, path) → commits reporting it, for one `--history-mode`.
fn introductions(
    repo: &Path,
    mode: &str,
) -> (
    std::collections::BTreeMap<(String, String), std::collections::BTreeSet<String>>,
    u64,
) {
    let run = scan(&["--history", "--history-mode", mode], repo);
    assert_eq!(run.code, 1, "{mode}: {}", run.stderr);
    assert!(
        run.warnings().is_empty(),
        "{mode}: {:#}",
        run.json["warnings"]
    );
    let mut out: std::collections::BTreeMap<_, std::collections::BTreeSet<String>> =
        Default::default();
    for f in run.findings() {
        let key = (
            f["fingerprint"].as_str().unwrap().to_string(),
            f["location"]["path"].as_str().unwrap().to_string(),
        );
        let commit = f["location"]["git"]["commit"].as_str().unwrap().to_string();
        out.entry(key).or_default().insert(commit);
    }
    (out, run.json["stats"]["bytes_scanned"].as_u64().unwrap())
}

#[test]
fn history_diff_mode_finds_the_same_tokens_and_introducing_commits_as_full() {
    let (_tmp, repo) = new_repo();
    let t = |n: u64| token(100 + n);
    let put = |name: &str, data: &str| write(&repo.join(name), data);
    let commit = |msg: &str| {
        git(&repo, &["add", "-A"]);
        git(&repo, &["commit", "-q", "-m", msg]);
    };

    // The first versions, all over the whole-blob threshold.
    let mut a = filler(1, 400);
    let mut moved = filler(2, 400);
    moved.insert(150, format!("    const MOVED: &str = \"{}\";", t(1)));
    let mut split = filler(3, 400);
    let t3 = t(3);
    split.insert(200, format!("GH={}", &t3[..20]));
    let mut ctx = filler(4, 400);
    let v1 = b64_value(1, 32).replace(['+', '/'], "x");
    ctx.insert(200, format!("api_note = \"{v1}\""));
    let long_line: String = (0..12_000).map(|i| format!("f{i}(x);")).collect();
    let mut k8s = vec![
        "apiVersion: v1".to_string(),
        "kind: Secret".into(),
        "data:".into(),
    ];
    k8s.extend((0..400).map(|i| format!("  field_{i}: plain words number {i}")));
    let mut noheader: Vec<String> = (0..400)
        .map(|i| format!("  field_{i}: plain words number {i}"))
        .collect();
    noheader.push(format!("  cert: {}", b64_value(3, 48)));
    put("src/a.rs", &lines(&a));
    put("src/moved.rs", &lines(&moved));
    put("split.env", &lines(&split));
    put("ctx.cfg", &lines(&ctx));
    put("web/app.min.js", &long_line);
    put("deploy/secret.yaml", &lines(&k8s));
    put("deploy/late.yaml", &lines(&noheader));
    put("rewrite.txt", &lines(&filler(5, 300)));
    let member = lines(&filler(6, 300));
    std::fs::write(
        repo.join("bundle.zip"),
        zip_bytes(
            &[("notes.txt", member.as_bytes())],
            zip::CompressionMethod::Deflated,
        ),
    )
    .unwrap();
    commit("first versions");

    // Added in the middle of a file.
    a.insert(200, format!("    let gh = \"{}\";", t(2)));
    put("src/a.rs", &lines(&a));
    commit("token added");
    // Moved from the middle to the end.
    let line = moved.remove(151);
    moved.insert(380, line);
    put("src/moved.rs", &lines(&moved));
    commit("token moved");
    // Completed across the edit boundary: half of it was there before.
    split[200] = format!("GH={t3}");
    put("split.env", &lines(&split));
    commit("token completed");
    // The value was there; the edit before it makes it an API key.
    ctx[200] = format!("api_key = \"{v1}\"");
    put("ctx.cfg", &lines(&ctx));
    commit("value becomes a key");
    // Inside one long line.
    let mid = long_line.len() / 2;
    let mid = mid + long_line[mid..].find(';').unwrap() + 1;
    let long2 = format!(
        "{}var t=\"{}\";{}",
        &long_line[..mid],
        t(4),
        &long_line[mid..]
    );
    put("web/app.min.js", &long2);
    commit("token in a long line");
    // Far below the keyword that enables the rule for the whole file.
    k8s.push(format!("  newkey: {}", b64_value(2, 40)));
    put("deploy/secret.yaml", &lines(&k8s));
    commit("secret data added far from its keyword");
    // The keyword arrives far above a value that was already there.
    noheader.insert(0, "kind: Secret".into());
    noheader.insert(1, "data:".into());
    put("deploy/late.yaml", &lines(&noheader));
    commit("file becomes a secret");
    // Renamed with an edit: a new path has no previous version.
    git(&repo, &["mv", "src/a.rs", "src/b.rs"]);
    a.insert(50, format!("    let other = \"{}\";", t(5)));
    put("src/b.rs", &lines(&a));
    commit("renamed with a token");
    // Rewritten from scratch.
    let mut fresh = filler(7, 300);
    fresh.insert(10, format!("token: {}", t(6)));
    put("rewrite.txt", &lines(&fresh));
    commit("rewritten");
    // A new member in an archive.
    let leaked = format!("export GH_TOKEN={}\n", t(7));
    std::fs::write(
        repo.join("bundle.zip"),
        zip_bytes(
            &[
                ("notes.txt", member.as_bytes()),
                ("env.sh", leaked.as_bytes()),
            ],
            zip::CompressionMethod::Deflated,
        ),
    )
    .unwrap();
    commit("archive with a token");

    // A branch and a merge whose own result adds a token.
    git(&repo, &["checkout", "-q", "-b", "feature"]);
    moved.insert(20, format!("    const BRANCH: &str = \"{}\";", t(8)));
    put("src/moved.rs", &lines(&moved));
    commit("branch token");
    git(&repo, &["checkout", "-q", "main"]);
    let mut main_moved = moved.clone();
    main_moved.remove(20);
    main_moved.insert(390, "    // a main-line edit".into());
    put("src/moved.rs", &lines(&main_moved));
    commit("main edit");
    git(&repo, &["merge", "-q", "--no-ff", "--no-commit", "feature"]);
    split.insert(300, format!("MERGED={}", t(9)));
    put("split.env", &lines(&split));
    commit("merge adding a token");
    // Two branches adding the same token to the same file, independently.
    for (branch, at) in [("x", 100), ("y", 300)] {
        git(&repo, &["checkout", "-q", "-b", branch, "main"]);
        let mut c = ctx.clone();
        c.insert(at, format!("    let same = \"{}\";", t(10)));
        put("ctx.cfg", &lines(&c));
        commit(&format!("same token on {branch}"));
    }
    git(&repo, &["checkout", "-q", "main"]);
    // Removed, then the same content again: an old blob, nothing new.
    a.remove(50);
    put("src/b.rs", &lines(&a));
    commit("removed");

    let order: Vec<String> = git(&repo, &["rev-list", "--all", "--topo-order", "--reverse"])
        .lines()
        .map(str::to_string)
        .collect();
    let pos = |c: &String| order.iter().position(|o| o == c).unwrap();
    let (full, full_bytes) = introductions(&repo, "full");
    let (diff, diff_bytes) = introductions(&repo, "diff");
    let fps = |m: &std::collections::BTreeMap<(String, String), _>| {
        m.keys()
            .map(|(f, _)| f.clone())
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(fps(&full), fps(&diff), "unique tokens");
    // Ten GitHub tokens, the API key, two Kubernetes secret values: every planted token.
    assert!(fps(&diff).len() >= 13, "{:#?}", diff.keys());
    assert_eq!(
        full.keys().collect::<Vec<_>>(),
        diff.keys().collect::<Vec<_>>(),
        "tokens per path"
    );
    for (key, commits) in &full {
        let d = &diff[key];
        assert!(
            d.is_subset(commits),
            "{key:?}: diff {d:?} not within full {commits:?}"
        );
        let first =
            |s: &std::collections::BTreeSet<String>| s.iter().min_by_key(|c| pos(c)).cloned();
        assert_eq!(first(commits), first(d), "introducing commit of {key:?}");
    }
    // The same findings from fewer bytes (most blobs here are first versions, scanned
    // whole in both modes).
    assert!(
        diff_bytes * 4 < full_bytes * 3,
        "diff scanned {diff_bytes} bytes, full {full_bytes}"
    );
}
