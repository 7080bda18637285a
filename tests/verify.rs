//! `--verify` against local mock servers (wiremock on 127.0.0.1). Nothing here touches the
//! internet: every provider's base URL is overridden, and the one test without overrides
//! only asks where a request *would* go.
//!
//! Fake tokens are assembled at run time; none is written out literally.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::process::Command;
use std::time::{Duration, Instant};

use base64::Engine as _;
use serde_json::{Value, json};
use tokenscope::analyze::checksum::github_style_token;
use tokenscope::verify::http::{Fail, Http, HttpConfig, Method, Req};
use tokenscope::verify::{
    Access, Credential, Endpoints, IdentityKind, Job, Provider, Status, UnknownReason,
    Verification, VerifyOptions, request_url, verify_jobs,
};
use wiremock::matchers::{body_string_contains, header, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

type Mount = for<'a> fn(&'a MockServer) -> Pin<Box<dyn Future<Output = ()> + 'a>>;

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

async fn run(job: Job, s: &MockServer) -> Verification {
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
            "secret leaked into the verification: {text}"
        );
    }
    v
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
// The standard cases every provider goes through

#[derive(Clone, Copy)]
enum Expect {
    Valid,
    Invalid,
    Unknown(UnknownReason),
}

#[derive(Clone, Copy)]
struct Case {
    provider: Provider,
    job: fn() -> Job,
    method: &'static str,
    path: &'static str,
    /// Extra body matcher for the primary call (AWS: which action).
    body: Option<&'static str>,
    mount_valid: Mount,
    check_valid: fn(&Verification),
    mount_missing: Mount,
    check_missing: fn(&Verification),
    /// The provider's "bad credentials" answer.
    unauthorized: (u16, &'static str),
    /// A 403 body and what it means for this provider.
    forbidden: (&'static str, Expect),
    /// A 200 body that is not what the provider documents.
    malformed: &'static str,
}

impl Case {
    fn primary(&self) -> wiremock::MockBuilder {
        let m = Mock::given(method(self.method)).and(path(self.path));
        match self.body {
            Some(b) => m.and(body_string_contains(b)),
            None => m,
        }
    }
}

fn expect(v: &Verification, e: Expect) {
    match e {
        Expect::Valid => assert_eq!(v.status, Status::Valid, "{v:#?}"),
        Expect::Invalid => assert_eq!(v.status, Status::Invalid, "{v:#?}"),
        Expect::Unknown(r) => assert_unknown(v, r),
    }
}

async fn case_valid(c: Case) {
    let s = MockServer::start().await;
    (c.mount_valid)(&s).await;
    let v = run((c.job)(), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert_eq!(v.provider, c.provider.name());
    (c.check_valid)(&v);
}

async fn case_unauthorized(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(c.unauthorized.0).set_body_string(c.unauthorized.1))
        .mount(&s)
        .await;
    let v = run((c.job)(), &s).await;
    expect(&v, Expect::Invalid);
}

async fn case_forbidden(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(403).set_body_string(c.forbidden.0))
        .mount(&s)
        .await;
    let v = run((c.job)(), &s).await;
    expect(&v, c.forbidden.1);
}

async fn case_not_found(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(404).set_body_string("{}"))
        .mount(&s)
        .await;
    let v = run((c.job)(), &s).await;
    assert_unknown(&v, UnknownReason::UnexpectedStatus);
}

async fn case_rate_limited_then_ok(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&s)
        .await;
    (c.mount_valid)(&s).await;
    let t = Instant::now();
    let v = run((c.job)(), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(
        t.elapsed() >= Duration::from_millis(950),
        "Retry-After honoured"
    );
    let hits = s
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == c.path)
        .count();
    assert!(hits >= 2, "retried the primary call ({hits})");
}

async fn case_server_error(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(500).set_body_string("oops"))
        .mount(&s)
        .await;
    let v = run((c.job)(), &s).await;
    assert_unknown(&v, UnknownReason::ServerError);
}

async fn case_slow(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string("{}")
                .set_delay(Duration::from_secs(3)),
        )
        .mount(&s)
        .await;
    let t = Instant::now();
    let v = run((c.job)(), &s).await;
    assert_unknown(&v, UnknownReason::Timeout);
    assert!(t.elapsed() < Duration::from_millis(2500));
}

async fn case_malformed(c: Case) {
    let s = MockServer::start().await;
    c.primary()
        .respond_with(ResponseTemplate::new(200).set_body_string(c.malformed))
        .mount(&s)
        .await;
    let v = run((c.job)(), &s).await;
    assert_unknown(&v, UnknownReason::Malformed);
}

