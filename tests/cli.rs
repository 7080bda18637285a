//! End-to-end tests of the `tokenscope` binary: exit codes, formats, redaction,
//! suppression, and the project's own scan.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tokenscope::analyze::checksum::github_style_token;

fn tokenscope() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tokenscope"));
    c.env("NO_COLOR", "1");
    c
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn demo() -> PathBuf {
    repo().join("testdata/demo")
}

/// A fake classic PAT with a valid checksum, built at run time so no literal token sits in
/// the test source.
fn fake_pat(seed: char) -> String {
    let random: String = std::iter::repeat_n(seed, 10)
        .chain("Zq8Lm2Xw5Rt7Yp3Kd9Vb4Nc6Hj".chars())
        .take(30)
        .collect();
    github_style_token("ghp_", &random)
}

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}", String::from_utf8_lossy(out));
    })
}

fn scan_json(args: &[&str], path: &Path) -> (Value, i32) {
    let out = tokenscope()
        .arg("scan")
        .args(args)
        .args(["--format", "json"])
        .arg(path)
        .output()
        .unwrap();
    (json_of(&out.stdout), out.status.code().unwrap())
}

#[test]
fn demo_scan_finds_tokens_and_exits_1() {
    let out = tokenscope().arg("scan").arg(demo()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(".env"), "{text}");
    assert!(text.contains("github.classic-pat"), "{text}");
    assert!(text.contains("ghp_…"), "redacted form expected: {text}");
    // The summary closes the report (a hint about git history may follow it).
    assert!(text.lines().any(|l| l.contains("scanned")), "{text}");
    assert!(text.contains("6 tokens ("), "{text}");
}

#[test]
fn clean_tree_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("main.py"), "print('hello')\n").unwrap();
    tokenscope().arg("scan").arg(dir.path()).assert().code(0);
}

#[test]
fn fail_on_threshold_decides_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    // ghs_ tokens are medium severity (they expire within the hour).
    let random = "Ab3De6Gh9Jk2Mn5Pq8St1Vw4Yz7Bc0";
    let token = github_style_token("ghs_", random);
    std::fs::write(dir.path().join("log.txt"), format!("token {token}\n")).unwrap();
    tokenscope()
        .args(["scan", "--fail-on", "critical"])
        .arg(dir.path())
        .assert()
        .code(0);
    tokenscope()
        .args(["scan", "--fail-on", "low"])
        .arg(dir.path())
        .assert()
        .code(1);
}

#[test]
fn json_report_is_versioned_and_located() {
    let dir = tempfile::tempdir().unwrap();
    let token = fake_pat('a');
    std::fs::write(
        dir.path().join("config.yml"),
        format!("a: 1\ngithub:\n  token: {token}\n"),
    )
    .unwrap();
    let (doc, code) = scan_json(&[], dir.path());
    assert_eq!(code, 1);
    assert_eq!(doc["version"], 1);
    let f = &doc["findings"][0];
    assert_eq!(f["rule_id"], "github.classic-pat");
    assert_eq!(f["provider"], "github");
    assert_eq!(f["location"]["path"], "config.yml");
    assert_eq!(f["location"]["line"], 3);
    assert_eq!(f["location"]["column"], 10);
    assert_eq!(f["fingerprint"].as_str().unwrap().len(), 64);
    assert!(f.get("secret").is_none(), "raw secret must not be in JSON");
    assert_eq!(f["facts"]["properties"]["checksum"], "valid");
    assert_eq!(doc["stats"]["files_scanned"], 1);
}

#[test]
fn same_token_twice_is_two_findings_with_one_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let token = fake_pat('b');
    std::fs::write(dir.path().join("a.env"), format!("T={token}\n")).unwrap();
    std::fs::write(dir.path().join("b.env"), format!("\n\nT={token}\n")).unwrap();
    let (doc, _) = scan_json(&[], dir.path());
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    assert_eq!(findings[0]["fingerprint"], findings[1]["fingerprint"]);
    assert_ne!(findings[0]["location"], findings[1]["location"]);
}

#[test]
fn look_alike_with_bad_checksum_is_not_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut token = fake_pat('c');
    let last = token.pop().unwrap();
    token.push(if last == 'A' { 'B' } else { 'A' });
    std::fs::write(dir.path().join("x.txt"), format!("ghp {token}\n")).unwrap();
    let (doc, code) = scan_json(&[], dir.path());
    assert_eq!(code, 0, "{doc}");
    assert!(doc["findings"].as_array().unwrap().is_empty());
}

#[test]
fn a_publishable_key_is_reported_only_with_include_public() {
    let dir = tempfile::tempdir().unwrap();
    // Built here, not stored: a Stripe live publishable key shape (public by design).
    let tail: String = (0..40)
        .map(|i| {
            b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[(i * 7 + 3) % 62]
                as char
        })
        .collect();
    std::fs::write(
        dir.path().join("checkout.js"),
        format!("const stripe = Stripe('pk_live_{tail}');\n"),
    )
    .unwrap();
    let (doc, code) = scan_json(&[], dir.path());
    assert_eq!(code, 0, "{doc}");
    assert!(doc["findings"].as_array().unwrap().is_empty(), "{doc}");
    let (doc, _) = scan_json(&["--include-public"], dir.path());
    let rules: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule_id"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["stripe.live-publishable-key"], "{doc}");
}

