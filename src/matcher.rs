//! Finds rule matches in a byte buffer.
//!
//! Two stages, as in gitleaks and Nosey Parker: an Aho-Corasick pass over every rule's
//! keywords picks the candidate rules for a buffer, then only those rules' regexes run.
//! Most files contain no keyword at all and cost one linear scan.

mod literals;

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use literals::Literals;

use crate::analyze::checksum;
use crate::rules::{RuleSet, entropy};

/// A match before it becomes a finding: which rule, and where the secret is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMatch {
    pub rule: usize,
    /// Byte span of the secret (the capture group).
    pub secret: Range<usize>,
    /// Byte span of the whole regex match (context included).
    pub whole: Range<usize>,
    /// For rules with a `keyword_window`: bytes between the end of the nearest keyword
    /// before the secret and the secret. Nearer context wins an overlap.
    pub distance: Option<usize>,
}

pub struct Matcher {
    keywords: Keywords,
    /// Keyword pattern index → rules that list it.
    keyword_rules: Vec<Vec<usize>>,
    /// Pattern index → rules of which it is an anchor (see [`run_anchored`]).
    anchor_rules: Vec<Vec<usize>>,
    /// Rule index → its longest match, for rules run around their anchors.
    spans: Vec<Option<usize>>,
    rule_count: usize,
    /// Rule index → its `keyword_window`, if any.
    windows: Vec<Option<usize>>,
    /// Keyword pattern index → whether it names a specific format (see [`drop_owned`]).
    owning: Vec<bool>,
    adopters: Vec<Adopter>,
    /// Rules with no keywords: they run on every file their `paths` match (a file whose
    /// name says what it holds, such as `config/master.key`, has no word to look for). All
    /// their globs in one set, matched once per buffer, with each glob's rule.
    file_globs: globset::GlobSet,
    file_glob_rules: Vec<usize>,
    /// The keyword automaton's kind, for other automata built for the same scan.
    kind: AhoCorasickKind,
    /// Pattern index → tag bits of the trigger lists it is in ([`crate::rules::triggers`]):
    /// the same pass tells the least-privilege inference which files are worth reading.
    tags: Vec<u64>,
}

/// The keyword search: one automaton for large inputs, cheap-to-build filters for small
/// ones. Both report every occurrence of every keyword, ASCII case-insensitively.
enum Keywords {
    Dfa(AhoCorasick),
    Literals(Box<Literals>),
}

impl Keywords {
    fn for_each(&self, haystack: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        match self {
            Keywords::Dfa(ac) => {
                for m in ac.find_overlapping_iter(haystack) {
                    f(m.pattern().as_usize(), m.start(), m.end());
                }
            }
            Keywords::Literals(l) => l.for_each(haystack, f),
        }
    }
}

/// A rule that claims other rules' matches next to its partner (`[rule.adopt]`).
struct Adopter {
    rule: usize,
    from: Vec<usize>,
    partners: Vec<usize>,
    within_lines: usize,
}

/// Per-thread reusable state so the hot loop does not allocate.
#[derive(Default)]
pub struct Scratch {
    triggered: Vec<bool>,
    candidates: Vec<usize>,
    /// (rule, keyword start, keyword end) of every hit for a rule with a window.
    hits: Vec<(usize, usize, usize)>,
    /// (rule, start, end) of anchor hits, sorted before use.
    anchored: Vec<(usize, usize, usize)>,
    /// (start, end) of keyword hits of specific rules, sorted before use.
    owned: Vec<(usize, usize)>,
    /// (from, to): where a specific rule's keyword window reaches.
    reach: Vec<(usize, usize)>,
    /// Indices of the file-rule globs that match the buffer's path.
    globs: Vec<usize>,
    matches: Vec<RawMatch>,
    /// Tag bits of every pattern hit by the last [`Matcher::find`].
    tags: u64,
}

impl Scratch {
    /// The trigger-list bits ([`crate::rules::triggers`]) of the last buffer searched.
    pub fn tags(&self) -> u64 {
        self.tags
    }
}

/// How far past the end of a keyword window a match may extend: the longest secret a
/// windowed rule is expected to capture, with room for its context.
const WINDOW_TAIL: usize = 4096;

impl Matcher {
    /// For large inputs: the keyword automaton is a DFA, several times faster to search
    /// than an NFA, for a few ms to build.
    pub fn new(rules: &RuleSet) -> Matcher {
        Matcher::build(rules, AhoCorasickKind::DFA, true)
    }

    /// [`Matcher::new`] without the trigger tags, for a scan that runs no least-privilege
    /// inference (the frequent trigger words would only cost matches).
    pub fn tokens_only(rules: &RuleSet) -> Matcher {
        Matcher::build(rules, AhoCorasickKind::DFA, false)
    }

    /// For a few kB of input (`--staged`, a pre-commit hook): the keyword filters of
    /// [`literals`] build in well under a millisecond where the DFA took most of the run,
    /// and other automata built alongside are NFAs; it finds exactly the same matches.
    pub fn for_small_input(rules: &RuleSet) -> Matcher {
        Matcher::build(rules, AhoCorasickKind::ContiguousNFA, false)
    }

    /// The same matcher with every rule searched over the whole buffer: the definition
    /// the anchored search must agree with.
    #[cfg(test)]
    fn unanchored(mut self) -> Matcher {
        self.spans.iter_mut().for_each(|s| *s = None);
        self
    }

    /// The automaton kind this matcher was built with.
    pub fn kind(&self) -> AhoCorasickKind {
        self.kind
    }

