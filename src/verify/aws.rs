//! AWS access keys: STS `GetCallerIdentity`, then the principal's IAM policies where the
//! key may read them, summarised as admin / privilege-escalation / write / read.
//!
//! Requests use the query API (form-encoded POST, the way AWS SDKs call it), signed with
//! Signature Version 4 implemented here over `sha2` + `hmac`; only `Get*`/`List*` actions
//! pass the read-only guard ([`super::http::AWS_READ_ACTIONS`]). STS needs no permission,
//! so validity is always known; the policies need `iam:List*Policies`/`iam:Get*Policy*` on
//! the principal itself, which many keys lack: then the summary stays unknown and says so.
//! Depth: **full** when the key may read its own policies (attached, inline and group
//! policies of a user, or of the role behind an assumed-role session), else **identity
//! only**. Service control policies, permission boundaries, resource policies and
//! conditions can only narrow the result and are listed as unknowns.
//!
//! A key id and its secret usually arrive as two findings (`aws.access-key-id`,
//! `aws.secret-access-key`); they are paired when they sit in the same file within
//! [`PAIR_LINES`] lines. A single finding whose secret holds both (`AKIA…:secret`) works too.
//! `ASIA` keys also need a session token nearby (`aws.session-token`).
//!
//! Status: `InvalidClientTokenId`, `ExpiredToken`, `InvalidAccessKeyId` (HTTP 403/400) →
//! invalid. `SignatureDoesNotMatch` / `RequestExpired` → unknown (secret-rejected): the key
//! id is live, the paired secret is not its own or the clock is skewed. `Throttling` →
//! unknown (rate-limited).

use std::collections::HashMap;

use hmac::{Hmac, Mac};
use reqwest::Url;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::analyze::decode::percent_decode;

use super::http::{Fail, Req, Resp};
use super::{
    Access, Credential, Ctx, Identity, IdentityKind, Job, TimeField, UnknownReason, Verification,
    join, unsupported,
};
use crate::finding::Finding;

/// How far apart (in lines) a key id and its secret may be to be paired.
pub const PAIR_LINES: usize = 5;
pub const OFFICIAL_IAM: &str = "https://iam.amazonaws.com";
const STS_VERSION: &str = "2011-06-15";
const IAM_VERSION: &str = "2010-05-08";
/// At most this many policies are read per key.
const MAX_POLICIES: usize = 20;
const MAX_GROUPS: usize = 10;
/// Pages read of one IAM `List*` answer (`IsTruncated`/`Marker`); past it the list is partial.
pub const MAX_PAGES: usize = 10;

// ---------------------------------------------------------------------------------------
// Pairing

/// What [`pair_findings`] decided for one AWS finding.
#[derive(Debug, Clone)]
pub enum Paired {
    /// Verify this credential; the key groups every finding carrying it.
    Job(String, Job),
    /// Nothing to send; attach this verification.
    Skip(String, Verification),
}

fn is_key_id(s: &str) -> bool {
    s.len() == 20
        && ["AKIA", "ASIA", "ABIA", "ACCA"]
            .iter()
            .any(|p| s.starts_with(p))
        && s[4..]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
}

fn is_secret_key(s: &str) -> bool {
    s.len() == 40
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'/' || b == b'+' || b == b'=')
}

/// Splits `AKIA…<sep>secret` (any non-secret separator) into its two halves.
fn combined(s: &str) -> Option<(String, String)> {
    let id = s.get(..20).filter(|id| is_key_id(id))?;
    let rest =
        s[20..].trim_start_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '/' || c == '+'));
    let secret = rest.get(..40).filter(|x| is_secret_key(x))?;
    Some((id.to_string(), secret.to_string()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    KeyId,
    Secret,
    Session,
    Both,
}

/// What pairing needs to know about one finding.
#[derive(Debug, Clone, Default)]
pub struct PairInput {
    pub rule_id: String,
    pub kind: String,
    pub secret: String,
    /// The key id a scan already paired with this secret (`Finding::companion`).
    pub companion: Option<String>,
    /// File, archive members and git blob: two parts pair only within one place.
    pub place: String,
    pub line: usize,
    pub fingerprint: String,
    pub properties: std::collections::BTreeMap<String, Value>,
}

impl PairInput {
    pub fn from_finding(f: &Finding) -> Option<PairInput> {
        let secret = std::str::from_utf8(f.secret.expose()).ok()?.to_string();
        if secret.is_empty() {
            return None;
        }
        Some(PairInput {
            rule_id: f.rule_id.clone(),
            kind: f.kind.clone(),
            secret,
            companion: f
                .companion("aws.access-key-id")
                .and_then(|c| std::str::from_utf8(c.expose()).ok())
                .map(str::to_string),
            place: format!(
                "{}\0{}\0{}",
                f.location.path,
                f.location.members.join("\0"),
                f.location.git.as_ref().map_or("", |g| g.blob.as_str())
            ),
            line: f.location.line,
            fingerprint: f.fingerprint.clone(),
            properties: f.facts.properties.clone(),
        })
    }
}

fn part_of(f: &PairInput) -> Option<Part> {
    let id = f.rule_id.to_ascii_lowercase();
    let kind = f.kind.to_ascii_lowercase();
    let says = |w: &str| id.contains(w) || kind.contains(w);
    let secret = f.secret.as_str();
    if combined(secret).is_some()
        || (is_secret_key(secret) && f.companion.as_deref().is_some_and(is_key_id))
    {
        Some(Part::Both)
    } else if says("session") {
        Some(Part::Session)
    } else if is_key_id(secret) {
        Some(Part::KeyId)
    } else if says("secret") && is_secret_key(secret) {
        Some(Part::Secret)
    } else {
        None
    }
}

fn pair_key(key_id: &str, secret: &str) -> String {
    crate::finding::fingerprint("aws.key-pair", format!("{key_id}\0{secret}").as_bytes())
}

/// Decides, for every AWS finding (by index), which credential it belongs to.
pub fn pair_findings(findings: &[Finding]) -> HashMap<usize, Paired> {
    let mut inputs = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if super::Provider::of_finding(f) != Some(super::Provider::Aws) {
            continue;
        }
        if let Some(p) = PairInput::from_finding(f) {
            inputs.push((i, p));
        }
    }
    pair_inputs(&inputs)
}