fn validate_sarif(sarif: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("testdata/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    validator
        .iter_errors(sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn sarif_is_valid_and_shaped_for_code_scanning() {
    let out = tokenscope()
        .args(["scan", "--format", "sarif"])
        .arg(demo())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let sarif = json_of(&out.stdout);
    let errors = validate_sarif(&sarif);
    assert!(errors.is_empty(), "SARIF schema violations: {errors:#?}");

    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "tokenscope");
    assert!(driver["informationUri"].is_string());
    let rules = driver["rules"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for rule in rules {
        let tags = rule["properties"]["tags"].as_array().unwrap();
        assert!(tags.contains(&Value::from("security")));
        // Advice (`info`) is a recommendation without a security score, so code scanning
        // shows it as a note, not an alert; everything else carries a score.
        match rule["properties"]["problem.severity"].as_str().unwrap() {
            "recommendation" => assert!(rule["properties"]["security-severity"].is_null()),
            "error" => {
                let sev: f64 = rule["properties"]["security-severity"]
                    .as_str()
                    .unwrap()
                    .parse()
                    .unwrap();
                assert!((0.1..=10.0).contains(&sev), "{rule}");
            }
            other => panic!("unexpected problem.severity {other}"),
        }
        assert!(
            rule["help"]["markdown"]
                .as_str()
                .unwrap()
                .contains("Remediation")
        );
    }
    // Every rule listed fired, and every result points at its rule.
    let fired: BTreeSet<&str> = results
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    assert_eq!(fired.len(), rules.len());
    for r in results {
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
        assert_eq!(
            r["partialFingerprints"]["tokenscope/v1"]
                .as_str()
                .unwrap()
                .len(),
            64
        );
        let loc = &r["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(!uri.starts_with('/'), "relative URIs: {uri}");
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(loc["region"]["startColumn"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn sarif_validation_catches_invalid_output() {
    // Guards the guard: the schema check must reject a broken log.
    let out = tokenscope()
        .args(["scan", "--format", "sarif"])
        .arg(demo())
        .output()
        .unwrap();
    let mut sarif = json_of(&out.stdout);
    sarif["runs"][0]["results"][0]["level"] = Value::from("fatal");
    sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    assert!(validate_sarif(&sarif).len() >= 2);
}

#[test]
fn sarif_escapes_uris_and_records_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("my dir")).unwrap();
    std::fs::write(
        dir.path().join("my dir/a#b.txt"),
        format!("{}\n", fake_pat('d')),
    )
    .unwrap();
    std::fs::write(dir.path().join("big.txt"), vec![b'a'; 2048]).unwrap();
    let out = tokenscope()
        .args(["scan", "--format", "sarif", "--max-file-size", "1024"])
        .arg(dir.path())
        .output()
        .unwrap();
    let sarif = json_of(&out.stdout);
    assert!(validate_sarif(&sarif).is_empty());
    let run = &sarif["runs"][0];
    assert_eq!(
        run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "my%20dir/a%23b.txt"
    );
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0]["message"]["text"]
            .as_str()
            .unwrap()
            .contains("big.txt")
    );
}

/// Ids of the rules whose matches are identifiers (shown in full by design).
fn identifier_rules() -> Vec<String> {
    let out = tokenscope()
        .args(["rules", "list", "--format", "json"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .filter(|r| r["identifier"] == true)
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// Every secret the scanner finds in testdata, in the raw, via the explicit opt-in flag
/// (identifiers such as AWS key ids are not secrets and are left out).
fn raw_secrets_in(path: &Path) -> Vec<String> {
    let (doc, _) = scan_json(&["--show-secrets", "--no-ignore"], path);
    let ids = identifier_rules();
    assert!(ids.iter().any(|i| i == "aws.access-key-id"), "{ids:?}");
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !ids.iter().any(|i| f["rule_id"] == i.as_str()))
        .map(|f| f["secret"].as_str().unwrap().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn no_raw_secret_reaches_any_output() {
    let root = repo().join("testdata");
    let secrets = raw_secrets_in(&root);
    assert!(
        secrets.len() >= 5,
        "expected the fixtures to yield secrets, got {}",
        secrets.len()
    );
    for format in ["text", "json", "sarif"] {
        let out = tokenscope()
            .args(["scan", "--no-ignore", "--format", format])
            .arg(&root)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        for s in &secrets {
            assert!(
                !stdout.contains(s.as_str()),
                "{format} stdout leaks a secret"
            );
            assert!(
                !stderr.contains(s.as_str()),
                "{format} stderr leaks a secret"
            );
        }
    }
}

#[test]
fn a_key_id_in_the_name_position_is_not_printed_as_a_label() {
    let dir = tempfile::tempdir().unwrap();
    let sid = format!("SK{}", "3f9a0c1d".repeat(4));
    let secret: String = ["Qw3rTy7u", "IoP9aSdF"].concat().repeat(2);
    let line = format!("curl -u {sid}:{secret} https://api.twilio.com/\n");
    std::fs::write(dir.path().join("history"), line).unwrap();
    let out = tokenscope()
        .args(["scan", "--no-ignore"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Twilio"), "{stdout}");
    assert!(!stdout.contains(&sid), "{stdout}");
}

#[test]
fn show_secrets_is_explicit_opt_in() {
    let dir = tempfile::tempdir().unwrap();
    let token = fake_pat('e');
    std::fs::write(dir.path().join("t.txt"), format!("{token}\n")).unwrap();
    let hidden = tokenscope().arg("scan").arg(dir.path()).output().unwrap();
    assert!(!String::from_utf8_lossy(&hidden.stdout).contains(&token));
    let shown = tokenscope()
        .args(["scan", "--show-secrets"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&shown.stdout).contains(&token));
}

#[test]
fn inline_allow_config_allow_and_baseline_suppress() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let (t1, t2, t3) = (fake_pat('f'), fake_pat('g'), fake_pat('h'));
    std::fs::write(p.join("a.txt"), format!("{t1} # tokenscope:allow\n")).unwrap();
    std::fs::create_dir(p.join("fixtures")).unwrap();
    std::fs::write(p.join("fixtures/b.txt"), format!("{t2}\n")).unwrap();
    std::fs::write(p.join("c.txt"), format!("{t3}\n")).unwrap();
    std::fs::write(
        p.join(".tokenscope.toml"),
        "[allow]\npaths = [\"fixtures/**\"]\n",
    )
    .unwrap();
    let (doc, code) = scan_json(&[], p);
    assert_eq!(code, 1);
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{doc}");
    assert_eq!(findings[0]["location"]["path"], "c.txt");

    // Accept what is left through a baseline: the next scan is clean.
    let baseline = p.join("baseline.txt");
    tokenscope()
        .arg("scan")
        .arg("--write-baseline")
        .arg(&baseline)
        .arg(p)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&baseline).unwrap();
    assert!(text.contains(findings[0]["fingerprint"].as_str().unwrap()));
    assert!(!text.contains("c.txt"), "baselines hold no paths or lines");
    tokenscope()
        .arg("scan")
        .arg("--baseline")
        .arg(&baseline)
        .arg(p)
        .assert()
        .code(0);

    // Allowing by fingerprint in config works too, and so does a secret regex.
    let fp = findings[0]["fingerprint"].as_str().unwrap();
    std::fs::write(
        p.join(".tokenscope.toml"),
        format!("[allow]\npaths = [\"fixtures/**\"]\nfingerprints = [\"{fp}\"]\n"),
    )
    .unwrap();
    tokenscope().arg("scan").arg(p).assert().code(0);
    std::fs::write(
        p.join(".tokenscope.toml"),
        "[allow]\npaths = [\"fixtures/**\"]\nregexes = [\"^ghp_hhh\"]\n",
    )
    .unwrap();
    tokenscope().arg("scan").arg(p).assert().code(0);
}

#[test]
fn baseline_is_sorted_and_stable() {
    let dir = tempfile::tempdir().unwrap();
    for (i, c) in ['i', 'j', 'k'].iter().enumerate() {
        std::fs::write(dir.path().join(format!("{i}.txt")), fake_pat(*c)).unwrap();
    }
    let b1 = dir.path().join("b1");
    let b2 = dir.path().join("b2");
    for b in [&b1, &b2] {
        tokenscope()
            .args(["scan", "-q", "--exclude", "b1", "--write-baseline"])
            .arg(b)
            .arg(dir.path())
            .assert()
            .code(0);
    }
    let t1 = std::fs::read_to_string(&b1).unwrap();
    assert_eq!(t1, std::fs::read_to_string(&b2).unwrap());
    let fps: Vec<&str> = t1.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(fps.len(), 3);
    let mut sorted = fps.clone();
    sorted.sort();
    assert_eq!(fps, sorted);
}

#[test]
fn hidden_files_scanned_gitignore_respected_git_dir_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join(".env"), format!("T={}\n", fake_pat('l'))).unwrap();
    std::fs::create_dir(p.join("build")).unwrap();
    std::fs::write(p.join("build/out.txt"), format!("{}\n", fake_pat('m'))).unwrap();
    std::fs::write(p.join(".gitignore"), "build/\n").unwrap();
    std::fs::create_dir(p.join(".git")).unwrap();
    std::fs::write(p.join(".git/config"), format!("{}\n", fake_pat('n'))).unwrap();
    std::fs::create_dir(p.join("vendor")).unwrap();
    std::fs::write(p.join("vendor/lib.txt"), format!("{}\n", fake_pat('o'))).unwrap();

    let paths = |doc: &Value| -> BTreeSet<String> {
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["location"]["path"].as_str().unwrap().to_string())
            .collect()
    };
    let (doc, _) = scan_json(&[], p);
    assert_eq!(
        paths(&doc),
        BTreeSet::from([".env".to_string(), "vendor/lib.txt".to_string()])
    );
    let (doc, _) = scan_json(&["--no-ignore", "--exclude", "vendor/**"], p);
    assert_eq!(
        paths(&doc),
        BTreeSet::from([".env".to_string(), "build/out.txt".to_string()])
    );
}

#[test]
fn binary_and_invalid_utf8_files_are_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let token = fake_pat('p');
    let mut bin = vec![0u8, 1, 2, 0xff, 0xfe];
    bin.extend_from_slice(token.as_bytes());
    bin.extend_from_slice(&[0, 0x80, 0x81]);
    std::fs::write(dir.path().join("app.so"), &bin).unwrap();
    let mut latin1 = b"caf\xe9 = 1\nkey: ".to_vec();
    latin1.extend_from_slice(fake_pat('q').as_bytes());
    std::fs::write(dir.path().join("latin1.properties"), &latin1).unwrap();
    let (doc, _) = scan_json(&[], dir.path());
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "{doc}");
    assert_eq!(findings[0]["location"]["path"], "app.so");
    assert_eq!(findings[0]["location"]["byte_start"], 5);
    assert_eq!(findings[1]["location"]["line"], 2);
}

#[cfg(unix)]
#[test]
fn unscannable_inputs_warn_and_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(p.join("ok.txt"), "nothing here\n").unwrap();
    std::fs::write(p.join("huge.bin"), vec![b'x'; 4096]).unwrap();
    let fifo = p.join("pipe");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink(p, p.join("loop")).unwrap();
    let out = tokenscope()
        .args(["scan", "--max-file-size", "1000"])
        .arg(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: huge.bin"), "{stderr}");
    assert!(stderr.contains("warning: pipe"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("2 skipped"), "{stdout}");
}

#[test]
fn usage_and_config_errors_exit_2() {
    tokenscope().args(["scan", "--bogus"]).assert().code(2);
    tokenscope()
        .args(["scan", "/definitely/not/here"])
        .assert()
        .code(2);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".tokenscope.toml"), "[allow]\nnope = 1\n").unwrap();
    let out = tokenscope().arg("scan").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid config"));
}

#[test]
fn rules_list_json_and_check() {
    let out = tokenscope()
        .args(["rules", "list", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let list = json_of(&out.stdout);
    let list = list.as_array().unwrap();
    assert!(list.len() >= 6);
    for r in list {
        for key in ["id", "provider", "kind", "severity"] {
            assert!(r[key].is_string(), "{key} missing in {r}");
        }
    }
    tokenscope().args(["rules", "check"]).assert().code(0);

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        r#"
[[rule]]
id = "acme.key"
name = "Acme"
provider = "acme"
kind = "key"
severity = "low"
description = "d"
remediation = "r"
regex = '(acme_[0-9]{4})\b'
keywords = ["acme_"]
examples = ["acme_12"]
negative_examples = ["nothing"]
"#,
    )
    .unwrap();
    let out = tokenscope()
        .args(["rules", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("acme.key"));
}

#[test]
fn extra_rules_dir_adds_rules_to_the_scan() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(
        rules.join("acme.toml"),
        r#"
[[rule]]
id = "acme.key"
name = "Acme key"
provider = "acme"
kind = "key"
severity = "high"
description = "d"
remediation = "r"
regex = '\b(acme_[0-9a-f]{16})\b'
keywords = ["acme_"]
examples = ["acme_0123456789abcdef"]
negative_examples = ["acme_0123"]
"#,
    )
    .unwrap();
    let src = dir.path().join("src");
    std::fs::create_dir(&src).unwrap();
    std::fs::write(src.join("a.txt"), "k=acme_9f8e7d6c5b4a3f2e\n").unwrap();
    let (doc, code) = scan_json(&["--rules", rules.to_str().unwrap()], &src);
    assert_eq!(code, 1);
    assert_eq!(doc["findings"][0]["rule_id"], "acme.key");
}

#[test]
fn the_project_scans_itself_clean() {
    // Fixtures and rule examples are allowlisted by the repository's own .tokenscope.toml.
    let out = tokenscope()
        .args(["scan", "--format", "json"])
        .arg(repo())
        .output()
        .unwrap();
    let doc = json_of(&out.stdout);
    assert_eq!(
        doc["findings"].as_array().unwrap().len(),
        0,
        "the repository must scan clean: {doc:#}"
    );
    assert_eq!(out.status.code(), Some(0), "{doc:#}");
}

#[test]
fn output_file_and_quiet() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), fake_pat('r')).unwrap();
    let report = dir.path().join("report.sarif");
    let out = tokenscope()
        .args([
            "scan",
            "-q",
            "--exclude",
            "report.sarif",
            "--format",
            "sarif",
            "-o",
        ])
        .arg(&report)
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(report).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 1);
}