async fn case_missing(c: Case) {
    let s = MockServer::start().await;
    (c.mount_missing)(&s).await;
    let v = run((c.job)(), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    (c.check_missing)(&v);
}

macro_rules! provider_suite {
    ($module:ident, $case:expr) => {
        mod $module {
            use super::*;
            #[tokio::test(flavor = "multi_thread")]
            async fn valid_with_scopes() {
                case_valid($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn unauthorized_is_invalid() {
                case_unauthorized($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn forbidden() {
                case_forbidden($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn not_found_is_unknown() {
                case_not_found($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn rate_limited_then_ok() {
                case_rate_limited_then_ok($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn server_error_is_unknown() {
                case_server_error($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn slower_than_timeout_is_unknown() {
                case_slow($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn malformed_is_unknown() {
                case_malformed($case).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn missing_headers_or_fields() {
                case_missing($case).await
            }
        }
    };
}

// ---------------------------------------------------------------------------------------
// GitHub

fn gh_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/user"))
            .and(header_exists("authorization"))
            .respond_with(
                json_resp(200, json!({"login": "octo", "id": 42, "type": "User"}))
                    .insert_header("x-oauth-scopes", "repo, admin:org")
                    .insert_header(
                        "github-authentication-token-expiration",
                        "2099-01-01 00:00:00 UTC",
                    ),
            )
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/user/repos"))
            .respond_with(json_resp(
                200,
                json!([
                    {"full_name": "octo/a", "private": true, "permissions": {"admin": true}},
                    {"full_name": "octo/b", "private": false}
                ]),
            ))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/user/orgs"))
            .respond_with(json_resp(200, json!([{"login": "acme"}])))
            .mount(s)
            .await;
    })
}

fn gh_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.name.as_deref(), Some("octo"));
    assert_eq!(id.id.as_deref(), Some("42"));
    assert_eq!(v.raw_scopes, vec!["repo", "admin:org"]);
    // The hierarchy is expanded.
    assert!(has_binding(v, "repo", Access::Admin));
    assert!(has_binding(v, "repo:status", Access::Write));
    assert!(has_binding(v, "public_repo", Access::Write));
    assert!(has_binding(v, "read:org", Access::Read));
    assert!(has_binding(v, "manage_runners:org", Access::Admin));
    assert_eq!(
        v.expiry,
        tokenscope::finding::Expiry::At {
            at: "2099-01-01T00:00:00Z".into(),
            expired: false
        }
    );
    assert_eq!(v.extras["repositories"], 2);
    assert_eq!(v.extras["orgs"], json!(["acme"]));
}

fn gh_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/user"))
            .respond_with(json_resp(200, json!({"login": "octo", "id": 42})))
            .mount(s)
            .await;
    })
}

fn gh_check_missing(v: &Verification) {
    assert!(v.raw_scopes.is_empty());
    assert!(
        v.unknowns.iter().any(|u| u.contains("X-OAuth-Scopes")),
        "{v:#?}"
    );
    assert_eq!(v.expiry, tokenscope::finding::Expiry::Unknown);
}

const GITHUB: Case = Case {
    provider: Provider::Github,
    job: || job(Provider::Github, ghp()),
    method: "GET",
    path: "/user",
    body: None,
    mount_valid: gh_mount_valid,
    check_valid: gh_check_valid,
    mount_missing: gh_mount_missing,
    check_missing: gh_check_missing,
    unauthorized: (401, r#"{"message":"Bad credentials"}"#),
    forbidden: (
        r#"{"message":"Forbidden"}"#,
        Expect::Unknown(UnknownReason::Forbidden),
    ),
    malformed: "{oops",
};
provider_suite!(github, GITHUB);

// ---------------------------------------------------------------------------------------
// GitLab

fn gl_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/api/v4/personal_access_tokens/self"))
            .and(header_exists("private-token"))
            .respond_with(json_resp(
                200,
                json!({
                    "id": 7, "name": "ci", "revoked": false,
                    "created_at": "2025-01-01T00:00:00.000Z",
                    "scopes": ["api", "read_repository"], "user_id": 3,
                    "last_used_at": "2025-06-01T00:00:00.000Z", "active": true,
                    "expires_at": "2099-12-31"
                }),
            ))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/api/v4/user"))
            .respond_with(json_resp(
                200,
                json!({"id": 3, "username": "gina", "is_admin": true, "bot": false}),
            ))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/api/v4/projects"))
            .respond_with(json_resp(200, json!([])).insert_header("x-total", "4"))
            .mount(s)
            .await;
    })
}

fn gl_check_valid(v: &Verification) {
    assert_eq!(v.raw_scopes, vec!["api", "read_repository"]);
    assert!(has_binding(v, "api", Access::Write));
    assert!(has_binding(v, "read_repository", Access::Read));
    assert!(has_binding(v, "is_admin", Access::Admin));
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.name.as_deref(), Some("gina"));
    assert!(matches!(
        &v.expiry,
        tokenscope::finding::Expiry::At { expired: false, .. }
    ));
    assert_eq!(v.extras["last_used_at"], "2025-06-01T00:00:00.000Z");
    assert_eq!(v.extras["projects_maintainer_or_owner"], 4);
}

fn gl_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/api/v4/personal_access_tokens/self"))
            .respond_with(json_resp(
                200,
                json!({"id": 7, "scopes": ["read_repository"], "user_id": 3, "active": true}),
            ))
            .mount(s)
            .await;
    })
}

fn gl_check_missing(v: &Verification) {
    assert_eq!(v.expiry, tokenscope::finding::Expiry::Unknown);
    assert!(v.unknowns.iter().any(|u| u.contains("expires_at")));
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.id.as_deref(), Some("3"));
    assert_eq!(id.name, None);
}

const GITLAB: Case = Case {
    provider: Provider::Gitlab,
    job: || job(Provider::Gitlab, glpat()),
    method: "GET",
    path: "/api/v4/personal_access_tokens/self",
    body: None,
    mount_valid: gl_mount_valid,
    check_valid: gl_check_valid,
    mount_missing: gl_mount_missing,
    check_missing: gl_check_missing,
    unauthorized: (401, r#"{"message":"401 Unauthorized"}"#),
    forbidden: (
        r#"{"error":"insufficient_scope","error_description":"The request requires higher privileges."}"#,
        Expect::Valid,
    ),
    malformed: "<html>sign in</html>",
};
provider_suite!(gitlab, GITLAB);

// ---------------------------------------------------------------------------------------
// Slack

fn slack_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("POST"))
            .and(path("/api/auth.test"))
            .and(header_exists("authorization"))
            .respond_with(
                json_resp(
                    200,
                    json!({
                        "ok": true, "url": "https://acme.slack.com/", "team": "Acme",
                        "user": "deploybot", "team_id": "T1", "user_id": "U1", "bot_id": "B1"
                    }),
                )
                .insert_header("x-oauth-scopes", "chat:write,channels:read,admin"),
            )
            .mount(s)
            .await;
    })
}

