//! The ways tokenscope is used from other tools: the GitHub Action's script on simulated
//! events, the pre-commit framework and the plain git hook, sharded scans and
//! `merge-sarif`, and `audit` (local, and a GitHub organisation served by a mock API).
//! Repositories are made with the git CLI at run time; tokens are generated, never literal.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{SARIF_SCHEMA, pat, schema_errors, token_with};

// ---------------------------------------------------------------------------------------
// helpers

const BIN: &str = env!("CARGO_BIN_EXE_tokenscope");

/// The binary, with git's user and system configuration out of the way (a global
/// `core.hooksPath` on the test machine would change where hooks go).
fn tokenscope() -> Command {
    let mut c = Command::new(BIN);
    c.env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    c
}

fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs git with a fixed identity and no user or system configuration.
fn git_cmd(dir: &Path) -> StdCommand {
    let mut c = StdCommand::new("git");
    c.current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Alice Example")
        .env("GIT_AUTHOR_EMAIL", "alice@example.com")
        .env("GIT_COMMITTER_NAME", "Alice Example")
        .env("GIT_COMMITTER_EMAIL", "alice@example.com")
        .env("GIT_TERMINAL_PROMPT", "0");
    c
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_cmd(dir).args(args).output().expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn commit_all(dir: &Path, msg: &str) -> String {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "--no-verify", "-m", msg]);
    git(dir, &["rev-parse", "HEAD"])
}

fn init_repo(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    git(dir, &["init", "-q", "-b", "main"]);
}

fn text(out: &[u8]) -> String {
    String::from_utf8_lossy(out).into_owned()
}

