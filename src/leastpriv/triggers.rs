//! Which files the least-privilege inference reads further: the knowledge base's trigger
//! literals (`rules/knowledge/triggers.toml`), searched once per file.

use std::sync::LazyLock;

use crate::rules::triggers::{CODE, NOT_RUST, lists};
use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// All three lists in one automaton, so a file is searched once: each pattern knows which
/// lists it belongs to (a word may be in several: `gitlab` is a text and a parse trigger).
struct Triggers {
    all: AhoCorasick,
    /// Pattern index → its lists.
    lists: Vec<Lists>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Lists {
    /// `code.any` or `rust.any`: worth the text pass, in any code file.
    code: bool,
    /// `code.not_rust`: worth the text pass outside Rust.
    not_rust: bool,
    /// `rust.any`: worth a syn parse.
    rust: bool,
    /// `rust.with_env`: worth a syn parse with an `env` word.
    rust_with_env: bool,
    /// `rust.env`.
    env: bool,
}

impl Lists {
    fn parse(&self) -> bool {
        self.rust || (self.rust_with_env && self.env)
    }
}

static T: LazyLock<Triggers> = LazyLock::new(|| {
    let f = lists();
    let mut words: Vec<String> = Vec::new();
    let mut lists: Vec<Lists> = Vec::new();
    let mut add = |w: &String, set: fn(&mut Lists)| {
        let w = w.to_ascii_lowercase();
        let i = match words.iter().position(|x| *x == w) {
            Some(i) => i,
            None => {
                words.push(w);
                lists.push(Lists::default());
                words.len() - 1
            }
        };
        set(&mut lists[i]);
    };
    // A file worth a parse is worth the text pass too.
    for w in &f.code {
        add(w, |l| l.code = true);
    }
    for w in &f.rust {
        add(w, |l| {
            l.code = true;
            l.rust = true;
        });
    }
    for w in &f.rust_with_env {
        add(w, |l| {
            l.code = true;
            l.rust_with_env = true;
        });
    }
    for w in &f.env {
        add(w, |l| {
            l.code = true;
            l.env = true;
        });
    }
    for w in &f.not_rust {
        add(w, |l| l.not_rust = true);
    }
    let all = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        // Runs over every code file of the tree: the DFA searches several times faster than
        // the NFA the builder would pick, for a few kB.
        .kind(Some(AhoCorasickKind::DFA))
        .build(&words)
        .expect("trigger literals build an automaton");
    Triggers { all, lists }
});

/// Which lists have a word in `data`, in one overlapping pass (overlapping, so that `github`
/// inside `api.github.com` does not hide the longer parse trigger), stopping as soon as
/// `enough` says the caller has its answer.
fn hits(data: &[u8], enough: impl Fn(&Lists) -> bool) -> Lists {
    let mut seen = Lists::default();
    for m in T.all.find_overlapping_iter(data) {
        let l = T.lists[m.pattern().as_usize()];
        seen.code |= l.code;
        seen.rust |= l.rust;
        seen.rust_with_env |= l.rust_with_env;
        seen.env |= l.env;
        seen.not_rust |= l.not_rust;
        if enough(&seen) {
            break;
        }
    }
    seen
}

/// The file at `path` may tell something about API use or token linkage: worth the text
/// pass.
pub fn code(path: &str, data: &[u8]) -> bool {
    if path.ends_with(".rs") {
        return rust_file(data).text;
    }
    let h = hits(data, |l| l.code || l.not_rust);
    h.code || h.not_rust
}

/// The Rust file names an API client or route outside comments: worth a syn parse.
pub fn rust(data: &[u8]) -> bool {
    rust_file(data).parse
}

/// What a file is worth: the text pass, and (Rust only) a syn parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gate {
    pub text: bool,
    pub parse: bool,
}

/// Both gates of a Rust file, with its comments stripped at most once. Most crates name
/// GitHub in doc links: a trigger only in comments is no API use.
pub fn rust_file(data: &[u8]) -> Gate {
    // Every parse trigger is a text trigger: no text trigger, nothing to strip.
    if !hits(data, |l| l.code).code {
        return Gate {
            text: false,
            parse: false,
        };
    }
    stripped(data)
}

/// The gates of a Rust file that has a text trigger somewhere: those outside comments.
fn stripped(data: &[u8]) -> Gate {
    let h = hits(&without_comments(data), |l| l.code && l.parse());
    Gate {
        text: h.code,
        parse: h.parse(),
    }
}