#[test]
fn help_documents_exit_codes() {
    let out = tokenscope().args(["scan", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for code in ["0  no finding", "1  findings", "2  usage", "3  no finding"] {
        assert!(help.contains(code), "--help lacks `{code}`");
    }
}

/// Snapshots of the three report formats for a small fixed fixture. Elapsed times and the
/// tool version are filtered so the snapshots only change when the reports do.
#[test]
fn report_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir(p.join("config")).unwrap();
    std::fs::write(
        p.join("config/ci.env"),
        format!("# CI settings\nGH_TOKEN={}\n", fake_pat('s')),
    )
    .unwrap();
    std::fs::write(
        p.join("notes.md"),
        format!("ask ops for the token\nold one: {}\n", fake_pat('t')),
    )
    .unwrap();
    let filters = vec![
        (r"\d+\.\d+ s\b", "[elapsed] s"),
        (r#""elapsed": [0-9.e-]+"#, r#""elapsed": "[elapsed]""#),
        (env!("CARGO_PKG_VERSION"), "[version]"),
    ];
    for (format, name) in [
        ("text", "report_text"),
        ("json", "report_json"),
        ("sarif", "report_sarif"),
    ] {
        let out = tokenscope()
            .args(["scan", "--no-leastpriv", "--format", format])
            .arg(p)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        insta::with_settings!({filters => filters.clone()}, {
            insta::assert_snapshot!(name, text);
        });
    }
}

/// A repository that only consumes a token (no leak, least-privilege workflows) gets advice
/// at `info`, which does not fail the default run; `--fail-on info` makes it fail.
#[test]
fn advice_for_consumed_tokens_is_info_and_does_not_fail_by_default() {
    let dir = repo().join("testdata/leastpriv/js-fetch");
    let (json, code) = scan_json(&[], &dir);
    let findings = json["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        assert_eq!(f["rule_id"], "leastpriv.token-needs", "{f:#}");
        assert_eq!(f["severity"], "info", "{f:#}");
    }
    assert_eq!(code, 0, "{json:#}");
    let (_, code) = scan_json(&["--fail-on", "info"], &dir);
    assert_eq!(code, 1);

    // In SARIF: notes without a security score.
    let out = tokenscope()
        .args(["scan", "--format", "sarif"])
        .arg(&dir)
        .output()
        .unwrap();
    let sarif = json_of(&out.stdout);
    for r in sarif["runs"][0]["results"].as_array().unwrap() {
        assert_eq!(r["level"], "note", "{r:#}");
    }
    for rule in sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
    {
        assert!(
            rule["properties"]["security-severity"].is_null(),
            "{rule:#}"
        );
    }
}

/// Terraform's aws provider: the key id and a `secret_key` that only a generic rule knows.
/// Next to the id, the secret is an AWS secret access key, and the two are one finding.
#[test]
fn aws_key_id_and_nearby_secret_are_one_paired_credential() {
    let dir = tempfile::tempdir().unwrap();
    // Built at run time so that no whole credential sits in this source.
    let id = ["AKIA", "Q3EGRMX7", "PLBVKJ2D"].concat();
    let secret = ["kW9pXz3Lq7Rt2Vb8", "Nc4Hj6Mf1Sd5Gy0A", "e3Ui7Oo9"].concat();
    std::fs::write(
        dir.path().join("main.tf"),
        format!(
            "provider \"aws\" {{\n  region     = \"us-east-1\"\n  access_key = \"{id}\"\n  secret_key = \"{secret}\"\n}}\n"
        ),
    )
    .unwrap();
    let (json, code) = scan_json(&["--no-leastpriv"], dir.path());
    assert_eq!(code, 1);
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{json:#}");
    let f = &findings[0];
    assert_eq!(f["rule_id"], "aws.secret-access-key");
    assert_eq!(f["severity"], "critical");
    assert_eq!(f["location"]["line"], 4);
    assert_eq!(f["facts"]["properties"]["paired_with"], "aws.access-key-id");
    assert_eq!(f["facts"]["properties"]["paired_line"], 3);
    // The key id is not a secret: shown in full so that people know which key to
    // deactivate. The secret half stays redacted.
    assert_eq!(f["facts"]["properties"]["access_key_id"], id.as_str());
    let text = json.to_string();
    assert!(!text.contains(&secret), "{text}");
}

/// Least-privilege needs are labelled from the code they come from. Lines that hold a token
/// (a clone URL with credentials, a `docker login -p`, a query string, another argument)
/// must not carry it into any report or into `explain`.
#[test]
fn least_privilege_labels_never_quote_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let t: Vec<String> = "vwxyz".chars().map(fake_pat).collect();
    let files = [
        (
            "scripts/mirror.sh",
            format!(
                ": \"${{GITLAB_MIRROR_TOKEN:?}}\"\ngit clone --mirror \"https://oauth2:{}@gitlab.com/acme/w.git\" w\ngit push --mirror backup\n",
                t[0]
            ),
        ),
        (
            "cmd/main.go",
            format!(
                "const apiBase = \"https://api.github.com\"\nfunc main() {{\n\ttok := os.Getenv(\"DEPLOY_GH_TOKEN\")\n\tgh.call(\"POST\", apiBase+hook, \"{}\")\n}}\n",
                t[1]
            ),
        ),
        (
            "web/a.mjs",
            format!(
                "const octokit = new Octokit({{ auth: process.env.GH_TOKEN }});\nawait octokit.request(\"GET /user?access_token={}\");\n",
                t[2]
            ),
        ),
        (
            "bot/b.py",
            format!(
                "client = WebClient(token=os.environ[\"SLACK_BOT_TOKEN\"])\nclient.conversations_list(types=\"im\", token=\"{}\")\n",
                t[3]
            ),
        ),
        (
            ".github/workflows/ci.yml",
            format!(
                "on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker login -u bot -p {} ghcr.io\n",
                t[4]
            ),
        ),
    ];
    for (path, body) in &files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, body).unwrap();
    }
    let mut outputs = Vec::new();
    for format in ["text", "json", "sarif"] {
        let out = tokenscope()
            .args(["scan", "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        outputs.push(out.stdout);
        outputs.push(out.stderr);
    }
    for target in [
        "GITLAB_MIRROR_TOKEN",
        "DEPLOY_GH_TOKEN",
        "GH_TOKEN",
        "SLACK_BOT_TOKEN",
        ".github/workflows/ci.yml#j",
    ] {
        let out = tokenscope()
            .args(["explain", target])
            .arg(dir.path())
            .output()
            .unwrap();
        outputs.push(out.stdout);
        outputs.push(out.stderr);
    }
    let all = String::from_utf8_lossy(&outputs.concat()).into_owned();
    // The needs are there (so the labels were produced) …
    for label in [
        "git push to a GitLab remote",
        "docker login",
        "route built at run time",
    ] {
        assert!(all.contains(label), "no `{label}` in:\n{all}");
    }
    // … and no token is.
    for tok in &t {
        assert!(!all.contains(tok.as_str()), "raw token in output:\n{all}");
    }
}

/// Runs git in `dir` (tests build small local repositories; nothing leaves the machine).
fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A git repository holding a copy of the demo service, committed.
fn demo_repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&demo(), dir.path());
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "demo"]);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn rule_paths(doc: &Value) -> Vec<(String, String)> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule_id"].as_str().unwrap().to_string(),
                f["location"]["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn committed_then_ignored_env_is_still_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    git(p, &["init", "-q"]);
    std::fs::write(p.join(".env"), format!("GH={}\n", fake_pat('u'))).unwrap();
    git(p, &["add", ".env"]);
    git(p, &["commit", "-qm", "env"]);
    // Ignored later; plus an untracked ignored file and directory, which stay unread.
    std::fs::write(p.join(".gitignore"), ".env\n*.log\nbuild/\n").unwrap();
    std::fs::write(p.join("debug.log"), format!("{}\n", fake_pat('v'))).unwrap();
    std::fs::create_dir(p.join("build")).unwrap();
    std::fs::write(p.join("build/out.txt"), format!("{}\n", fake_pat('w'))).unwrap();
    let (doc, code) = scan_json(&["--no-leastpriv"], p);
    assert_eq!(code, 1);
    assert_eq!(
        rule_paths(&doc),
        [("github.classic-pat".to_string(), ".env".to_string())]
    );
    let out = tokenscope()
        .args(["scan", "--no-leastpriv"])
        .arg(p)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("2 ignored by .gitignore"), "{text}");
    // --no-ignore still reads everything.
    let (doc, _) = scan_json(&["--no-leastpriv", "--no-ignore"], p);
    assert_eq!(rule_paths(&doc).len(), 3, "{doc}");
}