fn validate_sarif(sarif: &Value) -> Vec<String> {
    schema_errors(SARIF_SCHEMA, sarif)
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------------------
// GitHub Action (scripts/action.sh)

/// One simulated run of the action's script.
struct ActionRun {
    code: i32,
    stdout: String,
    outputs: String,
    summary: String,
    sarif: Value,
}

impl ActionRun {
    fn output(&self, key: &str) -> Option<&str> {
        self.outputs
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{key}=")))
    }

    fn assert_no_secret(&self, tokens: &[&str]) {
        for t in tokens {
            assert!(!self.stdout.contains(t), "raw token in the log");
            assert!(!self.summary.contains(t), "raw token in the job summary");
            assert!(!self.sarif.to_string().contains(t), "raw token in SARIF");
        }
    }
}

fn run_action(workdir: &Path, event: &str, payload: &Value, inputs: &[(&str, &str)]) -> ActionRun {
    let scratch = TempDir::new().unwrap();
    let event_path = scratch.path().join("event.json");
    std::fs::write(&event_path, payload.to_string()).unwrap();
    let output = scratch.path().join("output");
    let summary = scratch.path().join("summary.md");
    let sarif = scratch.path().join("tokenscope.sarif");
    let mut cmd = StdCommand::new("bash");
    cmd.current_dir(workdir)
        .arg(project().join("scripts/action.sh"))
        .arg("run")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("TOKENSCOPE_BIN", BIN)
        .env("NO_COLOR", "1")
        .env("GITHUB_EVENT_NAME", event)
        .env("GITHUB_EVENT_PATH", &event_path)
        .env("GITHUB_OUTPUT", &output)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("INPUT_SARIF_FILE", &sarif)
        .env_remove("INPUT_PATH")
        .env_remove("INPUT_FAIL_ON");
    for (k, v) in inputs {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let stdout = text(&out.stdout);
    let run = ActionRun {
        code: out.status.code().unwrap_or(-1),
        outputs: std::fs::read_to_string(&output).unwrap_or_default(),
        summary: std::fs::read_to_string(&summary).unwrap_or_default(),
        sarif: std::fs::read_to_string(&sarif)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Value::Null),
        stdout: format!("{stdout}\n--- stderr ---\n{}", text(&out.stderr)),
    };
    if run.sarif != Value::Null {
        let errors = validate_sarif(&run.sarif);
        assert!(errors.is_empty(), "invalid SARIF: {errors:#?}");
    }
    run
}

/// An "origin" repository: main with a token in its history, and a feature branch that
/// adds another token. Returns (dir, base = main at the fork point, head of feature,
/// the token on main, the token on feature).
struct Origin {
    _tmp: TempDir,
    dir: PathBuf,
    fork_point: String,
    feature: String,
    old_token: String,
    new_token: String,
}

const WRITE_ALL_WORKFLOW: &str = "on: push\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n";

fn origin() -> Origin {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("origin");
    init_repo(&dir);
    // Shallow clones fetch single commits by id, as GitHub allows.
    git(
        &dir,
        &["config", "uploadpack.allowReachableSHA1InWant", "true"],
    );
    git(&dir, &["config", "uploadpack.allowAnySHA1InWant", "true"]);
    let old_token = pat(11);
    let new_token = pat(12);
    write(&dir, "README.md", "# service\n");
    write(&dir, ".github/workflows/ci.yml", WRITE_ALL_WORKFLOW);
    commit_all(&dir, "init");
    write(&dir, "legacy/settings.env", &format!("GH={old_token}\n"));
    commit_all(&dir, "an old leak, already on main");
    for i in 0..3 {
        write(&dir, "README.md", &format!("# service\n\nrev {i}\n"));
        commit_all(&dir, &format!("docs {i}"));
    }
    let fork_point = git(&dir, &["rev-parse", "HEAD"]);
    git(&dir, &["checkout", "-q", "-b", "feature"]);
    write(
        &dir,
        "app/config.py",
        &format!("API = 1\ntoken = \"{new_token}\"\n"),
    );
    commit_all(&dir, "add config");
    write(&dir, "app/util.py", "def f():\n    return 1\n");
    write(&dir, ".github/workflows/pr.yml", WRITE_ALL_WORKFLOW);
    let feature = commit_all(&dir, "more");
    git(&dir, &["checkout", "-q", "main"]);
    write(&dir, "CHANGELOG.md", "main moved on\n");
    commit_all(&dir, "main moves on");
    Origin {
        _tmp: tmp,
        dir,
        fork_point,
        feature,
        old_token,
        new_token,
    }
}

fn clone(origin: &Path, into: &Path, args: &[&str]) {
    let url = format!("file://{}", origin.display());
    let mut all = vec!["clone", "-q"];
    all.extend_from_slice(args);
    all.push(&url);
    all.push(into.to_str().unwrap());
    git(origin.parent().unwrap(), &all);
}

#[test]
fn action_pull_request_on_a_shallow_checkout_scans_only_the_pr() {
    let o = origin();
    let work = o.dir.parent().unwrap().join("work");
    // actions/checkout's default: depth 1.
    clone(&o.dir, &work, &["--depth", "1", "--branch", "feature"]);
    assert_eq!(
        git(&work, &["rev-parse", "--is-shallow-repository"]),
        "true"
    );
    let payload = serde_json::json!({
        "pull_request": {
            "number": 7,
            "commits": 2,
            "base": {"sha": o.fork_point, "ref": "main"},
            "head": {"sha": o.feature, "ref": "feature"},
        },
        "repository": {"default_branch": "main"},
    });
    let run = run_action(&work, "pull_request", &payload, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.output("range"),
        Some(format!("{}..{}", o.fork_point, o.feature).as_str())
    );
    // The new token, and the workflow the PR adds; not the workflow it did not touch.
    assert_eq!(run.output("findings"), Some("2"), "{}", run.stdout);
    assert!(
        run.stdout.contains("file=.github/workflows/pr.yml"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("ci.yml"), "{}", run.stdout);
    assert!(
        run.output("sarif-file")
            .unwrap()
            .ends_with("tokenscope.sarif")
    );
    // The annotation points at the new token, escaped per the workflow-command rules.
    assert!(
        run.stdout
            .contains("::error file=app/config.py,line=2,endLine=2,col=10,title=tokenscope github.classic-pat (critical)::"),
        "{}",
        run.stdout
    );
    // The summary shows the redacted token and its least-privilege suggestion.
    assert!(run.summary.contains("## tokenscope"), "{}", run.summary);
    assert!(run.summary.contains("app/config.py:2"), "{}", run.summary);
    assert!(run.summary.contains("`ghp_…"), "{}", run.summary);
    assert!(run.summary.contains("least-privilege suggestion"));
    assert!(run.summary.contains("fine-grained"), "{}", run.summary);
    // The token already on main is not the PR's doing.
    assert!(!run.summary.contains("legacy/settings.env"));
    run.assert_no_secret(&[&o.new_token, &o.old_token]);
}

#[test]
fn action_pull_request_with_base_equal_to_head_passes_with_an_empty_report() {
    let o = origin();
    let work = o.dir.parent().unwrap().join("work");
    clone(&o.dir, &work, &["--depth", "1"]);
    let head = git(&work, &["rev-parse", "HEAD"]);
    let payload = serde_json::json!({
        "pull_request": {"commits": 0, "base": {"sha": head}, "head": {"sha": head}},
    });
    let run = run_action(&work, "pull_request", &payload, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.output("findings"), Some("0"));
    assert_eq!(run.output("range"), Some(""));
    assert!(run.stdout.contains("same commit"), "{}", run.stdout);
    assert_eq!(run.sarif["runs"][0]["results"], serde_json::json!([]));
    assert!(run.summary.contains("No tokens found"), "{}", run.summary);
}

#[test]
fn action_push_scans_before_to_after_and_respects_fail_on() {
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("r");
    init_repo(&repo);
    write(&repo, "a.txt", "hello\n");
    let before = commit_all(&repo, "one");
    // An installation token: medium severity, below the default fail-on (high).
    let ghs = token_with("ghs_", 5);
    write(&repo, "ci/log.txt", &format!("using {ghs}\n"));
    let after = commit_all(&repo, "two");
    let payload = serde_json::json!({
        "ref": "refs/heads/main", "before": before, "after": after,
        "repository": {"default_branch": "main"},
    });
    let run = run_action(&repo, "push", &payload, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        run.output("range"),
        Some(format!("{before}..{after}").as_str())
    );
    assert_eq!(run.output("findings"), Some("1"));
    assert!(
        run.stdout.contains("::warning file=ci/log.txt,line=1"),
        "{}",
        run.stdout
    );
    // The same push fails with fail-on medium.
    let run = run_action(&repo, "push", &payload, &[("INPUT_FAIL_ON", "medium")]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(run.stdout.contains("::error file=ci/log.txt,line=1"));
    run.assert_no_secret(&[&ghs]);

    // before == after: nothing to scan, success.
    let payload = serde_json::json!({"ref": "refs/heads/main", "before": after, "after": after});
    let run = run_action(&repo, "push", &payload, &[]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.output("findings"), Some("0"));
}

#[test]
fn action_first_push_of_a_branch_scans_what_it_adds_over_the_default_branch() {
    let o = origin();
    let work = o.dir.parent().unwrap().join("work");
    clone(&o.dir, &work, &["--depth", "1", "--branch", "feature"]);
    let zeros = "0".repeat(40);
    let payload = serde_json::json!({
        "ref": "refs/heads/feature", "before": zeros, "after": o.feature, "created": true,
        "repository": {"default_branch": "main"},
    });
    let run = run_action(&work, "push", &payload, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(
        run.output("range"),
        Some(format!("{}..{}", o.fork_point, o.feature).as_str()),
        "{}",
        run.stdout
    );
    assert_eq!(run.output("findings"), Some("2"), "{}", run.stdout);
    assert!(run.stdout.contains("file=app/config.py,line=2"));
    assert!(!run.stdout.contains("ci.yml"));
    assert!(!run.stdout.contains("legacy/settings.env"));
    run.assert_no_secret(&[&o.new_token, &o.old_token]);
}

#[test]
fn action_first_push_of_the_default_branch_scans_the_whole_tree() {
    let o = origin();
    let work = o.dir.parent().unwrap().join("work");
    clone(&o.dir, &work, &["--depth", "1", "--branch", "main"]);
    let head = git(&work, &["rev-parse", "HEAD"]);
    let payload = serde_json::json!({
        "ref": "refs/heads/main", "before": "0".repeat(40), "after": head, "created": true,
        "repository": {"default_branch": "main"},
    });
    let run = run_action(&work, "push", &payload, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert_eq!(run.output("range"), Some(""));
    assert!(run.stdout.contains("whole tree"), "{}", run.stdout);
    assert!(
        run.stdout.contains("file=legacy/settings.env,line=1"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("file=.github/workflows/ci.yml"),
        "{}",
        run.stdout
    );
    run.assert_no_secret(&[&o.old_token]);
}

#[test]
fn action_other_events_scan_the_working_tree_with_repository_relative_paths() {
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("r");
    init_repo(&repo);
    let t = pat(21);
    // A name with the characters workflow commands must escape in a property.
    write(&repo, "svc/we,ird:name.env", &format!("TOKEN={t}\n"));
    write(&repo, "other/clean.txt", "nothing\n");
    commit_all(&repo, "init");
    let run = run_action(
        &repo,
        "workflow_dispatch",
        &serde_json::json!({"inputs": {}}),
        &[("INPUT_PATH", "svc")],
    );
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("::error file=svc/we%2Cird%3Aname.env,line=1,"),
        "{}",
        run.stdout
    );
    // SARIF URIs are rewritten to be relative to the repository root, as code scanning wants.
    let uri =
        run.sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
            ["uri"]
            .as_str()
            .unwrap();
    assert!(uri.starts_with("svc/we"), "{uri}");
    run.assert_no_secret(&[&t]);
}

#[test]
fn action_yml_declares_the_interface() {
    let y: Value =
        yaml_serde::from_str(&std::fs::read_to_string(project().join("action.yml")).unwrap())
            .unwrap();
    for input in [
        "path",
        "verify",
        "fail-on",
        "baseline",
        "config",
        "sarif-file",
        "upload-sarif",
        "version",
    ] {
        assert!(y["inputs"].get(input).is_some(), "input {input}");
    }
    assert_eq!(y["inputs"]["fail-on"]["default"], "high");
    assert_eq!(y["inputs"]["upload-sarif"]["default"], "true");
    assert!(y["outputs"].get("findings").is_some());
    assert!(y["outputs"].get("sarif-file").is_some());
    assert_eq!(y["runs"]["using"], "composite");
    let steps = y["runs"]["steps"].as_array().unwrap();
    let upload = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("github/codeql-action/upload-sarif"))
        })
        .expect("an upload-sarif step");
    assert!(
        upload["if"]
            .as_str()
            .unwrap()
            .contains("inputs.upload-sarif == 'true'")
    );
    assert!(steps.iter().any(|s| {
        s["run"]
            .as_str()
            .is_some_and(|r| r.contains("cargo install") || r.contains("action.sh\" install"))
    }));
}

// ---------------------------------------------------------------------------------------
// The Action's install step: a release binary from a (local, fake) release, verified

/// Serves the files under `root` over HTTP/1.0 on 127.0.0.1 (404 for anything else), for
/// as long as the test process lives. Returns the base URL.
fn serve_dir(root: PathBuf) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            // Drain the headers.
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/");
            let file = root.join(path.trim_start_matches('/'));
            let mut out = &stream;
            let ok = !path.contains("..") && file.is_file();
            let body = if ok {
                std::fs::read(&file).unwrap()
            } else {
                b"not found".to_vec()
            };
            let status = if ok { "200 OK" } else { "404 Not Found" };
            let _ = write!(
                out,
                "HTTP/1.0 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = out.write_all(&body);
        }
    });
    url
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