/// What the file at `path` is worth (a workflow or action file is read whatever this says).
pub fn gate(path: &str, data: &[u8]) -> Gate {
    if path.ends_with(".rs") {
        rust_file(data)
    } else {
        Gate {
            text: code(path, data),
            parse: false,
        }
    }
}

/// [`gate`] from the tag bits the token pass found in the same bytes
/// ([`crate::rules::triggers`]): no search of its own, but for the comments of a Rust file
/// that has a trigger.
pub fn gate_tagged(path: &str, data: &[u8], tags: u64) -> Gate {
    if path.ends_with(".rs") {
        if tags & CODE == 0 {
            return Gate {
                text: false,
                parse: false,
            };
        }
        return stripped(data);
    }
    Gate {
        text: tags & (CODE | NOT_RUST) != 0,
        parse: false,
    }
}

/// Rust source with its `//` and (nested) `/* */` comments blanked out; string, raw-string
/// and char literals are kept whole, so a `//` inside `"https://…"` is not a comment. When
/// in doubt it keeps bytes: a wrong guess may only let a file through, never hide code.
pub fn without_comments(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    let n = data.len();
    while i < n {
        let Some(off) = memchr::memchr3(b'/', b'"', b'\'', &data[i..]) else {
            out.extend_from_slice(&data[i..]);
            break;
        };
        let at = i + off;
        out.extend_from_slice(&data[i..at]);
        let next = data.get(at + 1).copied();
        match (data[at], next) {
            (b'/', Some(b'/')) => {
                let end = memchr::memchr(b'\n', &data[at..]).map_or(n, |e| at + e);
                out.push(b' ');
                i = end;
            }
            (b'/', Some(b'*')) => {
                let mut depth = 1;
                let mut j = at + 2;
                while j < n && depth > 0 {
                    if data[j] == b'/' && data.get(j + 1) == Some(&b'*') {
                        depth += 1;
                        j += 2;
                    } else if data[j] == b'*' && data.get(j + 1) == Some(&b'/') {
                        depth -= 1;
                        j += 2;
                    } else {
                        j += 1;
                    }
                }
                out.push(b' ');
                i = j;
            }
            (b'"', _) => {
                let end = string_end(data, at);
                out.extend_from_slice(&data[at..end]);
                i = end;
            }
            // A char literal: '"', '\'', '\\', '\u{…}'. Anything else (a lifetime) is code.
            (b'\'', Some(b'\\')) => {
                let end = data[at + 2..]
                    .iter()
                    .take(12)
                    .skip(1)
                    .position(|&b| b == b'\'')
                    .map_or(at + 1, |p| at + 2 + 1 + p + 1);
                out.extend_from_slice(&data[at..end]);
                i = end;
            }
            (b'\'', Some(_)) if data.get(at + 2) == Some(&b'\'') => {
                out.extend_from_slice(&data[at..at + 3]);
                i = at + 3;
            }
            _ => {
                out.push(data[at]);
                i = at + 1;
            }
        }
    }
    out
}