#[test]
fn a_range_answers_only_for_the_files_it_changed() {
    let dir = demo_repo();
    let p = dir.path();
    // The tree has a write-all workflow and over-privileged tokens; HEAD..HEAD changes nothing.
    let (doc, code) = scan_json(&["--range", "HEAD..HEAD"], p);
    assert_eq!(code, 0, "{doc}");
    assert!(doc["findings"].as_array().unwrap().is_empty(), "{doc}");
    // One new token in one new file: that is all the range reports.
    std::fs::write(p.join("notes.txt"), format!("{}\n", fake_pat('K'))).unwrap();
    git(p, &["add", "notes.txt"]);
    git(p, &["commit", "-qm", "notes"]);
    for args in [&["--range", "HEAD~1..HEAD"][..], &["--since", "HEAD~1"]] {
        let (doc, code) = scan_json(args, p);
        assert_eq!(code, 1);
        let found = rule_paths(&doc);
        assert!(!found.is_empty());
        assert!(
            found.iter().all(|(_, path)| path == "notes.txt"),
            "{args:?}: {found:?}"
        );
    }
    // A change to the workflow brings its finding back.
    let wf = p.join(".github/workflows/release.yml");
    let mut text = std::fs::read_to_string(&wf).unwrap();
    text.push_str("# touched\n");
    std::fs::write(&wf, text).unwrap();
    git(p, &["commit", "-qam", "wf"]);
    let (doc, _) = scan_json(&["--range", "HEAD~1..HEAD"], p);
    assert!(
        rule_paths(&doc)
            .iter()
            .any(|(r, path)| r.starts_with("workflow.") && path.ends_with("release.yml")),
        "{doc}"
    );
    // A revision that is not there is said in words.
    let out = tokenscope()
        .args(["scan", "--range", "origin/main..HEAD"])
        .arg(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no revision origin/main; fetch it with git fetch origin main"),
        "{err}"
    );
}