struct Install {
    code: i32,
    log: String,
    bin: Option<String>,
    built: bool,
}

/// A fake release `v9.9.9` for this runner's target (checksum right or wrong), and a fake
/// cargo that records being asked to build.
fn fake_release(dir: &Path, good_checksum: bool) {
    let target = text(
        &StdCommand::new("bash")
            .arg(project().join("scripts/action.sh"))
            .arg("target")
            .output()
            .unwrap()
            .stdout,
    )
    .trim()
    .to_string();
    let name = format!("tokenscope-9.9.9-{target}");
    let stage = dir.join("stage").join(&name);
    std::fs::create_dir_all(&stage).unwrap();
    std::fs::write(
        stage.join("tokenscope"),
        "#!/bin/sh\necho \"fake release tokenscope 9.9.9 $*\"\n",
    )
    .unwrap();
    std::fs::write(stage.join("README.md"), "readme\n").unwrap();
    let rel = dir.join("releases/v9.9.9");
    std::fs::create_dir_all(&rel).unwrap();
    let asset = format!("{name}.tar.gz");
    let status = StdCommand::new("tar")
        .arg("-C")
        .arg(dir.join("stage"))
        .arg("-czf")
        .arg(rel.join(&asset))
        .arg(&name)
        .status()
        .unwrap();
    assert!(status.success());
    let mut sum = sha256_hex(&std::fs::read(rel.join(&asset)).unwrap());
    if !good_checksum {
        sum = sha256_hex(b"something else");
    }
    std::fs::write(
        rel.join("SHA256SUMS"),
        format!("{}  other-asset.zip\n{sum}  {asset}\n", "0".repeat(64)),
    )
    .unwrap();
}

fn run_install(dir: &Path, envs: &[(&str, &str)]) -> Install {
    let cargo = dir.join("fake-cargo");
    std::fs::write(
        &cargo,
        "#!/bin/sh\n# Records the build; installs a stand-in where --root says.\n\
         touch \"$(dirname \"$0\")/built\"\n\
         while [ $# -gt 0 ]; do if [ \"$1\" = --root ]; then root=$2; fi; shift; done\n\
         mkdir -p \"$root/bin\" && printf '#!/bin/sh\\necho built from source\\n' > \"$root/bin/tokenscope\" && chmod +x \"$root/bin/tokenscope\"\n",
    )
    .unwrap();
    StdCommand::new("chmod")
        .arg("+x")
        .arg(&cargo)
        .status()
        .unwrap();
    let output = dir.join("github-output");
    let _ = std::fs::remove_file(&output);
    let _ = std::fs::remove_file(dir.join("built"));
    let _ = std::fs::remove_dir_all(dir.join("root"));
    let mut cmd = StdCommand::new("bash");
    cmd.arg(project().join("scripts/action.sh"))
        .arg("install")
        .env("HOME", dir)
        .env("TOKENSCOPE_INSTALL_ROOT", dir.join("root"))
        .env("TOKENSCOPE_CARGO", &cargo)
        .env("GITHUB_OUTPUT", &output)
        .env_remove("GITHUB_PATH")
        .env_remove("GH_TOKEN")
        .env_remove("ACTION_REF")
        .env_remove("INPUT_VERSION")
        .env_remove("INPUT_BUILD")
        .env_remove("RUNNER_OS")
        .env_remove("RUNNER_ARCH");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let outputs = std::fs::read_to_string(&output).unwrap_or_default();
    Install {
        code: out.status.code().unwrap_or(-1),
        log: format!("{}{}", text(&out.stdout), text(&out.stderr)),
        bin: outputs
            .lines()
            .find_map(|l| l.strip_prefix("bin="))
            .map(str::to_string),
        built: dir.join("built").exists(),
    }
}

