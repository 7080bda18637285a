//! `tokenscope merge-sarif`: joins the SARIF logs of a sharded scan (or of several scans)
//! into one log with one run per tool.
//!
//! Runs of the same tool (`tool.driver.name`) become one run. Rules are merged by id (the
//! first description wins) and every result's `ruleIndex` is recomputed against the merged
//! list. A result is a duplicate of an earlier one when it has the same rule, the same
//! `partialFingerprints` and the same locations (URI and region); duplicates are dropped,
//! so overlapping inputs (two shards that both reported the same workflow finding, or the
//! same file merged twice) give each alert once. Invocations are merged into one whose
//! notifications are the union and whose `executionSuccessful` is true only if all were.

use std::collections::{BTreeMap, HashSet};

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value, json};

use crate::report::sarif::{INFORMATION_URI, SCHEMA_URI};

/// Merges SARIF documents. With no input, returns a valid log with one empty tokenscope run.
pub fn merge(docs: &[Value]) -> Result<Value> {
    // Runs grouped by tool name, in first-seen order.
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, MergedRun> = BTreeMap::new();
    for (d, doc) in docs.iter().enumerate() {
        let runs = doc
            .get("runs")
            .and_then(Value::as_array)
            .with_context(|| format!("input {}: no `runs` array; not a SARIF log", d + 1))?;
        if let Some(v) = doc.get("version").and_then(Value::as_str)
            && v != "2.1.0"
        {
            bail!(
                "input {}: SARIF version {v} (only 2.1.0 is supported)",
                d + 1
            );
        }
        for run in runs {
            let name = run
                .pointer("/tool/driver/name")
                .and_then(Value::as_str)
                .with_context(|| format!("input {}: a run has no tool.driver.name", d + 1))?
                .to_string();
            if !groups.contains_key(&name) {
                order.push(name.clone());
                groups.insert(name.clone(), MergedRun::new(run));
            }
            groups.get_mut(&name).expect("inserted").add(run);
        }
    }
    let runs: Vec<Value> = if order.is_empty() {
        vec![empty_run()]
    } else {
        order
            .iter()
            .map(|n| groups.remove(n).expect("grouped").finish())
            .collect()
    };
    Ok(json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": runs,
    }))
}

/// A valid run of tokenscope with no results (what an empty scan reports).
pub fn empty_run() -> Value {
    json!({
        "tool": {"driver": {
            "name": env!("CARGO_PKG_NAME"),
            "version": env!("CARGO_PKG_VERSION"),
            "semanticVersion": env!("CARGO_PKG_VERSION"),
            "informationUri": INFORMATION_URI,
            "rules": [],
        }},
        "invocations": [{"executionSuccessful": true, "toolExecutionNotifications": []}],
        "columnKind": "unicodeCodePoints",
        "results": [],
    })
}

struct MergedRun {
    /// The first run, without results, rules and invocations: tool metadata, columnKind,
    /// originalUriBaseIds and the like.
    base: Map<String, Value>,
    rules: Vec<Value>,
    rule_index: BTreeMap<String, usize>,
    results: Vec<Value>,
    seen: HashSet<String>,
    notifications: Vec<Value>,
    seen_notifications: HashSet<String>,
    invoked: bool,
    successful: bool,
}

impl MergedRun {
    fn new(first: &Value) -> MergedRun {
        let mut base = first.as_object().cloned().unwrap_or_default();
        base.remove("results");
        base.remove("invocations");
        if let Some(driver) = base
            .get_mut("tool")
            .and_then(|t| t.get_mut("driver"))
            .and_then(Value::as_object_mut)
        {
            driver.remove("rules");
        }
        MergedRun {
            base,
            rules: Vec::new(),
            rule_index: BTreeMap::new(),
            results: Vec::new(),
            seen: HashSet::new(),
            notifications: Vec::new(),
            seen_notifications: HashSet::new(),
            invoked: false,
            successful: true,
        }
    }

    fn add(&mut self, run: &Value) {
        let rules: &[Value] = run
            .pointer("/tool/driver/rules")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        for rule in rules {
            self.rule(rule);
        }
        for result in run
            .get("results")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let mut r = result.clone();
            let id = r
                .get("ruleId")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| {
                    let i = r.get("ruleIndex")?.as_u64()? as usize;
                    rules.get(i)?.get("id")?.as_str().map(str::to_string)
                });
            if let Some(obj) = r.as_object_mut() {
                obj.remove("ruleIndex");
                if let Some(id) = &id {
                    let idx = match rules
                        .iter()
                        .find(|d| d.get("id").and_then(Value::as_str) == Some(id))
                    {
                        Some(d) => self.rule(d),
                        None => self.rule_index.get(id).copied().unwrap_or(usize::MAX),
                    };
                    obj.insert("ruleId".into(), json!(id));
                    if idx != usize::MAX {
                        obj.insert("ruleIndex".into(), json!(idx));
                    }
                }
            }
            if self.seen.insert(result_key(&r)) {
                self.results.push(r);
            }
        }
        for inv in run
            .get("invocations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.invoked = true;
            if inv.get("executionSuccessful") == Some(&Value::Bool(false)) {
                self.successful = false;
            }
            for n in inv
                .get("toolExecutionNotifications")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if self.seen_notifications.insert(n.to_string()) {
                    self.notifications.push(n.clone());
                }
            }
        }
    }

    /// Index of the rule in the merged list, adding it if new.
    fn rule(&mut self, rule: &Value) -> usize {
        let Some(id) = rule.get("id").and_then(Value::as_str) else {
            return usize::MAX;
        };
        if let Some(&i) = self.rule_index.get(id) {
            return i;
        }
        self.rule_index.insert(id.to_string(), self.rules.len());
        self.rules.push(rule.clone());
        self.rules.len() - 1
    }

    fn finish(self) -> Value {
        let mut run = self.base;
        if let Some(driver) = run
            .get_mut("tool")
            .and_then(|t| t.get_mut("driver"))
            .and_then(Value::as_object_mut)
        {
            driver.insert("rules".into(), Value::Array(self.rules));
        }
        if self.invoked {
            run.insert(
                "invocations".into(),
                json!([{
                    "executionSuccessful": self.successful,
                    "toolExecutionNotifications": self.notifications,
                }]),
            );
        }
        run.insert("results".into(), Value::Array(self.results));
        Value::Object(run)
    }
}

