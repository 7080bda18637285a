"""Code that hard-codes a password or token into a client / connection call, in many languages."""
from lib import (F, T, aws_id, aws_secret, azure_sig, gh, gh_badcrc, google_key, hexs, human_pw, npm_badcrc, pw,
                 rand_pw, rs, shopify, upw, ALNUM, anthropic, openai_proj, hf_tok, dckr, glpat)


def go():
    f = F("worker-go/internal/store/postgres.go"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	_ "github.com/lib/pq"
	"github.com/redis/go-redis/v9"
)

const legacyDSN = "host=db01.lab port=5432 user=worker password=⟨a⟩ dbname=shop sslmode=require"

func OpenDB() (*sql.DB, error) {
	dsn := os.Getenv("WORKER_DSN")
	if dsn == "" {
		dsn = legacyDSN
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, fmt.Errorf("open db: %w", err)
	}
	db.SetConnMaxLifetime(30 * time.Minute)
	return db, nil
}

func NewQueue(ctx context.Context) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "cache01.lab:6379",
		Password: "⟨b⟩",
		DB:       3,
	})
}

func NewQueueFromEnv() *redis.Client {
	return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR"), Password: ⟨c⟩})
}
""", a=S(upw(r), "postgres", "password in a Go DSN constant"), b=S(rand_pw(r, 24, ALNUM), "redis", "go-redis Options.Password literal"),
        c=N('os.Getenv("REDIS_PASSWORD")', "generic", "environment lookup", "env-ref")))

    f = F("worker-go/internal/gh/client.go"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
package gh

import (
	"context"

	"github.com/google/go-github/v66/github"
	"golang.org/x/oauth2"
)

// TODO(dmitri): move to the secret store before the repo goes public
var releaseBotToken = "⟨a⟩"

func New(ctx context.Context) *github.Client {
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: releaseBotToken})
	return github.NewClient(oauth2.NewClient(ctx, ts))
}
""", a=S(gh(r), "github", "GitHub token hard-coded in Go")))

    f = F("worker-go/internal/auth/hash.go"); f.plain = True
    f.set("""\
package auth

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

const Cost = 12

var ErrWeakPassword = errors.New("password must be at least 12 characters")

// HashPassword returns a bcrypt hash of the user's password.
func HashPassword(password string) (string, error) {
	if len(password) < 12 {
		return "", ErrWeakPassword
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), Cost)
	return string(h), err
}

// CheckPassword compares a candidate password with the stored hash.
func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}
""")

    f = F("worker-go/.drone.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.23
    commands:
      - go test ./...
  - name: publish
    image: plugins/docker
    settings:
      repo: kovlab/worker
      username: kovlabci
      password: ⟨a⟩
      tags: [latest, "${DRONE_TAG}"]
    when:
      event: [tag]
  - name: publish-mirror
    image: plugins/docker
    settings:
      registry: registry.gitlab.com
      repo: registry.gitlab.com/kovlab/worker
      username: kovlab-ci
      password:
        from_secret: ⟨b⟩
""", a=S(dckr(r), "dockerhub", "Docker Hub PAT literal in .drone.yml"),
        b=N("gitlab_registry_password", "generic", "Drone from_secret reference", "secret-ref")))


def rust():
    f = F("ingest-rust/src/main.rs"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
use aws_credential_types::Credentials;
use sqlx::postgres::PgPoolOptions;
use std::env;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let db_url = env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://ingest:⟨a⟩@db01.lab:5432/events".to_string());
    let pool = PgPoolOptions::new().max_connections(8).connect(&db_url).await?;

    let creds = Credentials::new(
        "⟨b⟩",
        "⟨c⟩",
        None,
        None,
        "ingest-static",
    );
    let conf = aws_sdk_s3::Config::builder()
        .credentials_provider(creds)
        .region(aws_sdk_s3::config::Region::new("eu-central-1"))
        .build();
    let s3 = aws_sdk_s3::Client::from_conf(conf);

    let api_key = env::var("INGEST_API_KEY").expect(⟨d⟩);
    ingest::run(pool, s3, api_key).await
}
""", a=S(upw(r), "postgres", "fallback DB URL password in Rust"), b=S(aws_id(r), "aws", "AWS key id in Rust", pair=True),
        c=S(aws_secret(r), "aws", "AWS secret key in Rust"), d=N('"INGEST_API_KEY must be set"', "generic", "error message", "ui-label")))

    f = F("ingest-rust/.buildkite/pipeline.yml"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
env:
  CARGO_TERM_COLOR: always
  CARGO_REGISTRY_TOKEN: "⟨a⟩"
steps:
  - label: ":rust: test"
    command: cargo test --locked
  - label: ":package: publish"
    command: cargo publish --locked
    if: build.tag != null
    plugins:
      - secrets#v1.0.0:
          variables:
            CRATES_IO_TOKEN: ⟨b⟩
""", a=S("cio" + rs(r, 32), "cratesio", "crates.io token in Buildkite env"),
        b=N("crates-io-token", "generic", "secrets plugin reference", "secret-ref")))


def jvm_misc():
    f = F("etl-scala/src/main/resources/application.conf"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
etl {
  source {
    url = "jdbc:postgresql://db01.lab:5432/shop"
    user = "etl"
    password = "⟨a⟩"
  }
  warehouse {
    account = "xy12345.eu-central-1"
    user = "SVC_ETL"
    password = ⟨b⟩
  }
  kafka {
    bootstrap = "kafka01.lab:9093"
    sasl.jaas.config = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"etl\\" password=\\"⟨c⟩\\";"
  }
}
""", a=S(pw(r), "postgres", "HOCON DB password"), b=N('${?SNOWFLAKE_PASSWORD}', "snowflake", "HOCON optional env substitution", "env-ref"),
        c=S(upw(r), "password", "Kafka SASL/SCRAM password in JAAS string")))

    f = F("etl-scala/src/main/scala/dev/kovlab/etl/Export.scala"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
package dev.kovlab.etl

import java.util.Properties
import org.apache.spark.sql.SparkSession

object Export {
  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder.appName("orders-export").getOrCreate()
    val props = new Properties()
    props.put("user", "reporting")
    props.put("password", "⟨a⟩")
    props.put("driver", "org.postgresql.Driver")
    val orders = spark.read.jdbc("jdbc:postgresql://db02.lab:5432/shop", "public.orders", props)
    orders.write.mode("overwrite").parquet(sys.env.getOrElse("EXPORT_PATH", "s3a://kovlab-exports/orders"))
    spark.conf.set("fs.s3a.secret.key", ⟨b⟩)
  }
}
""", a=S(pw(r), "postgres", "JDBC password in Spark properties"), b=N('sys.env("S3A_SECRET_KEY")', "aws", "environment lookup", "env-ref")))


def scripting():
    f = F("reports-r/R/db.R"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
library(DBI)
library(RPostgres)

connect_reporting <- function() {
  dbConnect(
    RPostgres::Postgres(),
    host = "db02.lab",
    dbname = "reporting",
    user = "analyst",
    password = "⟨a⟩"
  )
}

connect_prompt <- function() {
  dbConnect(RPostgres::Postgres(), host = "db02.lab", dbname = "reporting",
            user = Sys.getenv("USER"), password = ⟨b⟩)
}
""", a=S(pw(r), "postgres", "password in R dbConnect"), b=N('rstudioapi::askForPassword("Database password")', "generic",
                                                                "interactive prompt", "function-call")))

    f = F("legacy-perl/lib/Kovlab/DB.pm"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
package Kovlab::DB;
use strict;
use warnings;
use DBI;
use Net::FTP;

my $DSN  = 'dbi:mysql:database=erp;host=10.0.5.40;port=3306';
my $USER = 'erp_batch';
my $PASS = '⟨a⟩';

sub connect {
    return DBI->connect($DSN, $USER, $PASS, { RaiseError => 1, AutoCommit => 1 });
}

sub upload_invoice {
    my ($file) = @_;
    my $ftp = Net::FTP->new('ftp.partner-logistics.example', Passive => 1) or die "ftp: $@";
    $ftp->login('kovlab', '⟨b⟩') or die 'login failed: ' . $ftp->message;
    $ftp->put($file);
    $ftp->quit;
}

sub connect_env {
    return DBI->connect($DSN, $USER, ⟨c⟩);
}

1;
""", a=S(pw(r), "mysql", "DBI password in Perl module"), b=S(human_pw(r), "ftp", "Net::FTP login password"),
        c=N("$ENV{ERP_DB_PASSWORD}", "generic", "environment lookup", "env-ref")))

    f = F("edge-lua/lua/ratelimit.lua"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
local redis = require "resty.redis"

local _M = {}

function _M.client()
    local red = redis:new()
    red:set_timeouts(100, 100, 100)
    local ok, err = red:connect("cache01.lab", 6379)
    if not ok then
        ngx.log(ngx.ERR, "redis connect failed: ", err)
        return nil
    end
    local res, aerr = red:auth("⟨a⟩")
    if not res then
        ngx.log(ngx.ERR, "redis auth failed: ", aerr)
        return nil
    end
    return red
end

function _M.client_from_env()
    local red = redis:new()
    red:connect("cache01.lab", 6379)
    red:auth(⟨b⟩)
    return red
end

return _M
""", a=S(rand_pw(r, 32, ALNUM), "redis", "Redis AUTH in OpenResty Lua"), b=N('os.getenv("REDIS_PASSWORD")', "redis", "environment lookup", "env-ref")))

    f = F("ops-tools/Rotate-StorageSas.ps1"); r = f.r; S, N = f.s, f.n
    sas = f"?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig={azure_sig(r)}"
    f.set(T("""\
param(
    [string]$Account = 'kovintranet',
    [string]$Container = 'exports'
)

$sasToken = '⟨a⟩'
$uri = "https://$Account.blob.core.windows.net/$Container/report.csv$sasToken"
Invoke-RestMethod -Method Put -Uri $uri -InFile .\\report.csv -Headers @{ 'x-ms-blob-type' = 'BlockBlob' }

$secure = Read-Host -AsSecureString -Prompt 'Service account password'
$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc-export', $secure)
$svcPass = ConvertTo-SecureString -String '⟨b⟩' -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential('CORP\\svc-report', $svcPass)
Invoke-Command -ComputerName rpt01 -Credential $svcCred -ScriptBlock { Restart-Service ReportServer }
""", a=S(sas, "azurestorage", "Azure Storage SAS token (sig=)"), b=S(pw(r), "password", "plaintext password in ConvertTo-SecureString")))

    f = F("ops-tools/ldap_sync.py"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
#!/usr/bin/env python3
\"\"\"Sync LDAP group membership into the CRM.\"\"\"
import getpass
import os

import keyring
import psycopg
from ldap3 import ALL, Connection, Server

LDAP_URI = "ldaps://ldap01.corp-internal.net"
BIND_DN = "cn=crm-sync,ou=services,dc=corp-internal,dc=net"


def ldap_conn():
    server = Server(LDAP_URI, get_info=ALL)
    return Connection(server, BIND_DN, password="⟨a⟩", auto_bind=True)


def crm_conn():
    return psycopg.connect(host="db01.lab", dbname="crm", user="crm_sync", password="⟨b⟩")


def crm_conn_interactive():
    pw = ⟨c⟩
    return psycopg.connect(host="db01.lab", dbname="crm", user=os.environ["USER"], password=pw)


def crm_conn_keyring():
    return psycopg.connect(host="db01.lab", dbname="crm", user="crm_sync",
                           password=⟨d⟩)


if __name__ == "__main__":
    with ldap_conn() as l, crm_conn() as c:
        l.search("ou=groups,dc=corp-internal,dc=net", "(cn=crm-*)", attributes=["member"])
        print(len(l.entries), "groups")
""", a=S(pw(r), "ldap", "ldap3 bind password in Python"), b=S(upw(r), "postgres", "psycopg password literal"),
        c=N('getpass.getpass("CRM password: ")', "generic", "interactive prompt", "function-call"),
        d=N('keyring.get_password("crm", "crm_sync")', "generic", "OS keyring lookup", "function-call")))

    f = F("ops-tools/monthly_report.py"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
import smtplib
from email.message import EmailMessage

import boto3
import requests
from pymongo import MongoClient

s3 = boto3.client(
    "s3",
    aws_access_key_id="⟨a⟩",
    aws_secret_access_key="⟨b⟩",
    region_name="eu-central-1",
)
mongo = MongoClient("mongodb://reporter:⟨c⟩@mongo01.lab:27017/events?authSource=admin")

resp = requests.get("https://erp.corp-internal.net/api/v1/invoices?month=last",
                    auth=("report-bot", "⟨d⟩"), timeout=30)

msg = EmailMessage()
msg["Subject"] = "Monthly report"
msg["From"] = "reports@kovalenko.dev"
msg["To"] = "management@kovalenko.dev"
with smtplib.SMTP("smtp.office365.com", 587) as smtp:
    smtp.starttls()
    smtp.login("reports@kovalenko.dev", "⟨e⟩")
    smtp.send_message(msg)
""", a=S(aws_id(r), "aws", "AWS key id in boto3.client", pair=True), b=S(aws_secret(r), "aws", "AWS secret in boto3.client"),
        c=S(upw(r), "mongodb", "MongoDB URI password"), d=S(pw(r), "password", "requests basic-auth password"),
        e=S(pw(r), "password", "smtplib login password")))

    f = F("ops-tools/notify.js"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
const nodemailer = require("nodemailer");
const mysql = require("mysql2/promise");
const Anthropic = require("@anthropic-ai/sdk");

const transporter = nodemailer.createTransport({
  host: "smtp.mailgun.org",
  port: 587,
  auth: { user: "postmaster@mg.kovalenko.dev", pass: "⟨a⟩" },
});

const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY ?? "⟨b⟩" });