fn run_bin(bin: &str) -> String {
    text(
        &StdCommand::new(bin)
            .arg("--version")
            .output()
            .unwrap()
            .stdout,
    )
}

#[test]
fn action_install_uses_a_verified_release_and_compiles_nothing() {
    let tmp = TempDir::new().unwrap();
    fake_release(tmp.path(), true);
    let url = serve_dir(tmp.path().join("releases"));
    let env = [
        ("TOKENSCOPE_RELEASE_URL", url.as_str()),
        ("INPUT_VERSION", "v9.9.9"),
    ];
    let i = run_install(tmp.path(), &env);
    assert_eq!(i.code, 0, "{}", i.log);
    assert!(
        !i.built,
        "nothing is compiled when a release matches: {}",
        i.log
    );
    let bin = i.bin.expect("bin output");
    assert!(run_bin(&bin).contains("fake release tokenscope 9.9.9"));
    assert!(i.log.contains("installed release v9.9.9"), "{}", i.log);

    // The action's own tag is the default version; a bare number works too.
    let i = run_install(
        tmp.path(),
        &[
            ("TOKENSCOPE_RELEASE_URL", url.as_str()),
            ("ACTION_REF", "9.9.9"),
        ],
    );
    assert_eq!(i.code, 0, "{}", i.log);
    assert!(!i.built);

    // Asked to build: it builds, release or not.
    let i = run_install(
        tmp.path(),
        &[
            ("TOKENSCOPE_RELEASE_URL", url.as_str()),
            ("INPUT_VERSION", "v9.9.9"),
            ("INPUT_BUILD", "true"),
        ],
    );
    assert_eq!(i.code, 0, "{}", i.log);
    assert!(i.built);
}

#[test]
fn action_install_refuses_a_release_whose_checksum_does_not_match() {
    let tmp = TempDir::new().unwrap();
    fake_release(tmp.path(), false);
    let url = serve_dir(tmp.path().join("releases"));
    let i = run_install(
        tmp.path(),
        &[
            ("TOKENSCOPE_RELEASE_URL", url.as_str()),
            ("INPUT_VERSION", "v9.9.9"),
        ],
    );
    assert_eq!(i.code, 2, "{}", i.log);
    assert!(i.log.contains("checksum mismatch"), "{}", i.log);
    assert!(i.bin.is_none(), "no binary is offered");
    assert!(
        !tmp.path().join("root/bin/tokenscope").exists(),
        "nothing installed"
    );
    assert!(!i.built, "a bad download is not papered over by a build");
}

#[test]
fn action_install_builds_from_source_without_a_matching_release() {
    let tmp = TempDir::new().unwrap();
    fake_release(tmp.path(), true);
    let url = serve_dir(tmp.path().join("releases"));
    // A version with no release, and a branch ref: both build.
    for env in [
        vec![
            ("TOKENSCOPE_RELEASE_URL", url.as_str()),
            ("INPUT_VERSION", "v9.9.8"),
        ],
        vec![
            ("TOKENSCOPE_RELEASE_URL", url.as_str()),
            ("ACTION_REF", "main"),
        ],
    ] {
        let i = run_install(tmp.path(), &env);
        assert_eq!(i.code, 0, "{}", i.log);
        assert!(i.built, "fell back to a build: {}", i.log);
        assert!(run_bin(&i.bin.unwrap()).contains("built from source"));
    }
}

// ---------------------------------------------------------------------------------------
// Release engineering: workflows, container, package

/// Runs an optional linter; None when it is not installed (the test then checks nothing
/// more, and says so).
fn optional_tool(name: &str, args: &[&str]) -> Option<Output> {
    match StdCommand::new(name)
        .args(args)
        .current_dir(project())
        .output()
    {
        Ok(out) => Some(out),
        Err(_) => {
            eprintln!("{name} not installed; skipping");
            None
        }
    }
}

#[test]
fn workflows_are_least_privilege_and_pinned() {
    let dir = project().join(".github/workflows");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.iter().any(|f| f.ends_with("release.yml")));
    assert!(files.iter().any(|f| f.ends_with("ci.yml")));
    for f in files.iter().chain([&project().join("action.yml")]) {
        let text = std::fs::read_to_string(f).unwrap();
        let y: Value = yaml_serde::from_str(&text).unwrap();
        if y.get("jobs").is_some() {
            assert_eq!(
                y["permissions"],
                serde_json::json!({}),
                "{}: top-level permissions: {{}}",
                f.display()
            );
            for (id, job) in y["jobs"].as_object().unwrap() {
                assert!(
                    job.get("permissions").is_some(),
                    "{}: job {id} lists its permissions",
                    f.display()
                );
            }
        }
        for line in text.lines() {
            let Some(uses) = line.trim().trim_start_matches("- ").strip_prefix("uses: ") else {
                continue;
            };
            let (_, rev) = uses.split_once('@').expect("uses has a ref");
            let sha = rev.split_whitespace().next().unwrap();
            assert!(
                sha.len() == 40 && sha.chars().all(|c| c.is_ascii_hexdigit()),
                "{}: {uses} is not pinned by SHA",
                f.display()
            );
            assert!(
                rev.contains("# v"),
                "{}: {uses} has no version comment",
                f.display()
            );
        }
    }
    // tokenscope's own advice, applied to itself.
    let out = tokenscope()
        .args(["scan", "--format", "json", "--fail-on", "info"])
        .arg(&dir)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let workflow: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            f["rule_id"]
                .as_str()
                .is_some_and(|r| r.starts_with("workflow."))
        })
        .collect();
    assert!(workflow.is_empty(), "workflow findings: {workflow:#?}");
}

