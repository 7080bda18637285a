//! The knowledge base's trigger literals (`rules/knowledge/triggers.toml`): words without
//! which a file can tell the least-privilege inference nothing. They live with the rules
//! because the keyword automaton carries them: the token pass reports which lists a file
//! hits ([`tags`]), so the inference needs no pass of its own over files that name none.

use std::sync::LazyLock;

use serde::Deserialize;

const TRIGGERS: &str = include_str!("../../rules/knowledge/triggers.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    code: Code,
    rust: Rust,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Code {
    any: Vec<String>,
    not_rust: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rust {
    any: Vec<String>,
    with_env: Vec<String>,
    env: Vec<String>,
}

/// The three lists, as written (matched ASCII case-insensitively).
pub struct Lists {
    /// Worth the text pass in any code file.
    pub code: Vec<String>,
    /// Worth the text pass outside Rust.
    pub not_rust: Vec<String>,
    /// Worth a syn parse of a Rust file (each is also a text trigger).
    pub rust: Vec<String>,
    /// Worth a syn parse of a Rust file that also has an `env` word.
    pub rust_with_env: Vec<String>,
    pub env: Vec<String>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let f: File = toml::from_str(TRIGGERS).expect("rules/knowledge/triggers.toml parses");
    Lists {
        code: f.code.any,
        not_rust: f.code.not_rust,
        rust: f.rust.any,
        rust_with_env: f.rust.with_env,
        env: f.rust.env,
    }
});

pub fn lists() -> &'static Lists {
    &LISTS
}

/// Tag bit: a word of `code.any` or of a `rust` list (a text trigger in any code file).
pub const CODE: u64 = 1;
/// Tag bit: a word of `code.not_rust`.
pub const NOT_RUST: u64 = 2;

/// Each trigger literal, lower-cased, with the tag bits of the lists it is in.
pub fn tags() -> Vec<(String, u64)> {
    let l = lists();
    let mut out: Vec<(String, u64)> = Vec::new();
    let mut add = |w: &str, bit: u64| {
        let w = w.to_ascii_lowercase();
        match out.iter_mut().find(|(x, _)| *x == w) {
            Some((_, bits)) => *bits |= bit,
            None => out.push((w, bit)),
        }
    };
    for w in l
        .code
        .iter()
        .chain(&l.rust)
        .chain(&l.rust_with_env)
        .chain(&l.env)
    {
        add(w, CODE);
    }
    for w in &l.not_rust {
        add(w, NOT_RUST);
    }
    out
}
