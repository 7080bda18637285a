//! `--verify` against local mock servers (wiremock on 127.0.0.1). Nothing here touches the
//! internet: every provider's base URL is overridden, and the one test without overrides
//! only asks where a request *would* go.
//!
//! Fake tokens are assembled at run time; none is written out literally.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};
use tokenscope::analyze::checksum::github_style_token;
use tokenscope::finding::Expiry;
use tokenscope::verify::http::{Fail, Http, HttpConfig, Method, Req};
use tokenscope::verify::{
    Access, Binding, Credential, Endpoints, IdentityKind, Job, Provider, Status, UnknownReason,
    Verification, VerifyOptions, request_url, verify_jobs,
};
use wiremock::matchers::{body_string_contains, header, header_exists, method, path};
use wiremock::{Match, Mock, MockBuilder, MockServer, ResponseTemplate};

// ---------------------------------------------------------------------------------------
// Fake credentials

fn ghp() -> String {
    github_style_token("ghp_", &"a1B2c3".repeat(5))
}
fn glpat() -> String {
    format!("glpat-{}", &"Xy9Qw".repeat(4))
}
fn slack_bot() -> String {
    format!(
        "xoxb-{}-{}-{}",
        "1234567890",
        "2345678901",
        "AbCdEf".repeat(4)
    )
}
fn stripe_secret() -> String {
    format!("sk_{}_{}", "live", "Z9y8X7".repeat(4))
}
fn stripe_restricted() -> String {
    format!("rk_{}_{}", "live", "Z9y8X7".repeat(4))
}
fn openai_key() -> String {
    format!("sk-proj-{}", "Qw3Er4".repeat(8))
}
fn openai_admin() -> String {
    format!("sk-admin-{}", "Qw3Er4".repeat(8))
}
fn anthropic_key() -> String {
    format!("sk-ant-{}-{}", "api03", "Ab1_Cd2-".repeat(11))
}
fn anthropic_admin() -> String {
    format!("sk-ant-{}-{}", "admin01", "Ab1_Cd2-".repeat(11))
}
fn hf_token() -> String {
    format!("hf_{}", &"AbCdEfGh".repeat(5)[..34])
}
fn npm_token() -> String {
    github_style_token("npm_", &"n0P1q2".repeat(5))
}
fn sendgrid_key() -> String {
    format!(
        "SG.{}.{}",
        &"aB3_".repeat(6)[..22],
        &"Cd4-eF5".repeat(7)[..43]
    )
}
fn docker_pat() -> String {
    format!("alice:dckr_pat_{}", "Ab1Cd2Ef3".repeat(3))
}
fn do_token() -> String {
    format!("dop_v1_{}", "0f1e".repeat(16))
}
fn aws_key_id() -> String {
    format!("AKIA{}", "QX7Z".repeat(4))
}
fn aws_secret() -> String {
    "AbC1/".repeat(8)
}

fn job(provider: Provider, token: String) -> Job {
    Job {
        provider,
        rule_id: format!("{}.test", provider.name()),
        kind: "test".into(),
        credential: Credential::Token(token),
        properties: Default::default(),
    }
}

fn aws_job() -> Job {
    Job {
        provider: Provider::Aws,
        rule_id: "aws.access-key-id".into(),
        kind: "access-key-id".into(),
        credential: Credential::AwsKey {
            key_id: aws_key_id(),
            secret: aws_secret(),
            session_token: None,
        },
        properties: Default::default(),
    }
}

fn opts_for(p: Provider, s: &MockServer) -> VerifyOptions {
    VerifyOptions {
        endpoints: Endpoints::from_sources(
            &Default::default(),
            &[format!("{}={}", p.name(), s.uri())],
        )
        .unwrap(),
        timeout: Duration::from_millis(800),
        budget: Duration::from_secs(30),
        max_retries: 2,
        min_interval: Duration::ZERO,
        ..VerifyOptions::default()
    }
}

/// Verifies one job against `s` and checks that no secret survived into the result;
/// `what` (provider and case) names the failure.
async fn run_as(what: &str, job: Job, s: &MockServer) -> Verification {
    let secrets: Vec<String> = match &job.credential {
        Credential::Token(t) => vec![t.clone()],
        Credential::AwsKey { secret, .. } => vec![secret.clone()],
    };
    let v = verify_jobs(vec![job.clone()], &opts_for(job.provider, s))
        .await
        .remove(0);
    let text = serde_json::to_string(&v).unwrap();
    for sec in secrets {
        assert!(
            !text.contains(&sec),
            "{what}: secret leaked into the verification: {text}"
        );
    }
    v
}

async fn run(job: Job, s: &MockServer) -> Verification {
    run_as(job.provider.name(), job, s).await
}

fn assert_unknown(v: &Verification, reason: UnknownReason) {
    assert_eq!(v.status, Status::Unknown { reason }, "{v:#?}");
}

fn has_binding(v: &Verification, permission: &str, access: Access) -> bool {
    v.bindings
        .iter()
        .any(|b| b.permission == permission && b.access == access)
}

fn json_resp(status: u16, body: Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}

fn xml(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_string(), "text/xml")
}

fn jwt(claims: Value) -> String {
    let e = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    format!(
        "{}.{}.{}",
        e.encode(br#"{"alg":"RS256"}"#),
        e.encode(claims.to_string()),
        e.encode(b"sig")
    )
}

// ---------------------------------------------------------------------------------------
// Mocked endpoints and expected verdicts, as data

/// One mocked endpoint: what the request must look like, and the answer.
struct Stub {
    when: MockBuilder,
    then: ResponseTemplate,
    priority: Option<u8>,
}

impl Stub {
    fn new(verb: &str, at: &str, then: ResponseTemplate) -> Stub {
        Stub {
            when: Mock::given(method(verb)).and(path(at)),
            then,
            priority: None,
        }
    }

    /// The request must also match `m`.
    fn and(mut self, m: impl Match + 'static) -> Stub {
        self.when = self.when.and(m);
        self
    }

    /// The answer carries this header too.
    fn header(mut self, name: &str, value: &str) -> Stub {
        self.then = self.then.insert_header(name, value);
        self
    }

    fn priority(mut self, p: u8) -> Stub {
        self.priority = Some(p);
        self
    }
}

/// `GET at` answered 200 with a JSON body.
fn get(at: &str, body: Value) -> Stub {
    Stub::new("GET", at, json_resp(200, body))
}

/// An AWS query API call (`POST /`, `Action=…` in the form body), optionally narrowed by
/// another piece of the body.
fn aws_call(action: &str, extra: Option<&str>, then: ResponseTemplate) -> Stub {
    let st = Stub::new("POST", "/", then).and(body_string_contains(format!("Action={action}&")));
    match extra {
        Some(e) => st.and(body_string_contains(e)),
        None => st,
    }
}

async fn mount(s: &MockServer, stubs: Vec<Stub>) {
    for st in stubs {
        let m = st.when.respond_with(st.then);
        match st.priority {
            Some(p) => m.with_priority(p).mount(s).await,
            None => m.mount(s).await,
        }
    }
}

/// One thing a verification must say.
#[derive(Debug)]
enum Check {
    Kind(IdentityKind),
    Name(Option<&'static str>),
    Id(Option<&'static str>),
    NoIdentity,
    Scopes(&'static [&'static str]),
    ScopeCount(usize),
    /// Some binding grants this permission at this access.
    Grant(&'static str, Access),
    NoGrant(&'static str, Access),
    /// Some binding on this resource has this access.
    On(&'static str, Access),
    /// This exact binding (resource, permission, access).
    Binding(&'static str, &'static str, Access),
    NoBindings,
    MaxAccess(Access),
    Expires(Expiry),
    NotExpired,
    /// The extras' value at this JSON pointer (`/orgs/0/role`).
    Extra(&'static str, Value),
    NoExtra(&'static str),
    /// Some note on what could not be revealed contains this.
    Note(&'static str),
    SomeNotes,
}

impl Check {
    fn holds(&self, v: &Verification) -> bool {
        let id = v.identity.as_ref();
        match self {
            Check::Kind(k) => id.is_some_and(|i| i.kind == *k),
            Check::Name(n) => id.is_some_and(|i| i.name.as_deref() == *n),
            Check::Id(n) => id.is_some_and(|i| i.id.as_deref() == *n),
            Check::NoIdentity => id.is_none(),
            Check::Scopes(s) => v.raw_scopes == *s,
            Check::ScopeCount(n) => v.raw_scopes.len() == *n,
            Check::Grant(p, a) => has_binding(v, p, *a),
            Check::NoGrant(p, a) => !has_binding(v, p, *a),
            Check::On(r, a) => v
                .bindings
                .iter()
                .any(|b| b.resource == *r && b.access == *a),
            Check::Binding(r, p, a) => v.bindings.contains(&Binding::new(*r, *p, *a)),
            Check::NoBindings => v.bindings.is_empty(),
            Check::MaxAccess(a) => v.max_access() == Some(*a),
            Check::Expires(e) => v.expiry == *e,
            Check::NotExpired => matches!(v.expiry, Expiry::At { expired: false, .. }),
            Check::Extra(at, x) => serde_json::to_value(&v.extras).unwrap().pointer(at) == Some(x),
            Check::NoExtra(k) => !v.extras.contains_key(*k),
            Check::Note(n) => v.unknowns.iter().any(|u| u.contains(n)),
            Check::SomeNotes => !v.unknowns.is_empty(),
        }
    }
}

fn check(what: &str, v: &Verification, checks: &[Check]) {
    for c in checks {
        assert!(c.holds(v), "{what}: {c:?} does not hold for {v:#?}");
    }
}

fn expect(what: &str, v: &Verification, status: Status) {
    assert_eq!(v.status, status, "{what}: {v:#?}");
}

// ---------------------------------------------------------------------------------------
// The standard cases every provider goes through

/// What one provider brings to the standard cases; everything else is shared.
struct Case {
    job: Job,
    /// The first call a verifier makes: method, path, and (AWS) a piece of its body.
    primary: (&'static str, &'static str, Option<&'static str>),
    /// A working token's answers, and what the verification then says.
    valid: Vec<Stub>,
    valid_says: Vec<Check>,
    /// Answers without the optional headers or fields, and what is then said.
    missing: Vec<Stub>,
    missing_says: Vec<Check>,
    /// The provider's "bad credentials" answer.
    unauthorized: (u16, &'static str),
    /// A 403 body and what it means for this provider.
    forbidden: (&'static str, Status),
    /// A 200 body that is not what the provider documents.
    malformed: &'static str,
}

impl Case {
    fn what(&self, case: &str) -> String {
        format!("{} {case}", self.job.provider.name())
    }

    fn primary(&self) -> MockBuilder {
        let (verb, at, body) = self.primary;
        let m = Mock::given(method(verb)).and(path(at));
        match body {
            Some(b) => m.and(body_string_contains(b)),
            None => m,
        }
    }

    async fn run(&self, case: &str, s: &MockServer) -> Verification {
        run_as(&self.what(case), self.job.clone(), s).await
    }

    /// With `resp` as the only answer, to the primary call, the verdict must be `status`.
    async fn answer_gives(&self, case: &str, resp: ResponseTemplate, status: Status) {
        let s = MockServer::start().await;
        self.primary().respond_with(resp).mount(&s).await;
        let v = self.run(case, &s).await;
        expect(&self.what(case), &v, status);
    }
}

fn unknown(reason: UnknownReason) -> Status {
    Status::Unknown { reason }
}

fn text(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_string(body)
}

async fn valid_with_scopes(mut c: Case, case: &str) {
    let s = MockServer::start().await;
    mount(&s, std::mem::take(&mut c.valid)).await;
    let v = c.run(case, &s).await;
    let what = c.what(case);
    expect(&what, &v, Status::Valid);
    assert_eq!(v.provider, c.job.provider.name(), "{what}");
    check(&what, &v, &c.valid_says);
}

async fn unauthorized_is_invalid(c: Case, case: &str) {
    let (status, body) = c.unauthorized;
    c.answer_gives(case, text(status, body), Status::Invalid)
        .await;
}

async fn forbidden(c: Case, case: &str) {
    let (body, status) = c.forbidden.clone();
    c.answer_gives(case, text(403, body), status).await;
}

async fn not_found_is_unknown(c: Case, case: &str) {
    let status = unknown(UnknownReason::UnexpectedStatus);
    c.answer_gives(case, text(404, "{}"), status).await;
}

async fn rate_limited_then_ok(mut c: Case, case: &str) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&s)
        .await;
    mount(&s, std::mem::take(&mut c.valid)).await;
    let t = Instant::now();
    let v = c.run(case, &s).await;
    let what = c.what(case);
    expect(&what, &v, Status::Valid);
    assert!(
        t.elapsed() >= Duration::from_millis(950),
        "{what}: Retry-After honoured"
    );
    let hits = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == c.primary.1)
        .count();
    assert!(hits >= 2, "{what}: retried the primary call ({hits})");
}

async fn server_error_is_unknown(c: Case, case: &str) {
    let status = unknown(UnknownReason::ServerError);
    c.answer_gives(case, text(500, "oops"), status).await;
}

async fn slower_than_timeout_is_unknown(c: Case, case: &str) {
    let slow = text(200, "{}").set_delay(Duration::from_secs(3));
    let t = Instant::now();
    c.answer_gives(case, slow, unknown(UnknownReason::Timeout))
        .await;
    assert!(
        t.elapsed() < Duration::from_millis(2500),
        "{}",
        c.what(case)
    );
}

/// A 401 that is not the provider's documented rejection (a corporate proxy's or WAF's
/// page) says nothing about the token.
async fn proxy_html_401_is_unknown(c: Case, case: &str) {
    let page = ResponseTemplate::new(401).set_body_raw(
        "<html><head><title>401 Authorization Required</title></head><body>proxy</body></html>",
        "text/html",
    );
    let status = unknown(UnknownReason::UndocumentedRejection);
    c.answer_gives(case, page, status).await;
}

async fn malformed_is_unknown(c: Case, case: &str) {
    let status = unknown(UnknownReason::Malformed);
    c.answer_gives(case, text(200, c.malformed), status).await;
}

async fn missing_headers_or_fields(mut c: Case, case: &str) {
    let s = MockServer::start().await;
    mount(&s, std::mem::take(&mut c.missing)).await;
    let v = c.run(case, &s).await;
    let what = c.what(case);
    expect(&what, &v, Status::Valid);
    check(&what, &v, &c.missing_says);
}

/// One test per standard case for the provider whose [`Case`] the function `$provider`
/// returns, in a module of the same name (`cargo test --test verify github::`).
macro_rules! provider_suite {
    ($provider:ident) => {
        provider_suite!(
            $provider: valid_with_scopes,
            unauthorized_is_invalid,
            forbidden,
            not_found_is_unknown,
            rate_limited_then_ok,
            server_error_is_unknown,
            slower_than_timeout_is_unknown,
            malformed_is_unknown,
            proxy_html_401_is_unknown,
            missing_headers_or_fields
        );
    };
    ($provider:ident: $($case:ident),*) => {
        mod $provider {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $case() {
                    super::$case(super::$provider(), stringify!($case)).await
                }
            )*
        }
    };
}

// ---------------------------------------------------------------------------------------
// GitHub

fn github_valid() -> Vec<Stub> {
    vec![
        get("/user", json!({"login": "octo", "id": 42, "type": "User"}))
            .and(header_exists("authorization"))
            .header("x-oauth-scopes", "repo, admin:org")
            .header(
                "github-authentication-token-expiration",
                "2099-01-01 00:00:00 UTC",
            ),
        get(
            "/user/repos",
            json!([
                {"full_name": "octo/a", "private": true, "permissions": {"admin": true}},
                {"full_name": "octo/b", "private": false}
            ]),
        ),
        get("/user/orgs", json!([{"login": "acme"}])),
    ]
}

fn github() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Github, ghp()),
        primary: ("GET", "/user", None),
        valid: github_valid(),
        valid_says: vec![
            Name(Some("octo")),
            Id(Some("42")),
            Scopes(&["repo", "admin:org"]),
            // The hierarchy is expanded.
            Grant("repo", Access::Admin),
            Grant("repo:status", Access::Write),
            Grant("public_repo", Access::Write),
            Grant("read:org", Access::Read),
            Grant("manage_runners:org", Access::Admin),
            Expires(Expiry::At {
                at: "2099-01-01T00:00:00Z".into(),
                expired: false,
            }),
            Extra("/repositories", json!(2)),
            Extra("/orgs", json!(["acme"])),
        ],
        missing: vec![get("/user", json!({"login": "octo", "id": 42}))],
        missing_says: vec![
            Scopes(&[]),
            Note("X-OAuth-Scopes"),
            Expires(Expiry::Unknown),
        ],
        unauthorized: (401, r#"{"message":"Bad credentials"}"#),
        forbidden: (
            r#"{"message":"Forbidden"}"#,
            unknown(UnknownReason::Forbidden),
        ),
        malformed: "{oops",
    }
}
provider_suite!(github);

// ---------------------------------------------------------------------------------------
// GitLab

fn gitlab() -> Case {
    use Check::*;
    let token_self = "/api/v4/personal_access_tokens/self";
    Case {
        job: job(Provider::Gitlab, glpat()),
        primary: ("GET", "/api/v4/personal_access_tokens/self", None),
        valid: vec![
            get(
                token_self,
                json!({
                    "id": 7, "name": "ci", "revoked": false,
                    "created_at": "2025-01-01T00:00:00.000Z",
                    "scopes": ["api", "read_repository"], "user_id": 3,
                    "last_used_at": "2025-06-01T00:00:00.000Z", "active": true,
                    "expires_at": "2099-12-31"
                }),
            )
            .and(header_exists("private-token")),
            get(
                "/api/v4/user",
                json!({"id": 3, "username": "gina", "is_admin": true, "bot": false}),
            ),
            get("/api/v4/projects", json!([])).header("x-total", "4"),
        ],
        valid_says: vec![
            Scopes(&["api", "read_repository"]),
            Grant("api", Access::Write),
            Grant("read_repository", Access::Read),
            Grant("is_admin", Access::Admin),
            Name(Some("gina")),
            NotExpired,
            Extra("/last_used_at", json!("2025-06-01T00:00:00.000Z")),
            Extra("/projects_maintainer_or_owner", json!(4)),
        ],
        missing: vec![get(
            token_self,
            json!({"id": 7, "scopes": ["read_repository"], "user_id": 3, "active": true}),
        )],
        missing_says: vec![
            Expires(Expiry::Unknown),
            Note("expires_at"),
            Id(Some("3")),
            Name(None),
        ],
        unauthorized: (401, r#"{"message":"401 Unauthorized"}"#),
        forbidden: (
            r#"{"error":"insufficient_scope","error_description":"The request requires higher privileges."}"#,
            Status::Valid,
        ),
        malformed: "<html>sign in</html>",
    }
}
provider_suite!(gitlab);

// ---------------------------------------------------------------------------------------
// Slack

fn slack() -> Case {
    use Check::*;
    let auth_test = |body| Stub::new("POST", "/api/auth.test", json_resp(200, body));
    Case {
        job: job(Provider::Slack, slack_bot()),
        primary: ("POST", "/api/auth.test", None),
        valid: vec![
            auth_test(json!({
                "ok": true, "url": "https://acme.slack.com/", "team": "Acme",
                "user": "deploybot", "team_id": "T1", "user_id": "U1", "bot_id": "B1"
            }))
            .and(header_exists("authorization"))
            .header("x-oauth-scopes", "chat:write,channels:read,admin"),
        ],
        valid_says: vec![
            Kind(IdentityKind::Bot),
            Name(Some("deploybot")),
            Scopes(&["chat:write", "channels:read", "admin"]),
            Grant("chat:write", Access::Write),
            Grant("channels:read", Access::Read),
            Grant("admin", Access::Admin),
            Extra("/team", json!("Acme")),
        ],
        missing: vec![auth_test(
            json!({"ok": true, "team": "Acme", "user": "dev", "user_id": "U2"}),
        )],
        missing_says: vec![
            Scopes(&[]),
            Note("x-oauth-scopes"),
            Kind(IdentityKind::User),
        ],
        unauthorized: (200, r#"{"ok":false,"error":"token_revoked"}"#),
        forbidden: ("<html>blocked</html>", unknown(UnknownReason::Forbidden)),
        malformed: "ok",
    }
}
provider_suite!(slack);

// ---------------------------------------------------------------------------------------
// Stripe

fn stripe() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Stripe, stripe_secret()),
        primary: ("GET", "/v1/account", None),
        valid: vec![
            get(
                "/v1/account",
                json!({
                    "id": "acct_1", "object": "account", "email": "ops@acme.test",
                    "country": "US", "settings": {"dashboard": {"display_name": "Acme"}}
                }),
            )
            .and(header_exists("authorization")),
        ],
        valid_says: vec![
            Kind(IdentityKind::Account),
            Name(Some("Acme")),
            Id(Some("acct_1")),
            MaxAccess(Access::Admin),
            Extra("/mode", json!("live")),
        ],
        missing: vec![get(
            "/v1/account",
            json!({"id": "acct_1", "object": "account"}),
        )],
        missing_says: vec![Name(None), MaxAccess(Access::Admin)],
        unauthorized: (
            401,
            r#"{"error":{"type":"invalid_request_error","message":"Invalid API Key provided"}}"#,
        ),
        forbidden: (
            r#"{"error":{"type":"invalid_request_error","message":"The provided key does not have the required permissions"}}"#,
            Status::Valid,
        ),
        malformed: "[]",
    }
}
provider_suite!(stripe);

// ---------------------------------------------------------------------------------------
// OpenAI

fn openai() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Openai, openai_key()),
        primary: ("GET", "/v1/models", None),
        valid: vec![
            get(
                "/v1/models",
                json!({"object": "list", "data": [{"id": "gpt-x"}]}),
            )
            .and(header_exists("authorization"))
            .header("openai-organization", "org-abc")
            .header("openai-project", "proj_1"),
            get(
                "/v1/me",
                json!({
                    "id": "user-1", "email": "dev@acme.test",
                    "orgs": {"data": [{"id": "org-abc", "title": "Acme", "role": "owner"}]}
                }),
            ),
            get("/v1/files", json!({"data": []})),
        ],
        valid_says: vec![
            Kind(IdentityKind::User),
            Name(Some("dev@acme.test")),
            Grant("model.read", Access::Read),
            Grant("files.read", Access::Read),
            NoGrant("batches.read", Access::Read),
            Extra("/project", json!("proj_1")),
            Extra("/orgs/0/role", json!("owner")),
            SomeNotes,
        ],
        missing: vec![get("/v1/models", json!({"data": []}))],
        missing_says: vec![Kind(IdentityKind::Org), Name(None), Note("/v1/me")],
        unauthorized: (
            401,
            r#"{"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}}"#,
        ),
        forbidden: (
            r#"{"error":{"message":"You have insufficient permissions for this operation. Missing scopes: api.model.read."}}"#,
            Status::Valid,
        ),
        malformed: r#"{"object":"list"}"#,
    }
}
provider_suite!(openai);

// ---------------------------------------------------------------------------------------
// Anthropic

fn anthropic() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Anthropic, anthropic_key()),
        primary: ("GET", "/v1/models", None),
        valid: vec![
            get(
                "/v1/models",
                json!({"data": [{"id": "claude-x", "type": "model"}], "has_more": false}),
            )
            .and(header("anthropic-version", "2023-06-01"))
            .and(header_exists("x-api-key"))
            .header("anthropic-organization-id", "org-uuid"),
        ],
        valid_says: vec![
            Kind(IdentityKind::Org),
            Id(Some("org-uuid")),
            Grant("full_access", Access::Write),
            Extra("/models", json!(1)),
        ],
        missing: vec![get("/v1/models", json!({"data": []}))],
        missing_says: vec![Id(None)],
        unauthorized: (
            401,
            r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#,
        ),
        forbidden: (
            r#"{"type":"error","error":{"type":"permission_error","message":"not allowed"}}"#,
            Status::Valid,
        ),
        malformed: r#"{"type":"models"}"#,
    }
}
provider_suite!(anthropic);