#[test]
fn a_fresh_baseline_gives_a_green_run_and_updates_in_place() {
    let dir = demo_repo();
    let p = dir.path();
    let b = tempfile::tempdir().unwrap();
    let baseline = b.path().join("baseline");
    tokenscope()
        .args(["scan", "--write-baseline"])
        .arg(&baseline)
        .arg(p)
        .assert()
        .code(0);
    // Paired (AWS key id) and derived (token needs) findings stay hidden too.
    let (doc, code) = scan_json(&["--baseline", baseline.to_str().unwrap()], p);
    assert_eq!(code, 0, "{doc}");
    assert!(doc["findings"].as_array().unwrap().is_empty(), "{doc}");
    let old: BTreeSet<String> = std::fs::read_to_string(&baseline)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();

    // A new token, then an in-place update: old entries kept, the new one added.
    std::fs::write(p.join("new.txt"), format!("{}\n", fake_pat('y'))).unwrap();
    let (doc, _) = scan_json(&["--baseline", baseline.to_str().unwrap()], p);
    let new_fp = doc["findings"][0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    let out = tokenscope()
        .args(["scan", "--baseline"])
        .arg(&baseline)
        .arg("--write-baseline")
        .arg(&baseline)
        .arg(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    let now: BTreeSet<String> = std::fs::read_to_string(&baseline)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    assert!(
        err.contains(&format!("wrote {} fingerprints to", now.len())),
        "{err}"
    );
    let kept = old.iter().filter(|l| now.contains(*l)).count();
    assert!(kept >= old.len() - 2 && kept > 0, "{old:?} vs {now:?}");
    assert!(now.iter().any(|l| l.starts_with(&new_fp)), "{now:?}");
    let (doc, code) = scan_json(&["--baseline", baseline.to_str().unwrap()], p);
    assert_eq!(code, 0, "{doc}");
}

#[test]
fn gitleaks_ignore_entries_and_inline_markers_are_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("a.txt"),
        format!("x\n{}\n{} # gitleaks:allow\n", fake_pat('z'), fake_pat('A')),
    )
    .unwrap();
    std::fs::write(p.join("b.txt"), format!("{}\n", fake_pat('B'))).unwrap();
    let (doc, _) = scan_json(&["--no-leastpriv"], p);
    assert_eq!(rule_paths(&doc).len(), 2, "{doc}");
    std::fs::write(
        p.join(".gitleaksignore"),
        "# migrated\na.txt:github-pat:2\n",
    )
    .unwrap();
    let (doc, code) = scan_json(&["--no-leastpriv"], p);
    assert_eq!(code, 1);
    assert_eq!(
        rule_paths(&doc),
        [("github.classic-pat".to_string(), "b.txt".to_string())]
    );
}