#[test]
fn zizmor_finds_nothing_in_the_workflows_or_the_action() {
    let Some(out) = optional_tool(
        "zizmor",
        &["--no-progress", ".github/workflows", "action.yml"],
    ) else {
        return;
    };
    assert!(
        out.status.success(),
        "zizmor: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(
        text(&out.stdout).contains("No findings"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn dockerfile_is_multi_stage_non_root_and_lints_clean() {
    let df = std::fs::read_to_string(project().join("Dockerfile")).unwrap();
    assert!(
        df.matches("\nFROM ").count() + usize::from(df.starts_with("FROM ")) >= 2,
        "multi-stage"
    );
    assert!(df.contains("ENTRYPOINT [\"tokenscope\"]"));
    assert!(df.contains("WORKDIR /src"));
    let user = df
        .lines()
        .rev()
        .find(|l| l.starts_with("USER "))
        .expect("a USER");
    assert!(!user.contains("root") && !user.contains(" 0"), "{user}");
    let Some(out) = optional_tool("hadolint", &["Dockerfile"]) else {
        return;
    };
    assert!(out.status.success(), "hadolint: {}", text(&out.stdout));
}

#[test]
fn completions_man_page_and_version_with_the_commit() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = tokenscope().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = text(&out.stdout);
        assert!(
            script.contains("tokenscope") && script.contains("merge-sarif"),
            "{shell}"
        );
    }
    assert!(
        !tokenscope()
            .args(["completions", "tcsh"])
            .output()
            .unwrap()
            .status
            .success()
    );
    let man = text(&tokenscope().arg("man").output().unwrap().stdout);
    assert!(man.contains(".TH tokenscope"), "{man}");
    assert!(man.contains("scan"));
    let version = text(&tokenscope().arg("--version").output().unwrap().stdout);
    let rest = version
        .strip_prefix(&format!("tokenscope {} (", env!("CARGO_PKG_VERSION")))
        .unwrap_or_else(|| panic!("{version}"));
    let commit = rest.trim_end().trim_end_matches(')');
    assert!(
        commit == "unknown" || (commit.len() >= 7 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{version}"
    );
}

#[test]
fn the_crate_package_has_the_rules_and_no_test_corpora() {
    let Some(out) = optional_tool(
        env!("CARGO"),
        &["package", "--list", "--locked", "--allow-dirty"],
    ) else {
        return;
    };
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list = text(&out.stdout);
    let files: BTreeSet<&str> = list.lines().collect();
    assert!(files.iter().any(|f| f.starts_with("rules/")), "{list}");
    assert!(files.contains("build.rs") && files.contains("src/main.rs"));
    assert!(files.contains("LICENSE-MIT") && files.contains("LICENSE-APACHE"));
    for f in &files {
        assert!(
            !f.starts_with("testdata/") && !f.starts_with("tests/"),
            "test corpus packaged: {f}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// pre-commit framework and the plain git hook

fn hook_entry(id: &str) -> String {
    let hooks: Value = yaml_serde::from_str(
        &std::fs::read_to_string(project().join(".pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    let hook = hooks
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == id)
        .unwrap_or_else(|| panic!("hook {id}"));
    hook["entry"].as_str().unwrap().to_string()
}

#[test]
fn pre_commit_hooks_file_offers_rust_and_system_hooks() {
    let hooks: Value = yaml_serde::from_str(
        &std::fs::read_to_string(project().join(".pre-commit-hooks.yaml")).unwrap(),
    )
    .unwrap();
    let by_id = |id: &str| {
        hooks
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["id"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(by_id("tokenscope")["language"], "rust");
    assert_eq!(by_id("tokenscope-system")["language"], "system");
    // The container image: no Rust and no binary on the developer's machine.
    assert_eq!(by_id("tokenscope-docker")["language"], "docker_image");
    assert!(
        by_id("tokenscope-docker")["entry"]
            .as_str()
            .unwrap()
            .starts_with("ghcr.io/tokenscope/tokenscope")
    );
    for id in ["tokenscope", "tokenscope-system", "tokenscope-docker"] {
        let h = by_id(id);
        assert!(h["entry"].as_str().unwrap().contains("scan --staged"));
        assert_eq!(h["pass_filenames"], false);
    }
}

fn pre_commit_available() -> bool {
    StdCommand::new("pre-commit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn pre_commit_framework_blocks_a_staged_token_and_passes_a_clean_commit() {
    if !pre_commit_available() {
        println!(
            "SKIPPED pre_commit_framework_blocks_a_staged_token_and_passes_a_clean_commit: \
             the `pre-commit` package is not on PATH (`.ci/run` installs it with pip)"
        );
        return;
    }
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("r");
    init_repo(&repo);
    // The shipped system hook, pointed at the binary under test.
    let entry = hook_entry("tokenscope-system");
    let entry = entry.replacen("tokenscope", BIN, 1);
    write(
        &repo,
        ".pre-commit-config.yaml",
        &format!(
            "repos:\n- repo: local\n  hooks:\n  - id: tokenscope\n    name: tokenscope\n    \
             entry: {entry}\n    language: system\n    pass_filenames: false\n"
        ),
    );
    write(&repo, "README.md", "hello\n");
    commit_all(&repo, "init");
    let cache = tmp.path().join("pre-commit-cache");
    let pc = || {
        let mut c = git_cmd(&repo);
        c.env("PRE_COMMIT_HOME", &cache).env("HOME", tmp.path());
        c
    };
    let out = StdCommand::new("pre-commit")
        .current_dir(&repo)
        .envs(pc().get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
        .arg("install")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));

    let t = pat(31);
    write(
        &repo,
        "src/settings.py",
        &format!("DEBUG = True\nGITHUB = \"{t}\"\n"),
    );
    git(&repo, &["add", "-A"]);
    let out = pc().args(["commit", "-q", "-m", "leak"]).output().unwrap();
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(!out.status.success(), "the commit must be blocked: {all}");
    assert!(all.contains("src/settings.py"), "{all}");
    assert!(all.contains("2:"), "line number expected: {all}");
    assert!(all.contains("github.classic-pat"), "{all}");
    assert!(!all.contains(&t), "raw token printed");

    write(
        &repo,
        "src/settings.py",
        "DEBUG = True\nGITHUB = os.environ[\"GH\"]\n",
    );
    git(&repo, &["add", "-A"]);
    let out = pc().args(["commit", "-q", "-m", "clean"]).output().unwrap();
    assert!(
        out.status.success(),
        "a clean commit passes: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

fn try_commit(repo: &Path, msg: &str) -> Output {
    git_cmd(repo)
        .args(["commit", "-q", "-m", msg])
        .output()
        .unwrap()
}

#[test]
fn install_hook_blocks_commits_that_add_tokens() {
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("r");
    init_repo(&repo);
    write(&repo, "README.md", "hello\n");
    commit_all(&repo, "init");
    tokenscope()
        .arg("install-hook")
        .current_dir(&repo)
        .assert()
        .code(0);
    let hook = repo.join(".git/hooks/pre-commit");
    assert!(
        std::fs::read_to_string(&hook)
            .unwrap()
            .contains("scan --staged")
    );

    let t = pat(41);
    write(
        &repo,
        "deploy/env.sh",
        &format!("export A=1\nexport GH={t}\n"),
    );
    git(&repo, &["add", "-A"]);
    let out = try_commit(&repo, "leak");
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(!out.status.success(), "blocked: {all}");
    assert!(all.contains("deploy/env.sh"), "{all}");
    assert!(all.contains("2:"), "{all}");
    assert!(all.contains("github.classic-pat"), "{all}");
    assert!(all.contains("commit blocked"), "{all}");
    assert!(!all.contains(&t));

    write(&repo, "deploy/env.sh", "export A=1\n");
    git(&repo, &["add", "-A"]);
    let out = try_commit(&repo, "clean");
    assert!(out.status.success(), "{}", text(&out.stderr));

    // Reinstalling over our own hook needs no --force.
    tokenscope()
        .arg("install-hook")
        .current_dir(&repo)
        .assert()
        .code(0);
}

#[test]
fn install_hook_respects_hooks_path_and_foreign_hooks() {
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("r");
    init_repo(&repo);
    git(&repo, &["config", "core.hooksPath", ".githooks"]);
    write(
        &repo,
        ".githooks/pre-commit",
        "#!/bin/sh\necho theirs\nexit 0\n",
    );
    let out = tokenscope()
        .arg("install-hook")
        .arg(&repo)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--force"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        std::fs::read_to_string(repo.join(".githooks/pre-commit"))
            .unwrap()
            .contains("theirs"),
        "a foreign hook is left alone"
    );
    tokenscope()
        .args(["install-hook", "--force"])
        .arg(&repo)
        .assert()
        .code(0);
    assert!(
        std::fs::read_to_string(repo.join(".githooks/pre-commit"))
            .unwrap()
            .contains("tokenscope")
    );
    assert!(
        std::fs::read_to_string(repo.join(".githooks/pre-commit.tokenscope-backup"))
            .unwrap()
            .contains("theirs")
    );
    assert!(!repo.join(".git/hooks/pre-commit").exists());
    // The hook really runs from core.hooksPath.
    let t = pat(42);
    write(&repo, "x.env", &format!("T={t}\n"));
    git(&repo, &["add", "-A"]);
    assert!(!try_commit(&repo, "leak").status.success());

    // Outside a repository: a clear error.
    let out = tokenscope()
        .arg("install-hook")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------
// sharding and merge-sarif

type Key = (String, String, u64, String);

fn keys_of_json(doc: &Value) -> Vec<Key> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["location"]["path"].as_str().unwrap().to_string(),
                f["location"]["line"].as_u64().unwrap(),
                f["fingerprint"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn scan_json(args: &[&str], path: &Path) -> Value {
    let out = tokenscope()
        .arg("scan")
        .args(args)
        .args(["--format", "json", "--quiet"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// A tree with tokens in many files and a workflow with too broad permissions.
fn sharding_fixture(dir: &Path) {
    for i in 0..24u64 {
        write(
            dir,
            &format!("pkg{}/mod{i}/settings.env", i % 4),
            &format!("# service {i}\nTOKEN={}\n", pat(100 + i)),
        );
        write(dir, &format!("pkg{}/mod{i}/code.py", i % 4), "print(1)\n");
    }
    write(
        dir,
        ".github/workflows/ci.yml",
        "on: push\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
    );
}

#[test]
fn shards_cover_the_tree_exactly_once() {
    let tmp = TempDir::new().unwrap();
    sharding_fixture(tmp.path());
    let full = keys_of_json(&scan_json(&[], tmp.path()));
    assert!(full.len() >= 25, "{full:?}");
    assert!(
        full.iter().any(|k| k.0.starts_with("workflow.")),
        "{full:?}"
    );
    let mut union: Vec<Key> = Vec::new();
    for i in 1..=3 {
        let shard = keys_of_json(&scan_json(&["--shard", &format!("{i}/3")], tmp.path()));
        assert!(!shard.is_empty() && shard.len() < full.len());
        union.extend(shard);
    }
    let unique: BTreeSet<&Key> = union.iter().collect();
    assert_eq!(unique.len(), union.len(), "a finding in two shards");
    let full_set: BTreeSet<&Key> = full.iter().collect();
    assert_eq!(unique, full_set);

    // Bad values are usage errors.
    for bad in ["0/3", "4/3", "x"] {
        tokenscope()
            .args(["scan", "--shard", bad])
            .arg(tmp.path())
            .assert()
            .code(2);
    }
}

#[test]
fn shards_cover_the_history_exactly_once() {
    let tmp = TempDir::new().unwrap();
    let repo = tmp.path().join("r");
    init_repo(&repo);
    for i in 0..12u64 {
        write(
            &repo,
            &format!("f{}.env", i % 5),
            &format!("T={}\n", pat(200 + i)),
        );
        commit_all(&repo, &format!("c{i}"));
    }
    let args = ["--history", "--no-leastpriv"];
    let full = keys_of_json(&scan_json(&args, &repo));
    assert_eq!(full.len(), 12, "{full:?}");
    let mut union = Vec::new();
    for i in 1..=4 {
        let s = format!("{i}/4");
        let mut a = args.to_vec();
        a.extend(["--shard", &s]);
        union.extend(keys_of_json(&scan_json(&a, &repo)));
    }
    union.sort();
    let mut full_sorted = full.clone();
    full_sorted.sort();
    assert_eq!(union, full_sorted);
}

#[test]
fn merge_sarif_joins_shards_without_duplicates_and_stays_valid() {
    let tmp = TempDir::new().unwrap();
    let tree = tmp.path().join("tree");
    sharding_fixture(&tree);
    let sarif = |name: &str, extra: &[&str]| {
        let p = tmp.path().join(name);
        tokenscope()
            .args(["scan", "--format", "sarif", "--quiet", "-o"])
            .arg(&p)
            .args(extra)
            .arg(&tree)
            .output()
            .unwrap();
        p
    };
    let full = sarif("full.sarif", &[]);
    let parts: Vec<PathBuf> = (1..=3)
        .map(|i| sarif(&format!("s{i}.sarif"), &["--shard", &format!("{i}/3")]))
        .collect();
    let merged = tmp.path().join("all.sarif");
    // The first shard twice: its results must not be doubled.
    tokenscope()
        .arg("merge-sarif")
        .args(&parts)
        .arg(&parts[0])
        .arg("-o")
        .arg(&merged)
        .assert()
        .code(0);
    let m = read_json(&merged);
    let errors = validate_sarif(&m);
    assert!(errors.is_empty(), "merged SARIF invalid: {errors:#?}");
    let runs = m["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let rules = runs[0]["tool"]["driver"]["rules"].as_array().unwrap();
    let results = runs[0]["results"].as_array().unwrap();
    let rule_ids: BTreeSet<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(rule_ids.len(), rules.len(), "rules listed once");
    for r in results {
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[i]["id"], r["ruleId"], "ruleIndex re-indexed");
    }
    let key = |r: &Value| {
        (
            r["ruleId"].to_string(),
            r["partialFingerprints"].to_string(),
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].to_string(),
            r["locations"][0]["physicalLocation"]["region"]["startLine"].to_string(),
        )
    };
    let merged_keys: Vec<_> = results.iter().map(key).collect();
    let merged_set: BTreeSet<_> = merged_keys.iter().cloned().collect();
    assert_eq!(
        merged_set.len(),
        merged_keys.len(),
        "duplicates in the merge"
    );
    let f = read_json(&full);
    let full_set: BTreeSet<_> = f["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(key)
        .collect();
    assert_eq!(merged_set, full_set);

    // Merging nothing gives a valid, empty log; garbage is an error.
    let out = tokenscope().arg("merge-sarif").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let empty: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(validate_sarif(&empty).is_empty());
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, "{\"findings\": []}").unwrap();
    tokenscope().arg("merge-sarif").arg(&bad).assert().code(2);
}

// ---------------------------------------------------------------------------------------
// audit

/// A repository with a token only in history, one in the working tree, one inside a gzip
/// artifact, a workflow with write-all, and a file name that needs HTML escaping.
struct AuditRepo {
    _tmp: TempDir,
    dir: PathBuf,
    tokens: Vec<String>,
    first_commit: String,
}

fn audit_repo() -> AuditRepo {
    use std::io::Write;
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("svc");
    init_repo(&dir);
    let history_only = pat(301);
    let in_tree = pat(302);
    let in_artifact = pat(303);
    write(&dir, "README.md", "# svc\n");
    write(&dir, "old/creds.env", &format!("GH={history_only}\n"));
    let first_commit = commit_all(&dir, "leak");
    std::fs::remove_file(dir.join("old/creds.env")).unwrap();
    commit_all(&dir, "remove the leak (it stays in history)");
    write(&dir, "config/<b>app</b>.env", &format!("TOKEN={in_tree}\n"));
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(format!("{{\"token\": \"{in_artifact}\"}}\n").as_bytes())
        .unwrap();
    std::fs::create_dir_all(dir.join("dist")).unwrap();
    std::fs::write(dir.join("dist/settings.json.gz"), gz.finish().unwrap()).unwrap();
    write(
        &dir,
        ".github/workflows/release.yml",
        "on: push\npermissions: write-all\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
    );
    commit_all(&dir, "config");
    AuditRepo {
        _tmp: tmp,
        dir,
        tokens: vec![history_only, in_tree, in_artifact],
        first_commit,
    }
}

#[test]
fn audit_writes_self_contained_html_and_markdown() {
    let r = audit_repo();
    let out_dir = TempDir::new().unwrap();
    let html = out_dir.path().join("report.html");
    let md = out_dir.path().join("report.md");
    let out = tokenscope()
        .arg("audit")
        .arg(&r.dir)
        .arg("--html")
        .arg(&html)
        .arg("--markdown")
        .arg(&md)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    // No progress bar when stderr is not a terminal.
    assert!(
        !stderr.contains('\r') && !stderr.contains('\u{1b}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("audit: 3 tokens"), "{stderr}");

    let h = std::fs::read_to_string(&html).unwrap();
    assert!(h.starts_with("<!DOCTYPE html>"));
    assert!(h.contains("<style>"));
    for external in ["<script", "<link", "src=", "href=", "url(", "@import"] {
        assert!(
            !h.contains(external),
            "external asset or script: {external}"
        );
    }
    for t in &r.tokens {
        assert!(!h.contains(t.as_str()), "raw token in HTML");
    }
    assert_eq!(h.matches("<code>ghp_…").count(), 3, "three redacted tokens");
    assert!(h.contains("Token inventory"));
    assert!(h.contains("Tokens by provider") && h.contains("class=\"seg s-critical\""));
    // Where found: history (with the introducing commit), working tree, inside the artifact.
    assert!(h.contains("old/creds.env:1 (history, "));
    assert!(h.contains(&r.first_commit[..12]), "first-seen commit");
    assert!(h.contains("Alice Example"));
    assert!(h.contains("dist/settings.json.gz!"), "artifact member");
    // The file name is escaped, not markup.
    assert!(h.contains("config/&lt;b&gt;app&lt;/b&gt;.env"));
    assert!(!h.contains("<b>app</b>"));
    assert!(h.contains("Workflow findings") && h.contains(".github/workflows/release.yml"));
    assert!(h.contains("suggested replacement"));

    // Without --html/--markdown, the markdown report goes to stdout.
    let out = tokenscope().arg("audit").arg(&r.dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).starts_with("# tokenscope audit: "));

    let m = std::fs::read_to_string(&md).unwrap();
    assert!(m.contains("## Token inventory, by risk"));
    assert!(m.contains("| critical |"));
    assert!(m.contains(".github/workflows/release.yml"));
    assert!(m.contains(&r.first_commit[..12]));
    for t in &r.tokens {
        assert!(!m.contains(t.as_str()), "raw token in markdown");
    }
}

#[test]
fn audit_github_org_through_a_mock_api_and_local_clones() {
    let tmp = TempDir::new().unwrap();
    // Two repositories and a fork, as bare repositories the "API" points at.
    let mut clone_urls = Vec::new();
    let mut tokens = Vec::new();
    for (i, name) in ["web", "infra", "forked"].iter().enumerate() {
        let work = tmp.path().join(format!("src-{name}"));
        init_repo(&work);
        let t = pat(400 + i as u64);
        write(&work, "deploy/env", &format!("GH_TOKEN={t}\n"));
        commit_all(&work, "init");
        let bare = tmp.path().join(format!("{name}.git"));
        git(
            tmp.path(),
            &[
                "clone",
                "-q",
                "--bare",
                work.to_str().unwrap(),
                bare.to_str().unwrap(),
            ],
        );
        clone_urls.push(format!("file://{}", bare.display()));
        tokens.push(t);
    }
    let api_token = "test-api-credential-0123";
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(wiremock::MockServer::start());
    let repos = serde_json::json!([
        {"full_name": "acme/web", "name": "web", "clone_url": clone_urls[0], "fork": false, "archived": false},
        {"full_name": "acme/infra", "name": "infra", "clone_url": clone_urls[1], "fork": false, "archived": true},
        {"full_name": "acme/forked", "name": "forked", "clone_url": clone_urls[2], "fork": true},
        {"full_name": "acme/gone", "name": "gone", "clone_url": format!("file://{}/gone.git", tmp.path().display())},
        {"full_name": "acme/odd", "name": "odd", "clone_url": "ext::sh -c touch% /tmp/pwned"},
    ]);
    rt.block_on(
        wiremock::Mock::given(wiremock::matchers::method("GET"))
            .and(wiremock::matchers::path("/orgs/acme/repos"))
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(repos))
            .mount(&server),
    );
    let html = tmp.path().join("org.html");
    let out = tokenscope()
        .args(["audit", "--github-org", "acme", "--jobs", "2", "--endpoint"])
        .arg(format!("github={}", server.uri()))
        .arg("--html")
        .arg(&html)
        .env("GITHUB_TOKEN", api_token)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let h = std::fs::read_to_string(&html).unwrap();
    assert!(h.contains("acme/web:deploy/env:1"), "{h}");
    assert!(h.contains("acme/infra:deploy/env:1"));
    assert!(!h.contains("acme/forked"), "forks are skipped by default");
    assert!(h.contains("GitHub organisation acme"));
    // Repositories that cannot be cloned are reported, not fatal; odd URL schemes are refused.
    assert!(h.contains("Not fully scanned"), "{h}");
    assert!(h.contains("acme/gone: not audited"), "{h}");
    assert!(h.contains("refusing clone URL"), "{h}");
    assert!(stderr.contains("warning: acme/gone"), "{stderr}");
    for t in &tokens {
        assert!(!h.contains(t.as_str()));
    }
    assert!(!h.contains(api_token) && !stderr.contains(api_token));
    // The API credential went to the configured endpoint, as a header.
    let requests = rt.block_on(server.received_requests()).unwrap();
    assert!(!requests.is_empty());
    for r in &requests {
        assert_eq!(r.url.path(), "/orgs/acme/repos");
        let auth = r
            .headers
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        assert!(auth.ends_with(api_token), "{auth:?}");
    }

    // An organisation the API does not know: a clear error, exit 2.
    let out = tokenscope()
        .args(["audit", "--github-org", "nobody", "--endpoint"])
        .arg(format!("github={}", server.uri()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nobody"));
}

#[test]
fn audit_verify_fills_identity_permissions_and_provider_check() {
    let tmp = TempDir::new().unwrap();
    let t = pat(501);
    write(tmp.path(), "app/.env", &format!("GITHUB_TOKEN={t}\n"));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(wiremock::MockServer::start());
    rt.block_on(async {
        use wiremock::matchers::{method, path};
        use wiremock::{Mock, ResponseTemplate};
        Mock::given(method("GET"))
            .and(path("/user"))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("x-oauth-scopes", "repo, admin:org")
                    .set_body_json(
                        serde_json::json!({"login": "octo-bot", "id": 42, "type": "User"}),
                    ),
            )
            .mount(&server)
            .await;
        for p in ["/user/repos", "/user/orgs"] {
            Mock::given(method("GET"))
                .and(path(p))
                .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
                .mount(&server)
                .await;
        }
    });
    let html = tmp.path().join("report.html");
    let out = tokenscope()
        .arg("audit")
        .arg(tmp.path().join("app"))
        .args(["--verify", "--endpoint"])
        .arg(format!("github={}", server.uri()))
        .arg("--html")
        .arg(&html)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let h = std::fs::read_to_string(&html).unwrap();
    assert!(h.contains("user octo-bot (42)"), "identity: {h}");
    assert!(h.contains("scopes: repo, admin:org"), "permissions");
    assert!(h.contains("class=\"st-valid\">valid<"), "provider check");
    assert!(h.contains("tokens verified with their providers"));
    assert!(!h.contains(&t));
}

#[test]
fn action_install_uses_the_cached_build_for_its_version() {
    let tmp = TempDir::new().unwrap();
    let script = project().join("scripts/action.sh");
    let out = StdCommand::new("bash")
        .arg(&script)
        .arg("version")
        .env("GITHUB_ACTION_PATH", project())
        .env_remove("INPUT_VERSION")
        .output()
        .unwrap();
    let key = text(&out.stdout).trim().to_string();
    assert!(
        key.starts_with(&format!("{}-", env!("CARGO_PKG_VERSION"))) && key.len() > 8,
        "{key:?}"
    );
    // A build already in the cache is used as is: no cargo run.
    let root = tmp.path().join("cache");
    std::fs::create_dir_all(root.join("bin")).unwrap();
    std::fs::copy(BIN, root.join("bin/tokenscope")).unwrap();
    let output = tmp.path().join("output");
    let out = StdCommand::new("bash")
        .arg(&script)
        .arg("install")
        .env("GITHUB_ACTION_PATH", project())
        .env("TOKENSCOPE_INSTALL_ROOT", &root)
        .env("GITHUB_OUTPUT", &output)
        .env("PATH", "/usr/bin:/bin")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("using cached build"));
    assert_eq!(
        std::fs::read_to_string(&output).unwrap().trim(),
        format!("bin={}", root.join("bin/tokenscope").display())
    );
}
