//! The one HTTP layer every verifier goes through: the read-only guard, per-provider
//! pacing, `Retry-After` / rate-limit backoff, per-request timeouts and the total budget.
//!
//! Two transports sit under it: `reqwest` for most providers and octocrab for GitHub.
//! Both are driven by [`Http::run`], so the guard and the retry policy are the same.
//! Transport errors are reduced to a [`Fail`] without their text (reqwest errors can carry
//! URLs); tokens travel only in headers marked sensitive.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use reqwest::Url;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::{Provider, UnknownReason, Verification};

/// HTTP methods a verifier may name. Anything but `Get`/`Head` must be on the read-only
/// allowlist to be sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Head => reqwest::Method::HEAD,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
        }
    }
}

/// One request, described before it is sent so the guard can judge it.
#[derive(Clone)]
pub struct Req {
    pub provider: Provider,
    pub method: Method,
    pub url: Url,
    headers: Vec<(HeaderName, HeaderValue)>,
    pub body: Option<Vec<u8>>,
}

impl std::fmt::Debug for Req {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Header values are sensitive; HeaderValue's Debug already hides sensitive ones.
        f.debug_struct("Req")
            .field("provider", &self.provider)
            .field("method", &self.method)
            .field("url", &self.url.as_str())
            .field("headers", &self.headers)
            .finish()
    }
}

impl Req {
    pub fn new(provider: Provider, method: Method, url: Url) -> Self {
        Req {
            provider,
            method,
            url,
            headers: Vec::new(),
            body: None,
        }
    }

    pub fn get(provider: Provider, url: Url) -> Self {
        Req::new(provider, Method::Get, url)
    }

    pub fn post(provider: Provider, url: Url) -> Self {
        Req::new(provider, Method::Post, url)
    }

    /// A non-secret header. Invalid values are dropped.
    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((HeaderName::from_static(name), v));
        }
        self
    }

    /// A header carrying a secret: marked sensitive so no `Debug` or log shows it.
    pub fn secret_header(mut self, name: &'static str, value: &str) -> Self {
        if let Ok(mut v) = HeaderValue::from_str(value) {
            v.set_sensitive(true);
            self.headers.push((HeaderName::from_static(name), v));
        }
        self
    }

    pub fn bearer(self, token: &str) -> Self {
        self.secret_header("authorization", &format!("Bearer {token}"))
    }

    pub fn form(mut self, body: String) -> Self {
        self.body = Some(body.into_bytes());
        self.header(
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8",
        )
    }

    pub fn json_body(mut self, body: &serde_json::Value) -> Self {
        self.body = Some(body.to_string().into_bytes());
        self.header("content-type", "application/json")
    }

    pub fn headers(&self) -> &[(HeaderName, HeaderValue)] {
        &self.headers
    }
}

/// A response, fully read.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as JSON, `None` if it is not.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Why a request produced no usable response. Carries no provider text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fail {
    /// The guard refused a request that could change remote state.
    Refused,
    Timeout,
    Budget,
    Network,
    RateLimited,
    Malformed,
}

impl Fail {
    pub fn reason(self) -> UnknownReason {
        match self {
            Fail::Refused => UnknownReason::Unsupported,
            Fail::Timeout => UnknownReason::Timeout,
            Fail::Budget => UnknownReason::Budget,
            Fail::Network => UnknownReason::Network,
            Fail::RateLimited => UnknownReason::RateLimited,
            Fail::Malformed => UnknownReason::Malformed,
        }
    }

    pub fn detail(self) -> &'static str {
        match self {
            Fail::Refused => "refused: the request could change remote state",
            Fail::Timeout => "no answer within the request timeout",
            Fail::Budget => "the verification budget ran out",
            Fail::Network => "connection failed",
            Fail::RateLimited => "still rate-limited after bounded retries",
            Fail::Malformed => "unreadable response",
        }
    }

    pub fn into_verification(self, provider: &str) -> Verification {
        Verification::unknown(provider, self.reason(), self.detail())
    }
}

/// AWS query-API actions that only read. Every one starts with `Get` or `List`.
pub const AWS_READ_ACTIONS: &[&str] = &[
    "GetCallerIdentity",
    "GetUser",
    "ListAttachedUserPolicies",
    "ListUserPolicies",
    "GetUserPolicy",
    "ListGroupsForUser",
    "ListAttachedGroupPolicies",
    "ListGroupPolicies",
    "GetGroupPolicy",
    "ListAttachedRolePolicies",
    "ListRolePolicies",
    "GetRolePolicy",
    "GetPolicy",
    "GetPolicyVersion",
    "GetAccessKeyLastUsed",
    "ListAccessKeys",
];