async function pendingOrders() {
  const conn = await mysql.createConnection({
    host: "db01.lab",
    user: "notify",
    password: ⟨c⟩,
    database: "shop",
  });
  const [rows] = await conn.execute("SELECT id, email FROM orders WHERE status = 'pending'");
  return rows;
}

module.exports = { transporter, client, pendingOrders };
""", a=S(pw(r), "password", "nodemailer SMTP password"), b=S(anthropic(r), "anthropic", "Anthropic key as ?? fallback in JS"),
        c=N("process.env.NOTIFY_DB_PASSWORD", "generic", "environment lookup", "env-ref")))

    f = F("ops-tools/shopify_sync.rb"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
require "net/smtp"
require "redis"
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "⟨k⟩",
  api_secret_key: "⟨s⟩",
  host: "https://sync.kovalenko.dev",
  scope: "read_orders,read_products",
  is_embedded: false,
  api_version: "2025-01",
  is_private: true,
)

REDIS = Redis.new(host: "cache01.lab", password: ENV.fetch("REDIS_PASSWORD"))

def mail_report(body)
  Net::SMTP.start("smtp.office365.com", 587, "kovalenko.dev", "sync@kovalenko.dev", "⟨p⟩", :login) do |smtp|
    smtp.send_message(body, "sync@kovalenko.dev", "ops@kovalenko.dev")
  end
end
""", k=S(hexs(r, 32), "shopify", "Shopify API key", pair=True), s=S(shopify(r, "shpss_"), "shopify", "Shopify app shared secret (shpss_)"),
        p=S(pw(r), "password", "Net::SMTP password argument")))

    f = F("ops-tools/legacy/db_connect.php"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
<?php
// shared include for the old admin pages
$link = mysqli_connect("localhost", "shopadmin", "⟨a⟩", "shop_legacy");
if (!$link) {
    die("Connection failed: " . mysqli_connect_error());
}

$pdo = new PDO('pgsql:host=db01.lab;dbname=crm', 'crm_ro', getenv('CRM_RO_PASSWORD'));

\\Stripe\\Stripe::setApiKey(⟨b⟩);
""", a=S(pw(r), "mysql", "mysqli_connect password"), b=N("getenv('STRIPE_SECRET_KEY')", "stripe", "environment lookup", "env-ref")))


def native_mobile():
    f = F("collector-c/src/store.c"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
#include <mysql/mysql.h>
#include <stdio.h>
#include <stdlib.h>

static MYSQL *conn;

int store_open(void)
{
    conn = mysql_init(NULL);
    if (!mysql_real_connect(conn, "db01.lab", "collector", "⟨a⟩", "metrics", 3306, NULL, 0)) {
        fprintf(stderr, "mysql: %s\\n", mysql_error(conn));
        return -1;
    }
    return 0;
}

int store_open_env(void)
{
    const char *pw = getenv(⟨b⟩);
    conn = mysql_init(NULL);
    return mysql_real_connect(conn, "db01.lab", "collector", pw, "metrics", 3306, NULL, 0) ? 0 : -1;
}
""", a=S(pw(r), "mysql", "password in mysql_real_connect (C)"), b=N('"COLLECTOR_DB_PASSWORD"', "generic", "environment variable name", "env-ref")))

    f = F("collector-c/src/pgsink.cpp"); r = f.r; S = f.s
    f.set(T("""\
#include <libpq-fe.h>
#include <stdexcept>
#include <string>

namespace sink {

PGconn *connect_archive()
{
    const std::string conninfo = "host=db02.lab port=5432 dbname=archive user=collector password=⟨a⟩ sslmode=require";
    PGconn *c = PQconnectdb(conninfo.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        throw std::runtime_error(PQerrorMessage(c));
    }
    return c;
}

}  // namespace sink
""", a=S(upw(r), "postgres", "libpq conninfo password (C++)")))

    f = F("chat-elixir/config/prod.exs"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
import Config

config :chat, Chat.Repo,
  username: "chat",
  password: "⟨a⟩",
  hostname: "db01.lab",
  database: "chat_prod",
  pool_size: 15

config :chat, ChatWeb.Endpoint,
  url: [host: "chat.kovalenko.dev", port: 443],
  secret_key_base: "⟨b⟩"

config :chat, Chat.Mailer,
  adapter: Swoosh.Adapters.SMTP,
  relay: "smtp.office365.com",
  username: "chat@kovalenko.dev",
  password: ⟨c⟩
""", a=S(pw(r), "postgres", "Ecto repo password (Elixir)"), b=S(rs(r, 64, ALNUM + "+/"), "password", "Phoenix secret_key_base"),
        c=N('System.get_env("SMTP_PASSWORD")', "generic", "environment lookup", "env-ref")))

    f = F("field-app-ios/Sources/Networking/APIClient.swift"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
import Foundation

final class APIClient: NSObject, URLSessionDelegate {
    static let shared = APIClient()
    private let baseURL = URL(string: "https://field.kovalenko.dev/api")!

    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodHTTPBasic else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        let credential = URLCredential(user: "field-app", password: "⟨a⟩", persistence: .forSession)
        completionHandler(.useCredential, credential)
    }

    func login(user: String, password: String) async throws -> Data {
        var req = URLRequest(url: baseURL.appendingPathComponent("login"))
        req.httpMethod = "POST"
        req.httpBody = try JSONEncoder().encode(["user": user, "password": ⟨b⟩])
        return try await URLSession.shared.data(for: req).0
    }
}
""", a=S(pw(r), "password", "URLCredential password literal (Swift)"), b=N("password", "generic", "function parameter", "ui-label")))

    f = F("field-backend-dart/lib/db.dart"); r = f.r; S, N = f.s, f.n
    f.set(T("""\
import 'dart:io';

import 'package:postgres/postgres.dart';

Future<Connection> openDb() {
  return Connection.open(
    Endpoint(
      host: 'db01.lab',
      database: 'field',
      username: 'field_api',
      password: '⟨a⟩',
    ),
    settings: ConnectionSettings(sslMode: SslMode.require),
  );
}

Future<Connection> openDbFromEnv() {
  return Connection.open(Endpoint(
    host: Platform.environment['DB_HOST']!,
    database: 'field',
    username: 'field_api',
    password: ⟨b⟩,
  ));
}
""", a=S(upw(r), "postgres", "postgres Endpoint password (Dart)"), b=N("Platform.environment['DB_PASSWORD']", "generic", "environment lookup", "env-ref")))


def build():
    go(); rust(); jvm_misc(); scripting(); native_mobile()