// ---------------------------------------------------------------------------------------
// Hugging Face

fn huggingface() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Huggingface, hf_token()),
        primary: ("GET", "/api/whoami-v2", None),
        valid: vec![
            get(
                "/api/whoami-v2",
                json!({
                    "type": "user", "id": "u1", "name": "hanna",
                    "orgs": [{"name": "acme", "roleInOrg": "admin"}],
                    "auth": {"type": "access_token", "accessToken": {
                        "displayName": "ci", "role": "fineGrained",
                        "createdAt": "2025-01-01T00:00:00.000Z",
                        "expiresAt": "2099-06-01T00:00:00.000Z",
                        "fineGrained": {
                            "global": ["discussion.write"],
                            "scoped": [{
                                "entity": {"_id": "x", "type": "model", "name": "hanna/m"},
                                "permissions": ["repo.content.read", "repo.write"]
                            }]
                        }
                    }}
                }),
            )
            .and(header_exists("authorization")),
        ],
        valid_says: vec![
            Name(Some("hanna")),
            Binding("model:hanna/m", "repo.write", Access::Write),
            Grant("repo.content.read", Access::Read),
            Grant("discussion.write", Access::Write),
            ScopeCount(3),
            Extra("/token_name", json!("ci")),
            Expires(Expiry::At {
                at: "2099-06-01T00:00:00Z".into(),
                expired: false,
            }),
        ],
        missing: vec![get(
            "/api/whoami-v2",
            json!({"type": "user", "name": "hanna"}),
        )],
        missing_says: vec![NoBindings, Note("role")],
        unauthorized: (
            401,
            r#"{"error":"Invalid credentials in Authorization header"}"#,
        ),
        forbidden: ("{}", unknown(UnknownReason::Forbidden)),
        malformed: r#"{"type":"user"}"#,
    }
}
provider_suite!(huggingface);

// ---------------------------------------------------------------------------------------
// npm

fn npm() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Npm, npm_token()),
        primary: ("GET", "/-/whoami", None),
        valid: vec![
            get("/-/whoami", json!({"username": "npmuser"})).and(header_exists("authorization")),
            get(
                "/-/npm/v1/user",
                json!({"name": "npmuser", "tfa": {"mode": "auth-and-writes"}}),
            ),
        ],
        valid_says: vec![
            Name(Some("npmuser")),
            Extra("/tfa", json!("auth-and-writes")),
            // Identity only.
            NoBindings,
            SomeNotes,
        ],
        missing: vec![get("/-/whoami", json!({"username": "npmuser"}))],
        missing_says: vec![NoExtra("tfa")],
        unauthorized: (401, r#"{"error":"You must be logged in"}"#),
        forbidden: ("{}", unknown(UnknownReason::Forbidden)),
        malformed: "{}",
    }
}
provider_suite!(npm);

// ---------------------------------------------------------------------------------------
// SendGrid

fn sendgrid() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Sendgrid, sendgrid_key()),
        primary: ("GET", "/v3/scopes", None),
        valid: vec![
            get(
                "/v3/scopes",
                json!({"scopes": ["mail.send", "api_keys.create", "api_keys.read", "user.username.read"]}),
            )
            .and(header_exists("authorization")),
            get(
                "/v3/user/username",
                json!({"username": "sg", "user_id": 99}),
            ),
        ],
        valid_says: vec![
            Name(Some("sg")),
            On("api_keys", Access::Admin),
            On("mail", Access::Write),
            ScopeCount(4),
            Extra("/full_access_likely", json!(true)),
        ],
        missing: vec![get("/v3/scopes", json!({"scopes": ["mail.send"]}))],
        missing_says: vec![NoIdentity, Note("account name")],
        unauthorized: (
            401,
            r#"{"errors":[{"field":null,"message":"authorization required"}]}"#,
        ),
        forbidden: (
            r#"{"errors":[{"message":"access forbidden"}]}"#,
            unknown(UnknownReason::Forbidden),
        ),
        malformed: r#"{"scopes":"all"}"#,
    }
}
provider_suite!(sendgrid);

// ---------------------------------------------------------------------------------------
// Docker Hub