    fn build(rules: &RuleSet, kind: AhoCorasickKind, triggers: bool) -> Matcher {
        let mut keywords: Vec<Vec<u8>> = Vec::new();
        let mut keyword_rules: Vec<Vec<usize>> = Vec::new();
        let mut index: std::collections::HashMap<Vec<u8>, usize> = Default::default();
        for (i, rule) in rules.rules().iter().enumerate() {
            for kw in &rule.spec.keywords {
                let kw = kw.to_ascii_lowercase().into_bytes();
                match index.get(&kw) {
                    Some(&p) => {
                        if !keyword_rules[p].contains(&i) {
                            keyword_rules[p].push(i)
                        }
                    }
                    None => {
                        index.insert(kw.clone(), keywords.len());
                        keywords.push(kw);
                        keyword_rules.push(vec![i]);
                    }
                }
            }
        }
        // Provider names own a generic assignment named after them (`MAILGUN_API_KEY = …`)
        // without running any rule: when the provider's own rules rejected the value, the
        // line is a near miss of that provider's format, not some other secret.
        let mut provider_names: Vec<String> = rules
            .providers()
            .into_iter()
            .map(|p| p.replace('-', "_").to_ascii_lowercase())
            .filter(|p| {
                p.len() >= PROVIDER_OWNING_LEN && !NOT_OWNING_PROVIDERS.contains(&p.as_str())
            })
            .collect();
        provider_names.sort_unstable();
        for p in provider_names {
            let kw = p.into_bytes();
            if !index.contains_key(&kw) {
                index.insert(kw.clone(), keywords.len());
                keywords.push(kw);
                keyword_rules.push(Vec::new());
            }
        }
        // Anchors ride the same automaton: one pass finds the candidate rules and where
        // their matches can be. So do the least-privilege trigger literals (tag bits only):
        // neither owns a match nor triggers a rule by itself.
        let mut anchor_rules: Vec<Vec<usize>> = vec![Vec::new(); keywords.len()];
        let mut anchor_only: Vec<bool> = vec![false; keywords.len()];
        let mut tags = vec![0u64; keywords.len()];
        let anchors = rules.rules().iter().enumerate().flat_map(|(i, r)| {
            r.anchors
                .iter()
                .flatten()
                .map(move |a| (a.to_ascii_lowercase(), Some(i), 0))
        });
        let triggers = if triggers {
            crate::rules::triggers::tags()
        } else {
            Vec::new()
        };
        let triggers = triggers.into_iter().map(|(w, bits)| (w, None, bits));
        for (w, rule, bits) in anchors.chain(triggers) {
            let w = w.into_bytes();
            let p = match index.get(&w) {
                Some(&p) => p,
                None => {
                    index.insert(w.clone(), keywords.len());
                    keywords.push(w);
                    keyword_rules.push(Vec::new());
                    anchor_rules.push(Vec::new());
                    anchor_only.push(true);
                    tags.push(0);
                    keywords.len() - 1
                }
            };
            if let Some(i) = rule
                && !anchor_rules[p].contains(&i)
            {
                anchor_rules[p].push(i);
            }
            tags[p] |= bits;
        }
        let spans = rules
            .rules()
            .iter()
            .map(|r| r.anchors.as_ref().and(r.max_len))
            .collect();
        let search = match kind {
            AhoCorasickKind::DFA => Keywords::Dfa(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .kind(Some(kind))
                    .build(&keywords)
                    .expect("keyword automaton"),
            ),
            _ => Keywords::Literals(Box::new(Literals::new(&keywords))),
        };
        let adopters = rules
            .rules()
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let adopt = r.spec.adopt.as_ref()?;
                Some(Adopter {
                    rule: i,
                    from: adopt
                        .from
                        .iter()
                        .filter_map(|id| rules.index_of(id))
                        .collect(),
                    partners: r
                        .spec
                        .pair_with
                        .iter()
                        .filter_map(|id| rules.index_of(id))
                        .collect(),
                    within_lines: r
                        .spec
                        .pair_within_lines
                        .unwrap_or(crate::pair::DEFAULT_WITHIN_LINES),
                })
            })
            .collect();
        let owning = keywords
            .iter()
            .zip(&keyword_rules)
            .zip(&anchor_only)
            .map(|((k, rs), &anchor_only)| {
                !anchor_only
                    && k.len() >= OWNING_KEYWORD
                    && !CREDENTIAL_WORDS
                        .iter()
                        .any(|w| memchr::memmem::find(w.as_bytes(), k).is_some())
                    && (rs.is_empty() || rs.iter().any(|&r| !rules.get(r).spec.generic))
            })
            .collect();
        let mut globs = globset::GlobSetBuilder::new();
        let mut file_glob_rules = Vec::new();
        for (i, r) in rules.rules().iter().enumerate() {
            if !r.spec.keywords.is_empty() {
                continue;
            }
            for p in &r.spec.paths {
                // Each rule's own set was built from these globs at load.
                if let Ok(g) = globset::Glob::new(p) {
                    globs.add(g);
                    file_glob_rules.push(i);
                }
            }
        }
        let file_globs = globs.build().unwrap_or_else(|_| globset::GlobSet::empty());
        Matcher {
            keywords: search,
            owning,
            file_globs,
            file_glob_rules,
            keyword_rules,
            anchor_rules,
            spans,
            rule_count: rules.len(),
            windows: rules
                .rules()
                .iter()
                .map(|r| r.spec.keyword_window)
                .collect(),
            adopters,
            kind,
            tags,
        }
    }

    /// All accepted matches in `haystack`, overlaps resolved. `path` is the logical path
    /// (used by rules restricted to some paths). The returned slice lives in `scratch`.
    pub fn find<'s>(
        &self,
        rules: &RuleSet,
        path: &str,
        haystack: &[u8],
        scratch: &'s mut Scratch,
    ) -> &'s [RawMatch] {
        scratch.matches.clear();
        scratch.candidates.clear();
        scratch.hits.clear();
        scratch.owned.clear();
        scratch.reach.clear();
        scratch.anchored.clear();
        scratch.triggered.clear();
        scratch.triggered.resize(self.rule_count, false);
        scratch.tags = 0;
        self.keywords.for_each(haystack, |p, start, end| {
            scratch.tags |= self.tags[p];
            for &r in &self.anchor_rules[p] {
                scratch.anchored.push((r, start, end));
            }
            let owning = self.owning[p];
            if owning {
                scratch.owned.push((start, end));
            }
            for &r in &self.keyword_rules[p] {
                if let Some(w) = self.windows[r]
                    && owning
                    && !rules.get(r).spec.generic
                {
                    scratch.reach.push((end, end.saturating_add(w)));
                }
                if self.windows[r].is_some() {
                    scratch.hits.push((r, start, end));
                }
                if !scratch.triggered[r] {
                    scratch.triggered[r] = true;
                    scratch.candidates.push(r);
                }
            }
        });
        if !self.file_glob_rules.is_empty() {
            self.file_globs.matches_into(path, &mut scratch.globs);
            for &g in &scratch.globs {
                let r = self.file_glob_rules[g];
                if !scratch.triggered[r] {
                    scratch.triggered[r] = true;
                    scratch.candidates.push(r);
                }
            }
        }
        if scratch.candidates.is_empty() {
            return &scratch.matches;
        }
        scratch.candidates.sort_unstable();
        scratch.hits.sort_unstable();
        scratch.anchored.sort_unstable();
        for &r in &scratch.candidates {
            if !rules.get(r).applies_to(path) {
                continue;
            }
            // The hits of rule `r`, from hits sorted by rule.
            let of = |hits: &[(usize, usize, usize)]| {
                let lo = hits.partition_point(|h| h.0 < r);
                lo..lo + hits[lo..].partition_point(|h| h.0 <= r)
            };
            match (self.windows[r], self.spans[r]) {
                (Some(window), _) => {
                    let hits = &scratch.hits[of(&scratch.hits)];
                    run_windowed(rules, r, haystack, hits, window, &mut scratch.matches);
                }
                (None, Some(longest)) => {
                    let hits = &scratch.anchored[of(&scratch.anchored)];
                    run_anchored(rules, r, haystack, hits, longest, &mut scratch.matches);
                }
                (None, None) => run_rule(rules, r, haystack, &mut scratch.matches),
            }
        }
        resolve_overlaps(rules, &mut scratch.matches);
        self.adopt(rules, haystack, &mut scratch.matches);
        drop_owned(
            rules,
            haystack,
            &mut scratch.owned,
            &mut scratch.reach,
            &mut scratch.matches,
        );
        &scratch.matches
    }

    /// Re-attributes generic matches to the rule that adopts them when a partner matched
    /// within a few lines.
    fn adopt(&self, rules: &RuleSet, haystack: &[u8], matches: &mut [RawMatch]) {
        if self.adopters.is_empty() || matches.len() < 2 {
            return;
        }
        let mut lines: Option<LineIndex> = None;
        for a in &self.adopters {
            let mut partner_lines: Vec<usize> = Vec::new();
            let mut any_from = false;
            for m in matches.iter() {
                any_from |= a.from.contains(&m.rule);
            }
            if !any_from {
                continue;
            }
            let lines = lines.get_or_insert_with(|| LineIndex::new(haystack));
            for m in matches.iter() {
                if a.partners.contains(&m.rule) {
                    partner_lines.push(lines.line_of(m.secret.start));
                }
            }
            if partner_lines.is_empty() {
                continue;
            }
            partner_lines.sort_unstable();
            for m in matches.iter_mut() {
                if !a.from.contains(&m.rule) {
                    continue;
                }
                let line = lines.line_of(m.secret.start);
                let at = partner_lines.partition_point(|&l| l < line);
                let near = [at.checked_sub(1), Some(at)]
                    .into_iter()
                    .flatten()
                    .filter_map(|k| partner_lines.get(k))
                    .any(|&l| l.abs_diff(line) <= a.within_lines);
                if near && rules.get(a.rule).adopts_secret(&haystack[m.secret.clone()]) {
                    m.rule = a.rule;
                }
            }
        }
    }
}