/// Identity of a result: rule, partial fingerprints and locations (URI + region). Results
/// without fingerprints also compare their message, so that two different problems at one
/// place stay apart.
fn result_key(r: &Value) -> String {
    let locations: Vec<Value> = r
        .get("locations")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|l| {
            let p = l.get("physicalLocation");
            json!([
                p.and_then(|p| p.pointer("/artifactLocation/uri")),
                p.and_then(|p| p.pointer("/artifactLocation/uriBaseId")),
                p.and_then(|p| p.get("region")),
            ])
        })
        .collect();
    let fingerprints = r.get("partialFingerprints").cloned().unwrap_or(Value::Null);
    let message = if fingerprints.is_null() {
        r.pointer("/message/text").cloned().unwrap_or(Value::Null)
    } else {
        Value::Null
    };
    // serde_json's maps are sorted by key, so equal objects print equally.
    json!([r.get("ruleId"), fingerprints, locations, message]).to_string()
}

/// Reads, merges and writes: the `merge-sarif` command. Returns the number of results.
pub fn merge_files(
    inputs: &[std::path::PathBuf],
    output: Option<&std::path::Path>,
) -> Result<usize> {
    let mut docs = Vec::with_capacity(inputs.len());
    for p in inputs {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        let doc: Value =
            serde_json::from_str(&text).with_context(|| format!("{} is not JSON", p.display()))?;
        docs.push(doc);
    }
    let merged = merge(&docs).context("merging SARIF")?;
    let count = merged["runs"]
        .as_array()
        .map(|runs| {
            runs.iter()
                .map(|r| r["results"].as_array().map_or(0, Vec::len))
                .sum()
        })
        .unwrap_or(0);
    let mut text = serde_json::to_string_pretty(&merged)?;
    text.push('\n');
    match output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))?
        }
        None => {
            use std::io::Write;
            std::io::stdout().lock().write_all(text.as_bytes())?;
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(rules: &[&str], results: &[(&str, &str, i64)]) -> Value {
        json!({
            "tool": {"driver": {"name": "tokenscope", "rules":
                rules.iter().map(|r| json!({"id": r})).collect::<Vec<_>>()}},
            "results": results.iter().map(|(rule, fp, line)| json!({
                "ruleId": rule,
                "ruleIndex": rules.iter().position(|r| r == rule).unwrap(),
                "message": {"text": "m"},
                "partialFingerprints": {"tokenscope/v1": fp},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": "a.txt"}, "region": {"startLine": line}}}],
            })).collect::<Vec<_>>(),
        })
    }

    fn doc(runs: Vec<Value>) -> Value {
        json!({"version": "2.1.0", "runs": runs})
    }

    #[test]
    fn merges_rules_reindexes_and_dedups() {
        let a = doc(vec![run(
            &["r1", "r2"],
            &[("r1", "f1", 1), ("r2", "f2", 2)],
        )]);
        let b = doc(vec![run(
            &["r3", "r2"],
            &[("r2", "f2", 2), ("r3", "f3", 3), ("r2", "f2", 9)],
        )]);
        let m = merge(&[a, b]).unwrap();
        let runs = m["runs"].as_array().unwrap();
        assert_eq!(runs.len(), 1);
        let rules = runs[0]["tool"]["driver"]["rules"].as_array().unwrap();
        let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["r1", "r2", "r3"]);
        let results = runs[0]["results"].as_array().unwrap();
        // (r2, f2, line 2) appears twice and is kept once; line 9 is another place.
        assert_eq!(results.len(), 4);
        for r in results {
            let i = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[i]["id"], r["ruleId"]);
        }
    }

    #[test]
    fn no_input_is_one_empty_run() {
        let m = merge(&[]).unwrap();
        assert_eq!(m["runs"][0]["results"], json!([]));
        assert_eq!(m["runs"][0]["tool"]["driver"]["name"], "tokenscope");
    }

    #[test]
    fn rejects_non_sarif() {
        assert!(merge(&[json!({"findings": []})]).is_err());
    }
}