#[test]
fn config_is_found_upward_and_unused_allow_entries_warn() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    git(p, &["init", "-q"]);
    std::fs::create_dir_all(p.join("tests/fixtures")).unwrap();
    std::fs::write(
        p.join("tests/fixtures/a.txt"),
        format!("{}\n", fake_pat('C')),
    )
    .unwrap();
    std::fs::write(p.join("tests/b.txt"), format!("{}\n", fake_pat('D'))).unwrap();
    let configure = |allow: &str| {
        std::fs::write(
            p.join(".tokenscope.toml"),
            format!("[allow]\npaths = [{allow}]\n"),
        )
        .unwrap()
    };
    let scan_dir = |sub: &str| {
        tokenscope()
            .args(["scan", "--no-leastpriv", "--format", "json"])
            .arg(p.join(sub))
            .output()
            .unwrap()
    };
    configure("\"fixtures/\", \"nothing-here/\"");
    let out = scan_dir("tests");
    let doc = json_of(&out.stdout);
    assert_eq!(
        rule_paths(&doc),
        [("github.classic-pat".to_string(), "b.txt".to_string())]
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`nothing-here/` matched no scanned path"),
        "{err}"
    );
    assert!(!err.contains("`fixtures/`"), "{err}");
    // Each spelling of a directory works the same.
    for pat in ["tests/", "tests", "/tests/**"] {
        configure(&format!("\"{pat}\""));
        let (doc, code) = scan_json(&["--no-leastpriv"], p);
        assert_eq!(code, 0, "{pat}: {doc}");
    }
    // The same entries hold for a scan of one file in the tree.
    let (doc, code) = scan_json(&["--no-leastpriv"], &p.join("tests/b.txt"));
    assert_eq!(code, 0, "{doc}");
    // A fingerprint prefix of 8+ hex digits allows the finding.
    std::fs::write(p.join(".tokenscope.toml"), "").unwrap();
    let (doc, _) = scan_json(&["--no-leastpriv"], &p.join("tests/b.txt"));
    let fp = doc["findings"][0]["fingerprint"].as_str().unwrap()[..12].to_string();
    std::fs::write(
        p.join(".tokenscope.toml"),
        format!("[allow]\nfingerprints = [\"{fp}\"]\n"),
    )
    .unwrap();
    let (doc, code) = scan_json(&["--no-leastpriv"], &p.join("tests/b.txt"));
    assert_eq!(code, 0, "{doc}");
    // Entries are relative to the config's directory, whatever part of the tree is scanned:
    // `tests/fixtures/**` holds for `scan tests`, and `scan src` does not call it stale.
    std::fs::create_dir_all(p.join("src")).unwrap();
    std::fs::write(p.join("src/main.rs"), "fn main() {}\n").unwrap();
    configure("\"tests/fixtures/**\"");
    assert_eq!(
        rule_paths(&json_of(&scan_dir("tests").stdout)),
        [("github.classic-pat".to_string(), "b.txt".to_string())]
    );
    let out = scan_dir("src");
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("matched no scanned path"), "{err}");
}