/// POSTs known not to change remote state, by provider and path suffix.
///
/// - Slack `auth.test`: documented as a POST method; it only reports who the token is.
/// - Docker Hub `/v2/auth/token`: exchanges the PAT for a 10-minute JWT. It mints a
///   short-lived session token and changes nothing the account owner manages (no token,
///   repository or setting is created or altered), so we count it as read-only; it is the
///   only way to learn a PAT's scopes.
/// - AWS STS/IAM: the query API is POST-with-form; only [`AWS_READ_ACTIONS`] pass.
const READ_ONLY_POSTS: &[(Provider, &str)] = &[
    (Provider::Slack, "/api/auth.test"),
    (Provider::Dockerhub, "/v2/auth/token"),
];

/// The read-only guard. GET and HEAD pass; a POST passes only if it is on the allowlist;
/// PUT, PATCH and DELETE never do.
pub fn check_read_only(req: &Req) -> Result<(), Fail> {
    match req.method {
        Method::Get | Method::Head => Ok(()),
        Method::Put | Method::Patch | Method::Delete => Err(Fail::Refused),
        Method::Post => {
            if req.provider == Provider::Aws {
                let body = req.body.as_deref().unwrap_or_default();
                let body = std::str::from_utf8(body).map_err(|_| Fail::Refused)?;
                let actions: Vec<&str> = body
                    .split('&')
                    .filter_map(|kv| kv.strip_prefix("Action="))
                    .collect();
                return match actions.as_slice() {
                    [a] if AWS_READ_ACTIONS.contains(a) => Ok(()),
                    _ => Err(Fail::Refused),
                };
            }
            let path = req.url.path().trim_end_matches('/');
            let allowed = READ_ONLY_POSTS
                .iter()
                .any(|(p, suffix)| *p == req.provider && path.ends_with(suffix));
            if allowed && req.url.query().is_none() {
                Ok(())
            } else {
                Err(Fail::Refused)
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct HttpConfig {
    pub timeout: Duration,
    pub deadline: Instant,
    pub max_retries: u32,
    pub max_retry_wait: Duration,
    pub min_interval: Duration,
}

/// Largest response body read; larger answers are cut off and reported malformed.
pub const MAX_BODY: usize = 4 << 20;

pub struct Http {
    client: reqwest::Client,
    cfg: HttpConfig,
    /// Per provider: the earliest instant the next request may start.
    next_slot: Mutex<HashMap<Provider, Instant>>,
}

static CRYPTO: Once = Once::new();

/// Installs the ring crypto provider for rustls, once per process.
pub fn install_crypto_provider() {
    CRYPTO.call_once(|| {
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

impl Http {
    pub fn new(cfg: HttpConfig) -> Http {
        install_crypto_provider();
        let client = reqwest::Client::builder()
            .user_agent(concat!(
                "tokenscope/",
                env!("CARGO_PKG_VERSION"),
                " (verify)"
            ))
            // Never follow redirects: custom auth headers (PRIVATE-TOKEN, x-api-key…) would
            // be replayed to whatever host the redirect names.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(cfg.timeout)
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        Http {
            client,
            cfg,
            next_slot: Mutex::new(HashMap::new()),
        }
    }

    pub fn config(&self) -> &HttpConfig {
        &self.cfg
    }

    /// Sends `req` with reqwest.
    pub async fn send(&self, req: &Req) -> Result<Resp, Fail> {
        self.run(req, || self.send_once(req)).await
    }

    async fn send_once(&self, req: &Req) -> Result<Resp, Fail> {
        let mut rb = self
            .client
            .request(req.method.to_reqwest(), req.url.clone());
        for (k, v) in &req.headers {
            rb = rb.header(k.clone(), v.clone());
        }
        if let Some(b) = &req.body {
            rb = rb.body(b.clone());
        }
        let mut resp = rb.send().await.map_err(|e| {
            if e.is_timeout() {
                Fail::Timeout
            } else {
                Fail::Network
            }
        })?;
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|_| Fail::Network)? {
            body.extend_from_slice(&chunk);
            if body.len() > MAX_BODY {
                return Err(Fail::Malformed);
            }
        }
        Ok(Resp {
            status,
            headers,
            body,
        })
    }

    /// Runs `transport` for `req` under the guard, pacing, timeout, budget and retry
    /// policy. `req` describes what the transport sends (used by the guard and pacing).
    pub async fn run<F, Fut>(&self, req: &Req, transport: F) -> Result<Resp, Fail>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = Result<Resp, Fail>>,
    {
        check_read_only(req)?;
        let mut attempt: u32 = 0;
        loop {
            self.pace(req.provider).await?;
            let now = Instant::now();
            let remaining = self.cfg.deadline.saturating_duration_since(now);
            if remaining.is_zero() {
                return Err(Fail::Budget);
            }
            let limit = self.cfg.timeout.min(remaining);
            let resp = match tokio::time::timeout(limit, transport()).await {
                Ok(r) => r?,
                Err(_) if limit < self.cfg.timeout => return Err(Fail::Budget),
                Err(_) => return Err(Fail::Timeout),
            };
            let Some(wait) = rate_limit_wait(&resp, attempt) else {
                return Ok(resp);
            };
            if attempt >= self.cfg.max_retries
                || wait > self.cfg.max_retry_wait
                || Instant::now() + wait >= self.cfg.deadline
            {
                return Err(Fail::RateLimited);
            }
            self.hold(req.provider, Instant::now() + wait);
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// Waits for this provider's next slot and books the one after it.
    async fn pace(&self, provider: Provider) -> Result<(), Fail> {
        let start = {
            let mut slots = self.next_slot.lock().unwrap_or_else(|e| e.into_inner());
            let now = Instant::now();
            let slot = slots.get(&provider).copied().unwrap_or(now).max(now);
            slots.insert(provider, slot + self.cfg.min_interval);
            slot
        };
        if start >= self.cfg.deadline {
            return Err(Fail::Budget);
        }
        tokio::time::sleep_until(start.into()).await;
        Ok(())
    }

    /// After a rate-limit answer, no request to this provider starts before `until`.
    fn hold(&self, provider: Provider, until: Instant) {
        let mut slots = self.next_slot.lock().unwrap_or_else(|e| e.into_inner());
        let e = slots.entry(provider).or_insert(until);
        if *e < until {
            *e = until;
        }
    }
}

/// If `resp` says "slow down", how long to wait before retry number `attempt + 1`.
///
/// - 429, and 503 with `Retry-After`.
/// - 403 that is a rate limit: `Retry-After` present, `x-ratelimit-remaining: 0`, or a body
///   naming a (secondary) rate limit, as GitHub sends.
///
/// The wait is `Retry-After` (seconds or HTTP date), else the `x-ratelimit-reset` instant,
/// else for GitHub's secondary limit one minute (its documented minimum), else exponential
/// backoff from one second. A 429 that means "quota exhausted" (OpenAI
/// `insufficient_quota`) is an answer, not a rate limit.
pub fn rate_limit_wait(resp: &Resp, attempt: u32) -> Option<Duration> {
    let retry_after = resp.header("retry-after").and_then(parse_retry_after);
    let remaining_zero = resp.header("x-ratelimit-remaining").map(str::trim) == Some("0");
    let limited = match resp.status {
        429 => {
            let body = resp.text();
            !body.contains("insufficient_quota")
        }
        503 => retry_after.is_some(),
        403 => {
            retry_after.is_some()
                || remaining_zero
                || resp.text().to_ascii_lowercase().contains("rate limit")
        }
        _ => false,
    };
    if !limited {
        return None;
    }
    if let Some(w) = retry_after {
        return Some(w);
    }
    if remaining_zero
        && let Some(reset) = resp
            .header("x-ratelimit-reset")
            .and_then(|r| r.trim().parse::<i64>().ok())
    {
        // Epoch seconds (GitHub, Docker Hub) or seconds from now (others).
        let secs = if reset > 1_000_000_000 {
            reset - jiff::Timestamp::now().as_second()
        } else {
            reset
        };
        return Some(Duration::from_secs(secs.max(1) as u64));
    }
    if resp.status == 403 {
        return Some(Duration::from_secs(60) * 2u32.pow(attempt.min(4)));
    }
    Some(Duration::from_secs(1) * 2u32.pow(attempt.min(6)))
}

/// `Retry-After`: delta seconds or an HTTP date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = v.parse::<f64>()
        && secs.is_finite()
        && secs >= 0.0
    {
        return Some(Duration::from_secs_f64(secs));
    }
    let ts = jiff::fmt::rfc2822::parse(v).ok()?.timestamp();
    let delta = ts.as_second() - jiff::Timestamp::now().as_second();
    Some(Duration::from_secs(delta.max(0) as u64))
}

/// Whether a 401 carries the body `provider` documents for "these credentials are not
/// accepted". A 401 from anything in between (a corporate proxy, a WAF, a captive portal)
/// has some other body, and says nothing about the token.
pub fn documented_rejection(provider: Provider, resp: &Resp) -> bool {
    // Table providers document their rejection's status and body (JSON or plain text).
    if let Provider::Table(i) = provider {
        return super::table::SPECS
            .get(usize::from(i))
            .is_some_and(|spec| super::table::rejection(spec, resp));
    }
    let Some(j) = resp.json() else {
        return false;
    };
    let s = |p: &str| j.pointer(p).and_then(serde_json::Value::as_str);
    match provider {
        // `{"message": "Bad credentials", "documentation_url": …}`
        Provider::Github => {
            s("/message").is_some_and(|m| m.eq_ignore_ascii_case("bad credentials"))
        }
        // `{"message": "401 Unauthorized"}`; OAuth-style `{"error": "invalid_token"}`.
        Provider::Gitlab => {
            s("/message").is_some_and(|m| m.starts_with("401"))
                || s("/error") == Some("invalid_token")
        }
        // `{"error": {"type": "invalid_request_error", "message": "Invalid API Key…"}}`
        Provider::Stripe => s("/error/type") == Some("invalid_request_error"),
        // `{"error": {"code": "invalid_api_key", …}}`
        Provider::Openai => s("/error/code") == Some("invalid_api_key"),
        // `{"type": "error", "error": {"type": "authentication_error", …}}`
        Provider::Anthropic => s("/error/type") == Some("authentication_error"),
        // `{"error": "Invalid credentials in Authorization header"}`
        Provider::Huggingface => s("/error").is_some(),
        // `{"error": "…"}` (`code: E401` from newer registries).
        Provider::Npm => s("/error").is_some() || s("/code") == Some("E401"),
        // `{"errors": [{"field": null, "message": "authorization required"}]}`
        Provider::Sendgrid => s("/errors/0/message").is_some(),
        // `{"detail": "…"}` or `{"message": "…", "errinfo": {…}}`
        Provider::Dockerhub => s("/detail").is_some() || s("/message").is_some(),
        // `{"id": "Unauthorized", "message": "Unable to authenticate you"}`
        Provider::Digitalocean => s("/id").is_some_and(|i| i.eq_ignore_ascii_case("unauthorized")),
        // Slack answers 200 with `ok: false`; AWS rejections are XML codes, judged by the
        // AWS verifier. A 401 from either is not theirs.
        Provider::Slack | Provider::Aws => false,
        Provider::Table(_) => false,
    }
}

/// The common meaning of a non-2xx status. `None` for 2xx. A 401 is the only status that
/// makes a token invalid here, and only with the provider's documented body
/// ([`documented_rejection`]); 403 is left to the caller when it has provider meaning
/// (pass `forbidden_is_valid`).
pub fn status_outcome(
    provider: &str,
    resp: &Resp,
    forbidden_is_valid: bool,
) -> Option<Verification> {
    match resp.status {
        200..=299 => None,
        401 if Provider::from_name(provider).is_some_and(|p| documented_rejection(p, resp)) => {
            Some(Verification::invalid(
                provider,
                "HTTP 401 with the provider's documented rejection",
            ))
        }
        401 => Some(Verification::unknown(
            provider,
            UnknownReason::UndocumentedRejection,
            "HTTP 401 without the provider's documented body (a proxy or WAF?); says \
             nothing about the token",
        )),
        403 if forbidden_is_valid => {
            let mut v = Verification::valid(provider);
            v.detail =
                Some("authenticated; this endpoint is forbidden to the token (HTTP 403)".into());
            Some(v)
        }
        403 => Some(Verification::unknown(
            provider,
            UnknownReason::Forbidden,
            "HTTP 403 without a rate-limit signal; says nothing about the token",
        )),
        429 => Some(Fail::RateLimited.into_verification(provider)),
        500..=599 => Some(Verification::unknown(
            provider,
            UnknownReason::ServerError,
            format!("HTTP {}", resp.status),
        )),
        s => Some(Verification::unknown(
            provider,
            UnknownReason::UnexpectedStatus,
            format!("HTTP {s}"),
        )),
    }
}

/// A 200 whose body is not what the provider documents.
pub fn malformed(provider: &str) -> Verification {
    Verification::unknown(
        provider,
        UnknownReason::Malformed,
        "the response body is not in the documented shape",
    )
}

/// A provider error code, kept only if it looks like an identifier (no free text that
/// could echo a token back).
pub fn safe_code(code: &str) -> Option<String> {
    let ok = !code.is_empty()
        && code.len() <= 64
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.');
    ok.then(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn guard_allows_get_and_listed_posts_only() {
        let get = Req::get(Provider::Stripe, url("https://api.stripe.com/v1/charges"));
        assert!(check_read_only(&get).is_ok());
        let post = Req::post(Provider::Stripe, url("https://api.stripe.com/v1/charges"));
        assert_eq!(check_read_only(&post), Err(Fail::Refused));
        for m in [Method::Put, Method::Patch, Method::Delete] {
            let r = Req::new(Provider::Github, m, url("https://api.github.com/user"));
            assert_eq!(check_read_only(&r), Err(Fail::Refused));
        }
        let slack = Req::post(Provider::Slack, url("https://slack.com/api/auth.test"));
        assert!(check_read_only(&slack).is_ok());
        let slack_write = Req::post(
            Provider::Slack,
            url("https://slack.com/api/chat.postMessage"),
        );
        assert_eq!(check_read_only(&slack_write), Err(Fail::Refused));
        // The Slack path is not allowed for another provider.
        let other = Req::post(
            Provider::Github,
            url("https://api.github.com/api/auth.test"),
        );
        assert_eq!(check_read_only(&other), Err(Fail::Refused));
    }

    #[test]
    fn guard_aws_actions() {
        let u = url("https://sts.amazonaws.com/");
        let ok = Req::post(Provider::Aws, u.clone())
            .form("Action=GetCallerIdentity&Version=2011-06-15".into());
        assert!(check_read_only(&ok).is_ok());
        for bad in [
            "Action=CreateAccessKey&Version=2010-05-08",
            "Action=GetUser&Action=DeleteUser&Version=2010-05-08",
            "Version=2010-05-08",
        ] {
            let r = Req::post(Provider::Aws, u.clone()).form(bad.into());
            assert_eq!(check_read_only(&r), Err(Fail::Refused), "{bad}");
        }
        for a in AWS_READ_ACTIONS {
            assert!(a.starts_with("Get") || a.starts_with("List"), "{a}");
        }
    }

    fn resp(status: u16, headers: &[(&'static str, &str)], body: &str) -> Resp {
        let mut h = HeaderMap::new();
        for (k, v) in headers {
            h.insert(*k, HeaderValue::from_str(v).unwrap());
        }
        Resp {
            status,
            headers: h,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn rate_limit_signals() {
        assert_eq!(
            rate_limit_wait(&resp(429, &[("retry-after", "3")], ""), 0),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            rate_limit_wait(&resp(429, &[], ""), 2),
            Some(Duration::from_secs(4))
        );
        assert_eq!(
            rate_limit_wait(
                &resp(429, &[], r#"{"error":{"code":"insufficient_quota"}}"#),
                0
            ),
            None
        );
        // GitHub secondary rate limit: 403 with a body naming it.
        assert_eq!(
            rate_limit_wait(
                &resp(
                    403,
                    &[],
                    r#"{"message":"You have exceeded a secondary rate limit"}"#
                ),
                0
            ),
            Some(Duration::from_secs(60))
        );
        assert_eq!(rate_limit_wait(&resp(403, &[], "{}"), 0), None);
        assert_eq!(rate_limit_wait(&resp(503, &[], ""), 0), None);
        assert!(rate_limit_wait(&resp(503, &[("retry-after", "1")], ""), 0).is_some());
        let w = rate_limit_wait(
            &resp(
                403,
                &[("x-ratelimit-remaining", "0"), ("x-ratelimit-reset", "30")],
                "",
            ),
            0,
        );
        assert_eq!(w, Some(Duration::from_secs(30)));
    }

    #[test]
    fn retry_after_formats() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn sensitive_headers_hidden_in_debug() {
        let r =
            Req::get(Provider::Github, url("https://api.github.com/user")).bearer("tok-secret-123");
        assert!(!format!("{r:?}").contains("tok-secret-123"));
    }

    #[test]
    fn safe_codes() {
        assert_eq!(safe_code("invalid_auth").as_deref(), Some("invalid_auth"));
        assert_eq!(safe_code("Invalid key sk_live_123 provided"), None);
    }
}