fn slack_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.kind, IdentityKind::Bot);
    assert_eq!(id.name.as_deref(), Some("deploybot"));
    assert_eq!(v.raw_scopes, vec!["chat:write", "channels:read", "admin"]);
    assert!(has_binding(v, "chat:write", Access::Write));
    assert!(has_binding(v, "channels:read", Access::Read));
    assert!(has_binding(v, "admin", Access::Admin));
    assert_eq!(v.extras["team"], "Acme");
}

fn slack_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("POST"))
            .and(path("/api/auth.test"))
            .respond_with(json_resp(
                200,
                json!({"ok": true, "team": "Acme", "user": "dev", "user_id": "U2"}),
            ))
            .mount(s)
            .await;
    })
}

fn slack_check_missing(v: &Verification) {
    assert!(v.raw_scopes.is_empty());
    assert!(v.unknowns.iter().any(|u| u.contains("x-oauth-scopes")));
    assert_eq!(v.identity.as_ref().unwrap().kind, IdentityKind::User);
}

const SLACK: Case = Case {
    provider: Provider::Slack,
    job: || job(Provider::Slack, slack_bot()),
    method: "POST",
    path: "/api/auth.test",
    body: None,
    mount_valid: slack_mount_valid,
    check_valid: slack_check_valid,
    mount_missing: slack_mount_missing,
    check_missing: slack_check_missing,
    unauthorized: (200, r#"{"ok":false,"error":"invalid_auth"}"#),
    forbidden: (
        "<html>blocked</html>",
        Expect::Unknown(UnknownReason::Forbidden),
    ),
    malformed: "ok",
};
provider_suite!(slack, SLACK);

// ---------------------------------------------------------------------------------------
// Stripe

fn stripe_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v1/account"))
            .and(header_exists("authorization"))
            .respond_with(json_resp(
                200,
                json!({
                    "id": "acct_1", "object": "account", "email": "ops@acme.test",
                    "country": "US", "settings": {"dashboard": {"display_name": "Acme"}}
                }),
            ))
            .mount(s)
            .await;
    })
}

fn stripe_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.kind, IdentityKind::Account);
    assert_eq!(id.name.as_deref(), Some("Acme"));
    assert_eq!(id.id.as_deref(), Some("acct_1"));
    assert_eq!(v.max_access(), Some(Access::Admin));
    assert_eq!(v.extras["mode"], "live");
}

fn stripe_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v1/account"))
            .respond_with(json_resp(200, json!({"id": "acct_1", "object": "account"})))
            .mount(s)
            .await;
    })
}

fn stripe_check_missing(v: &Verification) {
    assert_eq!(v.identity.as_ref().unwrap().name, None);
    assert_eq!(v.max_access(), Some(Access::Admin));
}

const STRIPE: Case = Case {
    provider: Provider::Stripe,
    job: || job(Provider::Stripe, stripe_secret()),
    method: "GET",
    path: "/v1/account",
    body: None,
    mount_valid: stripe_mount_valid,
    check_valid: stripe_check_valid,
    mount_missing: stripe_mount_missing,
    check_missing: stripe_check_missing,
    unauthorized: (
        401,
        r#"{"error":{"type":"invalid_request_error","message":"Invalid API Key provided"}}"#,
    ),
    forbidden: (
        r#"{"error":{"type":"invalid_request_error","message":"The provided key does not have the required permissions"}}"#,
        Expect::Valid,
    ),
    malformed: "[]",
};
provider_suite!(stripe, STRIPE);

// ---------------------------------------------------------------------------------------
// OpenAI

fn openai_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v1/models"))
            .and(header_exists("authorization"))
            .respond_with(
                json_resp(200, json!({"object": "list", "data": [{"id": "gpt-x"}]}))
                    .insert_header("openai-organization", "org-abc")
                    .insert_header("openai-project", "proj_1"),
            )
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/me"))
            .respond_with(json_resp(
                200,
                json!({
                    "id": "user-1", "email": "dev@acme.test",
                    "orgs": {"data": [{"id": "org-abc", "title": "Acme", "role": "owner"}]}
                }),
            ))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/v1/files"))
            .respond_with(json_resp(200, json!({"data": []})))
            .mount(s)
            .await;
    })
}

fn openai_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.kind, IdentityKind::User);
    assert_eq!(id.name.as_deref(), Some("dev@acme.test"));
    assert!(has_binding(v, "model.read", Access::Read));
    assert!(has_binding(v, "files.read", Access::Read));
    assert!(!has_binding(v, "batches.read", Access::Read));
    assert_eq!(v.extras["project"], "proj_1");
    assert_eq!(v.extras["orgs"][0]["role"], "owner");
    assert!(!v.unknowns.is_empty());
}