/// Provider names shorter than this (`aws`, `npm`) are parts of too many words to own a name.
const PROVIDER_OWNING_LEN: usize = 5;

/// Providers that are kinds of secret, not services: their name says nothing about a format.
const NOT_OWNING_PROVIDERS: &[&str] = &[
    "generic",
    "private_key",
    "url_credentials",
    "password",
    "netrc",
    "pgpass",
    "htpasswd",
    "shadow",
    "docker",
    "postgres",
    "mysql",
    "redis",
    "kubernetes",
];

/// Where the identifier that a generic match's name ends starts: a rule's regex begins at
/// `api_key` or `token`, but the service is named before it (`MAILGUN_API_KEY`). Walks back
/// over identifier bytes, at most 64.
fn name_start(haystack: &[u8], start: usize) -> usize {
    let mut i = start;
    while i > 0
        && start - i < 64
        && (haystack[i - 1].is_ascii_alphanumeric()
            || matches!(haystack[i - 1], b'_' | b'-' | b'.'))
    {
        i -= 1;
    }
    i
}

/// Shorter keywords (`pk_`, `-us`) are too common to say whose value a line holds.
const OWNING_KEYWORD: usize = 4;

/// A keyword that is part of one of these names (`api_`, `secret_key`, `token`) says
/// nothing about which service a value belongs to, even when a service's rule lists it.
const CREDENTIAL_WORDS: &[&str] = &[
    "api_key",
    "api-key",
    "apikey",
    "api_token",
    "api-token",
    "apitoken",
    "access_token",
    "access-token",
    "accesstoken",
    "access_key",
    "access-key",
    "accesskey",
    "secret_key",
    "secret-key",
    "secretkey",
    "client_secret",
    "client-secret",
    "clientsecret",
    "client_id",
    "client-id",
    "clientid",
    "auth_token",
    "auth-token",
    "authtoken",
    "private_key",
    "private-key",
    "privatekey",
    "password",
    "passwd",
    "<password>",
    "credentials",
    "authorization",
    "bearer",
];