/// [`pair_findings`] over prepared inputs, keyed by the caller's indices.
pub fn pair_inputs(inputs: &[(usize, PairInput)]) -> HashMap<usize, Paired> {
    let mut out = HashMap::new();
    let mut parts: Vec<(usize, Part)> = Vec::new();
    for (k, (i, f)) in inputs.iter().enumerate() {
        match part_of(f) {
            Some(p) => parts.push((k, p)),
            None => {
                let v = unsupported("aws", "not an access key id or secret access key");
                out.insert(*i, Paired::Skip(f.fingerprint.clone(), v));
            }
        }
    }
    let near = |a: usize, b: usize| {
        let (fa, fb) = (&inputs[a].1, &inputs[b].1);
        (fa.place == fb.place)
            .then(|| fa.line.abs_diff(fb.line))
            .filter(|d| *d <= PAIR_LINES)
    };
    let nearest = |k: usize, want: Part| {
        parts
            .iter()
            .filter(|(_, p)| *p == want)
            .filter_map(|(j, _)| near(k, *j).map(|d| (d, *j)))
            .min_by_key(|(d, j)| (*d, *j))
            .map(|(_, j)| j)
    };
    let job = |k: usize, key_id: String, secret: String| {
        let f = &inputs[k].1;
        let session_token = nearest(k, Part::Session).map(|j| inputs[j].1.secret.clone());
        let key = pair_key(&key_id, &secret);
        if key_id.starts_with("ASIA") && session_token.is_none() {
            let v = unsupported(
                "aws",
                "temporary (ASIA) key without its session token nearby",
            );
            return Paired::Skip(key, v);
        }
        Paired::Job(
            key,
            Job {
                provider: super::Provider::Aws,
                rule_id: f.rule_id.clone(),
                kind: f.kind.clone(),
                credential: Credential::AwsKey {
                    key_id,
                    secret,
                    session_token,
                },
                properties: f.properties.clone(),
            },
        )
    };
    for &(k, p) in &parts {
        let (i, f) = &inputs[k];
        let decided = match p {
            Part::Both => match (&f.companion, combined(&f.secret)) {
                (_, Some((id, sec))) => job(k, id, sec),
                (Some(id), None) => job(k, id.clone(), f.secret.clone()),
                (None, None) => continue,
            },
            Part::KeyId => match nearest(k, Part::Secret) {
                Some(j) => job(k, f.secret.clone(), inputs[j].1.secret.clone()),
                None => Paired::Skip(
                    f.fingerprint.clone(),
                    unsupported(
                        "aws",
                        format!("no secret access key within {PAIR_LINES} lines of the key id"),
                    ),
                ),
            },
            Part::Secret => match nearest(k, Part::KeyId) {
                Some(j) => job(j, inputs[j].1.secret.clone(), f.secret.clone()),
                None => Paired::Skip(
                    f.fingerprint.clone(),
                    unsupported(
                        "aws",
                        format!("no access key id within {PAIR_LINES} lines of the secret"),
                    ),
                ),
            },
            Part::Session => match nearest(k, Part::KeyId) {
                Some(j) => match nearest(j, Part::Secret) {
                    Some(s) => job(j, inputs[j].1.secret.clone(), inputs[s].1.secret.clone()),
                    None => continue,
                },
                None => continue,
            },
        };
        out.insert(*i, decided);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Signature Version 4

type HmacSha256 = Hmac<Sha256>;

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut m = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// The `Host` value a client sends for `url` (port only when not the default).
pub fn host_header(url: &Url) -> String {
    let host = url.host_str().unwrap_or("");
    match url.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_string(),
    }
}

/// Signs a request. `headers` are the headers to sign besides `host` and `x-amz-date`
/// (which are added), lowercase names. Returns the `Authorization` header value.
#[allow(clippy::too_many_arguments)]
pub fn sigv4_authorization(
    method: &str,
    url: &Url,
    headers: &[(&str, &str)],
    body: &[u8],
    amz_date: &str,
    region: &str,
    service: &str,
    key_id: &str,
    secret: &str,
) -> String {
    let date = &amz_date[..8];
    let mut hs: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    hs.push(("host".into(), host_header(url)));
    hs.push(("x-amz-date".into(), amz_date.to_string()));
    hs.sort();
    let canonical_headers: String = hs.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let signed_headers: Vec<&str> = hs.iter().map(|(k, _)| k.as_str()).collect();
    let signed_headers = signed_headers.join(";");
    let mut query: Vec<&str> = url
        .query()
        .map(|q| q.split('&').collect())
        .unwrap_or_default();
    query.sort();
    let path = if url.path().is_empty() {
        "/"
    } else {
        url.path()
    };
    let canonical = format!(
        "{method}\n{path}\n{}\n{canonical_headers}\n{signed_headers}\n{}",
        query.join("&"),
        sha256_hex(body)
    );
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        sha256_hex(canonical.as_bytes())
    );
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), date.as_bytes());
    let k_region = hmac(&k_date, region.as_bytes());
    let k_service = hmac(&k_region, service.as_bytes());
    let k_signing = hmac(&k_service, b"aws4_request");
    let signature = hex(&hmac(&k_signing, to_sign.as_bytes()));
    format!(
        "AWS4-HMAC-SHA256 Credential={key_id}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
}