fn openai_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v1/models"))
            .respond_with(json_resp(200, json!({"data": []})))
            .mount(s)
            .await;
    })
}

fn openai_check_missing(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.kind, IdentityKind::Org);
    assert_eq!(id.name, None);
    assert!(v.unknowns.iter().any(|u| u.contains("/v1/me")));
}

const OPENAI: Case = Case {
    provider: Provider::Openai,
    job: || job(Provider::Openai, openai_key()),
    method: "GET",
    path: "/v1/models",
    body: None,
    mount_valid: openai_mount_valid,
    check_valid: openai_check_valid,
    mount_missing: openai_mount_missing,
    check_missing: openai_check_missing,
    unauthorized: (
        401,
        r#"{"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}}"#,
    ),
    forbidden: (
        r#"{"error":{"message":"You have insufficient permissions for this operation. Missing scopes: api.model.read."}}"#,
        Expect::Valid,
    ),
    malformed: r#"{"object":"list"}"#,
};
provider_suite!(openai, OPENAI);

// ---------------------------------------------------------------------------------------
// Anthropic

fn anthropic_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v1/models"))
            .and(header("anthropic-version", "2023-06-01"))
            .and(header_exists("x-api-key"))
            .respond_with(
                json_resp(
                    200,
                    json!({"data": [{"id": "claude-x", "type": "model"}], "has_more": false}),
                )
                .insert_header("anthropic-organization-id", "org-uuid"),
            )
            .mount(s)
            .await;
    })
}

fn anthropic_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.kind, IdentityKind::Org);
    assert_eq!(id.id.as_deref(), Some("org-uuid"));
    assert!(has_binding(v, "full_access", Access::Write));
    assert_eq!(v.extras["models"], 1);
}

fn anthropic_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v1/models"))
            .respond_with(json_resp(200, json!({"data": []})))
            .mount(s)
            .await;
    })
}

fn anthropic_check_missing(v: &Verification) {
    assert_eq!(v.identity.as_ref().unwrap().id, None);
}

const ANTHROPIC: Case = Case {
    provider: Provider::Anthropic,
    job: || job(Provider::Anthropic, anthropic_key()),
    method: "GET",
    path: "/v1/models",
    body: None,
    mount_valid: anthropic_mount_valid,
    check_valid: anthropic_check_valid,
    mount_missing: anthropic_mount_missing,
    check_missing: anthropic_check_missing,
    unauthorized: (
        401,
        r#"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#,
    ),
    forbidden: (
        r#"{"type":"error","error":{"type":"permission_error","message":"not allowed"}}"#,
        Expect::Valid,
    ),
    malformed: r#"{"type":"models"}"#,
};
provider_suite!(anthropic, ANTHROPIC);

// ---------------------------------------------------------------------------------------
// Hugging Face

fn hf_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/api/whoami-v2"))
            .and(header_exists("authorization"))
            .respond_with(json_resp(
                200,
                json!({
                    "type": "user", "id": "u1", "name": "hanna",
                    "orgs": [{"name": "acme", "roleInOrg": "admin"}],
                    "auth": {"type": "access_token", "accessToken": {
                        "displayName": "ci", "role": "fineGrained",
                        "createdAt": "2025-01-01T00:00:00.000Z",
                        "fineGrained": {
                            "global": ["discussion.write"],
                            "scoped": [{
                                "entity": {"_id": "x", "type": "model", "name": "hanna/m"},
                                "permissions": ["repo.content.read", "repo.write"]
                            }]
                        }
                    }}
                }),
            ))
            .mount(s)
            .await;
    })
}

fn hf_check_valid(v: &Verification) {
    assert_eq!(v.identity.as_ref().unwrap().name.as_deref(), Some("hanna"));
    assert!(v.bindings.iter().any(|b| b.resource == "model:hanna/m"
        && b.permission == "repo.write"
        && b.access == Access::Write));
    assert!(has_binding(v, "repo.content.read", Access::Read));
    assert!(has_binding(v, "discussion.write", Access::Write));
    assert_eq!(v.raw_scopes.len(), 3);
    assert_eq!(v.extras["token_name"], "ci");
}

fn hf_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/api/whoami-v2"))
            .respond_with(json_resp(200, json!({"type": "user", "name": "hanna"})))
            .mount(s)
            .await;
    })
}

fn hf_check_missing(v: &Verification) {
    assert!(v.bindings.is_empty());
    assert!(v.unknowns.iter().any(|u| u.contains("role")));
}

const HUGGINGFACE: Case = Case {
    provider: Provider::Huggingface,
    job: || job(Provider::Huggingface, hf_token()),
    method: "GET",
    path: "/api/whoami-v2",
    body: None,
    mount_valid: hf_mount_valid,
    check_valid: hf_check_valid,
    mount_missing: hf_mount_missing,
    check_missing: hf_check_missing,
    unauthorized: (
        401,
        r#"{"error":"Invalid credentials in Authorization header"}"#,
    ),
    forbidden: ("{}", Expect::Unknown(UnknownReason::Forbidden)),
    malformed: r#"{"type":"user"}"#,
};
provider_suite!(huggingface, HUGGINGFACE);

// ---------------------------------------------------------------------------------------
// npm