#[test]
fn stdin_sizes_and_colour() {
    let pat = fake_pat('E');
    let out = tokenscope()
        .args(["scan", "--format", "json", "-"])
        .write_stdin(format!("token = {pat}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc = json_of(&out.stdout);
    assert_eq!(doc["findings"][0]["location"]["path"], "-");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), format!("{pat}\n")).unwrap();
    for size in ["64M", "1G", "2048"] {
        tokenscope()
            .args(["scan", "--no-leastpriv", "--max-file-size", size])
            .arg(dir.path())
            .assert()
            .code(1);
    }
    tokenscope()
        .args(["scan", "--max-file-size", "12Q"])
        .arg(dir.path())
        .assert()
        .code(2);
    let coloured = |args: &[&str], env: Option<(&str, &str)>| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tokenscope"));
        c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        if let Some((k, v)) = env {
            c.env(k, v);
        }
        let out = c
            .args(["scan", "--no-leastpriv"])
            .args(args)
            .arg(dir.path())
            .output()
            .unwrap();
        out.stdout.contains(&0x1b)
    };
    assert!(!coloured(&[], None), "not a terminal: no colour");
    assert!(coloured(&["--color", "always"], None));
    assert!(coloured(&[], Some(("CLICOLOR_FORCE", "1"))));
    assert!(!coloured(&[], Some(("NO_COLOR", "1"))));
    assert!(!coloured(
        &["--color", "never"],
        Some(("CLICOLOR_FORCE", "1"))
    ));
}

