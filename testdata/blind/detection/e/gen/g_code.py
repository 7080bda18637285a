"""Integrations repository: credentials in code calls, many languages (Go, Rust, C#, Ruby, TS, Perl, Lua, Elixir, R,
Julia, Haskell, Scala, Erlang, C, C++, Python, Crystal, Nim)."""
from lib import *
import keys

C = "integrations-hub/"


def build():
    f = new(C + "go/cmd/syncer/main.go"); r = f.r; S, N = f.s, f.n
    f.done(f"""package main

import (
	"database/sql"
	"log"
	"net/smtp"
	"os"

	"github.com/aws/aws-sdk-go-v2/credentials"
	_ "github.com/go-sql-driver/mysql"
	"golang.org/x/crypto/ssh"
)

func main() {{
	db, err := sql.Open("mysql", "syncer:{S(pw_url(r), 'mysql', 'Go MySQL DSN password')}@tcp(crm-db.corp.example:3306)/crm?parseTime=true")
	if err != nil {{
		log.Fatal(err)
	}}
	defer db.Close()

	creds := credentials.NewStaticCredentialsProvider(
		"{f.p(aws_id(r), 'aws', 'key id in NewStaticCredentialsProvider()', pair=True)}",
		"{f.p(aws_secret(r), 'aws', 'secret in NewStaticCredentialsProvider()')}",
		"")
	_ = creds

	auth := smtp.PlainAuth("", "syncer@corp.example", "{S(pw_word(r), 'smtp', 'Go smtp.PlainAuth password')}", "smtp.corp.example")
	_ = auth

	cfg := &ssh.ClientConfig{{
		User:            "deploy",
		Auth:            []ssh.AuthMethod{{ssh.Password("{S(pw_sym(r), 'ssh', 'Go ssh.Password() literal')}")}},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
	}}
	_ = cfg
	apiKey := {N('os.Getenv("CRM_API_KEY")', 'crm', 'environment lookup', 'env-ref')}
	_ = apiKey
}}
""")

    f = new(C + "rust/src/bin/digest.rs"); r = f.r; S, N = f.s, f.n
    f.done(f"""use lettre::transport::smtp::authentication::Credentials;
use lettre::{{SmtpTransport, Transport}};
use tokio_postgres::{{Config, NoTls}};

const ANTHROPIC_KEY: &str = "{f.p(anthropic(r), 'anthropic', 'Anthropic API key in Rust const')}";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {{
    let (client, conn) = Config::new()
        .host("pg-report.corp.example")
        .user("digest")
        .password("{S(pw_alnum(r, 18), 'postgres', 'tokio_postgres Config::password() literal')}")
        .dbname("report")
        .connect(NoTls)
        .await?;
    tokio::spawn(conn);
    let rows = client.query("select title from digest_items where day = current_date", &[]).await?;

    let creds = Credentials::new("digest@corp.example".to_owned(), "{S(pw_word(r), 'smtp', 'lettre Credentials::new password')}".to_owned());
    let mailer = SmtpTransport::relay("smtp.corp.example")?.credentials(creds).build();
    let token = std::env::var("SLACK_TOKEN").expect({N('"SLACK_TOKEN must be set"', 'slack', 'error message string', 'ui-label')});
    let _ = (rows, mailer, token, ANTHROPIC_KEY);
    Ok(())
}}
""")

    f = new(C + "dotnet/Fabrikam.Integrations/Services/ReportMailer.cs"); r = f.r; S, N = f.s, f.n
    acct = "fabrikamreports"
    f.done(f"""using System.Data.SqlClient;
using System.Net;
using System.Net.Mail;
using Azure.Storage.Blobs;

namespace Fabrikam.Integrations.Services
{{
    public class ReportMailer
    {{
        private const string Storage = "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={f.p(azure_key(r), 'azure', 'Azure storage AccountKey in C# connection string')};EndpointSuffix=core.windows.net";
        private const string SendGridKey = "{f.p(sendgrid(r), 'sendgrid', 'SendGrid API key in C# const')}";

        public void Send(string to)
        {{
            using var sql = new SqlConnection("Server=erp-sql01.corp.example;Database=ERP;User Id=report_ro;Password={S(pw_sym(r), 'sqlserver', 'SqlConnection string Password=')};TrustServerCertificate=True");
            var client = new SmtpClient("smtp.corp.example", 587)
            {{
                Credentials = new NetworkCredential("reports@corp.example", "{S(pw_word(r), 'smtp', 'NetworkCredential password literal')}"),
                EnableSsl = true
            }};
            var blobs = new BlobServiceClient(Storage);
        }}

        public string FromConfig(IConfiguration cfg) => {N('cfg["Smtp:Password"]', 'smtp', 'configuration lookup', 'function-call')};
    }}
}}
""")

    f = new(C + "ruby/lib/notifier.rb"); r = f.r; S, N = f.s, f.n
    f.done(f"""require "net/smtp"
require "net/sftp"
require "pg"
require "twilio-ruby"

module Notifier
  TWILIO_SID   = "{f.p(twilio_sid(r), 'twilio', 'Twilio account SID', pair=True)}"
  TWILIO_TOKEN = "{f.p(hexs(r, 32), 'twilio', 'Twilio auth token')}"

  def self.sms(to, body)
    Twilio::REST::Client.new(TWILIO_SID, TWILIO_TOKEN).messages.create(from: "+4930555010", to: to, body: body)
  end

  def self.mail(msg)
    Net::SMTP.start("smtp.corp.example", 587, "corp.example", "notifier", "{S(pw_word(r), 'smtp', 'Net::SMTP.start positional password')}", :login) do |smtp|
      smtp.send_message msg, "notifier@corp.example", "ops@corp.example"
    end
  end

  def self.db
    PG.connect(host: "pg-report.corp.example", dbname: "report", user: "notifier", password: "{N("#{ENV['PG_PASSWORD']}", 'postgres', 'Ruby interpolation of env', 'env-ref')}")
  end

  def self.drop(file)
    Net::SFTP.start("sftp.partner.example", "fabrikam", password: "{S(pw_sym(r), 'sftp', 'Net::SFTP.start password')}") {{ |s| s.upload!(file, "/in/") }}
  end

  def self.token = {N('ENV.fetch("NOTIFIER_TOKEN")', 'notifier', 'environment lookup', 'env-ref')}
end
""")

    f = new(C + "node/src/clients.ts"); r = f.r; S, N = f.s, f.n
    f.done(f"""import mysql from "mysql2/promise";
import nodemailer from "nodemailer";
import axios from "axios";
import OpenAI from "openai";
import {{ S3Client }} from "@aws-sdk/client-s3";
import {{ WebClient }} from "@slack/web-api";

export const pool = mysql.createPool({{
  host: "crm-db.corp.example",
  user: "hub",
  password: "{S(pw_sym(r), 'mysql', 'mysql2 createPool password')}",
  database: "crm",
}});

export const mailer = nodemailer.createTransport({{
  host: "smtp.corp.example",
  port: 587,
  auth: {{ user: "hub@corp.example", pass: "{S(pw_word(r), 'smtp', 'nodemailer auth.pass')}" }},
}});

export const legacy = axios.create({{
  baseURL: "https://legacy.corp.example/api",
  auth: {{ username: "hub", password: "{S(pw_alnum(r, 16), 'http-basic', 'axios auth password')}" }},
}});

export const openai = new OpenAI({{ apiKey: "{f.p(openai(r), 'openai', 'OpenAI key in client constructor')}" }});

export const s3 = new S3Client({{
  region: "eu-central-1",
  credentials: {{
    accessKeyId: "{f.p(aws_id(r), 'aws', 'accessKeyId in S3Client', pair=True)}",
    secretAccessKey: "{f.p(aws_secret(r), 'aws', 'secretAccessKey in S3Client')}",
  }},
}});

export const slack = new WebClient("{f.p(slack_bot(r), 'slack', 'Slack bot token in WebClient()')}");
export const stripeKey = {N('process.env.STRIPE_SECRET_KEY', 'stripe', 'environment lookup', 'env-ref')};
export const passwordField = {N('"password"', 'hub', 'form field name', 'identifier')};
""")

    f = new(C + "perl/bin/nightly_export.pl"); r = f.r; S, N = f.s, f.n
    f.done(f"""#!/usr/bin/perl
use strict;
use warnings;
use DBI;
use Net::FTP;
use Net::LDAP;

my $dbh = DBI->connect("DBI:Pg:dbname=erp;host=pg-erp.corp.example", "export", "{S(pw_word(r), 'postgres', 'DBI->connect password argument')}", {{ RaiseError => 1 }});
my $ftp = Net::FTP->new("ftp.partner.example") or die "Cannot connect: $@";
$ftp->login("fabrikam", '{S(pw_sym(r), 'ftp', 'Net::FTP login password')}') or die "Cannot login ", $ftp->message;
my $ldap = Net::LDAP->new("ldaps://dc1.corp.example");
$ldap->bind("CN=svc_export,OU=Service,DC=corp,DC=example", password => '{S(pw_alnum(r, 16), 'ldap', 'Net::LDAP bind password')}');
my $prompt = {N('<STDIN>', 'perl', 'reads from stdin', 'function-call')};
""")

    f = new(C + "lua/inventory.lua"); r = f.r; S, N = f.s, f.n
    f.done(f"""local driver = require "luasql.mysql"
local env = driver.mysql()
local con = assert(env:connect("inventory", "inv_reader", "{S(pw_word(r), 'mysql', 'luasql env:connect password')}", "10.0.30.20", 3306))
local cur = con:execute("SELECT sku, qty FROM stock")
local row = cur:fetch({{}}, "a")
while row do
  print(row.sku, row.qty)
  row = cur:fetch(row, "a")
end
local redis = require("resty.redis"):new()
redis:connect("10.0.30.21", 6379)
redis:auth("{S(pw_alnum(r, 24), 'redis', 'lua-resty-redis auth() password')}")
local pw = {N('os.getenv("INV_DB_PASSWORD")', 'mysql', 'environment lookup', 'env-ref')}
""")

    f = new(C + "elixir/config/runtime.exs"); r = f.r; S, N = f.s, f.n
    f.done(f"""import Config

config :hub, Hub.Repo,
  username: "hub",
  password: "{S(pw_alnum(r, 20), 'postgres', 'Ecto Repo password in runtime.exs')}",
  hostname: "pg-hub.corp.example",
  database: "hub_prod",
  pool_size: 10

config :hub, Hub.Mailer,
  adapter: Swoosh.Adapters.Sendgrid,
  api_key: "{f.p(sendgrid(r), 'sendgrid', 'SendGrid key in Swoosh config')}"

config :hub, HubWeb.Endpoint,
  secret_key_base: "{S(b64b(r, 48), 'phoenix', 'Phoenix secret_key_base')}"

config :stripity_stripe, api_key: {N('System.fetch_env!("STRIPE_SECRET")', 'stripe', 'environment lookup', 'env-ref')}
""")

    f = new(C + "r/weekly_kpis.R"); r = f.r; S, N = f.s, f.n
    f.done(f"""library(DBI)
library(RPostgres)
con <- dbConnect(RPostgres::Postgres(), host = "replica.prod.internal", dbname = "billing",
                 user = "analyst_ines", password = "{S(pw_word(r), 'postgres', 'R dbConnect password')}")
kpis <- dbGetQuery(con, "select * from kpi_weekly")
Sys.setenv(HUGGINGFACE_HUB_TOKEN = "{f.p(hf(r), 'huggingface', 'HF token in Sys.setenv()')}")
pw2 <- {N('rstudioapi::askForPassword("Warehouse password")', 'postgres', 'interactive prompt', 'function-call')}
""")

    f = new(C + "julia/load_sensors.jl"); r = f.r; S, N = f.s, f.n
    f.done(f"""using LibPQ, DataFrames
conn = LibPQ.Connection("host=tsdb.corp.example dbname=sensors user=julia password={S(pw_alnum(r, 16), 'postgres', 'LibPQ conninfo password=')}")
df = DataFrame(execute(conn, "SELECT * FROM readings WHERE ts > now() - interval '1 day'"))
close(conn)
""")

    f = new(C + "haskell/app/Main.hs"); r = f.r; S, N = f.s, f.n
    f.done(f"""{{-# LANGUAGE OverloadedStrings #-}}
module Main where

import Database.PostgreSQL.Simple

main :: IO ()
main = do
  conn <- connectPostgreSQL "host=pg-hub.corp.example dbname=hub user=hs_worker password={S(pw_word(r), 'postgres', 'postgresql-simple connection string password')}"
  [Only n] <- query_ conn "select count(*) from jobs" :: IO [Only Int]
  print n
""")

    f = new(C + "scala/src/main/scala/hub/Ledger.scala"); r = f.r; S, N = f.s, f.n
    f.done(f"""package hub

import slick.jdbc.PostgresProfile.api._

object Ledger {{
  val db = Database.forURL(
    url = "jdbc:postgresql://pg-ledger.corp.example/ledger",
    user = "ledger_app",
    password = "{S(pw_sym(r), 'postgres', 'Slick Database.forURL password')}",
    driver = "org.postgresql.Driver")

  val fromConf = {N('sys.env.getOrElse("LEDGER_PASSWORD", "")', 'postgres', 'environment lookup', 'env-ref')}
}}
""")

    f = new(C + "erlang/src/hub_db.erl"); r = f.r; S, N = f.s, f.n
    f.done(f"""-module(hub_db).
-export([connect/0]).

connect() ->
    {{ok, C}} = epgsql:connect("pg-hub.corp.example", "erl_worker", "{S(pw_alnum(r, 16), 'postgres', 'epgsql:connect password')}",
                             #{{database => "hub", timeout => 4000}}),
    C.
""")

    f = new(C + "c/legacy_bridge.c"); r = f.r; S, N = f.s, f.n
    f.done(f"""#include <mysql/mysql.h>
#include <curl/curl.h>
#include <stdio.h>

int main(void) {{
    MYSQL *conn = mysql_init(NULL);
    if (!mysql_real_connect(conn, "crm-db.corp.example", "bridge", "{S(pw_word(r), 'mysql', 'mysql_real_connect password argument')}", "crm", 3306, NULL, 0)) {{
        fprintf(stderr, "%s\\n", mysql_error(conn));
        return 1;
    }}
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_URL, "https://legacy.corp.example/api/push");
    curl_easy_setopt(c, CURLOPT_USERPWD, "bridge:{S(pw_alnum(r, 14), 'http-basic', 'CURLOPT_USERPWD password')}");
    curl_easy_perform(c);
    return 0;
}}
""")

    f = new(C + "cpp/src/archive_client.cpp"); r = f.r; S, N = f.s, f.n
    f.done(f"""#include <pqxx/pqxx>
#include <iostream>

int main() {{
    pqxx::connection c{{"postgresql://archiver:{S(pw_url(r), 'postgres', 'libpqxx URI password')}@pg-archive.corp.example/archive"}};
    pqxx::work tx{{c}};
    for (auto [id, name] : tx.query<int, std::string>("select id, name from archive_jobs")) {{
        std::cout << id << ' ' << name << '\\n';
    }}
    const char* fallback = std::getenv("ARCHIVE_DB_PASSWORD");
    return 0;
}}
""")

    f = new(C + "python/hub/clients.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""import ftplib
import smtplib
import paramiko
import shopify
from anthropic import Anthropic
from azure.servicebus import ServiceBusClient
from huggingface_hub import HfApi
from ldap3 import Server, Connection
import googlemaps
import digitalocean

ftp = ftplib.FTP("ftp.partner.example")
ftp.login("fabrikam", "{S(pw_word(r), 'ftp', 'ftplib login() password')}")

smtp = smtplib.SMTP("smtp.corp.example", 587)
smtp.starttls()
smtp.login("hub@corp.example", "{S(pw_sym(r), 'smtp', 'smtplib login() password')}")

ssh = paramiko.SSHClient()
ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
ssh.connect("app01.corp.example", username="deploy", password="{S(pw_alnum(r, 16), 'ssh', 'paramiko connect() password')}")

ldap = Connection(Server("ldaps://dc1.corp.example"), "CN=svc_hub,OU=Service,DC=corp,DC=example", "{S(pw_word(r), 'ldap', 'ldap3 Connection bind password (positional)')}", auto_bind=True)

claude = Anthropic(api_key="{f.p(anthropic(r), 'anthropic', 'Anthropic key in client constructor')}")
bus = ServiceBusClient.from_connection_string("Endpoint=sb://fabrikam-hub.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={f.p(sas_key(r), 'azure', 'Service Bus SharedAccessKey in connection string')}")
hf = HfApi(token="{f.p(hf(r), 'huggingface', 'HF token in HfApi()')}")
gmaps = googlemaps.Client(key="{f.p(gapi(r), 'google', 'server-side Google Maps key in googlemaps.Client')}")
do = digitalocean.Manager(token="{f.p(dop(r), 'digitalocean', 'DigitalOcean PAT in Manager()')}")
session = shopify.Session("fabrikam-shop.myshopify.com", "2024-01", "{f.p(shopify(r), 'shopify', 'Shopify Admin API access token')}")
password_reset_url = {N('"https://hub.corp.example/password/reset"', 'hub', 'URL containing the word password', 'identifier')}
""")

    f = new(C + "crystal/src/poller.cr"); r = f.r; S, N = f.s, f.n
    f.done(f"""require "db"
require "pg"

DB.open "postgres://poller:{S(pw_url(r), 'postgres', 'Crystal DB.open URI password')}@pg-hub.corp.example/hub" do |db|
  db.query "select id from jobs where state = 'queued'" do |rs|
    rs.each {{ puts rs.read(Int32) }}
  end
end
""")

    f = new(C + "nim/src/ping_mq.nim"); r = f.r; S, N = f.s, f.n
    f.done(f"""import std/[httpclient, base64]

let client = newHttpClient()
client.headers = newHttpHeaders({{"Authorization": "Basic " & encode("monitor:{S(pw_alnum(r, 16), 'rabbitmq', 'RabbitMQ management basic-auth password in Nim')}")}})
echo client.getContent("http://mq01.corp.example:15672/api/overview")
""")

    f = new(C + "python/tests/test_clients.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""import pytest
from hub.redact import redact

@pytest.mark.parametrize("raw,expected", [
    ("password=hunter2", "password=***"),
    ("amqp://guest:{N('guest', 'rabbitmq', 'RabbitMQ default guest account in a unit test', 'test-value', anchor='amqp://guest')}@localhost:5672/", "amqp://guest:***@localhost:5672/"),
])
def test_redact(raw, expected):
    assert redact(raw) == expected

def test_fake_token_rejected():
    assert not looks_like_token("{N('sk-ant-api03-' + 'X' * 20, 'anthropic', 'too short, X-filled test string', 'near-miss-token')}")

def test_ftp_login(mocker):
    m = mocker.patch("ftplib.FTP")
    m.return_value.login("user", "{N('fake-password', 'ftp', 'mocked call in unit test', 'test-value')}")
""")