fn dockerhub_valid() -> Vec<Stub> {
    let token = jwt(json!({
        "scope": "repo:admin",
        "exp": 4_000_000_000u64,
        "https://hub.docker.com": {"username": "alice", "uuid": "u-1"}
    }));
    vec![
        Stub::new(
            "POST",
            "/v2/auth/token",
            json_resp(200, json!({"access_token": token})),
        )
        .and(body_string_contains(r#""identifier":"alice""#)),
    ]
}

fn dockerhub() -> Case {
    use Check::*;
    let token = jwt(json!({"exp": 4_000_000_000u64}));
    Case {
        job: job(Provider::Dockerhub, docker_pat()),
        primary: ("POST", "/v2/auth/token", None),
        valid: dockerhub_valid(),
        valid_says: vec![
            Name(Some("alice")),
            Id(Some("u-1")),
            Scopes(&["repo:admin"]),
            Grant("repo:admin", Access::Admin),
        ],
        missing: vec![Stub::new(
            "POST",
            "/v2/auth/token",
            json_resp(200, json!({"access_token": token})),
        )],
        missing_says: vec![NoBindings, Note("scope claim"), Name(Some("alice"))],
        unauthorized: (401, r#"{"detail":"Incorrect authentication credentials"}"#),
        forbidden: ("{}", unknown(UnknownReason::Forbidden)),
        malformed: r#"{"access_token":"not-a-jwt"}"#,
    }
}
provider_suite!(dockerhub);

// ---------------------------------------------------------------------------------------
// DigitalOcean

fn digitalocean() -> Case {
    use Check::*;
    Case {
        job: job(Provider::Digitalocean, do_token()),
        primary: ("GET", "/v2/account", None),
        valid: vec![
            get(
                "/v2/account",
                json!({"account": {
                    "droplet_limit": 25, "email": "do@acme.test", "uuid": "u-9",
                    "email_verified": true, "status": "active",
                    "team": {"uuid": "t1", "name": "Acme"}
                }}),
            )
            .and(header_exists("authorization")),
            get("/v2/droplets", json!({"droplets": []})),
        ],
        valid_says: vec![
            Name(Some("do@acme.test")),
            Id(Some("u-9")),
            Grant("account:read", Access::Read),
            Grant("droplet:read", Access::Read),
            NoGrant("kubernetes:read", Access::Read),
            Extra("/team/name", json!("Acme")),
        ],
        missing: vec![get("/v2/account", json!({"account": {"uuid": "u-9"}}))],
        missing_says: vec![Name(None), NoExtra("team")],
        unauthorized: (
            401,
            r#"{"id":"Unauthorized","message":"Unable to authenticate you"}"#,
        ),
        forbidden: (
            r#"{"id":"Forbidden","message":"You are not authorized to perform this operation"}"#,
            Status::Valid,
        ),
        malformed: r#"{"account":null}"#,
    }
}
provider_suite!(digitalocean);

// ---------------------------------------------------------------------------------------
// AWS

const STS_OK: &str = r#"<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <GetCallerIdentityResult>
    <Arn>arn:aws:iam::123456789012:user/dev/alice</Arn>
    <UserId>AIDAEXAMPLEUSERID01</UserId>
    <Account>123456789012</Account>
  </GetCallerIdentityResult>
  <ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>
</GetCallerIdentityResponse>"#;

fn aws_error(code: &str) -> String {
    format!(
        "<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>m</Message></Error></ErrorResponse>"
    )
}

fn percent(s: &str) -> String {
    tokenscope::verify::aws::form_encode(s)
}

/// `GetAccessKeyLastUsed`, shaped like AWS's documented sample response; `None` is a key
/// never used (`N/A` service and region, no `LastUsedDate`).
fn aws_last_used(date: Option<&str>) -> Stub {
    let inner = match date {
        Some(d) => format!(
            "<Region>us-west-2</Region><LastUsedDate>{d}</LastUsedDate><ServiceName>s3</ServiceName>"
        ),
        None => "<Region>N/A</Region><ServiceName>N/A</ServiceName>".to_string(),
    };
    aws_call(
        "GetAccessKeyLastUsed",
        Some(&format!("AccessKeyId={}", aws_key_id())),
        xml(
            200,
            &format!(
                r#"<GetAccessKeyLastUsedResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <GetAccessKeyLastUsedResult>
    <AccessKeyLastUsed>{inner}</AccessKeyLastUsed>
    <UserName>alice</UserName>
  </GetAccessKeyLastUsedResult>
  <ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata>
</GetAccessKeyLastUsedResponse>"#
            ),
        ),
    )
}

/// `ListAccessKeys` for alice: another (inactive) key first, then this one, created then.
fn aws_list_keys(created: &str) -> Stub {
    let other = format!("AKIA{}", "ZZ2Z".repeat(4));
    aws_call(
        "ListAccessKeys",
        Some("UserName=alice"),
        xml(
            200,
            &format!(
                r#"<ListAccessKeysResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
  <ListAccessKeysResult>
    <UserName>alice</UserName>
    <AccessKeyMetadata>
      <member><UserName>alice</UserName><AccessKeyId>{other}</AccessKeyId><Status>Inactive</Status><CreateDate>2019-01-01T00:00:00Z</CreateDate></member>
      <member><UserName>alice</UserName><AccessKeyId>{}</AccessKeyId><Status>Active</Status><CreateDate>{created}</CreateDate></member>
    </AccessKeyMetadata>
    <IsTruncated>false</IsTruncated>
  </ListAccessKeysResult>
  <ResponseMetadata><RequestId>r-3</RequestId></ResponseMetadata>
</ListAccessKeysResponse>"#,
                aws_key_id()
            ),
        ),
    )
}

fn aws_valid() -> Vec<Stub> {
    let inline = percent(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","lambda:CreateFunction"],"Resource":"*"}]}"#,
    );
    let admin = percent(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#,
    );
    vec![
        aws_call("GetCallerIdentity", None, xml(200, STS_OK)),
        aws_last_used(Some("2015-03-13T10:45:00Z")),
        aws_list_keys("2014-01-01T00:00:00Z"),
        aws_call(
            "ListAttachedUserPolicies",
            Some("UserName=alice"),
            xml(
                200,
                "<ListAttachedUserPoliciesResponse><ListAttachedUserPoliciesResult><AttachedPolicies>\
                 <member><PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member>\
                 </AttachedPolicies></ListAttachedUserPoliciesResult></ListAttachedUserPoliciesResponse>",
            ),
        ),
        aws_call(
            "ListUserPolicies",
            None,
            xml(
                200,
                "<ListUserPoliciesResponse><ListUserPoliciesResult><PolicyNames><member>deploy</member></PolicyNames></ListUserPoliciesResult></ListUserPoliciesResponse>",
            ),
        ),
        aws_call(
            "GetUserPolicy",
            Some("PolicyName=deploy"),
            xml(
                200,
                &format!(
                    "<GetUserPolicyResponse><GetUserPolicyResult><PolicyDocument>{inline}</PolicyDocument></GetUserPolicyResult></GetUserPolicyResponse>"
                ),
            ),
        ),
        aws_call(
            "ListGroupsForUser",
            None,
            xml(
                200,
                "<ListGroupsForUserResponse><ListGroupsForUserResult><Groups><member><GroupName>admins</GroupName></member></Groups></ListGroupsForUserResult></ListGroupsForUserResponse>",
            ),
        ),
        aws_call(
            "ListAttachedGroupPolicies",
            None,
            xml(
                200,
                "<R><AttachedPolicies><member><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member></AttachedPolicies></R>",
            ),
        ),
        aws_call("ListGroupPolicies", None, xml(200, "<R><PolicyNames/></R>")),
        aws_call(
            "GetPolicy",
            Some("AdministratorAccess"),
            xml(
                200,
                "<R><Policy><DefaultVersionId>v1</DefaultVersionId></Policy></R>",
            ),
        ),
        aws_call(
            "GetPolicyVersion",
            Some("AdministratorAccess"),
            xml(
                200,
                &format!("<R><PolicyVersion><Document>{admin}</Document></PolicyVersion></R>"),
            ),
        ),
        // ReadOnlyAccess: the key may not read that policy; judged by name.
        aws_call(
            "GetPolicy",
            Some("ReadOnlyAccess"),
            xml(403, &aws_error("AccessDenied")),
        ),
    ]
}

fn aws() -> Case {
    use Check::*;
    Case {
        job: aws_job(),
        primary: ("POST", "/", Some("Action=GetCallerIdentity")),
        valid: aws_valid(),
        valid_says: vec![
            Kind(IdentityKind::User),
            Name(Some("alice")),
            Extra("/account", json!("123456789012")),
            Extra("/summary", json!("admin")),
            Extra("/groups", json!(["admins"])),
            Grant("*", Access::Admin),
            Grant("iam:PassRole", Access::Admin),
            Grant("lambda:CreateFunction", Access::Write),
            Grant("read-only", Access::Read),
            Extra("/privilege_escalation_actions", json!(["iam:PassRole"])),
            Extra("/key_status", json!("Active")),
            Extra("/last_used_service", json!("s3")),
        ],
        missing: vec![
            aws_call("GetCallerIdentity", None, xml(200, STS_OK)),
            Stub::new("POST", "/", xml(403, &aws_error("AccessDenied"))).priority(10),
        ],
        missing_says: vec![
            NoBindings,
            Extra("/summary", json!("unknown")),
            Note("may not read its own"),
            Note("last use: the key may not read it"),
            Note("age and status: the key may not list"),
            NoExtra("key_status"),
        ],
        unauthorized: (
            403,
            "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>",
        ),
        forbidden: (
            "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>",
            unknown(UnknownReason::Forbidden),
        ),
        malformed: "<GetCallerIdentityResponse>",
    }
}
provider_suite!(aws);

// ---------------------------------------------------------------------------------------
// Provider-specific flows

#[tokio::test(flavor = "multi_thread")]
async fn github_fine_grained_lists_repos_and_probes_reads() {
    let s = MockServer::start().await;
    let repos = json!([{"full_name": "octo/secret", "private": true}, {"full_name": "octo/pub", "private": false}]);
    let denied = json!({"message": "Resource not accessible by personal access token"});
    mount(
        &s,
        vec![
            get("/user", json!({"login": "octo", "id": 42})).header(
                "github-authentication-token-expiration",
                "2099-02-01 10:00:00 +0100",
            ),
            get("/user/repos", repos).header("link", r#"<http://x/user/repos?page=2>; rel="next""#),
            get("/repos/octo/secret/commits", json!([])),
            get("/repos/octo/secret/actions/secrets", json!([])),
            Stub::new("GET", "/repos/octo/secret/issues", json_resp(403, denied)),
        ],
    )
    .await;
    let token = format!("github_pat_{}_{}", "A1b2C3d4E5f6G7h8I9j0K1", "Z".repeat(59));
    let v = run(job(Provider::Github, token), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(v.raw_scopes.is_empty());
    assert!(has_binding(&v, "metadata", Access::Read));
    let on_secret = |perm: &str| {
        v.bindings
            .iter()
            .any(|b| b.resource == "repo:octo/secret" && b.permission == perm)
    };
    assert!(on_secret("contents"));
    assert!(on_secret("secrets"));
    assert!(!on_secret("issues"));
    assert_eq!(v.extras["repositories"], "more than 2");
    assert!(v.unknowns.iter().any(|u| u.contains("write access")));
    assert!(matches!(
        &v.expiry,
        tokenscope::finding::Expiry::At { at, expired: false } if at == "2099-02-01T09:00:00Z"
    ));
}

#[tokio::test(flavor = "multi_thread")]
async fn github_installation_token_lists_installation_repositories() {
    let s = MockServer::start().await;
    let repos =
        json!({"total_count": 3, "repositories": [{"full_name": "acme/api", "private": false}]});
    mount(&s, vec![get("/installation/repositories", repos)]).await;
    let v = run(
        job(
            Provider::Github,
            github_style_token("ghs_", &"s3rv3r".repeat(5)),
        ),
        &s,
    )
    .await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert_eq!(v.identity.as_ref().unwrap().kind, IdentityKind::App);
    assert_eq!(v.extras["repositories"], 3);
    assert!(v.unknowns.iter().any(|u| u.contains("JWT")));
}

#[tokio::test(flavor = "multi_thread")]
async fn github_user_to_server_token_reads_installation_permissions() {
    let s = MockServer::start().await;
    let installations = json!({"total_count": 1, "installations": [{
        "account": {"login": "acme"},
        "permissions": {"contents": "write", "metadata": "read", "administration": "admin"}
    }]});
    mount(
        &s,
        vec![
            get("/user", json!({"login": "octo", "id": 1})),
            get("/user/installations", installations),
        ],
    )
    .await;
    let v = run(
        job(
            Provider::Github,
            github_style_token("ghu_", &"us3r2s".repeat(5)),
        ),
        &s,
    )
    .await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(has_binding(&v, "contents", Access::Write));
    assert!(has_binding(&v, "administration", Access::Admin));
    assert_eq!(v.extras["installations"], 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn github_secondary_rate_limit_is_retried() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/user"))
        .respond_with(
            json_resp(
                403,
                json!({"message": "You have exceeded a secondary rate limit."}),
            )
            .insert_header("retry-after", "1"),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&s)
        .await;
    mount(&s, github_valid()).await;
    let t = Instant::now();
    let v = run(job(Provider::Github, ghp()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(t.elapsed() >= Duration::from_millis(950));
}

#[tokio::test(flavor = "multi_thread")]
async fn rate_limit_retries_are_bounded() {
    let s = MockServer::start().await;
    let limited =
        Stub::new("GET", "/v1/account", ResponseTemplate::new(429)).header("retry-after", "0");
    mount(&s, vec![limited]).await;
    let v = run(job(Provider::Stripe, stripe_secret()), &s).await;
    assert_unknown(&v, UnknownReason::RateLimited);
    // One try plus max_retries (2).
    assert_eq!(s.received_requests().await.unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn retry_after_beyond_the_cap_gives_up_at_once() {
    let s = MockServer::start().await;
    let limited =
        Stub::new("GET", "/v2/account", ResponseTemplate::new(429)).header("retry-after", "3600");
    mount(&s, vec![limited]).await;
    let t = Instant::now();
    let v = run(job(Provider::Digitalocean, do_token()), &s).await;
    assert_unknown(&v, UnknownReason::RateLimited);
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[tokio::test(flavor = "multi_thread")]
async fn stripe_restricted_key_is_probed_with_gets_only() {
    let s = MockServer::start().await;
    let missing =
        json!({"error": {"type": "invalid_request_error", "message": "missing permission"}});
    let list = json!({"object": "list", "data": []});
    mount(
        &s,
        vec![
            Stub::new("GET", "/v1/account", json_resp(403, missing)),
            get("/v1/balance", list.clone()),
            get("/v1/charges", list),
        ],
    )
    .await;
    Mock::given(method("GET"))
        .respond_with(json_resp(
            403,
            json!({"error": {"type": "invalid_request_error"}}),
        ))
        .with_priority(10)
        .mount(&s)
        .await;
    let v = run(job(Provider::Stripe, stripe_restricted()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(has_binding(&v, "rak_balance_read", Access::Read));
    assert!(has_binding(&v, "rak_charge_read", Access::Read));
    assert!(!has_binding(&v, "rak_customer_read", Access::Read));
    assert_eq!(v.max_access(), Some(Access::Read));
    assert!(v.unknowns.iter().any(|u| u.contains("write permissions")));
    let reqs = s.received_requests().await.unwrap();
    assert!(reqs.iter().all(|r| r.method.as_str() == "GET"));
}

#[tokio::test(flavor = "multi_thread")]
async fn openai_quota_exhausted_key_is_valid() {
    let s = MockServer::start().await;
    let quota = json!({"error": {"type": "insufficient_quota", "code": "insufficient_quota"}});
    mount(
        &s,
        vec![Stub::new("GET", "/v1/models", json_resp(429, quota))],
    )
    .await;
    let v = run(job(Provider::Openai, openai_key()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert_eq!(v.extras["quota_exhausted"], true);
    // Not retried: quota is not a rate limit.
    let hits = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/v1/models")
        .count();
    assert_eq!(hits, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn openai_admin_key_is_admin() {
    let s = MockServer::start().await;
    let projects = json!({"object": "list", "data": [{"id": "proj_1", "name": "Default"}]});
    mount(&s, vec![get("/v1/organization/projects", projects)]).await;
    let v = run(job(Provider::Openai, openai_admin()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert_eq!(v.max_access(), Some(Access::Admin));
    assert_eq!(v.extras["project_names"], json!(["Default"]));
}

#[tokio::test(flavor = "multi_thread")]
async fn anthropic_admin_key_reads_the_organization() {
    let s = MockServer::start().await;
    let org = json!({"id": "org-1", "name": "Acme", "type": "organization"});
    let users = json!({"data": [{"id": "u"}, {"id": "v"}]});
    mount(
        &s,
        vec![
            get("/v1/organizations/me", org),
            get("/v1/organizations/users", users),
        ],
    )
    .await;
    let v = run(job(Provider::Anthropic, anthropic_admin()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert_eq!(v.identity.as_ref().unwrap().name.as_deref(), Some("Acme"));
    assert_eq!(v.max_access(), Some(Access::Admin));
    assert_eq!(v.extras["users"], 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn huggingface_write_token_is_capped_by_org_role() {
    let s = MockServer::start().await;
    let whoami = json!({"type": "user", "name": "hanna",
                        "orgs": [{"name": "acme", "roleInOrg": "read"}],
                        "auth": {"accessToken": {"role": "write", "displayName": "w"}}});
    mount(&s, vec![get("/api/whoami-v2", whoami)]).await;
    let v = run(job(Provider::Huggingface, hf_token()), &s).await;
    assert_eq!(v.raw_scopes, vec!["write"]);
    // No expiresAt at all: unknown, and said so.
    assert_eq!(v.expiry, Expiry::Unknown);
    assert!(v.unknowns.iter().any(|u| u.contains("expiresAt")));
    assert!(
        v.bindings
            .iter()
            .any(|b| b.resource == "org:acme" && b.access == Access::Read)
    );
    assert!(
        v.bindings
            .iter()
            .any(|b| b.resource == "user:hanna repositories" && b.access == Access::Write)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn huggingface_token_without_expiry_never_expires() {
    let s = MockServer::start().await;
    let whoami = json!({"type": "user", "name": "hanna",
                        "auth": {"accessToken": {"role": "read", "expiresAt": null}}});
    mount(&s, vec![get("/api/whoami-v2", whoami)]).await;
    let v = run(job(Provider::Huggingface, hf_token()), &s).await;
    assert_eq!(v.expiry, Expiry::Never);
    let s = MockServer::start().await;
    let whoami = json!({"type": "user", "name": "hanna",
                        "auth": {"accessToken": {"role": "read", "expiresAt": "2020-01-01T00:00:00Z"}}});
    mount(&s, vec![get("/api/whoami-v2", whoami)]).await;
    let v = run(job(Provider::Huggingface, hf_token()), &s).await;
    assert!(
        matches!(v.expiry, Expiry::At { expired: true, .. }),
        "{v:#?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn docker_hub_scopes_name_their_undocumented_source() {
    let s = MockServer::start().await;
    mount(&s, dockerhub_valid()).await;
    let v = run(job(Provider::Dockerhub, docker_pat()), &s).await;
    assert_eq!(
        v.extras["scope_source"],
        "session JWT claim (not documented by Docker)"
    );
    assert!(v.unknowns.iter().any(|u| u.contains("does not document")));
    // A scope name Docker does not document is kept raw, never turned into a grant.
    let s = MockServer::start().await;
    let token = jwt(json!({"scope": "repo:admin hub:everything", "exp": 4_000_000_000u64}));
    mount(
        &s,
        vec![Stub::new(
            "POST",
            "/v2/auth/token",
            json_resp(200, json!({"access_token": token})),
        )],
    )
    .await;
    let v = run(job(Provider::Dockerhub, docker_pat()), &s).await;
    assert_eq!(v.raw_scopes, ["repo:admin", "hub:everything"]);
    assert!(has_binding(&v, "repo:admin", Access::Admin));
    assert!(!v.bindings.iter().any(|b| b.permission == "hub:everything"));
}

#[tokio::test(flavor = "multi_thread")]
async fn docker_hub_without_account_name_is_unsupported_and_sends_nothing() {
    let s = MockServer::start().await;
    let v = run(
        job(
            Provider::Dockerhub,
            format!("dckr_pat_{}", "Ab1Cd2Ef3".repeat(3)),
        ),
        &s,
    )
    .await;
    assert_unknown(&v, UnknownReason::Unsupported);
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_requests_are_sigv4_signed_and_carry_no_secret() {
    let s = MockServer::start().await;
    mount(&s, aws_valid()).await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Valid);
    let reqs = s.received_requests().await.unwrap();
    assert!(reqs.len() >= 8, "STS + IAM reads: {}", reqs.len());
    let secret = aws_secret();
    for r in &reqs {
        let auth = r.headers.get("authorization").unwrap().to_str().unwrap();
        assert!(auth.starts_with(&format!("AWS4-HMAC-SHA256 Credential={}/", aws_key_id())));
        assert!(auth.contains("SignedHeaders=content-type;host;x-amz-date"));
        assert!(r.headers.get("x-amz-date").is_some());
        let body = String::from_utf8_lossy(&r.body);
        assert!(
            body.starts_with("Action=Get") || body.starts_with("Action=List"),
            "{body}"
        );
        for part in [
            r.url.as_str().to_string(),
            body.to_string(),
            format!("{:?}", r.headers),
        ] {
            assert!(!part.contains(&secret));
            assert!(!part.contains(&percent(&secret)));
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_key_last_use_age_and_status() {
    let s = MockServer::start().await;
    mount(&s, aws_valid()).await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Valid);
    assert_eq!(v.last_used.as_deref(), Some("2015-03-13T10:45:00Z"));
    assert_eq!(v.created.as_deref(), Some("2014-01-01T00:00:00Z"));
    assert!(!v.never_used);
    assert_eq!(v.extras["last_used_service"], "s3");
    assert_eq!(v.extras["last_used_region"], "us-west-2");
    // This key's record, not the other (inactive) key listed first.
    assert_eq!(v.extras["key_status"], "Active");
    let line = v.usage_line(jiff::Timestamp::now()).unwrap();
    assert!(
        line.starts_with("created 2014-01-01T00:00:00Z (") && line.contains("days ago)"),
        "{line}"
    );
    // Neither the other key's id nor this one's is written into the verification.
    let text = serde_json::to_string(&v).unwrap();
    assert!(
        !text.contains(&aws_key_id()) && !text.contains("ZZ2Z"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_never_used_key_says_so() {
    let s = MockServer::start().await;
    let mut stubs = vec![aws_last_used(None).priority(1)];
    stubs.extend(aws_valid());
    mount(&s, stubs).await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Valid);
    assert!(v.never_used, "{v:#?}");
    assert_eq!(v.last_used, None);
    assert!(
        !v.extras.contains_key("last_used_service"),
        "N/A is not a service"
    );
    assert!(
        v.usage_line(jiff::Timestamp::now())
            .unwrap()
            .ends_with("· never used")
    );
    assert_eq!(serde_json::to_value(&v).unwrap()["never_used"], json!(true));
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_access_denied_on_each_key_call_is_a_note_and_still_valid() {
    for denied in ["GetAccessKeyLastUsed", "ListAccessKeys"] {
        let s = MockServer::start().await;
        let mut stubs =
            vec![aws_call(denied, None, xml(403, &aws_error("AccessDenied"))).priority(1)];
        stubs.extend(aws_valid());
        mount(&s, stubs).await;
        let v = run(aws_job(), &s).await;
        assert_eq!(v.status, Status::Valid, "{denied}");
        assert_eq!(
            v.extras["summary"], "admin",
            "{denied}: policies still read"
        );
        if denied == "GetAccessKeyLastUsed" {
            assert!(
                v.unknowns
                    .iter()
                    .any(|u| u.contains("iam:GetAccessKeyLastUsed"))
            );
            assert_eq!(v.last_used, None);
            assert!(!v.never_used, "denied is not never used");
            assert!(v.created.is_some());
        } else {
            assert!(
                v.unknowns
                    .iter()
                    .any(|u| u.contains("may not list its user's access keys"))
            );
            assert_eq!(v.created, None);
            assert!(v.last_used.is_some());
        }
    }
}

/// How many requests for this AWS action `s` received.
async fn calls_of(s: &MockServer, action: &str) -> usize {
    let start = format!("Action={action}&");
    s.received_requests()
        .await
        .unwrap()
        .into_iter()
        .filter(|r| String::from_utf8_lossy(&r.body).starts_with(&start))
        .count()
}

fn attached_page(arn: &str, marker: Option<&str>) -> String {
    let tail = match marker {
        Some(m) => format!("<IsTruncated>true</IsTruncated><Marker>{m}</Marker>"),
        None => "<IsTruncated>false</IsTruncated>".into(),
    };
    format!(
        "<ListAttachedUserPoliciesResponse><ListAttachedUserPoliciesResult><AttachedPolicies>\
         <member><PolicyName>p</PolicyName><PolicyArn>{arn}</PolicyArn></member>\
         </AttachedPolicies>{tail}</ListAttachedUserPoliciesResult></ListAttachedUserPoliciesResponse>"
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_attached_policies_follow_the_marker() {
    let s = MockServer::start().await;
    let first = "arn:aws:iam::123456789012:policy/first";
    let second = "arn:aws:iam::123456789012:policy/second";
    let stubs = vec![
        aws_call(
            "ListAttachedUserPolicies",
            Some("Marker=page2"),
            xml(200, &attached_page(second, None)),
        )
        .priority(1),
        aws_call(
            "ListAttachedUserPolicies",
            None,
            xml(200, &attached_page(first, Some("page2"))),
        )
        .priority(2),
        aws_call("GetCallerIdentity", None, xml(200, STS_OK)),
        Stub::new("POST", "/", xml(403, &aws_error("AccessDenied"))).priority(10),
    ];
    mount(&s, stubs).await;
    let v = run(aws_job(), &s).await;
    assert_eq!(
        v.extras["managed_policies"],
        json!([first, second]),
        "{v:#?}"
    );
    let pages = calls_of(&s, "ListAttachedUserPolicies").await;
    assert_eq!(pages, 2);
    assert!(!v.unknowns.iter().any(|u| u.contains("partial")), "{v:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_list_pages_are_bounded_and_noted_as_partial() {
    let s = MockServer::start().await;
    let stubs = vec![
        aws_call(
            "ListAttachedUserPolicies",
            None,
            xml(
                200,
                &attached_page("arn:aws:iam::123456789012:policy/loop", Some("again")),
            ),
        ),
        aws_call("GetCallerIdentity", None, xml(200, STS_OK)),
        Stub::new("POST", "/", xml(403, &aws_error("AccessDenied"))).priority(10),
    ];
    mount(&s, stubs).await;
    let v = run(aws_job(), &s).await;
    let pages = calls_of(&s, "ListAttachedUserPolicies").await;
    assert_eq!(pages, tokenscope::verify::aws::MAX_PAGES);
    assert!(
        v.unknowns
            .iter()
            .any(|u| u.contains("attached policies: more than 10 pages; the list is partial")),
        "{v:#?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_root_key_is_admin_without_iam_calls() {
    let s = MockServer::start().await;
    let root = STS_OK.replace("user/dev/alice", "root");
    mount(
        &s,
        vec![aws_call("GetCallerIdentity", None, xml(200, &root))],
    )
    .await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Valid);
    assert_eq!(v.identity.as_ref().unwrap().kind, IdentityKind::Account);
    assert_eq!(v.max_access(), Some(Access::Admin));
    assert_eq!(s.received_requests().await.unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_signature_mismatch_is_a_live_key_id_with_a_rejected_secret() {
    for code in ["SignatureDoesNotMatch", "RequestExpired"] {
        let s = MockServer::start().await;
        let mismatch = xml(403, &aws_error(code));
        mount(&s, vec![aws_call("GetCallerIdentity", None, mismatch)]).await;
        let v = run(aws_job(), &s).await;
        assert_unknown(&v, UnknownReason::SecretRejected);
        assert_eq!(
            v.detail.as_deref(),
            Some("key id live, paired secret rejected or clock skew")
        );
        assert_eq!(v.extras["aws_error"], code);
    }
    // An unknown key id stays invalid.
    let s = MockServer::start().await;
    let dead = xml(403, &aws_error("InvalidClientTokenId"));
    mount(&s, vec![aws_call("GetCallerIdentity", None, dead)]).await;
    assert_eq!(run(aws_job(), &s).await.status, Status::Invalid);
}

#[tokio::test(flavor = "multi_thread")]
async fn slack_invalid_auth_is_ambiguous_and_revoked_tokens_are_invalid() {
    let answer = |code: &str| {
        Stub::new(
            "POST",
            "/api/auth.test",
            json_resp(200, json!({"ok": false, "error": code})),
        )
    };
    let s = MockServer::start().await;
    mount(&s, vec![answer("invalid_auth")]).await;
    let v = run(job(Provider::Slack, slack_bot()), &s).await;
    assert_unknown(&v, UnknownReason::Ambiguous);
    assert!(
        v.detail.as_deref().unwrap().contains("disallowed IP"),
        "{v:#?}"
    );
    for code in [
        "token_revoked",
        "account_inactive",
        "not_authed",
        "token_expired",
    ] {
        let s = MockServer::start().await;
        mount(&s, vec![answer(code)]).await;
        let v = run(job(Provider::Slack, slack_bot()), &s).await;
        assert_eq!(v.status, Status::Invalid, "{code}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn openai_restricted_key_answered_401_missing_scopes_is_valid() {
    let s = MockServer::start().await;
    let body = json!({"error": {
        "message": "You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
        "type": "invalid_request_error", "param": null, "code": null
    }});
    mount(
        &s,
        vec![
            Stub::new("GET", "/v1/models", json_resp(401, body.clone())),
            Stub::new("GET", "/v1/files", json_resp(200, json!({"data": []}))),
            Stub::new("GET", "/v1/me", json_resp(401, body)),
        ],
    )
    .await;
    let v = run(job(Provider::Openai, openai_key()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(v.detail.as_deref().unwrap().contains("restricted"));
    assert!(has_binding(&v, "files.read", Access::Read));
    assert!(!has_binding(&v, "model.read", Access::Read));
    // A 401 with another body from OpenAI's own API is not proof either way.
    let s = MockServer::start().await;
    let other = json!({"error": {"message": "Unauthorized", "code": null}});
    mount(
        &s,
        vec![Stub::new("GET", "/v1/models", json_resp(401, other))],
    )
    .await;
    let v = run(job(Provider::Openai, openai_key()), &s).await;
    assert_unknown(&v, UnknownReason::UndocumentedRejection);
}

#[tokio::test(flavor = "multi_thread")]
async fn github_sso_partial_results_are_reported_as_partial() {
    let s = MockServer::start().await;
    let sso = "partial-results; organizations=21955855,20582480";
    mount(
        &s,
        vec![
            get("/user", json!({"login": "octo", "id": 42}))
                .header("x-oauth-scopes", "repo, read:org"),
            get(
                "/user/repos",
                json!([{"full_name": "octo/a", "private": true}]),
            )
            .header("x-github-sso", sso),
            get("/user/orgs", json!([{"login": "acme"}])).header("x-github-sso", sso),
        ],
    )
    .await;
    let v = run(job(Provider::Github, ghp()), &s).await;
    assert_eq!(v.status, Status::Valid);
    check(
        "github sso",
        &v,
        &[
            Check::Extra("/sso_partial_results", json!(true)),
            Check::Extra("/sso_unauthorized_org_ids", json!(["21955855", "20582480"])),
            Check::Note("repositories: partial results; 2 SAML SSO"),
            Check::Note("organisations: partial results"),
        ],
    );
    // Without the header nothing is said about SSO.
    let s = MockServer::start().await;
    mount(&s, github_valid()).await;
    let v = run(job(Provider::Github, ghp()), &s).await;
    assert!(!v.extras.contains_key("sso_partial_results"));
    assert!(!v.unknowns.iter().any(|u| u.contains("SSO")));
}

// ---------------------------------------------------------------------------------------
// The read-only guard, budget and concurrency

fn http(budget: Duration) -> Http {
    Http::new(HttpConfig {
        timeout: Duration::from_secs(2),
        deadline: Instant::now() + budget,
        max_retries: 0,
        max_retry_wait: Duration::from_secs(1),
        min_interval: Duration::ZERO,
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn guard_refuses_state_changing_requests_before_sending() {
    let s = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(json_resp(200, json!({"ok": true})))
        .mount(&s)
        .await;
    let h = http(Duration::from_secs(10));
    let url = |p: &str| reqwest::Url::parse(&format!("{}{p}", s.uri())).unwrap();
    let refused = [
        Req::post(Provider::Stripe, url("/v1/charges")).form("amount=1".into()),
        Req::post(Provider::Slack, url("/api/chat.postMessage")),
        Req::new(Provider::Github, Method::Delete, url("/repos/o/r")),
        Req::new(Provider::Github, Method::Put, url("/user/starred/o/r")),
        Req::new(Provider::Gitlab, Method::Patch, url("/api/v4/user")),
        Req::post(Provider::Aws, url("/")).form("Action=CreateAccessKey&Version=2010-05-08".into()),
        Req::post(Provider::Aws, url("/")).form("Action=DeleteUser&Version=2010-05-08".into()),
        // An allowlisted path under another provider's name is still refused.
        Req::post(Provider::Github, url("/api/auth.test")),
    ];
    for r in &refused {
        assert_eq!(h.send(r).await.err(), Some(Fail::Refused), "{r:?}");
    }
    assert!(
        s.received_requests().await.unwrap().is_empty(),
        "nothing refused reached the server"
    );
    // The allowlisted read-only POSTs do go out.
    let allowed = [
        Req::post(Provider::Slack, url("/api/auth.test")),
        Req::post(Provider::Aws, url("/"))
            .form("Action=GetCallerIdentity&Version=2011-06-15".into()),
        Req::get(Provider::Github, url("/user")),
    ];
    for r in &allowed {
        assert!(h.send(r).await.is_ok(), "{r:?}");
    }
    assert_eq!(s.received_requests().await.unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn budget_exhausted_is_unknown_budget() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/user"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&s)
        .await;
    let mut o = opts_for(Provider::Github, &s);
    o.timeout = Duration::from_secs(10);
    o.budget = Duration::from_millis(400);
    let t = Instant::now();
    let v = verify_jobs(vec![job(Provider::Github, ghp())], &o)
        .await
        .remove(0);
    assert_unknown(&v, UnknownReason::Budget);
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[tokio::test(flavor = "multi_thread")]
async fn concurrency_is_bounded() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/-/whoami"))
        .respond_with(
            json_resp(200, json!({"username": "u"})).set_delay(Duration::from_millis(300)),
        )
        .mount(&s)
        .await;
    let mut o = opts_for(Provider::Npm, &s);
    o.concurrency = 2;
    let jobs: Vec<Job> = (0..4)
        .map(|i| {
            job(
                Provider::Npm,
                github_style_token("npm_", &format!("{i}").repeat(30)),
            )
        })
        .collect();
    let t = Instant::now();
    let out = verify_jobs(jobs, &o).await;
    assert!(out.iter().all(|v| v.status == Status::Valid));
    // 4 tokens, 2 at a time, whoami (300 ms) each: at least two rounds.
    assert!(
        t.elapsed() >= Duration::from_millis(600),
        "{:?}",
        t.elapsed()
    );
}

// ---------------------------------------------------------------------------------------
// Where tokens go

#[test]
fn without_overrides_every_request_goes_to_the_official_host() {
    for p in Provider::all() {
        let u = request_url(p, None);
        assert_eq!(u.scheme(), "https");
        let official = reqwest::Url::parse(p.official_base()).unwrap();
        assert_eq!(u.host_str(), official.host_str(), "{p}");
    }
    assert_eq!(
        request_url(Provider::Github, None).as_str(),
        "https://api.github.com/user"
    );
    assert_eq!(
        request_url(Provider::Gitlab, None).as_str(),
        "https://gitlab.com/api/v4/personal_access_tokens/self"
    );
    let ghe = reqwest::Url::parse("https://ghe.example.com/api/v3").unwrap();
    assert_eq!(
        request_url(Provider::Github, Some(&ghe)).as_str(),
        "https://ghe.example.com/api/v3/user"
    );
}

fn provider_findings<'a>(doc: &'a Value, provider: &str) -> Vec<&'a Value> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["provider"] == provider)
        .collect()
}

/// The first finding of `provider` in a JSON report.
fn provider_finding<'a>(doc: &'a Value, provider: &str) -> &'a Value {
    provider_findings(doc, provider)
        .first()
        .copied()
        .unwrap_or_else(|| panic!("no {provider} finding in {doc:#}"))
}

fn github_findings(doc: &Value) -> Vec<&Value> {
    provider_findings(doc, "github")
}

fn github_finding(doc: &Value) -> &Value {
    provider_finding(doc, "github")
}

/// `scan ROOT --format json` and `extra`.
fn scan_json_args(root: &str, extra: &[&str]) -> Vec<String> {
    ["scan", root, "--format", "json"]
        .iter()
        .chain(extra)
        .map(|s| s.to_string())
        .collect()
}

fn rank(severity: &Value) -> u8 {
    match severity.as_str() {
        Some("low") => 0,
        Some("medium") => 1,
        Some("high") => 2,
        Some("critical") => 3,
        other => panic!("{other:?}"),
    }
}

fn tokenscope() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tokenscope"))
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// A file holding a token next to the URL of a decoy server: with an override pointing at
/// the real mock, the decoy receives nothing; with no override and no budget, nothing is
/// sent anywhere.
#[tokio::test(flavor = "multi_thread")]
async fn decoy_host_in_scanned_content_receives_nothing() {
    let real = MockServer::start().await;
    let decoy = MockServer::start().await;
    mount(&real, github_valid()).await;
    Mock::given(wiremock::matchers::any())
        .respond_with(json_resp(200, json!({"login": "decoy"})))
        .mount(&decoy)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let token = ghp();
    write(
        dir.path(),
        "config.env",
        &format!(
            "GITHUB_API_URL={}/api/v3\nGH_HOST={}\nGITHUB_TOKEN={token}\n",
            decoy.uri(),
            decoy.uri().trim_start_matches("http://")
        ),
    );
    let out = tokio::task::spawn_blocking({
        let dir = dir.path().to_path_buf();
        let endpoint = format!("github={}", real.uri());
        move || {
            tokenscope()
                .args([
                    "scan",
                    "--format",
                    "json",
                    "--verify",
                    "--endpoint",
                    &endpoint,
                ])
                .arg(&dir)
                .output()
                .unwrap()
        }
    })
    .await
    .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(github_finding(&doc)["verification"]["status"], "valid");
    assert!(!real.received_requests().await.unwrap().is_empty());
    assert!(
        decoy.received_requests().await.unwrap().is_empty(),
        "decoy was contacted"
    );

    // No override, zero budget: the verifier would use api.github.com, and sends nothing.
    let out = tokio::task::spawn_blocking({
        let dir = dir.path().to_path_buf();
        move || {
            tokenscope()
                .args([
                    "scan",
                    "--format",
                    "json",
                    "--verify",
                    "--verify-budget",
                    "0ms",
                ])
                .arg(&dir)
                .output()
                .unwrap()
        }
    })
    .await
    .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    // GH_HOST names another instance: the token is not for api.github.com either.
    assert_eq!(
        github_finding(&doc)["verification"]["reason"],
        "other-instance"
    );
    assert!(decoy.received_requests().await.unwrap().is_empty());
}

/// Tokens next to the host of another instance or region are not sent to the public host
/// and read as `unknown (other-instance)`; with `--endpoint` they go to the named instance.
/// The budget is zero, so even a wrong decision could send nothing anywhere.
#[tokio::test(flavor = "multi_thread")]
async fn other_instance_tokens_are_not_sent_to_the_public_host() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "ghe.env",
        &format!(
            "GITHUB_API_URL=https://github.acme.corp/api/v3
GITHUB_TOKEN={}
",
            ghp()
        ),
    );
    write(
        dir.path(),
        "gitlab.yml",
        &format!(
            "gitlab_url: https://gitlab.acme.corp
token: {}
",
            glpat()
        ),
    );
    let root = dir.path().display().to_string();
    let args = |extra: &[&str]| scan_json_args(&root, extra);
    let out = cli(args(&["--verify", "--verify-budget", "0ms"])).await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    for provider in ["github", "gitlab"] {
        let f = provider_finding(&doc, provider);
        let v = &f["verification"];
        assert_eq!(v["status"], "unknown", "{provider}: {v:#}");
        assert_eq!(v["reason"], "other-instance", "{provider}: {v:#}");
        assert!(
            v["detail"].as_str().unwrap().contains("--endpoint"),
            "{provider}: {v:#}"
        );
    }
    // With an explicit endpoint the token goes there (here: to a mock).
    let s = MockServer::start().await;
    mount(&s, github_valid()).await;
    let endpoint = format!("github={}", s.uri());
    let out = cli(args(&[
        "--verify",
        "--verify-budget",
        "30s",
        "--endpoint",
        &endpoint,
    ]))
    .await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(github_finding(&doc)["verification"]["status"], "valid");

    // --only-verified says what it left out, even with --quiet.
    let out = cli(args(&[
        "--only-verified",
        "--quiet",
        "--verify-budget",
        "0ms",
    ]))
    .await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(doc["findings"].as_array().unwrap().is_empty(), "{doc:#}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "--only-verified left out 2 unknown tokens (2 other-instance) and 0 invalid tokens"
        ),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------
// End to end through the CLI

async fn cli(args: Vec<String>) -> std::process::Output {
    tokio::task::spawn_blocking(move || tokenscope().args(&args).output().unwrap())
        .await
        .unwrap()
}

/// Without a network the summary says that the provider could not be reached, instead of
/// a bare count of unknown tokens.
#[tokio::test(flavor = "multi_thread")]
async fn cli_verify_says_when_no_provider_could_be_reached() {
    // A port nothing listens on: the connection is refused at once, locally.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "deploy.sh",
        &format!("export GITHUB_TOKEN={}\n", ghp()),
    );
    let out = cli(vec![
        "scan".into(),
        dir.path().display().to_string(),
        "--verify".into(),
        "--endpoint".into(),
        format!("github=http://127.0.0.1:{port}"),
    ])
    .await;
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        stderr.contains("could not reach github") && stderr.contains("network"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(stdout.contains("unknown (network)"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_scan_verify_reports_in_json_sarif_and_text_without_leaking() {
    let s = MockServer::start().await;
    mount(&s, github_valid()).await;
    let dir = tempfile::tempdir().unwrap();
    let token = ghp();
    write(
        dir.path(),
        "deploy.sh",
        &format!("export GITHUB_TOKEN={token}\n"),
    );
    let endpoint = format!("github={}", s.uri());
    let root = dir.path().display().to_string();

    let out = cli(vec![
        "scan".into(),
        root.clone(),
        "--format".into(),
        "json".into(),
        "--verify".into(),
        "--endpoint".into(),
        endpoint.clone(),
    ])
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        !stdout.contains(&token) && !stderr.contains(&token),
        "raw token printed"
    );
    assert!(stderr.contains("verified 1 token: 1 valid"), "{stderr}");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let f = github_finding(&doc);
    let v = &f["verification"];
    assert_eq!(v["status"], "valid");
    assert_eq!(v["provider"], "github");
    assert_eq!(v["identity"]["name"], "octo");
    assert_eq!(v["raw_scopes"], json!(["repo", "admin:org"]));
    assert!(
        v["bindings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["access"] == "admin")
    );
    assert_eq!(f["severity"], "critical");

    let out = cli(vec![
        "scan".into(),
        root.clone(),
        "--format".into(),
        "sarif".into(),
        "--verify".into(),
        "--endpoint".into(),
        endpoint.clone(),
    ])
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!stdout.contains(&token));
    let sarif: Value = serde_json::from_str(&stdout).unwrap();
    let r = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["properties"]["provider"] == "github")
        .unwrap();
    assert_eq!(r["properties"]["verification"]["status"], "valid");
    assert!(
        r["message"]["text"]
            .as_str()
            .unwrap()
            .contains("verified: valid")
    );

    let out = cli(vec![
        "scan".into(),
        root,
        "--verify".into(),
        "--endpoint".into(),
        endpoint,
    ])
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!stdout.contains(&token));
    assert!(
        stdout.contains("verified: valid · user octo (42)"),
        "{stdout}"
    );
    assert!(stdout.contains("scopes: repo, admin:org"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_only_verified_keeps_valid_tokens_and_lowers_invalid_ones() {
    let s = MockServer::start().await;
    let good = ghp();
    let bad = github_style_token("ghp_", &"Zz9Yy8".repeat(5));
    Mock::given(method("GET"))
        .and(path("/user"))
        .and(header("authorization", format!("Bearer {bad}").as_str()))
        .respond_with(json_resp(401, json!({"message": "Bad credentials"})))
        .with_priority(1)
        .mount(&s)
        .await;
    mount(&s, github_valid()).await;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.env", &format!("A={good}\n"));
    write(dir.path(), "b.env", &format!("B={bad}\n"));
    // Same token twice: verified once.
    write(dir.path(), "c.env", &format!("C={good}\n"));
    let endpoint = format!("github={}", s.uri());
    let root = dir.path().display().to_string();
    let base = vec![
        "scan".to_string(),
        root,
        "--format".into(),
        "json".into(),
        "--endpoint".into(),
        endpoint,
    ];

    let mut args = base.clone();
    args.push("--verify".into());
    let out = cli(args).await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = github_findings(&doc);
    assert_eq!(findings.len(), 3);
    let at = |p: &str| {
        *findings
            .iter()
            .find(|f| f["location"]["path"] == p)
            .unwrap()
    };
    assert_eq!(at("b.env")["verification"]["status"], "invalid");
    assert_eq!(at("a.env")["verification"]["status"], "valid");
    assert!(
        rank(&at("b.env")["severity"]) < rank(&at("a.env")["severity"]),
        "invalid is lowered, valid admin raised"
    );
    let user_calls = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/user")
        .count();
    assert_eq!(user_calls, 2, "each unique token verified once");

    let mut args = base;
    args.push("--only-verified".into());
    let out = cli(args).await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    assert!(
        findings
            .iter()
            .all(|f| f["verification"]["status"] == "valid")
    );
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--only-verified left out 0 unknown tokens and 1 invalid token"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_rejects_bad_endpoint_before_scanning() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(vec![
        "scan".into(),
        dir.path().display().to_string(),
        "--verify".into(),
        "--endpoint".into(),
        "nosuchprovider=http://127.0.0.1:1".into(),
    ])
    .await;
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown provider"));
}

#[tokio::test(flavor = "multi_thread")]
async fn config_endpoints_table_is_used() {
    let s = MockServer::start().await;
    mount(&s, github_valid()).await;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t.env", &format!("T={}\n", ghp()));
    write(
        dir.path(),
        ".tokenscope.toml",
        &format!("[endpoints]\ngithub = \"{}\"\n", s.uri()),
    );
    let out = cli(vec![
        "scan".into(),
        dir.path().display().to_string(),
        "--format".into(),
        "json".into(),
        "--verify".into(),
    ])
    .await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(github_finding(&doc)["verification"]["status"], "valid");
}

// ---------------------------------------------------------------------------------------
// A credential is only sent where its format proves it belongs

#[tokio::test(flavor = "multi_thread")]
async fn tokens_of_the_wrong_shape_are_never_sent() {
    let s = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(json_resp(200, json!({})))
        .mount(&s)
        .await;
    // A legacy .npmrc `_authToken` (a UUID; its registry could be anyone's), a Docker
    // config.json auth for another registry, refresh tokens, and look-alikes.
    let ghcr_auth = base64::engine::general_purpose::STANDARD.encode(format!("bob:{}", ghp()));
    let cases = [
        (
            Provider::Npm,
            "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0".to_string(),
        ),
        (Provider::Dockerhub, ghcr_auth),
        (Provider::Slack, format!("xoxr-{}", "1-2-Ab".repeat(8))),
        (
            Provider::Github,
            "0123456789abcdef0123456789abcdef01234567".to_string(),
        ),
        (
            Provider::Github,
            github_style_token("ghr_", &"r3fr3s".repeat(5)),
        ),
        (Provider::Gitlab, format!("gldt-{}", "Ab1".repeat(7))),
        (Provider::Openai, anthropic_key()),
        (
            Provider::Stripe,
            format!("pk_{}_{}", "live", "Z9y8X7".repeat(4)),
        ),
        (Provider::Huggingface, "x".repeat(37)),
        (Provider::Sendgrid, "y".repeat(69)),
        (
            Provider::Digitalocean,
            format!("dor_v1_{}", "0f1e".repeat(16)),
        ),
        (
            Provider::Anthropic,
            format!("sk-ant-oat01-{}", "Ab1_".repeat(20)),
        ),
    ];
    for (p, token) in cases {
        let v = verify_jobs(vec![job(p, token)], &opts_for(p, &s))
            .await
            .remove(0);
        assert_unknown(&v, UnknownReason::Unsupported);
    }
    assert!(s.received_requests().await.unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn docker_config_json_auth_for_docker_hub_is_verified() {
    let s = MockServer::start().await;
    mount(&s, dockerhub_valid()).await;
    let auth = base64::engine::general_purpose::STANDARD.encode(docker_pat());
    let v = run(job(Provider::Dockerhub, auth), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(has_binding(&v, "repo:admin", Access::Admin));
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_verifies_an_aws_key_pair_found_on_neighbouring_lines() {
    let s = MockServer::start().await;
    mount(&s, aws_valid()).await;
    let (dir, _key_id, secret) = aws_credentials_file();
    let out = cli(vec![
        "scan".into(),
        dir.path().display().to_string(),
        "--format".into(),
        "json".into(),
        "--verify".into(),
        "--endpoint".into(),
        format!("aws={}", s.uri()),
    ])
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!stdout.contains(&secret) && !stderr.contains(&secret));
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    let aws: Vec<&Value> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["provider"] == "aws")
        .collect();
    assert!(!aws.is_empty(), "{doc:#}");
    for f in &aws {
        assert_eq!(f["verification"]["status"], "valid", "{f:#}");
        assert_eq!(f["verification"]["extras"]["summary"], "admin");
    }
    // One credential, one STS call, whether the scan paired the halves or verify did.
    let sts = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| String::from_utf8_lossy(&r.body).contains("GetCallerIdentity"))
        .count();
    assert_eq!(sts, 1);
}

/// Text, JSON and SARIF of a verified AWS key pair carry last use, age and the effective
/// actions; the secret appears in none, and nothing the verifier adds holds the key id (the
/// finding itself shows the id in full, as the rule marks it an identifier).
#[tokio::test(flavor = "multi_thread")]
async fn cli_aws_usage_and_effective_actions_in_every_report_without_the_secret() {
    let s = MockServer::start().await;
    let used = "<GetAccessKeyLastUsedResponse><GetAccessKeyLastUsedResult><AccessKeyLastUsed>\
                <Region>us-west-2</Region><LastUsedDate>2015-03-13T10:45:00Z</LastUsedDate>\
                <ServiceName>s3</ServiceName></AccessKeyLastUsed><UserName>alice</UserName>\
                </GetAccessKeyLastUsedResult></GetAccessKeyLastUsedResponse>";
    let mut stubs = vec![aws_call("GetAccessKeyLastUsed", None, xml(200, used)).priority(1)];
    stubs.extend(aws_valid());
    mount(&s, stubs).await;
    let (dir, key_id, secret) = aws_credentials_file();
    let root = dir.path().display().to_string();
    let endpoint = format!("aws={}", s.uri());
    let run = |format: &'static str| {
        cli(vec![
            "scan".into(),
            root.clone(),
            "--format".into(),
            format.into(),
            "--verify".into(),
            "--endpoint".into(),
            endpoint.clone(),
        ])
    };
    let mut verifications = Vec::new();
    let json_out = run("json").await;
    let sarif_out = run("sarif").await;
    let text_out = run("text").await;
    for out in [&json_out, &sarif_out, &text_out] {
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains(&secret), "secret printed");
        assert!(!all.contains(&percent(&secret)), "secret printed");
    }
    let doc: Value = serde_json::from_slice(&json_out.stdout).unwrap();
    for f in provider_findings(&doc, "aws") {
        verifications.push(f["verification"].clone());
    }
    let sarif: Value = serde_json::from_slice(&sarif_out.stdout).unwrap();
    for r in sarif["runs"][0]["results"].as_array().unwrap() {
        if r["properties"]["provider"] == "aws" {
            verifications.push(r["properties"]["verification"].clone());
        }
    }
    assert!(verifications.len() >= 2, "{doc:#}");
    for v in &verifications {
        assert_eq!(v["status"], "valid", "{v:#}");
        assert_eq!(v["last_used"], "2015-03-13T10:45:00Z", "{v:#}");
        assert_eq!(v["effective_actions"], json!(["*"]), "{v:#}");
        assert!(!v.to_string().contains(&key_id), "{v:#}");
    }
    let text = String::from_utf8_lossy(&text_out.stdout);
    assert!(text.contains("effective actions: *"), "{text}");
    assert!(text.contains("last used 2015-03-13T10:45:00Z ("), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_deny_and_not_action_are_evaluated_end_to_end() {
    let s = MockServer::start().await;
    let doc = percent(
        r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","NotAction":["iam:*","organizations:*"],"Resource":"*"},
            {"Effect":"Allow","Action":"iam:GetUser","Resource":"*"},
            {"Effect":"Deny","NotAction":["s3:*","iam:Get*"],"Resource":"*"},
            {"Effect":"Deny","Action":"s3:Delete*","Resource":"*"}]}"#,
    );
    mount(
        &s,
        vec![
            aws_call("GetCallerIdentity", None, xml(200, STS_OK)),
            aws_call(
                "ListUserPolicies",
                None,
                xml(
                    200,
                    "<ListUserPoliciesResponse><ListUserPoliciesResult><PolicyNames><member>p</member></PolicyNames>\
                     <IsTruncated>false</IsTruncated></ListUserPoliciesResult></ListUserPoliciesResponse>",
                ),
            ),
            aws_call(
                "GetUserPolicy",
                None,
                xml(
                    200,
                    &format!(
                        "<GetUserPolicyResponse><GetUserPolicyResult><PolicyDocument>{doc}</PolicyDocument></GetUserPolicyResult></GetUserPolicyResponse>"
                    ),
                ),
            ),
            Stub::new("POST", "/", xml(403, &aws_error("AccessDenied"))).priority(10),
        ],
    )
    .await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Valid);
    // `* except iam:*, organizations:*` kept inside what the NotAction deny spares: s3:*
    // (minus the explicit Delete deny); iam:Get* is all in the allow's exception, but the
    // separately allowed iam:GetUser survives.
    assert_eq!(
        v.effective_actions.clone().unwrap(),
        ["iam:GetUser", "s3:* except s3:Delete*"],
        "{v:#?}"
    );
    // The other lists were denied: the result is a lower bound, and says so.
    assert!(
        v.unknowns
            .iter()
            .any(|u| u.contains("evaluated from the documents read only"))
    );
}

/// A temporary directory with an AWS `credentials` file; returns it, the key id and secret.
fn aws_credentials_file() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    // A key id that is not AWS's documented example and has enough entropy for the rule.
    let key_id = format!("AKIA{}", "VRLQMFUWINPTBC7K");
    let secret = aws_secret_shaped();
    write(
        dir.path(),
        "credentials",
        &format!("[default]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"),
    );
    (dir, key_id, secret)
}

/// A 40-character secret access key shape with realistic entropy, built at run time.
fn aws_secret_shaped() -> String {
    ["5Oi32FGiYTEngewG", "eA", "+iBqOdNi3VHdS+Fm0lXz"].join("/")
}

// ---------------------------------------------------------------------------------------
// `tokenscope revoke`

/// Alphanumeric noise from a fixed seed, so that fake tokens look random to the scanner's
/// stand-in filters and are the same on every run.
fn noise(seed: u64, n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ALPHABET[((x >> 33) % 62) as usize] as char
        })
        .collect()
}

/// A directory with two GitHub tokens, a GitLab, a Slack and a Stripe token (the last has
/// no self-revocation), next to the URL of a decoy host; and its JSON report.
struct RevokeFixture {
    dir: tempfile::TempDir,
    tokens: Vec<String>,
    report: std::path::PathBuf,
}

async fn revoke_fixture(decoy: &MockServer, format: &str) -> RevokeFixture {
    let dir = tempfile::tempdir().unwrap();
    let gh2 = github_style_token("ghp_", &"Zz9Yy8".repeat(5));
    let gl = format!("glpat-{}", noise(11, 20));
    let sl = format!("xoxb-4820193756-7391028465-{}", noise(7, 24));
    let st = format!("sk_{}_{}", "live", noise(9, 24));
    let d = decoy.uri();
    write(
        dir.path(),
        "gh.env",
        &format!(
            "GITHUB_API_URL={d}\nGITHUB_TOKEN={}\nOTHER_TOKEN={gh2}\n",
            ghp()
        ),
    );
    write(dir.path(), "gl.yml", &format!("url: {d}\ntoken: {gl}\n"));
    write(
        dir.path(),
        "sl.env",
        &format!("SLACK_URL={d}\nSLACK_BOT_TOKEN={sl}\n"),
    );
    write(dir.path(), "st.env", &format!("STRIPE_SECRET_KEY={st}\n"));
    let report = dir.path().join(format!("report.{format}"));
    let out = cli(vec![
        "scan".into(),
        dir.path().display().to_string(),
        "--format".into(),
        format.into(),
        "--output".into(),
        report.display().to_string(),
        "--exclude".into(),
        "report.*".into(),
    ])
    .await;
    assert!(report.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    RevokeFixture {
        tokens: vec![ghp(), gh2, gl, sl, st],
        dir,
        report,
    }
}

impl RevokeFixture {
    fn args(&self, endpoint: &str, extra: &[&str]) -> Vec<String> {
        let mut a = vec![
            "revoke".to_string(),
            "--report".into(),
            self.report.display().to_string(),
            "--root".into(),
            self.dir.path().display().to_string(),
        ];
        for p in ["github", "gitlab", "slack", "stripe"] {
            a.push("--endpoint".into());
            a.push(format!("{p}={endpoint}"));
        }
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    }

    /// Neither stream may carry a token.
    fn assert_no_token(&self, out: &std::process::Output) {
        for stream in [&out.stdout, &out.stderr] {
            let text = String::from_utf8_lossy(stream);
            for t in &self.tokens {
                assert!(!text.contains(t.as_str()), "token printed: {text}");
            }
        }
    }
}

fn outcomes(doc: &Value) -> BTreeMapCount {
    let mut m = BTreeMapCount::new();
    for r in doc["results"].as_array().unwrap() {
        *m.entry((
            r["provider"].as_str().unwrap().to_string(),
            r["outcome"].as_str().unwrap().to_string(),
        ))
        .or_default() += 1;
    }
    m
}

type BTreeMapCount = std::collections::BTreeMap<(String, String), usize>;

fn count(m: &BTreeMapCount, provider: &str, outcome: &str) -> usize {
    m.get(&(provider.to_string(), outcome.to_string()))
        .copied()
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn revoke_dry_run_sends_nothing_and_says_what_it_would_do() {
    let mock = MockServer::start().await;
    let decoy = MockServer::start().await;
    let fx = revoke_fixture(&decoy, "json").await;
    let out = cli(fx.args(&mock.uri(), &["--all", "--format", "json"])).await;
    fx.assert_no_token(&out);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["dry_run"], true);
    let m = outcomes(&doc);
    assert_eq!(count(&m, "github", "would-revoke"), 2, "{doc:#}");
    assert_eq!(count(&m, "gitlab", "would-revoke"), 1, "{doc:#}");
    assert_eq!(count(&m, "slack", "would-revoke"), 1, "{doc:#}");
    assert_eq!(count(&m, "stripe", "not-supported"), 1, "{doc:#}");
    assert!(mock.received_requests().await.unwrap().is_empty());
    assert!(decoy.received_requests().await.unwrap().is_empty());
    // The text form says it is a dry run.
    let out = cli(fx.args(&mock.uri(), &["--all"])).await;
    fx.assert_no_token(&out);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("dry run: nothing was sent"), "{text}");
    assert!(text.contains("would revoke: DELETE "), "{text}");
    assert!(mock.received_requests().await.unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn revoke_with_yes_calls_each_documented_method_and_never_the_decoy() {
    let mock = MockServer::start().await;
    let decoy = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(json_resp(200, json!({"ok": true, "revoked": true})))
        .mount(&decoy)
        .await;
    let fx = revoke_fixture(&decoy, "sarif").await;
    // GitHub: both tokens in one unauthenticated batch.
    Mock::given(method("POST"))
        .and(path("/credentials/revoke"))
        .and(body_string_contains(fx.tokens[0].as_str()))
        .and(body_string_contains(fx.tokens[1].as_str()))
        .respond_with(ResponseTemplate::new(202))
        .expect(1)
        .mount(&mock)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/api/v4/personal_access_tokens/self"))
        .and(header("private-token", fx.tokens[2].as_str()))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&mock)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/auth.revoke"))
        .and(header(
            "authorization",
            format!("Bearer {}", fx.tokens[3]).as_str(),
        ))
        .respond_with(json_resp(200, json!({"ok": true, "revoked": true})))
        .expect(1)
        .mount(&mock)
        .await;
    let out = cli(fx.args(&mock.uri(), &["--all", "--yes", "--format", "json"])).await;
    fx.assert_no_token(&out);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["dry_run"], false);
    let m = outcomes(&doc);
    assert_eq!(count(&m, "github", "revoked"), 2, "{doc:#}");
    assert_eq!(count(&m, "gitlab", "revoked"), 1, "{doc:#}");
    assert_eq!(count(&m, "slack", "revoked"), 1, "{doc:#}");
    assert_eq!(count(&m, "stripe", "not-supported"), 1, "{doc:#}");
    assert!(out.status.success());
    let github_calls = mock
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/credentials/revoke")
        .map(|r| r.headers.contains_key("authorization"))
        .collect::<Vec<_>>();
    assert_eq!(github_calls, [false], "one unauthenticated batch");
    assert!(
        decoy.received_requests().await.unwrap().is_empty(),
        "decoy was contacted"
    );
    mock.verify().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn revoke_reports_already_invalid_and_failures_per_token() {
    let mock = MockServer::start().await;
    let decoy = MockServer::start().await;
    let fx = revoke_fixture(&decoy, "json").await;
    Mock::given(method("DELETE"))
        .and(path("/api/v4/personal_access_tokens/self"))
        .respond_with(json_resp(401, json!({"message": "401 Unauthorized"})))
        .mount(&mock)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/auth.revoke"))
        .respond_with(json_resp(
            200,
            json!({"ok": false, "error": "token_revoked"}),
        ))
        .mount(&mock)
        .await;
    Mock::given(method("POST"))
        .and(path("/credentials/revoke"))
        .respond_with(json_resp(422, json!({"message": "Validation Failed"})))
        .mount(&mock)
        .await;
    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(&fx.report).unwrap()).unwrap();
    let fp = |rule: &str| {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule_id"].as_str().unwrap().starts_with(rule))
            .unwrap_or_else(|| panic!("no {rule} finding in {report:#}"))["fingerprint"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // By fingerprint (a 12-digit prefix for GitLab), plus one that is not in the report.
    let gl = fp("gitlab.")[..12].to_string();
    let sl = fp("slack.");
    let gh = fp("github.");
    let out = cli(fx.args(
        &mock.uri(),
        &[
            &gl,
            &sl,
            &gh,
            "deadbeefdeadbeef",
            "--yes",
            "--format",
            "json",
        ],
    ))
    .await;
    fx.assert_no_token(&out);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 4, "{doc:#}");
    let m = outcomes(&doc);
    assert_eq!(count(&m, "gitlab", "already-invalid"), 1, "{doc:#}");
    assert_eq!(count(&m, "slack", "already-invalid"), 1, "{doc:#}");
    assert_eq!(count(&m, "github", "failed"), 1, "{doc:#}");
    assert_eq!(count(&m, "", "failed"), 1, "{doc:#}");
    assert!(
        results
            .iter()
            .any(|r| r["detail"].as_str().unwrap().contains("HTTP 422")),
        "{doc:#}"
    );
    assert_eq!(out.status.code(), Some(1), "a failure exits 1");
    // Only the one GitHub token that was named went out.
    let gh_batches: Vec<String> = mock
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/credentials/revoke")
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    assert_eq!(gh_batches.len(), 1);
    assert_eq!(gh_batches[0].matches("ghp_").count(), 1, "{gh_batches:?}");
    assert!(decoy.received_requests().await.unwrap().is_empty());
}

// ---------------------------------------------------------------------------------------
// Table-driven providers: the same standard cases, from one description each

/// A table-driven provider's case: its token, a valid answer and what it must say, the
/// documented 401 body, and a 200 body that lacks the proof field.
fn table_case(
    name: &str,
    token: String,
    valid: Value,
    valid_says: Vec<Check>,
    minimal: Value,
    unauthorized: &'static str,
) -> Case {
    let p = Provider::from_name(name).unwrap_or_else(|| panic!("{name} is not a provider"));
    let spec = &tokenscope::verify::table::SPECS[match p {
        Provider::Table(i) => usize::from(i),
        _ => panic!("{name} is not table-driven"),
    }];
    let at = spec.path;
    let mut j = job(p, token);
    if let Some(rule) = spec.rules.first() {
        j.rule_id = rule.to_string();
    }
    Case {
        job: j,
        primary: ("GET", at, None),
        valid: vec![get(at, valid)],
        valid_says,
        missing: vec![get(at, minimal)],
        missing_says: vec![Check::Name(None), Check::SomeNotes],
        unauthorized: (401, unauthorized),
        forbidden: ("{}", unknown(UnknownReason::Forbidden)),
        malformed: r#"{"unexpected": true}"#,
    }
}

fn groq() -> Case {
    table_case(
        "groq",
        format!("gsk_{}", noise(21, 52)),
        json!({"object": "list", "data": [{"id": "llama"}]}),
        vec![
            Check::Kind(IdentityKind::Org),
            Check::Grant("api", Access::Write),
        ],
        json!({"data": []}),
        r#"{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}"#,
    )
}
provider_suite!(groq);

fn mistral() -> Case {
    table_case(
        "mistral",
        noise(22, 32),
        json!({"object": "list", "data": [{"id": "mistral-small"}]}),
        vec![Check::Grant("api", Access::Write)],
        json!({"data": []}),
        r#"{"message":"Unauthorized","request_id":"r1"}"#,
    )
}
provider_suite!(mistral);

fn xai() -> Case {
    table_case(
        "xai",
        format!("xai-{}", noise(23, 80)),
        json!({"api_key_id": "k1", "name": "ci", "team_id": "t-9",
               "acls": ["api-key:model:*", "api-key:endpoint:*"]}),
        vec![
            Check::Name(Some("ci")),
            Check::Id(Some("t-9")),
            Check::Scopes(&["api-key:model:*", "api-key:endpoint:*"]),
            Check::Grant("api-key:model:*", Access::Write),
        ],
        json!({"api_key_id": "k1"}),
        r#"{"code":"Client specified an invalid argument","error":"Incorrect API key provided"}"#,
    )
}
provider_suite!(xai);

fn openrouter() -> Case {
    table_case(
        "openrouter",
        format!("sk-or-v1-{}", noise(24, 64)),
        json!({"data": {"label": "sk-or-v1-abc...", "usage": 1.5, "limit": null}}),
        vec![
            Check::Kind(IdentityKind::Account),
            Check::Grant("api", Access::Write),
        ],
        json!({"data": {}}),
        r#"{"error":{"message":"No auth credentials found","code":401}}"#,
    )
}
provider_suite!(openrouter);

fn cloudflare() -> Case {
    table_case(
        "cloudflare",
        noise(25, 40),
        json!({"success": true, "errors": [], "result": {
            "id": "tok-1", "status": "active", "expires_on": "2099-01-01T00:00:00Z"}}),
        vec![
            Check::Id(Some("tok-1")),
            Check::Extra("/token_status", json!("active")),
            Check::Expires(Expiry::At {
                at: "2099-01-01T00:00:00Z".into(),
                expired: false,
            }),
        ],
        json!({"success": true, "result": {"status": "active"}}),
        r#"{"success":false,"errors":[{"code":1000,"message":"Invalid API Token"}],"messages":[],"result":null}"#,
    )
}
provider_suite!(cloudflare);

#[tokio::test(flavor = "multi_thread")]
async fn cloudflare_account_tokens_and_global_keys_are_not_sent_to_the_user_endpoint() {
    let s = MockServer::start().await;
    for rule in [
        "cloudflare.account-api-token",
        "cloudflare.global-api-key-v2",
    ] {
        let mut j = job(Provider::from_name("cloudflare").unwrap(), noise(40, 40));
        j.rule_id = rule.into();
        let v = run(j, &s).await;
        assert_unknown(&v, UnknownReason::Unsupported);
    }
    assert!(s.received_requests().await.unwrap().is_empty());
}

fn notion() -> Case {
    table_case(
        "notion",
        format!("ntn_{}", noise(26, 46)),
        json!({"object": "user", "id": "u-1", "name": "Docs bot", "type": "bot"}),
        vec![
            Check::Kind(IdentityKind::Bot),
            Check::Name(Some("Docs bot")),
        ],
        json!({"object": "user", "id": "u-1"}),
        r#"{"object":"error","status":401,"code":"unauthorized","message":"API token is invalid."}"#,
    )
}
provider_suite!(notion);

fn doppler() -> Case {
    table_case(
        "doppler",
        format!("dp.pt.{}", noise(27, 43)),
        json!({"type": "personal", "name": "laptop", "workplace": {"slug": "acme"}}),
        vec![Check::Name(Some("laptop")), Check::Id(Some("acme"))],
        json!({"type": "personal"}),
        r#"{"messages":["Invalid Auth token"],"success":false}"#,
    )
}
provider_suite!(doppler);

fn sentry() -> Case {
    table_case(
        "sentry",
        format!("sntryu_{}", noise(28, 64)),
        json!({"version": "0", "auth": {"scopes": ["org:read", "project:write", "org:admin"]},
               "user": {"id": "7", "username": "sam"}}),
        vec![
            Check::Name(Some("sam")),
            Check::Grant("project:write", Access::Write),
            Check::Grant("org:admin", Access::Admin),
            Check::MaxAccess(Access::Admin),
        ],
        json!({"version": "0"}),
        r#"{"detail":"Invalid token"}"#,
    )
}
provider_suite!(sentry);

fn heroku() -> Case {
    table_case(
        "heroku",
        format!("HRKU-{}", noise(29, 60)),
        json!({"id": "acct-1", "email": "ops@acme.test"}),
        vec![
            Check::Name(Some("ops@acme.test")),
            Check::MaxAccess(Access::Admin),
        ],
        json!({"id": "acct-1"}),
        r#"{"id":"unauthorized","message":"Invalid credentials provided."}"#,
    )
}
provider_suite!(heroku);

fn postman() -> Case {
    table_case(
        "postman",
        format!("PMAK-{}-{}", noise(30, 24), noise(31, 34)),
        json!({"user": {"id": 12, "username": "pat"}}),
        vec![Check::Name(Some("pat")), Check::Id(Some("12"))],
        json!({"user": {"id": 12}}),
        r#"{"error":{"name":"AuthenticationError","message":"Invalid API Key. Every request requires a valid API Key to be sent."}}"#,
    )
}
provider_suite!(postman);

fn netlify() -> Case {
    table_case(
        "netlify",
        format!("nfp_{}", noise(32, 40)),
        json!({"id": "n-1", "email": "web@acme.test"}),
        vec![
            Check::Name(Some("web@acme.test")),
            Check::MaxAccess(Access::Admin),
        ],
        json!({"id": "n-1"}),
        r#"{"code":401,"message":"Access Denied: Invalid token"}"#,
    )
}
provider_suite!(netlify);

/// Lower-case hex noise from a fixed seed (Datadog, Mailgun and Shopify keys are hex).
fn hex_noise(seed: u64, n: usize) -> String {
    noise(seed, n * 2)
        .bytes()
        .map(|b| char::from(b"0123456789abcdef"[usize::from(b % 16)]))
        .take(n)
        .collect()
}

fn discord_bot_token() -> String {
    format!("M{}.{}.{}", noise(41, 25), noise(42, 6), noise(43, 38))
}
fn vercel_token() -> String {
    format!("vcp_{}", noise(44, 56))
}
fn terraform_token() -> String {
    format!("{}.atlasv1.{}", noise(45, 14), noise(46, 67))
}
fn datadog_key() -> String {
    hex_noise(47, 32)
}
fn mailgun_key() -> String {
    format!("key-{}", hex_noise(48, 32))
}
fn shopify_token() -> String {
    format!("shpat_{}", hex_noise(49, 32))
}
fn circleci_token() -> String {
    format!("CCIPAT_{}_{}", noise(50, 22), hex_noise(51, 40))
}
fn asana_pat() -> String {
    format!(
        "2/{}/{}:{}",
        "1204".repeat(4),
        "9876".repeat(4),
        hex_noise(52, 32)
    )
}
fn airtable_pat() -> String {
    format!("pat{}.{}", noise(53, 14), hex_noise(54, 64))
}

fn table_spec(name: &str) -> &'static tokenscope::verify::table::Spec {
    match Provider::from_name(name) {
        Some(Provider::Table(i)) => &tokenscope::verify::table::SPECS[usize::from(i)],
        _ => panic!("{name} is not table-driven"),
    }
}

fn discord() -> Case {
    table_case(
        "discord",
        discord_bot_token(),
        json!({"id": "80351110224678912", "username": "deploy-bot", "bot": true}),
        vec![
            Check::Kind(IdentityKind::Bot),
            Check::Name(Some("deploy-bot")),
            Check::Id(Some("80351110224678912")),
            Check::Grant("api", Access::Write),
        ],
        json!({"id": "80351110224678912"}),
        r#"{"message": "401: Unauthorized", "code": 0}"#,
    )
}
provider_suite!(discord);

fn vercel() -> Case {
    let mut c = table_case(
        "vercel",
        vercel_token(),
        json!({"user": {"id": "usr_9", "username": "vee", "email": "vee@acme.test"}}),
        vec![
            Check::Kind(IdentityKind::User),
            Check::Name(Some("vee")),
            Check::Id(Some("usr_9")),
        ],
        json!({"user": {"id": "usr_9"}}),
        r#"{"error":{"code":"forbidden","message":"Not authorized","invalidToken":true}}"#,
    );
    // Vercel rejects a dead token with 403; a 403 without `invalidToken` (a project-scoped
    // token, a WAF) says nothing, and neither does a 401.
    c.unauthorized.0 = 403;
    c.forbidden = (
        r#"{"error":{"code":"forbidden","message":"Not authorized"}}"#,
        unknown(UnknownReason::UndocumentedRejection),
    );
    c
}
provider_suite!(vercel);

fn terraform() -> Case {
    table_case(
        "terraform",
        terraform_token(),
        json!({"data": {"id": "user-V3R5", "type": "users",
               "attributes": {"username": "tf-admin", "is-service-account": false}}}),
        vec![
            Check::Name(Some("tf-admin")),
            Check::Id(Some("user-V3R5")),
            Check::Extra("/service_account", json!(false)),
        ],
        json!({"data": {"id": "user-V3R5"}}),
        r#"{"errors":[{"status":"401","title":"unauthorized"}]}"#,
    )
}
provider_suite!(terraform);

fn datadog() -> Case {
    let mut c = table_case(
        "datadog",
        datadog_key(),
        json!({"valid": true}),
        vec![
            Check::Kind(IdentityKind::Org),
            Check::Grant("api", Access::Write),
            Check::Note("organisation"),
        ],
        json!({"valid": true}),
        r#"{"errors":["Forbidden"]}"#,
    );
    c.unauthorized.0 = 403;
    c.forbidden = ("{}", unknown(UnknownReason::UndocumentedRejection));
    c
}
provider_suite!(datadog);

fn mailgun() -> Case {
    table_case(
        "mailgun",
        mailgun_key(),
        json!({"total_count": 2, "items": [{"name": "mg.acme.test"}, {"name": "acme.test"}]}),
        vec![
            Check::Kind(IdentityKind::Account),
            Check::Extra("/domains", json!(2)),
            Check::Grant("api", Access::Read),
        ],
        json!({"items": []}),
        "Forbidden",
    )
}
provider_suite!(
    mailgun: valid_with_scopes,
    forbidden,
    not_found_is_unknown,
    rate_limited_then_ok,
    server_error_is_unknown,
    slower_than_timeout_is_unknown,
    malformed_is_unknown,
    proxy_html_401_is_unknown,
    missing_headers_or_fields
);

/// Mailgun's 401 is not proof of a dead key: a live domain sending key and a live key of the
/// other region get it too.
#[tokio::test(flavor = "multi_thread")]
async fn mailgun_401_is_unknown_never_invalid() {
    for body in ["Forbidden", r#"{"message":"Invalid private key"}"#] {
        let c = mailgun();
        let s = MockServer::start().await;
        c.primary().respond_with(text(401, body)).mount(&s).await;
        let v = c.run("401", &s).await;
        assert!(
            matches!(v.status, Status::Unknown { .. }),
            "mailgun 401 {body}: {v:#?}"
        );
        let detail = v.detail.clone().unwrap_or_default();
        assert!(detail.contains("sending keys"), "{detail}");
    }
}

fn shopify() -> Case {
    table_case(
        "shopify",
        shopify_token(),
        json!({"shop": {"id": 548380009, "name": "Acme Store",
               "myshopify_domain": "acme.myshopify.com"}}),
        vec![
            Check::Name(Some("Acme Store")),
            Check::Id(Some("548380009")),
            Check::Extra("/myshopify_domain", json!("acme.myshopify.com")),
        ],
        json!({"shop": {"id": 548380009}}),
        r#"{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}"#,
    )
}
provider_suite!(shopify);

fn circleci() -> Case {
    table_case(
        "circleci",
        circleci_token(),
        json!({"id": "7f0a3c2e-1b2d-4c3e-9f00-5d6e7f8a9b0c", "login": "ci-bot", "name": "CI"}),
        vec![
            Check::Name(Some("ci-bot")),
            Check::Id(Some("7f0a3c2e-1b2d-4c3e-9f00-5d6e7f8a9b0c")),
        ],
        json!({"id": "7f0a3c2e-1b2d-4c3e-9f00-5d6e7f8a9b0c"}),
        r#"{"message":"You must log in first."}"#,
    )
}
provider_suite!(circleci);

fn asana() -> Case {
    table_case(
        "asana",
        asana_pat(),
        json!({"data": {"gid": "12345", "email": "gina@acme.test", "name": "Gina",
               "resource_type": "user"}}),
        vec![
            Check::Name(Some("gina@acme.test")),
            Check::Id(Some("12345")),
            Check::Grant("api", Access::Write),
        ],
        json!({"data": {"gid": "12345"}}),
        r#"{"errors":[{"message":"Not Authorized"}]}"#,
    )
}
provider_suite!(asana);

fn airtable() -> Case {
    table_case(
        "airtable",
        airtable_pat(),
        json!({"id": "usrL2PNC5o3H4lBEi", "email": "foo@acme.test",
               "scopes": ["data.records:read", "data.records:write", "schema.bases:read"]}),
        vec![
            Check::Name(Some("foo@acme.test")),
            Check::Id(Some("usrL2PNC5o3H4lBEi")),
            Check::Scopes(&[
                "data.records:read",
                "data.records:write",
                "schema.bases:read",
            ]),
            Check::Grant("data.records:write", Access::Write),
            Check::Grant("schema.bases:read", Access::Read),
        ],
        // A personal access token without the email scope: only the id.
        json!({"id": "usrL2PNC5o3H4lBEi"}),
        r#"{"error":{"type":"AUTHENTICATION_REQUIRED","message":"Authentication required"}}"#,
    )
}
provider_suite!(airtable);

/// Provider, token, the headers its request must carry, a valid answer.
type AuthCase = (&'static str, String, Vec<(&'static str, String)>, Value);

/// The request carries the provider's credential header, exactly, and goes to the
/// configured base (here the mock): no other request is made.
#[tokio::test(flavor = "multi_thread")]
async fn table_providers_send_their_documented_auth_to_the_configured_base() {
    let b64 = base64::engine::general_purpose::STANDARD;
    let bearer = |t: &str| ("authorization", format!("Bearer {t}"));
    let cases: Vec<AuthCase> = vec![
        (
            "discord",
            discord_bot_token(),
            vec![("authorization", format!("Bot {}", discord_bot_token()))],
            json!({"id": "1"}),
        ),
        (
            "vercel",
            vercel_token(),
            vec![bearer(&vercel_token())],
            json!({"user": {"id": "u"}}),
        ),
        (
            "terraform",
            terraform_token(),
            vec![
                bearer(&terraform_token()),
                ("content-type", "application/vnd.api+json".to_string()),
            ],
            json!({"data": {"id": "user-1"}}),
        ),
        (
            "datadog",
            datadog_key(),
            vec![("dd-api-key", datadog_key())],
            json!({"valid": true}),
        ),
        (
            "mailgun",
            mailgun_key(),
            vec![(
                "authorization",
                format!("Basic {}", b64.encode(format!("api:{}", mailgun_key()))),
            )],
            json!({"items": []}),
        ),
        (
            "shopify",
            shopify_token(),
            vec![("x-shopify-access-token", shopify_token())],
            json!({"shop": {"id": 1}}),
        ),
        (
            "circleci",
            circleci_token(),
            vec![("circle-token", circleci_token())],
            json!({"id": "u"}),
        ),
        (
            "asana",
            asana_pat(),
            vec![bearer(&asana_pat())],
            json!({"data": {"gid": "1"}}),
        ),
        (
            "airtable",
            airtable_pat(),
            vec![bearer(&airtable_pat())],
            json!({"id": "usr1"}),
        ),
    ];
    for (name, token, headers, body) in cases {
        let spec = table_spec(name);
        let s = MockServer::start().await;
        let mut m = Mock::given(method("GET")).and(path(spec.path));
        for (k, v) in &headers {
            m = m.and(header(*k, v.as_str()));
        }
        m.respond_with(json_resp(200, body)).mount(&s).await;
        let mut j = job(Provider::from_name(name).unwrap(), token.clone());
        if let Some(rule) = spec.rules.first() {
            j.rule_id = rule.to_string();
        }
        let v = run(j, &s).await;
        assert_eq!(v.status, Status::Valid, "{name}: {v:#?}");
        let got = s.received_requests().await.unwrap();
        // It reached this mock (the configured base), once.
        assert_eq!(got.len(), 1, "{name}: one request");
        assert_eq!(got[0].url.path(), spec.path, "{name}");
        assert!(got[0].url.query().is_none(), "{name}: nothing in the URL");
        assert!(!got[0].url.as_str().contains(&token), "{name}");
    }
}

#[test]
fn table_providers_name_their_official_hosts() {
    for (name, url) in [
        ("discord", "https://discord.com/api/v10/users/@me"),
        ("vercel", "https://api.vercel.com/v2/user"),
        (
            "terraform",
            "https://app.terraform.io/api/v2/account/details",
        ),
        ("datadog", "https://api.datadoghq.com/api/v1/validate"),
        ("mailgun", "https://api.mailgun.net/v3/domains"),
        ("circleci", "https://circleci.com/api/v2/me"),
        ("asana", "https://app.asana.com/api/1.0/users/me"),
        ("airtable", "https://api.airtable.com/v0/meta/whoami"),
    ] {
        let p = Provider::from_name(name).unwrap();
        assert_eq!(request_url(p, None).as_str(), url, "{name}");
    }
    // Shopify: only the store the user names.
    let shop = reqwest::Url::parse("https://acme.myshopify.com").unwrap();
    assert_eq!(
        request_url(Provider::from_name("shopify").unwrap(), Some(&shop)).as_str(),
        "https://acme.myshopify.com/admin/api/2024-10/shop.json"
    );
}

/// Kinds a provider's read-only check cannot judge are not sent: Discord webhook URLs,
/// Vercel refresh tokens, Datadog application keys, CircleCI project tokens, Shopify shared
/// secrets.
#[tokio::test(flavor = "multi_thread")]
async fn table_kinds_the_check_cannot_judge_are_never_sent() {
    let s = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(json_resp(200, json!({})))
        .mount(&s)
        .await;
    let cases = [
        (
            "discord",
            "discord.webhook-url",
            format!(
                "https://discord.com/api/webhooks/{}/{}",
                "1".repeat(18),
                noise(60, 68)
            ),
        ),
        (
            "vercel",
            "vercel.app-refresh-token",
            format!("vcr_{}", noise(61, 56)),
        ),
        // A refresh token under the personal-token rule still is no personal token.
        (
            "vercel",
            "vercel.personal-token",
            format!("vcr_{}", noise(62, 56)),
        ),
        ("datadog", "datadog.app-key", hex_noise(63, 40)),
        (
            "circleci",
            "circleci.project-token",
            format!("CCIPRJ_{}_{}", noise(64, 22), hex_noise(65, 40)),
        ),
        (
            "shopify",
            "shopify.shared-secret",
            format!("shpss_{}", hex_noise(66, 32)),
        ),
    ];
    for (name, rule, token) in cases {
        let mut j = job(Provider::from_name(name).unwrap(), token);
        j.rule_id = rule.into();
        let v = run_as(&format!("{name} {rule}"), j, &s).await;
        assert_unknown(&v, UnknownReason::Unsupported);
    }
    assert!(s.received_requests().await.unwrap().is_empty());
}

/// Shopify's Admin API host is the store's own: without `--endpoint shopify=…` nothing is
/// sent (no host is ever taken from scanned content), and the answer says how to verify.
#[tokio::test(flavor = "multi_thread")]
async fn shopify_without_a_user_base_sends_nothing() {
    let decoy = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(json_resp(200, json!({"shop": {"id": 1}})))
        .mount(&decoy)
        .await;
    let p = Provider::from_name("shopify").unwrap();
    let mut j = job(p, shopify_token());
    j.rule_id = "shopify.access-token".into();
    // Another provider's override does not count. With no budget at all, anything but the
    // up-front answer would read `budget`, and nothing could go out.
    let mut o = opts_for(Provider::Github, &decoy);
    o.budget = Duration::ZERO;
    let v = verify_jobs(vec![j.clone()], &o).await.remove(0);
    assert_unknown(&v, UnknownReason::Unsupported);
    let detail = v.detail.unwrap_or_default();
    assert!(
        detail.contains("--endpoint shopify=https://SHOP.myshopify.com"),
        "{detail}"
    );
    assert!(decoy.received_requests().await.unwrap().is_empty());

    // Through the CLI: the store's host in the scanned file is not used either.
    let dir = tempfile::tempdir().unwrap();
    let host = decoy.uri();
    write(
        dir.path(),
        "shop.env",
        &format!(
            "SHOPIFY_STORE_URL={host}\nSHOPIFY_ACCESS_TOKEN={}\n",
            shopify_token()
        ),
    );
    let out = cli(vec![
        "scan".into(),
        dir.path().display().to_string(),
        "--format".into(),
        "json".into(),
        "--verify".into(),
        "--verify-budget".into(),
        "0ms".into(),
    ])
    .await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = provider_finding(&doc, "shopify");
    assert_eq!(f["verification"]["reason"], "unsupported", "{f:#}");
    assert!(decoy.received_requests().await.unwrap().is_empty());
}

/// A Datadog key next to another site's host, or a Mailgun key next to the EU host, is not
/// sent to the US one (where it would read as invalid); with `--endpoint` it goes there.
#[tokio::test(flavor = "multi_thread")]
async fn other_site_keys_are_not_sent_to_the_official_host() {
    let dir = tempfile::tempdir().unwrap();
    let dd = datadog_key();
    write(
        dir.path(),
        "datadog.env",
        &format!("DD_SITE=datadoghq.eu\nDD_API_KEY={dd}\n"),
    );
    write(
        dir.path(),
        "mailgun.env",
        &format!(
            "MAILGUN_API_BASE=https://api.eu.mailgun.net\nMAILGUN_API_KEY={}\n",
            mailgun_key()
        ),
    );
    let root = dir.path().display().to_string();
    let args = |extra: &[&str]| scan_json_args(&root, extra);
    let out = cli(args(&["--verify", "--verify-budget", "0ms"])).await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    for provider in ["datadog", "mailgun"] {
        let f = provider_finding(&doc, provider);
        let v = &f["verification"];
        assert_eq!(v["reason"], "other-instance", "{provider}: {v:#}");
        assert!(
            v["detail"]
                .as_str()
                .unwrap()
                .contains(&format!("--endpoint {provider}=")),
            "{provider}: {v:#}"
        );
    }
    // With an explicit endpoint (the EU site; here a mock) the key goes there.
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/validate"))
        .and(header("dd-api-key", dd.as_str()))
        .respond_with(json_resp(200, json!({"valid": true})))
        .mount(&s)
        .await;
    let endpoint = format!("datadog={}", s.uri());
    let out = cli(args(&[
        "--verify",
        "--verify-budget",
        "30s",
        "--endpoint",
        &endpoint,
    ]))
    .await;
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = provider_finding(&doc, "datadog");
    assert_eq!(f["verification"]["status"], "valid", "{f:#}");
}

/// A documented rejection from a provider with several sites says the token is dead on the
/// site that was asked, not everywhere; an HCP Terraform organization token's 404 is
/// unknown, with what it means.
#[tokio::test(flavor = "multi_thread")]
async fn rejections_and_documented_statuses_say_what_they_mean() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v1/validate"))
        .respond_with(ResponseTemplate::new(403).set_body_string(r#"{"errors":["Forbidden"]}"#))
        .mount(&s)
        .await;
    let mut j = job(Provider::from_name("datadog").unwrap(), datadog_key());
    j.rule_id = "datadog.api-key".into();
    let v = run(j, &s).await;
    assert_eq!(v.status, Status::Invalid, "{v:#?}");
    assert!(
        v.detail.as_deref().unwrap().contains("configured base URL"),
        "{v:#?}"
    );

    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/account/details"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_string(r#"{"errors":[{"status":"404","title":"not found"}]}"#),
        )
        .mount(&s)
        .await;
    let v = run(
        job(Provider::from_name("terraform").unwrap(), terraform_token()),
        &s,
    )
    .await;
    assert_unknown(&v, UnknownReason::UnexpectedStatus);
    assert!(
        v.detail.as_deref().unwrap().contains("organization token"),
        "{v:#?}"
    );
}

// ---------------------------------------------------------------------------------------
// Usage and age hygiene after verification

/// `at` as GitLab writes it, `days` and one hour before now: the hour keeps the whole-day
/// count stable while the scan runs.
fn gitlab_time_days_ago(days: i64) -> String {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(days * 24 + 1);
    t.strftime("%Y-%m-%dT%H:%M:%S.000Z").to_string()
}

/// A GitLab token its provider last saw 40 days ago, created 400 days ago: with
/// `max_unused_days = 30` from the config it is `unused-for-40-days`, and with the default
/// age limit `older-than-400-days`, in the JSON report's hygiene ids and notes.
#[tokio::test(flavor = "multi_thread")]
async fn cli_verify_reports_unused_and_old_gitlab_token() {
    let s = MockServer::start().await;
    mount(
        &s,
        vec![
            get(
                "/api/v4/personal_access_tokens/self",
                json!({
                    "id": 7, "name": "ci", "revoked": false, "active": true,
                    "created_at": gitlab_time_days_ago(400),
                    "last_used_at": gitlab_time_days_ago(40),
                    "scopes": ["api"], "user_id": 3, "expires_at": "2099-12-31"
                }),
            ),
            get(
                "/api/v4/user",
                json!({"id": 3, "username": "gina", "is_admin": false, "bot": false}),
            ),
            get("/api/v4/projects", json!([])).header("x-total", "0"),
        ],
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let token = glpat();
    write(
        dir.path(),
        "deploy.sh",
        &format!("export GITLAB_TOKEN={token}\n"),
    );
    let config = dir.path().join("policy.toml");
    std::fs::write(&config, "[policy]\nmax_unused_days = 30\n").unwrap();
    let root = dir.path().display().to_string();
    let endpoint = format!("gitlab={}", s.uri());
    let config = config.display().to_string();
    let args = scan_json_args(
        &root,
        &["--verify", "--endpoint", &endpoint, "--config", &config],
    );
    let out = cli(args).await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains(&token), "secret in the report");
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout} {}", String::from_utf8_lossy(&out.stderr)));
    let f = provider_finding(&doc, "gitlab");
    assert_eq!(f["verification"]["status"], "valid", "{f:#}");
    let hygiene: Vec<&str> = f["facts"]["properties"]["hygiene"]
        .as_array()
        .unwrap_or_else(|| panic!("no hygiene ids: {f:#}"))
        .iter()
        .filter_map(Value::as_str)
        .filter(|id| id.starts_with("unused-for-") || id.starts_with("older-than-"))
        .collect();
    assert_eq!(
        hygiene,
        ["unused-for-40-days", "older-than-400-days"],
        "{f:#}"
    );
    let notes = f["notes"].to_string();
    assert!(notes.contains("last used 40 days ago"), "{notes}");
    assert!(notes.contains("created 400 days ago"), "{notes}");
}

/// The two AWS usage sub-calls, and the answer given to one of them.
#[derive(Debug, Clone, Copy)]
enum UsageCall {
    LastUsed,
    ListKeys,
}

/// A working key whose `call` alone answers `resp`: the identity call decided the status,
/// so it stays `valid`; only that call's fields are missing, with a note that says why.
async fn aws_usage_call_fails(call: UsageCall, resp: ResponseTemplate, why: &str) {
    let s = MockServer::start().await;
    let action = match call {
        UsageCall::LastUsed => "GetAccessKeyLastUsed",
        UsageCall::ListKeys => "ListAccessKeys",
    };
    let mut stubs = vec![aws_call(action, None, resp).priority(1)];
    stubs.extend(aws_valid());
    mount(&s, stubs).await;
    let what = format!("aws {action} {why}");
    let v = run_as(&what, aws_job(), &s).await;
    expect(&what, &v, Status::Valid);
    let (prefix, other_read) = match call {
        UsageCall::LastUsed => {
            assert_eq!(v.last_used, None, "{what}: {v:#?}");
            assert!(!v.never_used, "{what}: a failed call is not 'never used'");
            assert!(!v.extras.contains_key("last_used_service"), "{what}");
            ("last use: ", v.created.is_some())
        }
        UsageCall::ListKeys => {
            assert_eq!(v.created, None, "{what}: {v:#?}");
            assert!(!v.extras.contains_key("key_status"), "{what}");
            ("age and status: ", v.last_used.is_some())
        }
    };
    assert!(
        other_read,
        "{what}: the other usage call was still read: {v:#?}"
    );
    assert!(
        v.unknowns
            .iter()
            .any(|n| n.starts_with(prefix) && n.contains(why)),
        "{what}: no note `{prefix}…{why}…` in {:?}",
        v.unknowns
    );
    // The permissions are still read after the usage calls.
    assert!(has_binding(&v, "*", Access::Admin), "{what}: {v:#?}");
}

fn aws_rate_limited() -> ResponseTemplate {
    // Retry-After 0: the bounded retries run at once, and still end rate-limited.
    xml(429, &aws_error("Throttling")).insert_header("retry-after", "0")
}

fn aws_slow() -> ResponseTemplate {
    // Beyond the 800 ms per-request timeout of `opts_for`.
    xml(200, "<R/>").set_delay(Duration::from_millis(1500))
}

/// 429, 500 and no answer in time, for each usage call; and IAM's own throttling answer, a
/// 400 `Throttling` the transport does not take for a rate limit, still said as one.
#[tokio::test(flavor = "multi_thread")]
async fn aws_usage_call_failures_keep_the_status_and_say_why() {
    let server_error = || xml(500, &aws_error("ServiceFailure"));
    let timeout = "no answer within the request timeout";
    let cases = [
        (UsageCall::LastUsed, aws_rate_limited(), "rate-limited"),
        (
            UsageCall::LastUsed,
            server_error(),
            "server error (HTTP 500)",
        ),
        (UsageCall::LastUsed, aws_slow(), timeout),
        (UsageCall::ListKeys, aws_rate_limited(), "rate-limited"),
        (
            UsageCall::ListKeys,
            server_error(),
            "server error (HTTP 500)",
        ),
        (UsageCall::ListKeys, aws_slow(), timeout),
        (
            UsageCall::LastUsed,
            xml(400, &aws_error("Throttling")),
            "rate-limited (AWS Throttling)",
        ),
    ];
    for (call, resp, why) in cases {
        aws_usage_call_fails(call, resp, why).await;
    }
}