/// Form-encodes a value (RFC 3986 unreserved characters stay).
pub fn form_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// XML (the STS/IAM answers are small and flat; no XML crate needed)

fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Every `<tag>…</tag>` text in `xml`, unescaped.
pub fn xml_all(xml: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(a) = rest.find(&open) {
        let after = &rest[a + open.len()..];
        let Some(b) = after.find(&close) else { break };
        out.push(xml_unescape(after[..b].trim()));
        rest = &after[b + close.len()..];
    }
    out
}

pub fn xml_first(xml: &str, tag: &str) -> Option<String> {
    xml_all(xml, tag).into_iter().next()
}

/// The `<member>` texts of every `<section>` in `xml` (one per page of a paginated list).
fn section_members(xml: &str, section: &str) -> Vec<String> {
    xml_all(xml, section)
        .iter()
        .flat_map(|s| xml_all(s, "member"))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Policy classification

/// Actions that let a principal grant itself more (Rhino Security Labs' IAM privilege
/// escalation paths), lowercase.
const PRIVESC: &[&str] = &[
    "iam:createaccesskey",
    "iam:createloginprofile",
    "iam:updateloginprofile",
    "iam:attachuserpolicy",
    "iam:attachgrouppolicy",
    "iam:attachrolepolicy",
    "iam:putuserpolicy",
    "iam:putgrouppolicy",
    "iam:putrolepolicy",
    "iam:createpolicyversion",
    "iam:setdefaultpolicyversion",
    "iam:passrole",
    "iam:addusertogroup",
    "iam:updateassumerolepolicy",
    "sts:assumerole",
    "lambda:updatefunctioncode",
    "glue:updatedevendpoint",
    "cloudformation:createstack",
    "datapipeline:createpipeline",
    "ssm:sendcommand",
    "ec2instanceconnect:sendsshpublickey",
];

const READ_VERBS: &[&str] = &[
    "get", "list", "describe", "head", "lookup", "search", "scan", "query", "batchget", "select",
    "view", "check", "preview", "estimate", "validate", "test", "detect", "filter", "read",
    "download", "export", "generate", "retrieve", "simulate", "verify",
];

/// Risk class of one granted action pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    Read,
    Write,
    PrivilegeEscalation,
    Admin,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Read => "read",
            Class::Write => "write",
            Class::PrivilegeEscalation => "privilege-escalation",
            Class::Admin => "admin",
        }
    }

    fn access(self) -> Access {
        match self {
            Class::Read => Access::Read,
            Class::Write => Access::Write,
            Class::PrivilegeEscalation | Class::Admin => Access::Admin,
        }
    }
}

/// Glob match with `*` and `?`, ASCII case-insensitive (IAM action matching).
pub(crate) fn glob(pattern: &str, text: &str) -> bool {
    let (p, t) = (pattern.as_bytes(), text.as_bytes());
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == b'?' || p[pi].eq_ignore_ascii_case(&t[ti])) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == b'*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == b'*' {
        pi += 1;
    }
    pi == p.len()
}

pub fn classify_action(action: &str) -> Class {
    let a = action.trim();
    if a == "*" || a == "*:*" {
        return Class::Admin;
    }
    let verb = a.split_once(':').map_or(a, |(_, v)| v).to_ascii_lowercase();
    // `service:*` controls the whole service (for `iam:*`, the whole account).
    if verb == "*" {
        return Class::Admin;
    }
    if PRIVESC.iter().any(|p| glob(a, p)) {
        return Class::PrivilegeEscalation;
    }
    let stem = verb.trim_end_matches('*');
    if !stem.is_empty() && READ_VERBS.iter().any(|r| stem.starts_with(r)) {
        Class::Read
    } else {
        Class::Write
    }
}