fn npm_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/-/whoami"))
            .and(header_exists("authorization"))
            .respond_with(json_resp(200, json!({"username": "npmuser"})))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/-/npm/v1/user"))
            .respond_with(json_resp(
                200,
                json!({"name": "npmuser", "tfa": {"mode": "auth-and-writes"}}),
            ))
            .mount(s)
            .await;
    })
}

fn npm_check_valid(v: &Verification) {
    assert_eq!(
        v.identity.as_ref().unwrap().name.as_deref(),
        Some("npmuser")
    );
    assert_eq!(v.extras["tfa"], "auth-and-writes");
    assert!(v.bindings.is_empty(), "identity only");
    assert!(!v.unknowns.is_empty());
}

fn npm_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/-/whoami"))
            .respond_with(json_resp(200, json!({"username": "npmuser"})))
            .mount(s)
            .await;
    })
}

fn npm_check_missing(v: &Verification) {
    assert!(!v.extras.contains_key("tfa"));
}

const NPM: Case = Case {
    provider: Provider::Npm,
    job: || job(Provider::Npm, npm_token()),
    method: "GET",
    path: "/-/whoami",
    body: None,
    mount_valid: npm_mount_valid,
    check_valid: npm_check_valid,
    mount_missing: npm_mount_missing,
    check_missing: npm_check_missing,
    unauthorized: (401, r#"{"error":"You must be logged in"}"#),
    forbidden: ("{}", Expect::Unknown(UnknownReason::Forbidden)),
    malformed: "{}",
};
provider_suite!(npm, NPM);

// ---------------------------------------------------------------------------------------
// SendGrid

fn sg_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v3/scopes"))
            .and(header_exists("authorization"))
            .respond_with(json_resp(
                200,
                json!({"scopes": ["mail.send", "api_keys.create", "api_keys.read", "user.username.read"]}),
            ))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/v3/user/username"))
            .respond_with(json_resp(200, json!({"username": "sg", "user_id": 99})))
            .mount(s)
            .await;
    })
}

fn sg_check_valid(v: &Verification) {
    assert_eq!(v.identity.as_ref().unwrap().name.as_deref(), Some("sg"));
    assert!(
        v.bindings
            .iter()
            .any(|b| b.resource == "api_keys" && b.access == Access::Admin)
    );
    assert!(
        v.bindings
            .iter()
            .any(|b| b.resource == "mail" && b.access == Access::Write)
    );
    assert_eq!(v.raw_scopes.len(), 4);
    assert_eq!(v.extras["full_access_likely"], true);
}

fn sg_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v3/scopes"))
            .respond_with(json_resp(200, json!({"scopes": ["mail.send"]})))
            .mount(s)
            .await;
    })
}

fn sg_check_missing(v: &Verification) {
    assert!(v.identity.is_none());
    assert!(v.unknowns.iter().any(|u| u.contains("account name")));
}

const SENDGRID: Case = Case {
    provider: Provider::Sendgrid,
    job: || job(Provider::Sendgrid, sendgrid_key()),
    method: "GET",
    path: "/v3/scopes",
    body: None,
    mount_valid: sg_mount_valid,
    check_valid: sg_check_valid,
    mount_missing: sg_mount_missing,
    check_missing: sg_check_missing,
    unauthorized: (
        401,
        r#"{"errors":[{"field":null,"message":"authorization required"}]}"#,
    ),
    forbidden: (
        r#"{"errors":[{"message":"access forbidden"}]}"#,
        Expect::Unknown(UnknownReason::Forbidden),
    ),
    malformed: r#"{"scopes":"all"}"#,
};
provider_suite!(sendgrid, SENDGRID);

// ---------------------------------------------------------------------------------------
// Docker Hub

fn docker_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        let token = jwt(json!({
            "scope": "repo:admin",
            "exp": 4_000_000_000u64,
            "https://hub.docker.com": {"username": "alice", "uuid": "u-1"}
        }));
        Mock::given(method("POST"))
            .and(path("/v2/auth/token"))
            .and(body_string_contains(r#""identifier":"alice""#))
            .respond_with(json_resp(200, json!({"access_token": token})))
            .mount(s)
            .await;
    })
}

fn docker_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.name.as_deref(), Some("alice"));
    assert_eq!(id.id.as_deref(), Some("u-1"));
    assert_eq!(v.raw_scopes, vec!["repo:admin"]);
    assert!(has_binding(v, "repo:admin", Access::Admin));
}

fn docker_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        let token = jwt(json!({"exp": 4_000_000_000u64}));
        Mock::given(method("POST"))
            .and(path("/v2/auth/token"))
            .respond_with(json_resp(200, json!({"access_token": token})))
            .mount(s)
            .await;
    })
}

fn docker_check_missing(v: &Verification) {
    assert!(v.bindings.is_empty());
    assert!(v.unknowns.iter().any(|u| u.contains("scope claim")));
    assert_eq!(v.identity.as_ref().unwrap().name.as_deref(), Some("alice"));
}

