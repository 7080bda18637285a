//! Which files the least-privilege inference reads further: the knowledge base's trigger
//! literals (`rules/knowledge/triggers.toml`), searched once per file.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use serde::Deserialize;

const TRIGGERS: &str = include_str!("../../rules/knowledge/triggers.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: Code,
    rust: List,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    any: Vec<String>,
    not_rust: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    any: Vec<String>,
}

struct Triggers {
    code: AhoCorasick,
    not_rust: AhoCorasick,
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
        not_rust: automaton(&f.code.not_rust),
        rust: automaton(&f.rust.any),
    }
});

/// The file at `path` may tell something about API use or token linkage: worth the text
/// pass.
pub fn code(path: &str, data: &[u8]) -> bool {
    T.code.is_match(data) || (!path.ends_with(".rs") && T.not_rust.is_match(data))
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
        assert!(!code("lexer.rs", src));
        assert!(!rust(src));
        // The same words outside Rust may name a credential.
        assert!(code(
            "deploy.sh",
            b"curl -H \"Authorization: token $TOKEN\""
        ));
        // A Rust token read is found by its env access.
        assert!(code(
            "main.rs",
            b"let t = std::env::var(\"DEPLOY_TOKEN\")?;"
        ));
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
            assert!(code("x.rs", src.as_bytes()), "{src}");
        }
    }

    #[test]
    fn unrelated_code_is_not_read() {
        let src = b"pub fn add(a: u32, b: u32) -> u32 { a + b }";
        assert!(!code("add.rs", src));
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
                let name = p.to_string_lossy().into_owned();
                if !crate::leastpriv::code::is_code_file(&name) {
                    continue;
                }
                let data = std::fs::read(&p).unwrap();
                let text = String::from_utf8_lossy(&data);
                let facts = crate::leastpriv::code::scan(&name, &text, &Default::default());
                if !facts.needs.is_empty() || !facts.env_reads.is_empty() {
                    assert!(code(&name, &data), "{name} tells something but no trigger");
                    checked += 1;
                }
                if name.ends_with(".rs")
                    && crate::leastpriv::rust::scan(&name, &text)
                        .is_some_and(|f| !f.needs.is_empty())
                {
                    assert!(rust(&data), "{name} has needs but no trigger");
                    assert!(code(&name, &data), "{name} has needs but no trigger");
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