/// A policy element that is one string or a list of strings.
pub(crate) fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Adds the grants of one policy document to `v`; returns the highest class seen.
pub fn apply_policy(
    v: &mut Verification,
    policy_name: &str,
    doc: &Value,
    account: &str,
) -> Option<Class> {
    let statements = match doc.get("Statement") {
        Some(Value::Array(a)) => a.clone(),
        Some(o @ Value::Object(_)) => vec![o.clone()],
        _ => return None,
    };
    let mut max: Option<Class> = None;
    for st in &statements {
        let effect = st.get("Effect").and_then(Value::as_str).unwrap_or("");
        if effect.eq_ignore_ascii_case("deny") {
            v.unknown_note(format!(
                "{policy_name} has Deny statements; effective permissions may be narrower"
            ));
            continue;
        }
        if !effect.eq_ignore_ascii_case("allow") {
            continue;
        }
        if st.get("Condition").is_some() {
            v.unknown_note(format!("{policy_name} has conditional grants"));
        }
        let resources = strings(st.get("Resource"));
        let resource = if resources.is_empty() && st.get("NotResource").is_some() {
            "all resources except some (NotResource)".to_string()
        } else if resources.iter().any(|r| r == "*") {
            format!("account {account}: all resources")
        } else {
            let mut r: Vec<String> = resources.iter().take(3).cloned().collect();
            if resources.len() > 3 {
                r.push(format!("+{} more", resources.len() - 3));
            }
            r.join(", ")
        };
        let mut grants: Vec<(String, Class)> = strings(st.get("Action"))
            .into_iter()
            .map(|a| {
                let c = classify_action(&a);
                (a, c)
            })
            .collect();
        let not = strings(st.get("NotAction"));
        if !not.is_empty() {
            grants.push((format!("* except {}", not.join(", ")), Class::Admin));
        }
        for (action, class) in grants {
            if v.bindings.len() < 200 {
                v.bind(resource.clone(), action.clone(), class.access());
            }
            if class == Class::PrivilegeEscalation {
                let entry = v
                    .extras
                    .entry("privilege_escalation_actions".into())
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = entry
                    && !list.iter().any(|x| x.as_str() == Some(action.as_str()))
                {
                    list.push(Value::from(action));
                }
            }
            max = max.max(Some(class));
        }
    }
    max
}