const DOCKERHUB: Case = Case {
    provider: Provider::Dockerhub,
    job: || job(Provider::Dockerhub, docker_pat()),
    method: "POST",
    path: "/v2/auth/token",
    body: None,
    mount_valid: docker_mount_valid,
    check_valid: docker_check_valid,
    mount_missing: docker_mount_missing,
    check_missing: docker_check_missing,
    unauthorized: (401, r#"{"detail":"Incorrect authentication credentials"}"#),
    forbidden: ("{}", Expect::Unknown(UnknownReason::Forbidden)),
    malformed: r#"{"access_token":"not-a-jwt"}"#,
};
provider_suite!(dockerhub, DOCKERHUB);

// ---------------------------------------------------------------------------------------
// DigitalOcean

fn do_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v2/account"))
            .and(header_exists("authorization"))
            .respond_with(json_resp(
                200,
                json!({"account": {
                    "droplet_limit": 25, "email": "do@acme.test", "uuid": "u-9",
                    "email_verified": true, "status": "active",
                    "team": {"uuid": "t1", "name": "Acme"}
                }}),
            ))
            .mount(s)
            .await;
        Mock::given(method("GET"))
            .and(path("/v2/droplets"))
            .respond_with(json_resp(200, json!({"droplets": []})))
            .mount(s)
            .await;
    })
}

fn do_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.name.as_deref(), Some("do@acme.test"));
    assert_eq!(id.id.as_deref(), Some("u-9"));
    assert!(has_binding(v, "account:read", Access::Read));
    assert!(has_binding(v, "droplet:read", Access::Read));
    assert!(!has_binding(v, "kubernetes:read", Access::Read));
    assert_eq!(v.extras["team"]["name"], "Acme");
}

fn do_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        Mock::given(method("GET"))
            .and(path("/v2/account"))
            .respond_with(json_resp(200, json!({"account": {"uuid": "u-9"}})))
            .mount(s)
            .await;
    })
}

fn do_check_missing(v: &Verification) {
    assert_eq!(v.identity.as_ref().unwrap().name, None);
    assert!(!v.extras.contains_key("team"));
}

const DIGITALOCEAN: Case = Case {
    provider: Provider::Digitalocean,
    job: || job(Provider::Digitalocean, do_token()),
    method: "GET",
    path: "/v2/account",
    body: None,
    mount_valid: do_mount_valid,
    check_valid: do_check_valid,
    mount_missing: do_mount_missing,
    check_missing: do_check_missing,
    unauthorized: (
        401,
        r#"{"id":"Unauthorized","message":"Unable to authenticate you"}"#,
    ),
    forbidden: (
        r#"{"id":"Forbidden","message":"You are not authorized to perform this operation"}"#,
        Expect::Valid,
    ),
    malformed: r#"{"account":null}"#,
};
provider_suite!(digitalocean, DIGITALOCEAN);

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

async fn aws_action(s: &MockServer, action: &str, extra: Option<&str>, resp: ResponseTemplate) {
    let mut m = Mock::given(method("POST"))
        .and(path("/"))
        .and(body_string_contains(format!("Action={action}&")));
    if let Some(e) = extra {
        m = m.and(body_string_contains(e.to_string()));
    }
    m.respond_with(resp).mount(s).await;
}

fn aws_mount_valid(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        aws_action(s, "GetCallerIdentity", None, xml(200, STS_OK)).await;
        aws_action(
            s,
            "ListAttachedUserPolicies",
            Some("UserName=alice"),
            xml(
                200,
                "<ListAttachedUserPoliciesResponse><ListAttachedUserPoliciesResult><AttachedPolicies>\
                 <member><PolicyName>ReadOnlyAccess</PolicyName><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member>\
                 </AttachedPolicies></ListAttachedUserPoliciesResult></ListAttachedUserPoliciesResponse>",
            ),
        )
        .await;
        aws_action(
            s,
            "ListUserPolicies",
            None,
            xml(
                200,
                "<ListUserPoliciesResponse><ListUserPoliciesResult><PolicyNames><member>deploy</member></PolicyNames></ListUserPoliciesResult></ListUserPoliciesResponse>",
            ),
        )
        .await;
        let inline = percent(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:PassRole","lambda:CreateFunction"],"Resource":"*"}]}"#,
        );
        aws_action(
            s,
            "GetUserPolicy",
            Some("PolicyName=deploy"),
            xml(
                200,
                &format!("<GetUserPolicyResponse><GetUserPolicyResult><PolicyDocument>{inline}</PolicyDocument></GetUserPolicyResult></GetUserPolicyResponse>"),
            ),
        )
        .await;
        aws_action(
            s,
            "ListGroupsForUser",
            None,
            xml(
                200,
                "<ListGroupsForUserResponse><ListGroupsForUserResult><Groups><member><GroupName>admins</GroupName></member></Groups></ListGroupsForUserResult></ListGroupsForUserResponse>",
            ),
        )
        .await;
        aws_action(
            s,
            "ListAttachedGroupPolicies",
            None,
            xml(
                200,
                "<R><AttachedPolicies><member><PolicyArn>arn:aws:iam::aws:policy/AdministratorAccess</PolicyArn></member></AttachedPolicies></R>",
            ),
        )
        .await;
        aws_action(
            s,
            "ListGroupPolicies",
            None,
            xml(200, "<R><PolicyNames/></R>"),
        )
        .await;
        aws_action(
            s,
            "GetPolicy",
            Some("AdministratorAccess"),
            xml(
                200,
                "<R><Policy><DefaultVersionId>v1</DefaultVersionId></Policy></R>",
            ),
        )
        .await;
        let admin = percent(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#,
        );
        aws_action(
            s,
            "GetPolicyVersion",
            Some("AdministratorAccess"),
            xml(
                200,
                &format!("<R><PolicyVersion><Document>{admin}</Document></PolicyVersion></R>"),
            ),
        )
        .await;
        // ReadOnlyAccess: the key may not read that policy; judged by name.
        aws_action(
            s,
            "GetPolicy",
            Some("ReadOnlyAccess"),
            xml(403, &aws_error("AccessDenied")),
        )
        .await;
    })
}

