//! Measured detection accuracy of the built-in rule pack.
//!
//! Scans `testdata/accuracy` (a labelled corpus of fake but well-formed tokens in realistic
//! files, plus a negatives set of look-alikes, placeholders, hashes and lockfiles) through the
//! same engine as `tokenscope scan`, and compares the findings with
//! `testdata/accuracy/manifest.toml`. A finding matches an expected entry with the same file,
//! line and rule id (or provider, when the entry names no rule). Every unmatched finding is a
//! false positive; every unmatched entry is a false negative.
//!
//! `cargo test --test accuracy -- --nocapture` (or `scripts/accuracy.sh`) prints the table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::Deserialize;
use tokenscope::config::AllowConfig;
use tokenscope::rules::RuleSet;
use tokenscope::scan::{Engine, scan_tree};
use tokenscope::sources::fs::WalkOptions;
use tokenscope::suppress::Suppressor;

const MIN_RECALL: f64 = 0.95;
const MIN_PRECISION: f64 = 0.95;

#[derive(Debug, Deserialize)]
struct Manifest {
    finding: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    file: String,
    line: usize,
    rule: Option<String>,
    provider: String,
}

#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

struct Found {
    file: String,
    line: usize,
    rule: String,
    provider: String,
}

fn scan(root: &std::path::Path) -> Vec<Found> {
    let rules = RuleSet::load(&[]).expect("built-in rules load");
    let suppressor =
        Suppressor::new(&AllowConfig::default(), BTreeSet::new()).expect("empty allowlist");
    // The corpus inventories every rule, the public-by-design keys (publishable keys, DSNs)
    // too, which a default scan leaves out.
    let engine = Engine {
        include_public: true,
        ..Engine::new(rules, suppressor)
    };
    let walk = WalkOptions {
        roots: vec![root.to_path_buf()],
        // The corpus holds .env and dotfiles on purpose; no ignore file may hide them.
        no_ignore: true,
        excludes: vec!["/gen/".into(), "/manifest.toml".into(), "/README.md".into()],
        max_file_size: 8 << 20,
        threads: 0,
    };
    let out = scan_tree(&engine, &walk).expect("scan");
    assert!(
        out.warnings.is_empty(),
        "scan warnings: {:?}",
        out.warnings
            .iter()
            .map(|w| format!("{}: {}", w.path, w.message))
            .collect::<Vec<_>>()
    );
    let mut found = Vec::new();
    for f in &out.findings {
        found.push(Found {
            file: f.location.path.clone(),
            line: f.location.line,
            rule: f.rule_id.clone(),
            provider: f.provider.clone(),
        });
        // A paired credential (AWS key id + secret) is one finding that found both halves.
        let props = &f.facts.properties;
        if let (Some(partner), Some(line)) = (
            props.get("paired_with").and_then(|v| v.as_str()),
            props.get("paired_line").and_then(|v| v.as_u64()),
        ) {
            found.push(Found {
                file: f.location.path.clone(),
                line: line as usize,
                rule: partner.to_string(),
                provider: f.provider.clone(),
            });
        }
    }
    found
}

#[test]
fn rule_pack_accuracy() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("testdata/accuracy");
    let manifest: Manifest = toml::from_str(
        &std::fs::read_to_string(root.join("manifest.toml")).expect("read manifest"),
    )
    .expect("parse manifest");
    let found = scan(&root);

    let mut per_provider: BTreeMap<String, Counts> = BTreeMap::new();
    let mut matched = vec![false; manifest.finding.len()];
    let mut false_positives = Vec::new();
    for f in &found {
        let hit = manifest.finding.iter().enumerate().position(|(i, e)| {
            !matched[i]
                && e.file == f.file
                && e.line == f.line
                && match &e.rule {
                    Some(r) => *r == f.rule,
                    None => e.provider == f.provider,
                }
        });
        match hit {
            Some(i) => {
                matched[i] = true;
                per_provider.entry(f.provider.clone()).or_default().tp += 1;
            }
            None => {
                per_provider.entry(f.provider.clone()).or_default().fp += 1;
                false_positives.push(format!("{}:{} {}", f.file, f.line, f.rule));
            }
        }
    }
    let mut false_negatives = Vec::new();
    for (e, hit) in manifest.finding.iter().zip(&matched) {
        if !hit {
            per_provider.entry(e.provider.clone()).or_default().fn_ += 1;
            false_negatives.push(format!(
                "{}:{} {}",
                e.file,
                e.line,
                e.rule.as_deref().unwrap_or(&e.provider)
            ));
        }
    }

    let total = per_provider
        .values()
        .fold(Counts::default(), |acc, c| Counts {
            tp: acc.tp + c.tp,
            fp: acc.fp + c.fp,
            fn_: acc.fn_ + c.fn_,
        });
    let negatives_fp = found
        .iter()
        .filter(|f| f.file.starts_with("negatives/"))
        .count();

    println!(
        "\n{:<18} {:>5} {:>5} {:>5} {:>8} {:>10}",
        "provider", "TP", "FP", "FN", "recall", "precision"
    );
    for (provider, c) in &per_provider {
        println!(
            "{:<18} {:>5} {:>5} {:>5} {:>8.3} {:>10.3}",
            provider,
            c.tp,
            c.fp,
            c.fn_,
            c.recall(),
            c.precision()
        );
    }
    println!(
        "{:<18} {:>5} {:>5} {:>5} {:>8.3} {:>10.3}",
        "TOTAL",
        total.tp,
        total.fp,
        total.fn_,
        total.recall(),
        total.precision()
    );
    println!(
        "{} labelled positives, {} providers, {} findings in negatives/",
        manifest.finding.len(),
        per_provider.len(),
        negatives_fp
    );
    if !false_positives.is_empty() {
        println!("\nfalse positives:\n  {}", false_positives.join("\n  "));
    }
    if !false_negatives.is_empty() {
        println!("\nfalse negatives:\n  {}", false_negatives.join("\n  "));
    }

    assert!(
        total.recall() >= MIN_RECALL,
        "overall recall {:.3} < {MIN_RECALL}",
        total.recall()
    );
    assert!(
        total.precision() >= MIN_PRECISION,
        "overall precision {:.3} < {MIN_PRECISION}",
        total.precision()
    );
}