/// The demo service's text report as a user sees it, at 80 and 120 columns: one block per
/// token, worst first, in plain words that fit the width.
#[test]
fn demo_text_report_reads_as_plain_words_at_80_and_120_columns() {
    let (json, _) = scan_json(&[], &demo());
    // Internal keys are the JSON's snake_case property names; none may reach the text.
    let mut keys = BTreeSet::new();
    for f in json["findings"].as_array().unwrap() {
        for k in f["facts"]["properties"].as_object().into_iter().flatten() {
            if k.0.contains('_') {
                keys.insert(k.0.clone());
            }
        }
    }
    assert!(keys.contains("token_fingerprint"), "{keys:?}");
    for width in [80usize, 120] {
        let out = tokenscope()
            .env("COLUMNS", width.to_string())
            .arg("scan")
            .arg(demo())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let text = String::from_utf8(out.stdout).unwrap();
        let mut in_yaml = false;
        for line in text.lines() {
            // A pasteable YAML block is printed as is, under its `fix:` line.
            if line.trim_end().ends_with("paste into the workflow") {
                in_yaml = true;
                continue;
            }
            if in_yaml && line.starts_with("        ") {
                continue;
            }
            in_yaml = false;
            let cols = line.chars().count();
            let longest_word = line
                .split(' ')
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            assert!(
                cols <= width || longest_word + 6 > width,
                "{cols} > {width}: {line}"
            );
            assert!(!line.contains('[') && !line.contains('{'), "{line}");
            for k in &keys {
                assert!(!line.contains(k.as_str()), "internal key {k}: {line}");
            }
        }
        // The leak leads its block; advice about it follows, never before it.
        let first = text.lines().next().unwrap();
        assert!(first.starts_with("CRITICAL"), "{first}");
        assert!(text.contains("revoke now: https://"), "{text}");
        let short_fps = text.matches("fingerprint: ").count();
        assert!(short_fps >= 7, "a short fingerprint on every block: {text}");
        let tokens = json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                let r = f["rule_id"].as_str().unwrap();
                !r.starts_with("leastpriv.") && !r.starts_with("workflow.")
            })
            .count();
        assert!(text.contains(&format!("{tokens} tokens (")), "{text}");
        // The AWS key id is printed in full (people act on it); the project's own scan
        // would report it in the snapshot, so the snapshot holds a stand-in.
        let filters = vec![
            (r"\d+\.\d+ s\b", "[elapsed] s"),
            (r"AKIA[A-Z0-9]{16}", "AKIA-KEY-ID"),
        ];
        insta::with_settings!({filters => filters}, {
            insta::assert_snapshot!(format!("demo_text_{width}"), text);
        });
    }
}

#[test]
fn quiet_text_report_has_no_summary() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), format!("{}\n", fake_pat('F'))).unwrap();
    let out = tokenscope()
        .args(["scan", "-q", "--no-leastpriv"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("GitHub classic personal access token"),
        "{text}"
    );
    assert!(!text.contains("scanned"), "{text}");
    assert!(out.stderr.is_empty());
}

/// `tokenscope rules list | head -1`: the reader goes away; the exit is silent and clean.
#[test]
fn a_closed_stdout_is_a_clean_silent_exit() {
    for args in [
        &["rules", "list"][..],
        &["rules", "list", "--format", "json"][..],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tokenscope"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the read end before the child writes its first line.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