fn aws_check_valid(v: &Verification) {
    let id = v.identity.as_ref().unwrap();
    assert_eq!(id.kind, IdentityKind::User);
    assert_eq!(id.name.as_deref(), Some("alice"));
    assert_eq!(v.extras["account"], "123456789012");
    assert_eq!(v.extras["summary"], "admin");
    assert_eq!(v.extras["groups"], json!(["admins"]));
    assert!(has_binding(v, "*", Access::Admin));
    assert!(has_binding(v, "iam:PassRole", Access::Admin));
    assert!(has_binding(v, "lambda:CreateFunction", Access::Write));
    assert!(has_binding(v, "read-only", Access::Read));
    assert_eq!(
        v.extras["privilege_escalation_actions"],
        json!(["iam:PassRole"])
    );
}

fn aws_mount_missing(s: &MockServer) -> Pin<Box<dyn Future<Output = ()> + '_>> {
    Box::pin(async move {
        aws_action(s, "GetCallerIdentity", None, xml(200, STS_OK)).await;
        Mock::given(method("POST"))
            .and(path("/"))
            .respond_with(xml(403, &aws_error("AccessDenied")))
            .with_priority(10)
            .mount(s)
            .await;
    })
}

fn aws_check_missing(v: &Verification) {
    assert!(v.bindings.is_empty());
    assert_eq!(v.extras["summary"], "unknown");
    assert!(
        v.unknowns
            .iter()
            .any(|u| u.contains("may not read its own")),
        "{v:#?}"
    );
}

const AWS: Case = Case {
    provider: Provider::Aws,
    job: aws_job,
    method: "POST",
    path: "/",
    body: Some("Action=GetCallerIdentity"),
    mount_valid: aws_mount_valid,
    check_valid: aws_check_valid,
    mount_missing: aws_mount_missing,
    check_missing: aws_check_missing,
    unauthorized: (
        403,
        "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error></ErrorResponse>",
    ),
    forbidden: (
        "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>no</Message></Error></ErrorResponse>",
        Expect::Unknown(UnknownReason::Forbidden),
    ),
    malformed: "<GetCallerIdentityResponse>",
};
provider_suite!(aws, AWS);

// ---------------------------------------------------------------------------------------
// Provider-specific flows