/// The end (exclusive) of the string literal whose opening quote is at `q`: a raw string
/// (`r"…"`, `r#"…"#`, `br##"…"##`) ends at a quote followed by as many `#`, any other at the
/// first unescaped quote. Unterminated: the end of the data.
fn string_end(data: &[u8], q: usize) -> usize {
    let mut h = q;
    while h > 0 && data[h - 1] == b'#' {
        h -= 1;
    }
    let hashes = q - h;
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let raw = h > 0
        && data[h - 1] == b'r'
        && (h < 2
            || !ident(data[h - 2])
            || ((data[h - 2] == b'b' || data[h - 2] == b'c') && (h < 3 || !ident(data[h - 3]))));
    let mut j = q + 1;
    while j < data.len() {
        match data[j] {
            b'\\' if !raw => j += 2,
            b'"' if !raw
                || data[j + 1..]
                    .iter()
                    .take(hashes)
                    .filter(|&&b| b == b'#')
                    .count()
                    == hashes =>
            {
                return (j + 1 + if raw { hashes } else { 0 }).min(data.len());
            }
            _ => j += 1,
        }
    }
    data.len()
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
            "const SLACK: &str = \"https://slack.com/api\";",
            "let key = std::env::var(\"STRIPE_KEY\")?; stripe::Client::new(key)",
            "let t = env!(\"SLACK_BOT_TOKEN\"); slack_morphism::prelude::*",
        ] {
            assert!(rust(src.as_bytes()), "{src}");
            assert!(code("x.rs", src.as_bytes()), "{src}");
        }
        // Slack or Stripe named without a host or a token read: nothing the syntax pass
        // could record (RAID stripes in kernel bindings).
        let bindings = b"pub struct btrfs_stripe { pub stripes_min: u16 } // slack space";
        assert!(code("raw.rs", bindings));
        assert!(!rust(bindings));
    }

    #[test]
    fn triggers_only_in_comments_do_not_count_but_strings_do() {
        let doc =
            b"//! See <https://github.com/acme/x> and the /repos/ API docs.\n/* slack */ fn a() {}";
        assert!(!code("lib.rs", doc));
        assert!(!rust(doc));
        // The same words in a string, a raw string, after a '\"' char or a lifetime: code.
        for src in [
            "const U: &str = \"https://api.github.com/repos/x\"; // trailing",
            "let q = r#\"query { viewer { login } } // \"graphql\"\"#; // api.github.com",
            "let c = '\"'; let u = \"https://api.github.com/user\";",
            "fn f<'a>(x: &'a str) -> &'a str { x } const S: &str = \"/repos/\";",
            "/* outer /* nested */ still comment */ let t = std::env::var(\"GH_TOKEN\");",
        ] {
            assert!(code("x.rs", src.as_bytes()), "{src}");
        }
        assert!(rust(
            b"let q = r#\"query { viewer { login } } // \"graphql\"\"#;"
        ));
        // Comments go, code and strings stay byte for byte.
        assert_eq!(
            without_comments(b"a /* b */ \"c // d\" // e\nf"),
            b"a   \"c // d\"  \nf".to_vec()
        );
        assert_eq!(without_comments(b"'\\'' x // y"), b"'\\'' x  ".to_vec());
        // Unterminated comments and strings end at the end of the data.
        assert_eq!(without_comments(b"x /* y"), b"x  ".to_vec());
        assert_eq!(without_comments(b"x \"y"), b"x \"y".to_vec());
    }

    /// The token pass's tags must gate exactly as the search of the file would: a file
    /// the fast path skips is one the inference would have read (the definition is
    /// [`gate`]). Over every code file of testdata and of this crate's sources.
    #[test]
    fn the_token_pass_tags_gate_as_the_search_does() {
        let rules = crate::rules::RuleSet::load(&[]).expect("builtin rules");
        let matcher = crate::matcher::Matcher::new(&rules);
        let mut scratch = crate::matcher::Scratch::default();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (mut checked, mut read, mut parsed) = (0, 0, 0);
        for (name, data) in code_files(&[root.join("testdata"), root.join("src")]) {
            matcher.find(&rules, &name, &data, &mut scratch);
            let want = gate(&name, &data);
            assert_eq!(gate_tagged(&name, &data, scratch.tags()), want, "{name}");
            checked += 1;
            read += usize::from(want.text);
            parsed += usize::from(want.parse);
        }
        // Both answers occur, or the comparison proves little.
        assert!(checked > 500 && read > 100 && parsed > 20 && read < checked);
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
        for (name, data) in code_files(&[root.join("leastpriv"), root.join("blind/leastpriv")]) {
            let text = String::from_utf8_lossy(&data);
            let facts = crate::leastpriv::code::scan(&name, &text, &Default::default());
            if !facts.needs.is_empty() || !facts.env_reads.is_empty() {
                assert!(code(&name, &data), "{name} tells something but no trigger");
                checked += 1;
            }
            if name.ends_with(".rs")
                && crate::leastpriv::rust::scan(&name, &text).is_some_and(|f| !f.needs.is_empty())
            {
                assert!(rust(&data), "{name} has needs but no trigger");
                assert!(code(&name, &data), "{name} has needs but no trigger");
            }
        }
        assert!(
            checked > 0,
            "no Rust fixture with needs under {}",
            root.display()
        );
    }

    /// Every code file under `dirs`, with its bytes.
    fn code_files(dirs: &[std::path::PathBuf]) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = dirs.to_vec();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                    continue;
                }
                let name = p.to_string_lossy().into_owned();
                if crate::leastpriv::code::is_code_file(&name) {
                    out.push((name, std::fs::read(&p).unwrap()));
                }
            }
        }
        out
    }
}