/// A generic key or token assignment whose name holds a specific format's keyword
/// (`SLACK_TOKEN = …`, `"datadog_api_key": …`), whose value starts with one
/// (`token = xoxb-…`), or that sits within a service rule's keyword window (`datadog:` then
/// `  api_key: …` on the next line), belongs to that format. When the format's own rule rejected the value
/// — wrong length, alphabet or checksum — the line is a near miss of that format, and the
/// generic rule must not report it in its place. Passwords are not owned: a service's name
/// next to a password does not say what a password looks like.
fn drop_owned(
    rules: &RuleSet,
    haystack: &[u8],
    owned: &mut [(usize, usize)],
    reach: &mut [(usize, usize)],
    matches: &mut Vec<RawMatch>,
) {
    let owns = |m: &RawMatch| {
        let r = &rules.get(m.rule).spec;
        r.generic
            && matches!(
                r.kind.as_str(),
                "api-key" | "token" | "secret" | "bearer-token" | "env-entry"
            )
    };
    if (owned.is_empty() && reach.is_empty()) || !matches.iter().any(owns) {
        return;
    }
    owned.sort_unstable();
    reach.sort_unstable();
    // Windows are short; the longest bounds how far back a reach can start.
    let longest = reach.iter().map(|&(a, b)| b - a).max().unwrap_or(0);
    matches.retain(|m| {
        if !owns(m) {
            return true;
        }
        let s = m.secret.start;
        let from = owned.partition_point(|&(k, _)| k < name_start(haystack, m.whole.start));
        let named = owned[from..]
            .iter()
            .take_while(|&&(k, _)| k <= s)
            .any(|&(k, e)| e <= s || k == s);
        let upto = reach.partition_point(|&(a, _)| a <= s);
        let reached = reach[..upto]
            .iter()
            .rev()
            .take_while(|&&(a, _)| a + longest >= s)
            .any(|&(_, b)| s <= b);
        !named && !reached
    });
}

/// Newline offsets of a buffer, so that a byte offset's line is a binary search.
pub struct LineIndex {
    newlines: Vec<usize>,
}

impl LineIndex {
    pub fn new(haystack: &[u8]) -> LineIndex {
        LineIndex {
            newlines: memchr::memchr_iter(b'\n', haystack).collect(),
        }
    }

    /// 1-based line of byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&n| n < offset) + 1
    }
}

/// Checks one regex match against a rule's filters; `Some` if it stands.
fn accept(
    rule: &crate::rules::Rule,
    index: usize,
    caps: &regex::bytes::Captures,
) -> Option<RawMatch> {
    let secret = caps.get(rule.secret_group)?;
    let whole = caps.get(0).expect("group 0 always matches");
    let bytes = secret.as_bytes();
    if bytes.is_empty() {
        return None;
    }
    if let Some(min) = rule.spec.min_entropy
        && entropy(bytes) < entropy_floor(min, bytes)
    {
        return None;
    }
    if let Some(name) = &rule.spec.checksum
        && checksum::verify(name, bytes) == Some(false)
    {
        return None;
    }
    if rule.allow().iter().any(|a| a.is_match(bytes)) {
        return None;
    }
    if rule.spec.generic && crate::analyze::placeholder::is_placeholder_for(bytes, rule.spec.human)
    {
        return None;
    }
    if rule.spec.generic && names_a_non_secret(&whole.as_bytes()[..secret.start() - whole.start()])
    {
        return None;
    }
    if crate::analyze::placeholder::is_dummy(bytes) {
        return None;
    }
    Some(RawMatch {
        rule: index,
        secret: secret.range(),
        whole: whole.range(),
        distance: None,
    })
}

/// Hex has 16 symbols, so its entropy tops out at 4 bits a byte and a random 32-hex key
/// falls below 3.5 about one time in five: a floor set for mixed alphabets would drop it.
const HEX_ENTROPY_FLOOR: f64 = 3.0;

/// The entropy `value` must reach under a rule's `min_entropy`: lowered for hex values of
/// key length (32 and more; shorter hex runs are mostly ids and truncations).
fn entropy_floor(min: f64, value: &[u8]) -> f64 {
    if value.len() >= 32 && value.iter().all(u8::is_ascii_hexdigit) {
        min.min(HEX_ENTROPY_FLOOR)
    } else {
        min
    }
}

/// Words in an assignment's name that say its value is a digest or the public half of a
/// pair (`api_key_hash`, `token_sha256`, `stripe_publishable_key`), not a secret.
const NOT_SECRET_WORDS: &[&str] = &[
    "hash",
    "digest",
    "checksum",
    "fingerprint",
    "sha1",
    "sha256",
    "sha512",
    "md5",
    "public",
    "publishable",
];