#[tokio::test(flavor = "multi_thread")]
async fn github_fine_grained_lists_repos_and_probes_reads() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/user"))
        .respond_with(
            json_resp(200, json!({"login": "octo", "id": 42})).insert_header(
                "github-authentication-token-expiration",
                "2099-02-01 10:00:00 +0100",
            ),
        )
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/user/repos"))
        .respond_with(
            json_resp(
                200,
                json!([{"full_name": "octo/secret", "private": true}, {"full_name": "octo/pub", "private": false}]),
            )
            .insert_header("link", r#"<http://x/user/repos?page=2>; rel="next""#),
        )
        .mount(&s)
        .await;
    for p in [
        "/repos/octo/secret/commits",
        "/repos/octo/secret/actions/secrets",
    ] {
        Mock::given(method("GET"))
            .and(path(p))
            .respond_with(json_resp(200, json!([])))
            .mount(&s)
            .await;
    }
    Mock::given(method("GET"))
        .and(path("/repos/octo/secret/issues"))
        .respond_with(json_resp(
            403,
            json!({"message": "Resource not accessible by personal access token"}),
        ))
        .mount(&s)
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
    Mock::given(method("GET"))
        .and(path("/installation/repositories"))
        .respond_with(json_resp(
            200,
            json!({"total_count": 3, "repositories": [{"full_name": "acme/api", "private": false}]}),
        ))
        .mount(&s)
        .await;
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
    Mock::given(method("GET"))
        .and(path("/user"))
        .respond_with(json_resp(200, json!({"login": "octo", "id": 1})))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/user/installations"))
        .respond_with(json_resp(
            200,
            json!({"total_count": 1, "installations": [{
                "account": {"login": "acme"},
                "permissions": {"contents": "write", "metadata": "read", "administration": "admin"}
            }]}),
        ))
        .mount(&s)
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
    gh_mount_valid(&s).await;
    let t = Instant::now();
    let v = run(job(Provider::Github, ghp()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(t.elapsed() >= Duration::from_millis(950));
}

#[tokio::test(flavor = "multi_thread")]
async fn rate_limit_retries_are_bounded() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/account"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "0"))
        .mount(&s)
        .await;
    let v = run(job(Provider::Stripe, stripe_secret()), &s).await;
    assert_unknown(&v, UnknownReason::RateLimited);
    // One try plus max_retries (2).
    assert_eq!(s.received_requests().await.unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn retry_after_beyond_the_cap_gives_up_at_once() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2/account"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "3600"))
        .mount(&s)
        .await;
    let t = Instant::now();
    let v = run(job(Provider::Digitalocean, do_token()), &s).await;
    assert_unknown(&v, UnknownReason::RateLimited);
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[tokio::test(flavor = "multi_thread")]
async fn stripe_restricted_key_is_probed_with_gets_only() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/account"))
        .respond_with(json_resp(
            403,
            json!({"error": {"type": "invalid_request_error", "message": "missing permission"}}),
        ))
        .mount(&s)
        .await;
    for p in ["/v1/balance", "/v1/charges"] {
        Mock::given(method("GET"))
            .and(path(p))
            .respond_with(json_resp(200, json!({"object": "list", "data": []})))
            .mount(&s)
            .await;
    }
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
    assert!(has_binding(&v, "rak_charges_read", Access::Read));
    assert!(!has_binding(&v, "rak_customers_read", Access::Read));
    assert_eq!(v.max_access(), Some(Access::Read));
    assert!(v.unknowns.iter().any(|u| u.contains("write permissions")));
    let reqs = s.received_requests().await.unwrap();
    assert!(reqs.iter().all(|r| r.method.as_str() == "GET"));
}

#[tokio::test(flavor = "multi_thread")]
async fn openai_quota_exhausted_key_is_valid() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/models"))
        .respond_with(json_resp(
            429,
            json!({"error": {"type": "insufficient_quota", "code": "insufficient_quota"}}),
        ))
        .mount(&s)
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
    Mock::given(method("GET"))
        .and(path("/v1/organization/projects"))
        .respond_with(json_resp(
            200,
            json!({"object": "list", "data": [{"id": "proj_1", "name": "Default"}]}),
        ))
        .mount(&s)
        .await;
    let v = run(job(Provider::Openai, openai_admin()), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert_eq!(v.max_access(), Some(Access::Admin));
    assert_eq!(v.extras["project_names"], json!(["Default"]));
}

#[tokio::test(flavor = "multi_thread")]
async fn anthropic_admin_key_reads_the_organization() {
    let s = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/organizations/me"))
        .respond_with(json_resp(
            200,
            json!({"id": "org-1", "name": "Acme", "type": "organization"}),
        ))
        .mount(&s)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/organizations/users"))
        .respond_with(json_resp(200, json!({"data": [{"id": "u"}, {"id": "v"}]})))
        .mount(&s)
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
    Mock::given(method("GET"))
        .and(path("/api/whoami-v2"))
        .respond_with(json_resp(
            200,
            json!({"type": "user", "name": "hanna",
                   "orgs": [{"name": "acme", "roleInOrg": "read"}],
                   "auth": {"accessToken": {"role": "write", "displayName": "w"}}}),
        ))
        .mount(&s)
        .await;
    let v = run(job(Provider::Huggingface, hf_token()), &s).await;
    assert_eq!(v.raw_scopes, vec!["write"]);
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
    aws_mount_valid(&s).await;
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
async fn aws_root_key_is_admin_without_iam_calls() {
    let s = MockServer::start().await;
    aws_action(
        &s,
        "GetCallerIdentity",
        None,
        xml(200, &STS_OK.replace("user/dev/alice", "root")),
    )
    .await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Valid);
    assert_eq!(v.identity.as_ref().unwrap().kind, IdentityKind::Account);
    assert_eq!(v.max_access(), Some(Access::Admin));
    assert_eq!(s.received_requests().await.unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_signature_mismatch_is_invalid() {
    let s = MockServer::start().await;
    aws_action(
        &s,
        "GetCallerIdentity",
        None,
        xml(403, &aws_error("SignatureDoesNotMatch")),
    )
    .await;
    let v = run(aws_job(), &s).await;
    assert_eq!(v.status, Status::Invalid);
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
    for p in Provider::ALL {
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

fn github_findings(doc: &Value) -> Vec<&Value> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["provider"] == "github")
        .collect()
}

fn github_finding(doc: &Value) -> &Value {
    github_findings(doc)
        .first()
        .copied()
        .unwrap_or_else(|| panic!("no GitHub finding in {doc:#}"))
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
    gh_mount_valid(&real).await;
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
    assert_eq!(github_finding(&doc)["verification"]["reason"], "budget");
    assert!(decoy.received_requests().await.unwrap().is_empty());
}

// ---------------------------------------------------------------------------------------
// End to end through the CLI

async fn cli(args: Vec<String>) -> std::process::Output {
    tokio::task::spawn_blocking(move || tokenscope().args(&args).output().unwrap())
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_scan_verify_reports_in_json_sarif_and_text_without_leaking() {
    let s = MockServer::start().await;
    gh_mount_valid(&s).await;
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
    gh_mount_valid(&s).await;
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
    gh_mount_valid(&s).await;
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
    docker_mount_valid(&s).await;
    let auth = base64::engine::general_purpose::STANDARD.encode(docker_pat());
    let v = run(job(Provider::Dockerhub, auth), &s).await;
    assert_eq!(v.status, Status::Valid, "{v:#?}");
    assert!(has_binding(&v, "repo:admin", Access::Admin));
}

#[tokio::test(flavor = "multi_thread")]
async fn cli_verifies_an_aws_key_pair_found_on_neighbouring_lines() {
    let s = MockServer::start().await;
    aws_mount_valid(&s).await;
    let dir = tempfile::tempdir().unwrap();
    // A key id that is not AWS's documented example and has enough entropy for the rule.
    let key_id = format!("AKIA{}", "VRLQMFUWINPTBC7K");
    let secret = aws_secret_shaped();
    write(
        dir.path(),
        "credentials",
        &format!("[default]\naws_access_key_id = {key_id}\naws_secret_access_key = {secret}\n"),
    );
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

/// A 40-character secret access key shape with realistic entropy, built at run time.
fn aws_secret_shaped() -> String {
    ["5Oi32FGiYTEngewG", "eA", "+iBqOdNi3VHdS+Fm0lXz"].join("/")
}