/// Name-based fallback for AWS managed policies whose document could not be read.
fn managed_by_name(arn: &str) -> Option<(Class, &'static str)> {
    let name = arn.rsplit('/').next()?;
    Some(match name {
        "AdministratorAccess" => (Class::Admin, "*"),
        "IAMFullAccess" => (Class::PrivilegeEscalation, "iam:*"),
        "PowerUserAccess" => (Class::Write, "* except iam/organizations/account"),
        "ReadOnlyAccess" | "ViewOnlyAccess" | "SecurityAudit" => (Class::Read, "read-only"),
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Calls

struct Aws<'a> {
    ctx: &'a Ctx<'a>,
    key_id: &'a str,
    secret: &'a str,
    session_token: Option<&'a str>,
    iam_base: Url,
}

enum Call {
    Ok(String),
    Denied,
    Failed(String),
}

impl Aws<'_> {
    async fn call(&self, base: &Url, service: &str, params: &[(&str, &str)]) -> Result<Resp, Fail> {
        let url = join(base, "/");
        let mut body = String::new();
        for (i, (k, v)) in params.iter().enumerate() {
            if i > 0 {
                body.push('&');
            }
            body.push_str(k);
            body.push('=');
            body.push_str(&form_encode(v));
        }
        let amz_date = jiff::Timestamp::now()
            .strftime("%Y%m%dT%H%M%SZ")
            .to_string();
        let content_type = "application/x-www-form-urlencoded; charset=utf-8";
        let mut signed: Vec<(&str, &str)> = vec![("content-type", content_type)];
        if let Some(t) = self.session_token {
            signed.push(("x-amz-security-token", t));
        }
        let auth = sigv4_authorization(
            "POST",
            &url,
            &signed,
            body.as_bytes(),
            &amz_date,
            "us-east-1",
            service,
            self.key_id,
            self.secret,
        );
        let mut req = Req::post(self.ctx.provider, url)
            .form(body)
            .header("x-amz-date", &amz_date)
            .secret_header("authorization", &auth);
        if let Some(t) = self.session_token {
            req = req.secret_header("x-amz-security-token", t);
        }
        self.ctx.http.send(&req).await
    }

    async fn iam(&self, params: &[(&str, &str)]) -> Call {
        let mut all = params.to_vec();
        all.push(("Version", IAM_VERSION));
        match self.call(&self.iam_base, "iam", &all).await {
            Ok(r) if r.ok() => Call::Ok(r.text()),
            Ok(r) => {
                let code = xml_first(&r.text(), "Code").unwrap_or_default();
                if code == "AccessDenied" || code.ends_with("NotAuthorized") || r.status == 403 {
                    Call::Denied
                } else if matches!(
                    code.as_str(),
                    "Throttling" | "ThrottlingException" | "RequestLimitExceeded"
                ) {
                    // IAM throttles with a 400, which the transport does not retry: said
                    // as what it is, so a note does not read like a malformed request.
                    Call::Failed(format!("rate-limited (AWS {code})"))
                } else if r.status >= 500 {
                    Call::Failed(format!("server error (HTTP {})", r.status))
                } else {
                    Call::Failed(format!("HTTP {}", r.status))
                }
            }
            Err(f) => Call::Failed(f.detail().to_string()),
        }
    }

    /// An IAM `List*` call followed through `IsTruncated`/`Marker` for at most
    /// [`MAX_PAGES`] pages; the pages' bodies are concatenated. A later page that fails, or
    /// the page bound, leaves the list partial, which `v` notes under `what`.
    async fn iam_list(&self, v: &mut Verification, what: &str, params: &[(&str, &str)]) -> Call {
        let mut all = String::new();
        let mut marker: Option<String> = None;
        for page in 0..MAX_PAGES {
            let mut p = params.to_vec();
            if let Some(m) = &marker {
                p.push(("Marker", m));
            }
            let body = match self.iam(&p).await {
                Call::Ok(b) => b,
                other if page == 0 => return other,
                _ => {
                    v.unknown_note(format!(
                        "{what}: page {} not readable; the list is partial",
                        page + 1
                    ));
                    return Call::Ok(all);
                }
            };
            let more = xml_first(&body, "IsTruncated").is_some_and(|t| t == "true");
            let next = xml_first(&body, "Marker").filter(|m| !m.is_empty());
            all.push_str(&body);
            match next {
                Some(m) if more => marker = Some(m),
                _ => return Call::Ok(all),
            }
        }
        v.unknown_note(format!(
            "{what}: more than {MAX_PAGES} pages; the list is partial"
        ));
        Call::Ok(all)
    }
}

pub async fn verify(ctx: &Ctx<'_>, job: &Job) -> Verification {
    let name = ctx.name();
    let Credential::AwsKey {
        key_id,
        secret,
        session_token,
    } = &job.credential
    else {
        return unsupported(name, "not an AWS key pair");
    };
    let iam_base = match ctx.opts.endpoints.get(ctx.provider) {
        Some(u) => u.clone(),
        None => Url::parse(OFFICIAL_IAM).expect("valid"),
    };
    let aws = Aws {
        ctx,
        key_id,
        secret,
        session_token: session_token.as_deref(),
        iam_base,
    };
    let resp = match aws
        .call(
            &ctx.base,
            "sts",
            &[("Action", "GetCallerIdentity"), ("Version", STS_VERSION)],
        )
        .await
    {
        Ok(r) => r,
        Err(f) => return f.into_verification(name),
    };
    let text = resp.text();
    if !resp.ok() {
        let code = xml_first(&text, "Code").unwrap_or_default();
        return match code.as_str() {
            "InvalidClientTokenId" | "ExpiredToken" | "InvalidAccessKeyId" | "AuthFailure" => {
                Verification::invalid(name, format!("AWS: {code}"))
            }
            // AWS found the key id (an unknown one is InvalidClientTokenId) but not the
            // signature: the secret paired with it by proximity is not its own, or the clock
            // is off. Either way the key id is live and the leak is not defused.
            "SignatureDoesNotMatch" | "RequestExpired" | "RequestTimeTooSkewed" => {
                let mut v = Verification::unknown(
                    name,
                    UnknownReason::SecretRejected,
                    "key id live, paired secret rejected or clock skew",
                );
                v.extra("aws_error", code.clone());
                v
            }
            "Throttling" | "ThrottlingException" | "RequestLimitExceeded" => {
                Fail::RateLimited.into_verification(name)
            }
            _ => super::http::status_outcome(name, &resp, false)
                .unwrap_or_else(|| super::http::malformed(name)),
        };
    }
    let (Some(arn), Some(account)) = (xml_first(&text, "Arn"), xml_first(&text, "Account")) else {
        return super::http::malformed(name);
    };
    let mut v = Verification::valid(name);
    v.extra("account", account.clone());
    v.extra("arn", arn.clone());
    if let Some(uid) = xml_first(&text, "UserId") {
        v.extra("user_id", uid);
    }
    v.extra(
        "key_type",
        if key_id.starts_with("ASIA") {
            "temporary"
        } else {
            "long-lived"
        },
    );
    v.unknown_note(
        "service control policies, permission boundaries, session policies and resource \
         policies can narrow these grants and are not readable with the key",
    );
    // arn:aws:iam::123:user/path/name, arn:aws:iam::123:root,
    // arn:aws:sts::123:assumed-role/Role/session, arn:aws:sts::123:federated-user/name
    let resource_part = arn.splitn(6, ':').nth(5).unwrap_or("").to_string();
    let (entity, entity_name) = if resource_part == "root" {
        v.identity = Some(Identity {
            kind: IdentityKind::Account,
            name: Some("root".into()),
            id: Some(account.clone()),
        });
        v.bind(
            format!("account {account}: all resources"),
            "root user",
            Access::Admin,
        );
        v.extra("summary", Class::Admin.as_str());
        v.effective_actions = Some(vec!["*".into()]);
        return v;
    } else if let Some(rest) = resource_part.strip_prefix("user/") {
        let n = rest.rsplit('/').next().unwrap_or(rest).to_string();
        v.identity = Some(Identity {
            kind: IdentityKind::User,
            name: Some(n.clone()),
            id: Some(arn.clone()),
        });
        ("User", n)
    } else if let Some(rest) = resource_part.strip_prefix("assumed-role/") {
        let role = rest.split('/').next().unwrap_or(rest).to_string();
        v.identity = Some(Identity {
            kind: IdentityKind::Role,
            name: Some(role.clone()),
            id: Some(arn.clone()),
        });
        ("Role", role)
    } else {
        v.identity = Some(Identity {
            kind: IdentityKind::ServiceAccount,
            name: Some(resource_part.clone()),
            id: Some(arn.clone()),
        });
        v.unknown_note("permissions: federated sessions have no readable IAM policies");
        return v;
    };
    if entity == "User" {
        key_usage(&aws, &mut v, key_id, &entity_name).await;
    } else {
        v.unknown_note("last use and age: temporary credentials have no IAM access-key record");
    }
    policies(&aws, &mut v, entity, &entity_name, &account).await;
    v
}

/// The key's own record: `GetAccessKeyLastUsed` (date, service and region of the last
/// request; `N/A` and no date for a key never used) and, from `ListAccessKeys`, its status
/// and creation date. Both need IAM permissions many keys lack: then a note, never an error.
async fn key_usage(aws: &Aws<'_>, v: &mut Verification, key_id: &str, user: &str) {
    match aws
        .iam(&[("Action", "GetAccessKeyLastUsed"), ("AccessKeyId", key_id)])
        .await
    {
        Call::Ok(x) => {
            let last = xml_first(&x, "AccessKeyLastUsed").unwrap_or_default();
            match xml_first(&last, "LastUsedDate") {
                Some(d) => {
                    v.set_time(TimeField::LastUsed, &d);
                    for (key, tag) in [
                        ("last_used_service", "ServiceName"),
                        ("last_used_region", "Region"),
                    ] {
                        if let Some(s) = xml_first(&last, tag).filter(|s| s != "N/A") {
                            v.extra(key, s);
                        }
                    }
                }
                None => v.never_used = true,
            }
        }
        Call::Denied => {
            v.unknown_note("last use: the key may not read it (iam:GetAccessKeyLastUsed)")
        }
        Call::Failed(d) => v.unknown_note(format!("last use: {d}")),
    }
    let params = [("Action", "ListAccessKeys"), ("UserName", user)];
    match aws.iam_list(v, "access keys", &params).await {
        Call::Ok(x) => {
            let this = xml_all(&x, "member")
                .into_iter()
                .find(|m| xml_first(m, "AccessKeyId").as_deref() == Some(key_id));
            match this {
                Some(m) => {
                    if let Some(s) = xml_first(&m, "Status") {
                        v.extra("key_status", s);
                    }
                    match xml_first(&m, "CreateDate") {
                        Some(c) => v.set_time(TimeField::Created, &c),
                        None => v.unknown_note("age: ListAccessKeys gave no CreateDate"),
                    }
                }
                None => v.unknown_note("age: the key is not among its user's access keys"),
            }
        }
        Call::Denied => {
            v.unknown_note("age and status: the key may not list its user's access keys")
        }
        Call::Failed(d) => v.unknown_note(format!("age and status: {d}")),
    }
}

/// Reads the entity's attached, inline (and, for users, group) policies.
async fn policies(aws: &Aws<'_>, v: &mut Verification, entity: &str, name: &str, account: &str) {
    let name_param = if entity == "User" {
        "UserName"
    } else {
        "RoleName"
    };
    // (label, arn) of managed policies; (label, document) of inline ones.
    let mut managed: Vec<String> = Vec::new();
    let mut inline: Vec<(String, String)> = Vec::new();
    let mut denied: Vec<&str> = Vec::new();
    let mut read_any = false;

    let list_attached = format!("ListAttached{entity}Policies");
    match aws
        .iam_list(
            v,
            "attached policies",
            &[("Action", &list_attached), (name_param, name)],
        )
        .await
    {
        Call::Ok(x) => {
            read_any = true;
            managed.extend(xml_all(&x, "PolicyArn"));
        }
        Call::Denied => denied.push("attached policies"),
        Call::Failed(d) => v.unknown_note(format!("attached policies: {d}")),
    }
    let list_inline = format!("List{entity}Policies");
    let get_inline = format!("Get{entity}Policy");
    match aws
        .iam_list(
            v,
            "inline policies",
            &[("Action", &list_inline), (name_param, name)],
        )
        .await
    {
        Call::Ok(x) => {
            read_any = true;
            for p in section_members(&x, "PolicyNames")
                .into_iter()
                .take(MAX_POLICIES)
            {
                if let Call::Ok(doc) = aws
                    .iam(&[
                        ("Action", &get_inline),
                        (name_param, name),
                        ("PolicyName", &p),
                    ])
                    .await
                    && let Some(d) = xml_first(&doc, "PolicyDocument")
                {
                    inline.push((format!("inline policy {p}"), d));
                } else {
                    v.unknown_note(format!("inline policy {p}: document not readable"));
                }
            }
        }
        Call::Denied => denied.push("inline policies"),
        Call::Failed(d) => v.unknown_note(format!("inline policies: {d}")),
    }
    if entity == "User" {
        match aws
            .iam_list(
                v,
                "groups",
                &[("Action", "ListGroupsForUser"), ("UserName", name)],
            )
            .await
        {
            Call::Ok(x) => {
                read_any = true;
                let groups: Vec<String> = xml_all(&x, "GroupName")
                    .into_iter()
                    .take(MAX_GROUPS)
                    .collect();
                v.extra("groups", groups.clone());
                for g in &groups {
                    let what = format!("group {g} attached policies");
                    let params = [("Action", "ListAttachedGroupPolicies"), ("GroupName", g)];
                    if let Call::Ok(a) = aws.iam_list(v, &what, &params).await {
                        managed.extend(xml_all(&a, "PolicyArn"));
                    } else {
                        v.unknown_note(format!("group {g}: attached policies not readable"));
                    }
                    let what = format!("group {g} inline policies");
                    let params = [("Action", "ListGroupPolicies"), ("GroupName", g)];
                    if let Call::Ok(l) = aws.iam_list(v, &what, &params).await {
                        for p in section_members(&l, "PolicyNames")
                            .into_iter()
                            .take(MAX_POLICIES)
                        {
                            if let Call::Ok(doc) = aws
                                .iam(&[
                                    ("Action", "GetGroupPolicy"),
                                    ("GroupName", g),
                                    ("PolicyName", &p),
                                ])
                                .await
                                && let Some(d) = xml_first(&doc, "PolicyDocument")
                            {
                                inline.push((format!("group {g} inline policy {p}"), d));
                            }
                        }
                    } else {
                        v.unknown_note(format!("group {g}: inline policies not readable"));
                    }
                }
            }
            Call::Denied => denied.push("groups"),
            Call::Failed(d) => v.unknown_note(format!("groups: {d}")),
        }
    }
    managed.sort();
    managed.dedup();
    managed.truncate(MAX_POLICIES);
    v.extra("managed_policies", managed.clone());
    let mut max: Option<Class> = None;
    // Every document read, for the offline evaluation; `complete` while none was missed.
    let mut docs: Vec<Value> = Vec::new();
    let mut complete = denied.is_empty() && v.unknowns.iter().all(|u| !u.contains("policies"));
    for (label, doc) in &inline {
        match serde_json::from_str::<Value>(&percent_decode(doc)) {
            Ok(d) => {
                max = max.max(apply_policy(v, label, &d, account));
                docs.push(d);
            }
            Err(_) => {
                complete = false;
                v.unknown_note(format!("{label}: unreadable document"));
            }
        }
    }
    for arn in &managed {
        let doc = match aws
            .iam(&[("Action", "GetPolicy"), ("PolicyArn", arn)])
            .await
        {
            Call::Ok(p) => match xml_first(&p, "DefaultVersionId") {
                Some(ver) => match aws
                    .iam(&[
                        ("Action", "GetPolicyVersion"),
                        ("PolicyArn", arn),
                        ("VersionId", &ver),
                    ])
                    .await
                {
                    Call::Ok(pv) => xml_first(&pv, "Document"),
                    _ => None,
                },
                None => None,
            },
            _ => None,
        };
        let doc = doc.and_then(|d| serde_json::from_str::<Value>(&percent_decode(&d)).ok());
        complete &= doc.is_some();
        match doc {
            Some(d) => {
                max = max.max(apply_policy(v, arn, &d, account));
                docs.push(d);
            }
            None => match managed_by_name(arn) {
                Some((class, what)) => {
                    v.bind(
                        format!("account {account}: all resources"),
                        what,
                        class.access(),
                    );
                    max = max.max(Some(class));
                }
                None => v.unknown_note(format!("{arn}: document not readable")),
            },
        }
    }
    if read_any {
        v.effective_actions = Some(crate::verify::aws_eval::effective_actions(&docs));
        if !complete {
            v.unknown_note(
                "effective actions: evaluated from the documents read only; unread policies \
                 may allow more",
            );
        }
    }
    if !denied.is_empty() {
        v.unknown_note(format!(
            "the key may not read its own {}; permissions from those are unknown",
            denied.join(", ")
        ));
    }
    match max {
        Some(c) => v.extra("summary", c.as_str()),
        None if read_any && denied.is_empty() => v.extra("summary", "none"),
        None => v.extra("summary", "unknown"),
    }
    if !read_any {
        v.detail = Some("valid; its IAM policies are not readable with this key".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS's documented example credentials, assembled at run time.
    fn example_secret() -> String {
        ["wJalrXUtnFEMI", "K7MDENG+bPxRfiCYEXAMPLEKEY"].join("/")
    }

    #[test]
    fn sigv4_matches_aws_documented_example() {
        // "Create a signed AWS API request" example: IAM ListUsers, 2015-08-30.
        let url =
            Url::parse("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08").unwrap();
        let auth = sigv4_authorization(
            "GET",
            &url,
            &[(
                "content-type",
                "application/x-www-form-urlencoded; charset=utf-8",
            )],
            b"",
            "20150830T123600Z",
            "us-east-1",
            "iam",
            "AKIDEXAMPLE",
            &example_secret(),
        );
        assert_eq!(
            auth,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, \
             SignedHeaders=content-type;host;x-amz-date, \
             Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        );
    }

    #[test]
    fn sigv4_get_vanilla() {
        // AWS SigV4 test suite, "get-vanilla".
        let url = Url::parse("https://example.amazonaws.com/").unwrap();
        let auth = sigv4_authorization(
            "GET",
            &url,
            &[],
            b"",
            "20150830T123600Z",
            "us-east-1",
            "service",
            "AKIDEXAMPLE",
            &example_secret(),
        );
        assert!(
            auth.ends_with(
                "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
            ),
            "{auth}"
        );
    }

    #[test]
    fn classification() {
        assert_eq!(classify_action("*"), Class::Admin);
        assert_eq!(classify_action("s3:*"), Class::Admin);
        assert_eq!(classify_action("iam:PassRole"), Class::PrivilegeEscalation);
        assert_eq!(classify_action("iam:Put*"), Class::PrivilegeEscalation);
        assert_eq!(classify_action("iam:*"), Class::Admin);
        assert_eq!(classify_action("s3:GetObject"), Class::Read);
        assert_eq!(classify_action("ec2:Describe*"), Class::Read);
        assert_eq!(classify_action("s3:PutObject"), Class::Write);
        assert_eq!(classify_action("dynamodb:DeleteItem"), Class::Write);
    }

    #[test]
    fn policy_document() {
        let doc = serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::b/*"},
                {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"},
                {"Effect": "Deny", "Action": "*", "Resource": "*"}
            ]
        });
        let mut v = Verification::valid("aws");
        let c = apply_policy(&mut v, "p", &doc, "123456789012");
        assert_eq!(c, Some(Class::PrivilegeEscalation));
        assert_eq!(v.bindings.len(), 3);
        assert!(v.unknowns.iter().any(|u| u.contains("Deny")));
        assert_eq!(v.extras["privilege_escalation_actions"][0], "iam:PassRole");
    }

    #[test]
    fn xml_and_encoding() {
        let x = "<R><PolicyNames><member>a&amp;b</member><member>c</member></PolicyNames></R>";
        assert_eq!(xml_all(x, "member"), vec!["a&b", "c"]);
        assert_eq!(percent_decode("%7B%22a%22%3A1%7D"), "{\"a\":1}");
        assert_eq!(
            form_encode("arn:aws:iam::aws:policy/X"),
            "arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FX"
        );
        assert!(glob("iam:put*", "iam:putuserpolicy"));
        assert!(!glob("iam:get*", "iam:putuserpolicy"));
    }

    fn input(rule: &str, secret: &str, line: usize) -> PairInput {
        PairInput {
            rule_id: rule.into(),
            kind: rule.rsplit('.').next().unwrap().into(),
            secret: secret.into(),
            place: "config/prod.env".into(),
            line,
            fingerprint: format!("fp-{rule}-{line}"),
            ..PairInput::default()
        }
    }

    #[test]
    fn pairs_by_proximity() {
        let id = format!("AKIA{}", "QX7Z".repeat(4));
        let sec = "AbC1/".repeat(8);
        let far = format!("AKIA{}", "ZZ2Z".repeat(4));
        let inputs = vec![
            (0, input("aws.access-key-id", &id, 10)),
            (1, input("aws.secret-access-key", &sec, 12)),
            (2, input("aws.access-key-id", &far, 40)),
        ];
        let out = pair_inputs(&inputs);
        let key = |i: usize| match &out[&i] {
            Paired::Job(k, _) | Paired::Skip(k, _) => k.clone(),
        };
        assert!(matches!(out[&0], Paired::Job(..)));
        assert_eq!(key(0), key(1), "both halves share one credential");
        match &out[&0] {
            Paired::Job(_, j) => match &j.credential {
                Credential::AwsKey { key_id, secret, .. } => {
                    assert_eq!(key_id, &id);
                    assert_eq!(secret, &sec);
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
        assert!(
            matches!(out[&2], Paired::Skip(..)),
            "too far from any secret"
        );
        // Another file: no pairing.
        let mut other = input("aws.secret-access-key", &sec, 11);
        other.place = "elsewhere".into();
        let out = pair_inputs(&[(0, input("aws.access-key-id", &id, 10)), (1, other)]);
        assert!(matches!(out[&0], Paired::Skip(..)));
        assert!(matches!(out[&1], Paired::Skip(..)));
    }

    #[test]
    fn companion_and_temporary_keys() {
        let sec = "AbC1/".repeat(8);
        let mut with = input("aws.secret-access-key", &sec, 3);
        with.companion = Some(format!("AKIA{}", "QX7Z".repeat(4)));
        assert!(matches!(pair_inputs(&[(0, with)])[&0], Paired::Job(..)));
        let asia = format!("ASIA{}", "QX7Z".repeat(4));
        let out = pair_inputs(&[
            (0, input("aws.access-key-id", &asia, 1)),
            (1, input("aws.secret-access-key", &sec, 2)),
        ]);
        assert!(matches!(out[&0], Paired::Skip(..)), "no session token");
        let out = pair_inputs(&[
            (0, input("aws.access-key-id", &asia, 1)),
            (1, input("aws.secret-access-key", &sec, 2)),
            (2, input("aws.session-token", &"Zm9v".repeat(30), 3)),
        ]);
        assert!(matches!(out[&0], Paired::Job(..)));
    }

    #[test]
    fn combined_form() {
        let id = format!("AKIA{}", "Q".repeat(16));
        let secret = "a".repeat(40);
        assert_eq!(
            combined(&format!("{id}:{secret}")),
            Some((id.clone(), secret.clone()))
        );
        assert!(combined(&id).is_none());
        assert!(is_key_id(&id));
        assert!(!is_key_id("AKIA0000000000000000"));
    }
}