/// Whether the name part of a generic match (everything before the value) holds one of
/// [`NOT_SECRET_WORDS`]. Names are short (a regex bounds them), so this is cheap.
fn names_a_non_secret(name: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    NOT_SECRET_WORDS
        .iter()
        .any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

/// The name a value is assigned to (`GIT_COMMIT` in `GIT_COMMIT = "…"`, `traceId` in
/// `traceId := "…"`), or empty when the value is not right after one. Bounded: a few
/// separator bytes, then at most 64 name bytes.
fn value_name(haystack: &[u8], value_start: usize) -> &[u8] {
    let mut i = value_start;
    let floor = value_start.saturating_sub(8);
    while i > floor
        && matches!(
            haystack[i - 1],
            b' ' | b'\t' | b'"' | b'\'' | b'`' | b'=' | b':'
        )
    {
        i -= 1;
    }
    if i == value_start {
        return &[];
    }
    &haystack[name_start(haystack, i)..i]
}

/// Words of a name that say its value identifies something (a commit, a trace, a request)
/// rather than authenticates: a keyword window must not hand such a value to a service
/// because the service is named nearby (`# Databricks` above `DATABRICKS_TRACE_ID = <40
/// hex>`, `bugherdCommitSha = …`).
const IDENTIFIER_WORDS: &[&str] = &[
    "trace",
    "commit",
    "sha",
    "revision",
    "correlation",
    "etag",
    "uuid",
    "checksum",
    "hash",
    "digest",
    "fingerprint",
];

/// Words that make a name a credential's whatever else it says (`COMMIT_TOKEN`).
const CREDENTIAL_NAME_WORDS: &[&str] = &[
    "key",
    "apikey",
    "token",
    "secret",
    "password",
    "passwd",
    "pass",
    "pwd",
    "auth",
    "bearer",
    "credential",
    "credentials",
];

/// Whether `name`, split into words at `_`, `-`, `.` and lower-to-upper case changes,
/// has an [`IDENTIFIER_WORDS`] word and no [`CREDENTIAL_NAME_WORDS`] word.
fn names_an_identifier(name: &[u8]) -> bool {
    if name.is_empty() {
        return false;
    }
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for &b in name {
        let boundary = !b.is_ascii_alphanumeric() || (prev_lower && b.is_ascii_uppercase());
        if boundary && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        if b.is_ascii_alphanumeric() {
            cur.push(b.to_ascii_lowercase() as char);
        }
        prev_lower = b.is_ascii_lowercase() || b.is_ascii_digit();
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    has(IDENTIFIER_WORDS) && !has(CREDENTIAL_NAME_WORDS)
}

/// Where the search for a rule's next match starts: after the last captured part, not
/// after the whole match. Context a regex consumes after the secret (the newline that ends
/// an htpasswd line) is then still there as the leading context of the next match (the
/// next line's `^|\s`), so that consecutive lines are all found.
fn resume_at(caps: &regex::bytes::Captures) -> usize {
    let whole = caps.get(0).expect("group 0 always matches");
    let last = caps.iter().skip(1).flatten().map(|m| m.end()).max();
    match last {
        Some(end) if end > whole.start() => end,
        _ if whole.end() > whole.start() => whole.end(),
        _ => whole.end() + 1,
    }
}

/// Runs one rule's regex and filters over `haystack`.
pub fn run_rule(rules: &RuleSet, index: usize, haystack: &[u8], out: &mut Vec<RawMatch>) {
    let rule = rules.get(index);
    let re = rule.regex();
    let mut pos = 0;
    while pos <= haystack.len() {
        let Some(caps) = re.captures_at(haystack, pos) else {
            break;
        };
        pos = resume_at(&caps);
        out.extend(accept(rule, index, &caps));
    }
}

/// Runs a rule whose every match holds one of its anchors only around them, in merged
/// windows `[anchor start − longest match, anchor end + longest match]`. It finds what
/// [`run_rule`] finds: every match lies in the window of the anchor it holds, and none
/// crosses the start of a merged window (its anchor's window would have been merged), so
/// the whole-buffer search and this one are in step at every window. `hits` are the
/// rule's anchor hits, sorted by start. Linear in the windows' bytes.
fn run_anchored(
    rules: &RuleSet,
    index: usize,
    haystack: &[u8],
    hits: &[(usize, usize, usize)],
    longest: usize,
    out: &mut Vec<RawMatch>,
) {
    let rule = rules.get(index);
    let re = rule.regex();
    merged_windows(hits, longest, longest, |start, end, _| {
        let end = end.min(haystack.len());
        // A match that starts before `end` ends within `longest` of it, so the search
        // never reaches the slice's end and end-of-input assertions see the buffer as a
        // whole-buffer search does.
        let slice = &haystack[..end.saturating_add(longest + 1).min(haystack.len())];
        let mut pos = start;
        while pos < end {
            let Some(caps) = re.captures_at(slice, pos) else {
                break;
            };
            let whole = caps.get(0).expect("group 0 always matches");
            if whole.start() >= end {
                break;
            }
            pos = resume_at(&caps);
            out.extend(accept(rule, index, &caps));
        }
    });
}

/// Calls `f(start, end, hits)` for each merged window `[hit start − before, hit end +
/// after]` of `hits` (sorted by start), with the hits it merged.
fn merged_windows(
    hits: &[(usize, usize, usize)],
    before: usize,
    after: usize,
    mut f: impl FnMut(usize, usize, &[(usize, usize, usize)]),
) {
    let mut i = 0;
    while i < hits.len() {
        let start = hits[i].1.saturating_sub(before);
        let mut end = hits[i].2.saturating_add(after);
        let mut j = i + 1;
        while j < hits.len() && hits[j].1.saturating_sub(before) <= end {
            end = end.max(hits[j].2.saturating_add(after));
            j += 1;
        }
        f(start, end, &hits[i..j]);
        i = j;
    }
}

/// Runs a rule with a `keyword_window` only where its keywords are: in each merged window
/// `[keyword start, keyword end + window]`, keeping matches whose secret starts inside it.
/// `hits` are this rule's keyword hits, sorted by start. Linear in the windows' bytes.
fn run_windowed(
    rules: &RuleSet,
    index: usize,
    haystack: &[u8],
    hits: &[(usize, usize, usize)],
    window: usize,
    out: &mut Vec<RawMatch>,
) {
    let rule = rules.get(index);
    let re = rule.regex();
    merged_windows(hits, 0, window, |start, end, group| {
        let end = end.min(haystack.len());
        // Searching a prefix of the buffer from `pos` keeps look-behind context (`\b`)
        // right, and bounds the search so that many windows stay linear overall.
        let slice = &haystack[..end.saturating_add(WINDOW_TAIL).min(haystack.len())];
        let mut pos = start;
        while pos <= end {
            let Some(caps) = re.captures_at(slice, pos) else {
                break;
            };
            pos = resume_at(&caps);
            let Some(m) = accept(rule, index, &caps) else {
                continue;
            };
            if m.secret.start > end {
                break;
            }
            if names_an_identifier(value_name(haystack, m.secret.start)) {
                continue;
            }
            // The nearest keyword that ends before the secret and whose window reaches it:
            // a keyword inside the match is the variable's name, not context before a value
            // (`HASURA_ADMIN_SECRET=` must not be its own secret).
            let distance = group
                .iter()
                .filter(|h| h.2 <= m.secret.start && m.secret.start <= h.2.saturating_add(window))
                .map(|h| m.secret.start.saturating_sub(h.2))
                .min();
            if let Some(d) = distance {
                out.push(RawMatch {
                    distance: Some(d),
                    ..m
                });
            }
        }
    });
}

/// How close a windowed rule's keyword must be for its match to take a value from a rule
/// that matched the same bytes by format alone: `NAME = "` and a little more.
const NAMED_DISTANCE: usize = 24;

/// When several rules claim overlapping secret bytes, keep the most specific: a specific
/// format beats a generic assignment rule, a format beats a shape next to a keyword, then
/// the longer secret, the nearer keyword, the longer context. Sorting plus an ordered set
/// of kept spans: n log n in the number of matches.
fn resolve_overlaps(rules: &RuleSet, matches: &mut Vec<RawMatch>) {
    if matches.len() < 2 {
        return;
    }
    let rank = |m: &RawMatch| {
        let r = rules.get(m.rule);
        (
            !r.spec.generic,
            m.distance.is_none(),
            m.secret.len(),
            std::cmp::Reverse(m.distance),
            m.whole.len(),
            std::cmp::Reverse(m.rule),
        )
    };
    // A value right after a service's name is that service's, even when another rule's
    // bare format claims the same bytes (`PAYMONGO_SECRET=sk_live_…` is PayMongo's key, not
    // Stripe's; a provider's JWT-shaped key is not a generic JWT).
    let named: std::collections::HashMap<(usize, usize), &str> = matches
        .iter()
        .filter(|m| m.distance.is_some_and(|d| d <= NAMED_DISTANCE))
        .map(|m| {
            (
                (m.secret.start, m.secret.end),
                rules.get(m.rule).spec.provider.as_str(),
            )
        })
        .collect();
    if !named.is_empty() {
        matches.retain(|m| {
            m.distance.is_some()
                || named
                    .get(&(m.secret.start, m.secret.end))
                    .is_none_or(|p| *p == rules.get(m.rule).spec.provider)
        });
    }
    matches.sort_by_cached_key(|m| std::cmp::Reverse(rank(m)));
    // Kept secret spans, keyed by start; they never overlap each other, so only the
    // nearest one on each side can clash with a new span.
    let mut kept: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut out: Vec<RawMatch> = Vec::with_capacity(matches.len());
    for m in matches.drain(..) {
        let (s, e) = (m.secret.start, m.secret.end);
        let before = kept.range(..=s).next_back().is_some_and(|(_, &ke)| ke > s);
        let after = kept.range(s..).next().is_some_and(|(&ks, _)| ks < e);
        if !before && !after {
            kept.insert(s, e);
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.secret.start, m.rule));
    *matches = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A regex that consumes the newline after a secret leaves it to the next line's
    /// match: every line of an htpasswd file is found, not every other one.
    #[test]
    fn context_after_a_secret_is_left_to_the_next_match() {
        let rules = RuleSet::load(&[]).expect("builtin rules");
        let m = Matcher::new(&rules);
        // Built from parts, so that the repository's own scan does not report them.
        let file = [
            ["admin:{SHA}", "i5uGhUhadzH8I6p9Uowu0fPR1KI=\n"].concat(),
            ["ops:{SHA}", "1oZuyEZPvCCI8AGvok9WVn3+JVA=\n"].concat(),
            ["alice:$apr1$", "InoW5SJX$iaaeKllYB0GJLRhLRzZC6X\n"].concat(),
        ]
        .concat();
        let mut scratch = Scratch::default();
        let found = m.find(&rules, ".htpasswd", file.as_bytes(), &mut scratch);
        let ids: Vec<&str> = found
            .iter()
            .map(|f| rules.get(f.rule).spec.id.as_str())
            .collect();
        assert_eq!(ids, ["htpasswd.hash"; 3], "{ids:?}");
    }

    /// Searching around anchors finds exactly what whole-buffer search finds, on every
    /// file of the labelled and blind corpora (about 15 MB written by others, with the
    /// secrets and near misses the rules exist for).
    #[test]
    fn anchored_search_finds_what_whole_buffer_search_finds() {
        let rules = RuleSet::load(&[]).expect("builtin rules");
        assert!(
            rules.rules().iter().filter(|r| r.anchors.is_some()).count() > 300,
            "most unwindowed rules should be anchored: {}",
            rules.rules().iter().filter(|r| r.anchors.is_some()).count()
        );
        let anchored = Matcher::new(&rules);
        let whole = Matcher::new(&rules).unanchored();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
        let (mut a, mut w) = (Scratch::default(), Scratch::default());
        let (mut files, mut found) = (0, 0);
        let mut todo = vec![root.join("accuracy"), root.join("blind/detection")];
        while let Some(dir) = todo.pop() {
            for e in std::fs::read_dir(&dir).expect("readable testdata") {
                let p = e.expect("readable entry").path();
                if p.is_dir() {
                    todo.push(p);
                    continue;
                }
                let data = std::fs::read(&p).expect("readable file");
                let path = p.to_string_lossy();
                let got = anchored.find(&rules, &path, &data, &mut a);
                let want = whole.find(&rules, &path, &data, &mut w);
                assert_eq!(got, want, "{path}");
                files += 1;
                found += got.len();
            }
        }
        assert!(
            files > 500 && found > 2000,
            "{files} files, {found} matches"
        );
    }

    fn set(rules: &str) -> RuleSet {
        RuleSet::from_sources(vec![("t.toml".to_string(), rules)]).unwrap()
    }

    const RULES: &str = r#"
[[rule]]
id = "acme.key"
name = "Acme key"
provider = "acme"
kind = "key"
severity = "high"
description = "d"
remediation = "r"
regex = '\b(acme_[a-z0-9]{16})\b'
keywords = ["acme_"]
min_entropy = 2.5
examples = ["k = acme_0123456789abcdef"]
negative_examples = ["acme_aaaaaaaaaaaaaaaa"]

[[rule]]
id = "generic.assign"
name = "Generic"
provider = "generic"
kind = "secret"
severity = "low"
generic = true
description = "d"
remediation = "r"
regex = '(?i)key\s*=\s*([a-z0-9_]{16,})'
keywords = ["key"]
examples = ["key = q8w7e6r5t4y3u2i1"]
negative_examples = ["key = changeme"]
"#;

    #[test]
    fn hex_keys_get_a_floor_their_alphabet_can_reach() {
        // Random 32-hex, entropy 3.36: below a 3.5 floor set for mixed alphabets.
        let key = b"3eb9b991abcab68cabb094a86f4381ca";
        assert!(entropy(key) < 3.5);
        assert_eq!(entropy_floor(3.5, key), HEX_ENTROPY_FLOOR);
        // Shorter hex runs and other alphabets keep the rule's floor.
        assert_eq!(entropy_floor(3.5, b"3eb9b991abcab68cabb094a8"), 3.5);
        assert_eq!(entropy_floor(3.5, b"3eb9b991abcab68cabb094a86f4381cZ"), 3.5);
        assert_eq!(entropy_floor(2.5, key), 2.5);
    }

    #[test]
    fn a_rule_without_keywords_reads_only_the_files_its_paths_match() {
        let rule = |paths: &str| {
            format!(
                r#"
[[rule]]
id = "rails.key-file"
name = "k"
provider = "rails"
kind = "key-file"
severity = "high"
description = "d"
remediation = "r"
regex = '(?m)\A([0-9a-f]{{32}})\s*\z'
keywords = []
{paths}
examples = ["2d26762325a576540d67363107bf6021"]
negative_examples = ["x"]
"#
            )
        };
        let rules = set(&rule(r#"paths = ["**/config/master.key"]"#));
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        let key = b"2d26762325a576540d67363107bf6021\n";
        assert_eq!(
            m.find(&rules, "app/config/master.key", key, &mut s).len(),
            1
        );
        assert!(m.find(&rules, "app/notes.txt", key, &mut s).is_empty());
        // With neither keywords nor paths a rule would read every file: refused.
        assert!(RuleSet::from_sources(vec![("t.toml".to_string(), &rule(""))]).is_err());
    }

    #[test]
    fn prefilter_and_entropy() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        assert!(m.find(&rules, "a", b"nothing here", &mut s).is_empty());
        let hay = b"x acme_0123456789abcdef y";
        let found = m.find(&rules, "a", hay, &mut s).to_vec();
        assert_eq!(found.len(), 1);
        assert_eq!(&hay[found[0].secret.clone()], b"acme_0123456789abcdef");
        assert!(
            m.find(&rules, "a", b"acme_aaaaaaaaaaaaaaaa", &mut s)
                .is_empty()
        );
    }

    #[test]
    fn the_small_input_matcher_finds_exactly_what_the_default_finds() {
        let rules = RuleSet::load_with_examples(&[]).unwrap();
        let (big, small) = (Matcher::new(&rules), Matcher::for_small_input(&rules));
        assert_ne!(big.kind(), small.kind());
        let (mut a, mut b) = (Scratch::default(), Scratch::default());
        let mut found = 0;
        for r in rules.rules() {
            for ex in r.spec.examples.iter().chain(&r.spec.negative_examples) {
                let x = big.find(&rules, "f.env", ex.as_bytes(), &mut a).to_vec();
                let y = small.find(&rules, "f.env", ex.as_bytes(), &mut b).to_vec();
                assert_eq!(x, y, "{}: {ex}", r.spec.id);
                found += x.len();
            }
        }
        assert!(found > 1000, "{found}");
        // All of them in one buffer, so that whole blocks of the filters are searched.
        let all: String = rules
            .rules()
            .iter()
            .flat_map(|r| r.spec.examples.iter().chain(&r.spec.negative_examples))
            .map(|e| format!("{e}\n"))
            .collect();
        let x = big.find(&rules, "f.env", all.as_bytes(), &mut a).to_vec();
        let y = small.find(&rules, "f.env", all.as_bytes(), &mut b).to_vec();
        assert!(x.len() > 1000, "{}", x.len());
        assert_eq!(x, y);
    }

    #[test]
    fn keywords_are_case_insensitive() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        assert_eq!(
            m.find(&rules, "a", b"KEY = q8w7e6r5t4y3u2i1", &mut s).len(),
            1
        );
    }

    #[test]
    fn specific_rule_wins_overlap() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        let found = m
            .find(&rules, "a", b"key = acme_0123456789abcdef", &mut s)
            .to_vec();
        assert_eq!(found.len(), 1);
        assert_eq!(rules.get(found[0].rule).id(), "acme.key");
    }

    const WINDOWED: &str = r#"
[[rule]]
id = "alpha.key"
name = "Alpha key"
provider = "alpha"
kind = "key"
severity = "high"
description = "d"
remediation = "r"
regex = '\b([0-9a-f]{32})\b'
keywords = ["alpha"]
keyword_window = 40
examples = ["ALPHA_KEY=7f3a9c2e51d84b06a9e3c7d15f2b8046"]
negative_examples = ["alpha\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n= 7f3a9c2e51d84b06a9e3c7d15f2b8046"]

[[rule]]
id = "beta.key"
name = "Beta key"
provider = "beta"
kind = "key"
severity = "high"
description = "d"
remediation = "r"
regex = '\b([0-9a-f]{32})\b'
keywords = ["beta"]
keyword_window = 40
examples = ["beta: 7f3a9c2e51d84b06a9e3c7d15f2b8046"]
negative_examples = ["7f3a9c2e51d84b06a9e3c7d15f2b8046 beta"]
"#;

    fn ids(rules: &RuleSet, m: &Matcher, hay: &[u8]) -> Vec<String> {
        let mut s = Scratch::default();
        m.find(rules, "a", hay, &mut s)
            .iter()
            .map(|x| rules.get(x.rule).id().to_string())
            .collect()
    }

    #[test]
    fn keyword_window_needs_the_keyword_right_before_the_value() {
        let rules = set(WINDOWED);
        let m = Matcher::new(&rules);
        let key = "7f3a9c2e51d84b06a9e3c7d15f2b8046";
        assert_eq!(
            ids(&rules, &m, format!("ALPHA_KEY = \"{key}\"").as_bytes()),
            ["alpha.key"]
        );
        // Farther than the window, or only after the value: not this rule's.
        let far = format!("alpha{}{key}", " ".repeat(60));
        assert!(ids(&rules, &m, far.as_bytes()).is_empty());
        assert!(ids(&rules, &m, format!("{key} # alpha").as_bytes()).is_empty());
        // The keyword may sit on the line above (a YAML block under the service's name).
        let block = format!("alpha:\n  api_key: {key}\n");
        assert_eq!(ids(&rules, &m, block.as_bytes()), ["alpha.key"]);
    }

    #[test]
    fn a_windowed_value_named_as_an_identifier_is_not_the_services() {
        let rules = set(WINDOWED);
        let m = Matcher::new(&rules);
        let key = "7f3a9c2e51d84b06a9e3c7d15f2b8046";
        for hay in [
            format!("# Alpha\nALPHA_TRACE_ID = \"{key}\""),
            format!("// alpha\nalphaCommitSha := \"{key}\""),
            format!("alpha:\n  revision: {key}"),
        ] {
            assert!(ids(&rules, &m, hay.as_bytes()).is_empty(), "{hay}");
        }
        for hay in [
            format!("ALPHA_KEY = \"{key}\""),
            format!("# alpha\nCOMMIT_TOKEN: {key}"),
            format!("alpha:\n  sharedSecret: '{key}'"),
            format!("alpha {key}"),
        ] {
            assert_eq!(ids(&rules, &m, hay.as_bytes()), ["alpha.key"], "{hay}");
        }
        assert!(super::names_an_identifier(b"tefterTraceId"));
        assert!(!super::names_an_identifier(b"SHARED_SECRET"));
        assert!(!super::names_an_identifier(b""));
    }

    #[test]
    fn nearest_keyword_wins_between_rules_of_one_shape() {
        let rules = set(WINDOWED);
        let m = Matcher::new(&rules);
        let (a, b) = (
            "7f3a9c2e51d84b06a9e3c7d15f2b8046",
            "c81e4f0a3b7d29e6f5a0c4b8d1e73a92",
        );
        let hay = format!("alpha_key={a}\nbeta_key={b}\n");
        assert_eq!(ids(&rules, &m, hay.as_bytes()), ["alpha.key", "beta.key"]);
    }

    #[test]
    fn many_windows_find_every_value_once() {
        let rules = set(WINDOWED);
        let m = Matcher::new(&rules);
        let mut hay = String::new();
        for i in 0..2000 {
            hay.push_str(&format!(
                "alpha alpha {:032x}\n",
                0x1234_5678_9abc_def0_u128 + i
            ));
        }
        assert_eq!(ids(&rules, &m, hay.as_bytes()).len(), 2000);
    }

    #[test]
    fn overlaps_resolve_to_disjoint_spans() {
        let rules = set(RULES);
        let m = Matcher::new(&rules);
        let mut s = Scratch::default();
        let hay = b"key = acme_0123456789abcdef key = q8w7e6r5t4y3u2i1 acme_fedcba9876543210";
        let found = m.find(&rules, "a", hay, &mut s).to_vec();
        for w in found.windows(2) {
            assert!(w[0].secret.end <= w[1].secret.start, "{found:?}");
        }
        assert_eq!(found.len(), 3, "{found:?}");
    }

    const OWNED: &str = r#"
[[rule]]
id = "gamma.key"
name = "Gamma key"
provider = "gamma"
kind = "key"
severity = "high"
description = "d"
remediation = "r"
regex = '\b([0-9a-f]{40})\b'
keywords = ["gamma"]
keyword_window = 40
examples = ["GAMMA_KEY=3f9c2a7e51d84b06a9e3c7d15f2b8046c81e4f0a"]
negative_examples = ["gamma_key = 3f9c2a7e51d84b06a9e3"]

"#;

    /// The generic rule both ownership tests run against.
    const GENERIC_API_KEY: &str = r#"
[[rule]]
id = "generic.api-key"
name = "Generic"
provider = "generic"
kind = "api-key"
severity = "low"
generic = true
description = "d"
remediation = "r"
regex = '(?i)api_key[a-z_]*\s*[=:]\s*"?([a-z0-9]{16,})'
keywords = ["api_key"]
examples = ["api_key = q8w7e6r5t4y3u2i1z9"] # tokenscope:allow
negative_examples = ["api_key = changeme"]
"#;

    const PREFIXED: &str = r#"
[[rule]]
id = "deltacorp.token"
name = "Deltacorp token"
provider = "deltacorp"
kind = "token"
severity = "high"
description = "d"
remediation = "r"
regex = '\b(dlt_[0-9a-z]{32})\b'
keywords = ["dlt_"]
examples = ["x = dlt_q8w7e6r5t4y3u2i1z9q8w7e6r5t4y3u2"]
negative_examples = ["x = dlt_q8w7"]

"#;

    #[test]
    fn a_provider_name_before_a_generic_name_owns_the_value() {
        let rules = set(&[PREFIXED, GENERIC_API_KEY].concat());
        let m = Matcher::new(&rules);
        let value = ["q8w7e6r5t4", "y3u2i1z9x7"].concat();
        let hay = |s: String| s.into_bytes();
        // Deltacorp's rule rejects the value, so `DELTACORP_API_KEY` is a near miss of it;
        // the name starts before the generic regex's match does.
        assert!(ids(&rules, &m, &hay(format!("DELTACORP_API_KEY = \"{value}\""))).is_empty());
        assert_eq!(
            ids(&rules, &m, &hay(format!("WEATHER_API_KEY = \"{value}\""))),
            ["generic.api-key"]
        );
        // A digest of a key is not the key.
        assert!(ids(&rules, &m, &hay(format!("api_key_hash = \"{value}\""))).is_empty());
    }

    #[test]
    fn a_near_miss_of_a_named_format_is_not_reported_as_generic() {
        let rules = set(&[OWNED, GENERIC_API_KEY].concat());
        let m = Matcher::new(&rules);
        // Values put together here, so that the project's own scan does not report them.
        let short = ["3f9c2a7e51d8", "4b06a9e3c7d1"].concat();
        let full = [short.as_str(), "5f2b8046c81e4f0a"].concat();
        let other = ["q8w7e6r5t4", "y3u2i1z9"].concat();
        let hay = |s: String| s.into_bytes();
        // Wrong length for gamma: gamma's rule rejects it, and the generic rule must not
        // report it instead — whether the name says gamma or the block above it does.
        assert!(ids(&rules, &m, &hay(format!("GAMMA_API_KEY = \"{short}\""))).is_empty());
        assert!(ids(&rules, &m, &hay(format!("gamma:\n  api_key: {short}\n"))).is_empty());
        // The right shape is gamma's; an unrelated assignment stays generic.
        assert_eq!(
            ids(&rules, &m, &hay(format!("GAMMA_API_KEY = \"{full}\""))),
            ["gamma.key"]
        );
        assert_eq!(
            ids(&rules, &m, &hay(format!("weather_api_key = \"{other}\""))),
            ["generic.api-key"]
        );
    }
}
