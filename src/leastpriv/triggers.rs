//! Which files the least-privilege inference reads further: the knowledge base's trigger
//! literals (`rules/knowledge/triggers.toml`), searched once per file.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use serde::Deserialize;

const TRIGGERS: &str = include_str!("../../rules/knowledge/triggers.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: List,
    rust: List,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    any: Vec<String>,
}

struct Triggers {
    code: AhoCorasick,
    rust: AhoCorasick,
}

fn automaton(words: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // Runs over every code file of the tree: the DFA searches several times faster than
        // the NFA the builder would pick, for a few kB.
        .kind(Some(AhoCorasickKind::DFA))
        .build(words)
        .expect("trigger literals build an automaton")
}

static T: LazyLock<Triggers> = LazyLock::new(|| {
    let f: File = toml::from_str(TRIGGERS).expect("rules/knowledge/triggers.toml parses");
    // A file worth a parse is worth the text pass too.
    let code: Vec<String> = f.code.any.iter().chain(&f.rust.any).cloned().collect();
    Triggers {
        code: automaton(&code),
        rust: automaton(&f.rust.any),
    }
});

/// The file may tell something about API use or token linkage: worth the text pass.
pub fn code(data: &[u8]) -> bool {
    T.code.is_match(data)
}

/// The Rust file names an API client or route: worth a syn parse.
pub fn rust(data: &[u8]) -> bool {
    T.rust.is_match(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lexer_with_tokens_gets_the_text_pass_but_no_parse() {
        let src = b"fn next_token(&mut self) -> Token { self.tokens.pop() }";
        assert!(code(src));
        assert!(!rust(src));
    }

    #[test]
    fn api_clients_and_routes_trigger_the_parse() {
        for src in [
            "let gh = octocrab::Octocrab::builder().personal_token(t).build()?;",
            "client.post(format!(\"{base}/repos/{owner}/{repo}/issues\"))",
            "const API: &str = \"https://API.GITHUB.COM\";",
            "let url = format!(\"{host}/api/v4/projects/{id}\");",
            "slack_morphism::prelude::*",
        ] {
            assert!(rust(src.as_bytes()), "{src}");
            assert!(code(src.as_bytes()), "{src}");
        }
    }

    #[test]
    fn unrelated_code_is_not_read() {
        let src = b"pub fn add(a: u32, b: u32) -> u32 { a + b }";
        assert!(!code(src));
        assert!(!rust(src));
    }

    #[test]
    fn the_knowledge_base_fixtures_still_trigger() {
        // Every test project of the inference must pass the prefilter, or the fast path
        // would hide what the slow path finds.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
        let mut checked = 0;
        let mut stack = vec![root.join("leastpriv"), root.join("blind/leastpriv")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                if p.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let data = std::fs::read(&p).unwrap();
                let text = String::from_utf8_lossy(&data);
                if crate::leastpriv::rust::scan(&p.to_string_lossy(), &text)
                    .is_some_and(|f| !f.needs.is_empty())
                {
                    assert!(rust(&data), "{} has needs but no trigger", p.display());
                    checked += 1;
                }
            }
        }
        assert!(
            checked > 0,
            "no Rust fixture with needs under {}",
            root.display()
        );
    }
}
