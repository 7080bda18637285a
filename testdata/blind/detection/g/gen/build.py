#!/usr/bin/env python3
"""Deterministic generator for blind corpus g. Deletes and rebuilds ../files and ../labels.toml."""
import json, os, random, shutil, base64, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
import major as M
from services import S

G = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = {}
for l in open('/work/shared/reference/services.tsv'):
    if l.startswith('#') or l.startswith('key\t'):
        continue
    p = l.rstrip('\n').split('\t')
    CAT[p[0]] = int(p[2])

C = Corpus()
TR = random.Random(SEED + 'layout')


def cls(key):
    return ''.join(w.capitalize() for w in key.replace('-', ' ').split())


def snake(env):
    return env.lower()


def camel(env):
    p = env.lower().split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])

# ---------------------------------------------------------------- part 1: long tail test files

PLACEHOLDERS = ['<your-api-key>', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'REPLACE_ME', 'changeme', 'YOUR_API_KEY_HERE',
                '<insert token>', 'TODO-set-in-vault', '********', 'dummy', 'example-key-not-real']


def idioms(lang, key, env, v, host):
    """return list of line-producing idioms for one positive, by language."""
    C_ = cls(key)
    h = host or f'api.{key}.com'
    if lang == 'go':
        return [f'\t\t{{name: "{key} env", input: `{env}={v}`, want: true}},',
                f'\t\t{{name: "{key} header", input: `curl -H "Authorization: Bearer {v}" https://{h}/v1/me`, want: true}},',
                f'\t\t{{name: "{key} client", input: `c := {key}.NewClient("{v}")`, want: true}},']
    if lang == 'py':
        return [f'    ("{env} = \'{v}\'", True),',
                f'    ("client = {C_}Client(api_key=\'{v}\')", True),',
                f'    ("requests.get(\'https://{h}/v2/status\', headers={{\'Authorization\': \'Bearer {v}\'}})", True),']
    if lang == 'js':
        return [f'  {{ input: `const {camel(env)} = "{v}";`, want: true }},',
                f'  {{ input: `const client = new {C_}Client("{v}");`, want: true }},',
                f'  {{ input: `fetch("https://{h}/v1/items", {{ headers: {{ "X-{C_}-Key": "{v}" }} }})`, want: true }},']
    if lang == 'java':
        return [f'        assertDetected("{key}", "{env}={v}");',
                f'        assertDetected("{key}", "{C_}Client client = new {C_}Client(\\"{v}\\");");',
                f'        assertDetected("{key}", "{snake(env).replace("_", ".")}={v}");']
    if lang == 'rb':
        return [f'    it {{ expect(scan(%q({env}: "{v}"))).to include("{key}") }}',
                f'    it {{ expect(scan(%q({C_}::Client.new(api_key: "{v}")))).to include("{key}") }}',
                f'    it {{ expect(scan(%q(ENV["{env}"] ||= "{v}"))).to include("{key}") }}']
    if lang == 'rs':
        return [f'    assert_detects("{key}", r#"{env}="{v}""#);',
                f'    assert_detects("{key}", r#"let client = {C_}Client::new("{v}");"#);',
                f'    assert_detects("{key}", r#"curl -H "Authorization: Bearer {v}" https://{h}/api"#);']
    if lang == 'cs':
        return [f'    [InlineData("{key}", "{env}={v}")]',
                f'    [InlineData("{key}", "var client = new {C_}Client(\\"{v}\\");")]',
                f'    [InlineData("{key}", "\\"{C_}\\": {{ \\"ApiKey\\": \\"{v}\\" }}")]']
    if lang == 'php':
        return [f"            ['{key}', \"define('{env}', '{v}');\", true],",
                f"            ['{key}', \"\\${camel(env)} = '{v}';\", true],",
                f"            ['{key}', \"new \\\\{C_}\\\\Client('{v}')\", true],"]
    if lang == 'sh':
        return [f'curl -sS "https://{h}/v1/account" -H "Authorization: Bearer {v}"',
                f'curl -sS -H "X-Api-Key: {v}" https://{h}/v1/usage   # {key}',
                f'export {env}="{v}"']
    if lang == 'env':
        return [f'{env}={v}', f'{env}="{v}"', f'export {env}={v}']
    if lang == 'yaml':
        return [f'  {key}_api_key: "{v}"', f'  {snake(env)}: {v}', f'  {key}_token: "{v}"']
    if lang == 'json':
        return [f'  "{key}": {{ "apiKey": "{v}" }},', f'  "{env}": "{v}",', f'  "{camel(env)}": "{v}",']
    if lang == 'docker':
        return [f'docker run -d --name {key}-sync -e {env}={v} acme/{key}-sync:1.4.2',
                f'docker run --rm -e {env}="{v}" acme/cli:2 {key} check', f'docker service create --env {env}={v} acme/worker']
    if lang == 'k8s':
        return [f'  {env}: "{v}"', f'  {snake(env).replace("_", "-")}: {v}', f'  {env}: {v}']
    if lang == 'tf':
        return [f'  {snake(env)} = "{v}"', f'  {key}_api_key = "{v}"', f'  token = "{v}" # {key}']
    raise KeyError(lang)


def neg_line(lang, key, env, v):
    if lang == 'go':
        return f'\t\t{{name: "{key} negative", input: `{env}={v}`, want: false}},'
    if lang == 'py':
        return f'    ("{env} = \'{v}\'", False),'
    if lang == 'js':
        return f'  {{ input: `const {camel(env)} = "{v}";`, want: false }},'
    if lang == 'java':
        return f'        assertNotDetected("{key}", "{env}={v}");'
    if lang == 'rb':
        return f'    it {{ expect(scan(%q({env}: "{v}"))).to be_empty }}'
    if lang == 'rs':
        return f'    assert_clean(r#"{env}="{v}""#);'
    if lang == 'cs':
        return f'    [InlineData("{key}", "{env}={v}", false)]'
    if lang == 'php':
        return f"            ['{key}', \"define('{env}', '{v}');\", false],"
    if lang == 'sh':
        return f'export {env}="{v}"   # placeholder, set in CI'
    if lang == 'env':
        return f'{env}={v}'
    if lang == 'yaml':
        return f'  {snake(env)}: "{v}"'
    if lang == 'json':
        return f'  "{env}": "{v}",'
    if lang == 'docker':
        return f'docker run --rm -e {env}={v} acme/cli:2 {key} check'
    if lang == 'k8s':
        return f'  {env}: "{v}"'
    if lang == 'tf':
        return f'  {snake(env)} = "{v}"'


WRAP = {
    'go': ('detectors/longtail/{n}_test.go', ['package longtail', '', 'import "testing"', '', 'func Test{N}(t *testing.T) {',
           '\tcases := []struct {', '\t\tname  string', '\t\tinput string', '\t\twant  bool', '\t}{'],
           ['\t}', '\tfor _, tc := range cases {', '\t\tif got := detect(tc.input); got != tc.want {',
            '\t\t\tt.Errorf("%s: got %v want %v", tc.name, got, tc.want)', '\t\t}', '\t}', '}']),
    'py': ('detectors/tests/test_{n}.py', ['import pytest', '', 'from scanner import detect', '', '', '@pytest.mark.parametrize("text,expected", ['],
           [('])'), 'def test_{n}(text, expected):', '    assert bool(detect(text)) is expected']),
    'js': ('detectors/js/__tests__/{n}.test.js', ["const { scan } = require('../scan');", '', 'const cases = ['],
           ['];', '', "describe('{n}', () => {", "  test.each(cases)('$input', ({ input, want }) => {",
            '    expect(scan(input).length > 0).toBe(want);', '  });', '});']),
    'java': ('detectors/java/src/test/java/io/acme/scan/{N}Test.java', ['package io.acme.scan;', '', 'import org.junit.jupiter.api.Test;',
             'import static io.acme.scan.Assertions.*;', '', 'class {N}Test {', '    @Test', '    void detectsProviderKeys() {'],
             ['    }', '}']),
    'rb': ('detectors/ruby/spec/{n}_spec.rb', ["require 'spec_helper'", '', 'RSpec.describe Scanner do', '  describe "{n}" do'], ['  end', 'end']),
    'rs': ('detectors/rust/tests/{n}.rs', ['mod common;', 'use common::*;', '', '#[test]', 'fn {n}() {'], ['}']),
    'cs': ('detectors/dotnet/Scanner.Tests/{N}Tests.cs', ['using Xunit;', '', 'namespace Scanner.Tests;', '', 'public class {N}Tests', '{', '    [Theory]'],
           ['    public void Detects(string provider, string input, bool expected = true)', '    {',
            '        Assert.Equal(expected, Detector.Scan(input).Any(f => f.Provider == provider));', '    }', '}']),
    'php': ('detectors/php/tests/{N}Test.php', ['<?php', '', 'use PHPUnit\\Framework\\TestCase;', '', 'final class {N}Test extends TestCase', '{',
            '    public static function cases(): array', '    {', '        return ['],
            ['        ];', '    }', '}']),
    'sh': ('docs/snippets/{n}.sh', ['#!/usr/bin/env bash', '# quick API smoke checks copied from the provider quickstarts', 'set -euo pipefail', ''], ['', 'echo done']),
    'env': ('services/{n}/.env.staging', ['# staging integrations', 'NODE_ENV=staging', 'LOG_LEVEL=info'], ['PORT=8080']),
    'yaml': ('services/{n}/config/integrations.yml', ['integrations:', '  enabled: true'], ['  retry: 3']),
    'json': ('services/{n}/config.local.json', ['{', '  "environment": "local",'], ['  "debug": false', '}']),
    'docker': ('deploy/{n}/run.sh', ['#!/bin/sh', 'set -e', 'docker pull acme/worker:1.4.2'], ['docker ps --filter name=sync']),
    'k8s': ('deploy/k8s/{n}-secret.yaml', ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: {n}-integrations', 'type: Opaque', 'stringData:'], []),
    'tf': ('infra/{n}/providers.tf', ['terraform {', '  required_version = ">= 1.5"', '}', '', 'locals {'], ['}']),
}
LANGS = list(WRAP)


def bad_variant(r, key, spec, v):
    """wrong-length / wrong-alphabet look-alike for prefixed shapes."""
    parts = spec.split('|')
    if not parts[0].startswith('=') or len(parts[0]) < 4:
        return None
    pre = parts[0][1:]
    rest = v[len(pre):]
    if r.random() < 0.5 and len(rest) > 12:
        return pre + rest[:len(rest) // 2], 'wrong length (truncated)'
    return pre + rstr(r, '!$.,;~', 3) + rest[3:len(rest) - 4], 'wrong alphabet/length'


def part1():
    svcs = list(S)
    TR.shuffle(svcs)
    chunk = 12
    groups = [svcs[i:i + chunk] for i in range(0, len(svcs), chunk)]
    for gi, grp in enumerate(groups):
        lang = LANGS[gi % len(LANGS)]
        n = f'providers_{gi:02d}'
        N = f'Providers{gi:02d}'
        pat, head, foot = WRAP[lang]
        f = C.file(pat.replace('{n}', n).replace('{N}', N), 1)
        r = f.r
        f.add([h.replace('{n}', n).replace('{N}', N) for h in head])
        if lang == 'yaml':
            pass
        negs_done = 0
        for si, (key, env, spec, kind, host) in enumerate(grp):
            cnt = 2 if CAT.get(key, 1) >= 3 else (2 if r.random() < 0.15 else 1)
            ids = idioms(lang, key, env, 'X', host)
            order = r.sample(range(len(ids)), cnt)
            for oi in order:
                v = shape(r, spec)
                if host is None and lang in ('go', 'py', 'js', 'rs', 'sh') and 'https' in ids[oi] and not v.startswith('http'):
                    oi = 0
                line = idioms(lang, key, env, v, host)[oi]
                if lang in ('sh',) and oi == 0 and host is None:
                    line = f'export {env}="{v}"'
                if lang in ('sh', 'env', 'yaml', 'k8s', 'tf') and r.random() < 0.5:
                    f.add({'sh': f'# {key}', 'env': f'# {key}', 'yaml': f'  # {key}', 'k8s': f'  # {key}', 'tf': f'  # {key}'}[lang])
                f.sec(line, v, key, kind)
            # near misses
            if negs_done < 4 and r.random() < 0.35:
                negs_done += 1
                bv = bad_variant(r, key, spec, shape(r, spec))
                if bv and r.random() < 0.6:
                    f.neg(neg_line(lang, key, env, bv[0]), bv[0], key, bv[1])
                else:
                    ph = r.choice(PLACEHOLDERS + ['${' + env + '}', '{{ .Values.' + key + '.apiKey }}', '%(' + env + ')s'])
                    f.neg(neg_line(lang, key, env, ph), ph, key, 'placeholder' if not ph.startswith(('$', '{', '%')) else 'template variable')
        f.add([h.replace('{n}', n).replace('{N}', N) for h in foot])

# ---------------------------------------------------------------- majors: dedicated detector test files

MAJORS = {
    'github': ('github', M.GITHUB),
    'gitlab': ('gitlab', M.GITLAB),
    'slack': ('slack', M.SLACK),
    'stripe': ('stripe', M.STRIPE),
    'openai': ('openai', [M.openai_proj, M.openai_svc, M.openai_admin, M.openai_legacy]),
    'anthropic': ('anthropic', [M.anth_api, M.anth_admin]),
    'npm': ('npm', [M.npm_tok]),
    'pypi': ('pypi', [M.pypi_tok]),
    'huggingface': ('huggingface', [M.hf_tok, M.hf_org]),
    'sendgrid': ('sendgrid', [M.sendgrid]),
    'shopify': ('shopify', [lambda r: M.shopify(r)]),
    'digitalocean': ('digitalocean', [lambda r: M.do_tok(r)]),
    'dockerhub': ('dockerhub', [M.docker_pat, M.docker_oat]),
    'jwt': ('jwt', [M.jwt_tok]),
    'gcp': ('gcp', [M.gcp_key, M.gcp_oauth]),
}
MENV = {'github': 'GITHUB_TOKEN', 'gitlab': 'GITLAB_TOKEN', 'slack': 'SLACK_TOKEN', 'stripe': 'STRIPE_SECRET_KEY',
        'openai': 'OPENAI_API_KEY', 'anthropic': 'ANTHROPIC_API_KEY', 'npm': 'NPM_TOKEN', 'pypi': 'PYPI_API_TOKEN',
        'huggingface': 'HF_TOKEN', 'sendgrid': 'SENDGRID_API_KEY', 'shopify': 'SHOPIFY_ACCESS_TOKEN',
        'digitalocean': 'DIGITALOCEAN_TOKEN', 'dockerhub': 'DOCKERHUB_TOKEN', 'jwt': 'AUTH_TOKEN', 'gcp': 'GOOGLE_API_KEY'}


MHOST = {'github': 'api.github.com', 'gitlab': 'gitlab.com', 'slack': 'slack.com', 'stripe': 'api.stripe.com', 'openai': 'api.openai.com',
         'anthropic': 'api.anthropic.com', 'npm': 'registry.npmjs.org', 'pypi': 'upload.pypi.org', 'huggingface': 'huggingface.co',
         'sendgrid': 'api.sendgrid.com', 'shopify': 'acme-demo.myshopify.com', 'digitalocean': 'api.digitalocean.com',
         'dockerhub': 'hub.docker.com', 'jwt': 'api.acme.io', 'gcp': 'maps.googleapis.com'}


def major_neg(r, group, env):
    """(value, why) near misses per group."""
    out = []
    if group in ('github', 'npm'):
        pre = 'ghp_' if group == 'github' else 'npm_'
        out.append((bad_crc_token(r, pre), 'bad CRC32 checksum'))
        out.append((bad_crc_token(r, 'gho_' if group == 'github' else 'npm_'), 'bad CRC32 checksum'))
        out.append((pre + shape(r, 'an24'), 'wrong length'))
    elif group == 'stripe':
        out.append(('pk_live_51' + shape(r, 'an97'), 'publishable key (public by design)'))
        out.append(('sk_test_' + 'EXAMPLE' + shape(r, 'an17'), 'example docs value (sk_test_, marked example)'))
        out.append(('sk_live_' + '<your-secret-key>', 'placeholder'))
    elif group == 'slack':
        out.append(('xoxb-' + 'x' * 12 + '-' + 'x' * 13 + '-' + 'x' * 24, 'placeholder'))
        out.append(('xoxb-' + shape(r, 'dig6'), 'wrong length'))
        out.append(('${SLACK_BOT_TOKEN}', 'template variable'))
    elif group == 'openai':
        out.append(('sk-proj-' + shape(r, 'b64u40'), 'wrong format (no T3BlbkFJ marker, short)'))
        out.append(('sk-...', 'placeholder'))
        out.append(('<OPENAI_API_KEY>', 'placeholder'))
    elif group == 'gcp':
        out.append(('AIza' + shape(r, 'b64u20'), 'wrong length'))
        out.append(('AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'placeholder'))
        out.append(('{{ .Values.google.apiKey }}', 'template variable'))
    else:
        pre = {'gitlab': 'glpat-', 'anthropic': 'sk-ant-api03-', 'pypi': 'pypi-', 'huggingface': 'hf_', 'sendgrid': 'SG.',
               'shopify': 'shpat_', 'digitalocean': 'dop_v1_', 'dockerhub': 'dckr_pat_', 'jwt': 'eyJhbGciOiJub25lIn0.'}[group]
        out.append((pre + shape(r, 'an8'), 'wrong length'))
        out.append((r.choice(['<your-token>', 'REPLACE_ME', 'xxxxxxxxxxxxxxxx']), 'placeholder'))
        out.append(('${' + env + '}', 'template variable'))
    return out


def majors_tests():
    langs = ['go', 'py', 'js', 'java', 'rb', 'rs', 'cs', 'php', 'sh', 'docker', 'env', 'yaml', 'json', 'k8s', 'tf']
    for gi, (group, (svc, gens)) in enumerate(MAJORS.items()):
        for rep in range(2):
            lang = langs[(gi * 2 + rep) % len(langs)]
            pat, head, foot = WRAP[lang]
            n = f'{group}_{"tokens" if rep == 0 else "formats"}'
            N = cls(group) + ('Tokens' if rep == 0 else 'Formats')
            f = C.file(pat.replace('{n}', n).replace('{N}', N), 1)
            r = f.r
            env = MENV[group]
            f.add([h.replace('{n}', n).replace('{N}', N) for h in head])
            for i in range(3):
                v, kind = gens[(i + rep * 3) % len(gens)](r)
                ids = idioms(lang, group, env, v, MHOST.get(group))
                f.sec(ids[i % len(ids)], v, svc, kind)
            negs = major_neg(r, group, env)
            for v, why in negs[:2 if rep else 3]:
                f.neg(neg_line(lang, group, env, v), v, svc, why)
            f.add([h.replace('{n}', n).replace('{N}', N) for h in foot])

def majors_extra():
    """AWS, Azure, Twilio and private keys in detector-test style (part 1)."""
    f = C.file('detectors/longtail/aws_keys_test.go', 1); r = f.r
    f.add('package longtail', '', 'import "testing"', '', 'func TestAWSCredentialPairs(t *testing.T) {', '\tcases := []struct {', '\t\tname  string',
          '\t\tinput string', '\t\twant  bool', '\t}{')
    for i in range(3):
        v, k = M.aws_id(r) if i < 2 else M.aws_sts_id(r)
        f.sec(f'\t\t{{name: "aws key id {i}", input: `aws_access_key_id = {v}`, want: true}},', v, 'aws', k, pair=True)
        s_, k = M.aws_secret(r)
        f.sec(f'\t\t{{name: "aws secret {i}", input: `aws_secret_access_key = {s_}`, want: true}},', s_, 'aws', k)
    f.neg('\t\t{name: "aws docs example", input: `aws_access_key_id = AKIAIOSFODNN7EXAMPLE`, want: false},', 'AKIAIOSFODNN7EXAMPLE', 'aws', 'example docs value (AWS documentation id)')
    v = 'AKIA' + shape(r, 'b3212')
    f.neg(f'\t\t{{name: "aws short id", input: `AWS_ACCESS_KEY_ID={v}`, want: false}},', v, 'aws', 'wrong length')
    v = 'AKIA' + shape(r, 'lan16')
    f.neg(f'\t\t{{name: "aws lowercase id", input: `AWS_ACCESS_KEY_ID={v}`, want: false}},', v, 'aws', 'wrong alphabet (lowercase)')
    f.add('\t}', '\t_ = cases', '}')

    f = C.file('detectors/tests/test_azure_credentials.py', 1); r = f.r
    f.add('import pytest', '', 'from scanner import detect', '', '', 'AZURE_CASES = [')
    k_, kind = M.az_storage(r)
    f.sec(f'    ("DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey={k_};EndpointSuffix=core.windows.net", "azurestorage"),', k_, 'azurestorage', kind)
    k_, kind = M.az_storage(r)
    f.sec(f'    ("AZURE_STORAGE_KEY={k_}", "azurestorage"),', k_, 'azurestorage', kind)
    v, kind = M.az_sas(r)
    f.sec(f'    ("https://acmelogs.blob.core.windows.net/raw/2025/app.log?{v}", "azuresastoken"),', v.split('sig=')[1], 'azuresastoken', kind)
    v, kind = M.az_devops(r); f.sec(f'    ("AZURE_DEVOPS_PAT={v}", "azuredevops"),', v, 'azuredevops', kind)
    v, kind = M.az_devops_legacy(r); f.sec(f'    ("git clone https://pat:{v}@dev.azure.com/acme/web/_git/web", "azuredevops"),', v, 'azuredevops', kind)
    v, kind = M.az_entra(r); f.sec(f'    ("AZURE_CLIENT_SECRET={v}", "azureentra"),', v, 'azureentra', kind)
    v, kind = M.az_entra(r); f.sec(f'    ("ClientSecretCredential(tenant_id, client_id, \'{v}\')", "azureentra"),', v, 'azureentra', kind)
    f.add(']', '', 'AZURE_NEGATIVES = [')
    f.neg('    "AccountKey=<storage-account-key>",', '<storage-account-key>', 'azurestorage', 'placeholder')
    v = base64.b64encode(rb(r, 30)).decode()
    f.neg(f'    "AccountKey={v}",', v, 'azurestorage', 'wrong length (not 88 chars)')
    f.neg('    "AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}",', '${{ secrets.AZURE_CLIENT_SECRET }}', 'azureentra', 'template variable')
    f.add(']', '', '', '@pytest.mark.parametrize("text,service", AZURE_CASES)', 'def test_azure(text, service):',
          '    assert service in {f.service for f in detect(text)}', '', '', '@pytest.mark.parametrize("text", AZURE_NEGATIVES)',
          'def test_azure_negatives(text):', '    assert not detect(text)')

    f = C.file('detectors/js/__tests__/twilio.test.js', 1); r = f.r
    f.add("const { scan } = require('../scan');", '', "describe('twilio', () => {")
    for i in range(2):
        v, k = M.tw_sid(r); f.sec(f"  const sid{i} = '{v}';", v, 'twilio', k, pair=True)
        t, k = M.tw_token(r); f.sec(f"  const authToken{i} = '{t}'; // twilio auth token", t, 'twilio', k)
    v, k = M.tw_key(r); f.sec(f"  const client = twilio('{v}', apiSecret, {{ accountSid: sid0 }});", v, 'twilio', k, pair=True)
    v = shape(r, 'an32'); f.sec(f"  const apiSecret = '{v}'; // twilio API key secret", v, 'twilio', 'API key secret')
    f.neg("  const placeholderSid = 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';", 'ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'twilio', 'placeholder')
    v = 'AC' + shape(r, 'hex20')
    f.neg(f"  const shortSid = '{v}'; // twilio", v, 'twilio', 'wrong length')
    f.add("  test('finds credentials', () => {", '    expect(scan(authToken0)).not.toHaveLength(0);', '  });', '});')

    f = C.file('detectors/rust/tests/private_keys.rs', 1); r = f.r
    f.add('mod common;', 'use common::*;', '')
    for name, gen in [('rsa_pkcs1', rsa_pkcs1), ('pkcs8', pkcs8_rsa), ('ec', ec_key)]:
        lines = gen(r)
        f.add('#[test]', f'fn finds_{name}() {{', '    let pem = "\\')
        f.sec(lines[0] + '\\n\\', lines[0], 'private-key', f'{name} PEM in Rust test string')
        f.add([l + '\\n\\' for l in lines[1:]])
        f.add('";', '    assert_detects("private-key", pem);', '}', '')
    lines, pub = openssh_ed25519(r, 'test@fixture')
    esc = '\\n'.join(lines)
    f.add('#[test]', 'fn finds_openssh_escaped() {')
    f.sec(f'    assert_detects("private-key", "{esc}");', esc, 'private-key', 'OpenSSH key with escaped newlines')
    f.add('}', '', '#[test]', 'fn ignores_public_material() {')
    f.neg(f'    assert_clean("{pub}");', pub.split()[1][:60], 'private-key', 'public key (not a secret)')
    f.neg('    assert_clean("-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----");', '-----BEGIN PRIVATE KEY-----\\n...', 'private-key', 'placeholder body')
    f.add('}')


# ---------------------------------------------------------------- part 2: config leaks

HOSTS = ['db-prod-01.internal', 'pg.acme-corp.net', '10.20.4.17', 'mysql.staging.acme.io', 'cluster0.x7kq2.mongodb.net',
         'cache.acme.internal', 'mq.acme.internal', 'ldap.corp.acme.io', 'ftp.partner-files.com', 'smtp.mailhost.net']
USERS = ['app', 'deploy', 'svc_reporting', 'admin', 'etl', 'backend', 'jenkins', 'webapp', 'analytics', 'ops']


def pw(r):
    return password(r) if r.random() < 0.7 else human_password(r)


def netrc():
    f = C.file('home/alice/.netrc', 2); r = f.r
    for host in ['api.heroku.com', 'git.acme-corp.net', 'ftp.partner-files.com', 'nexus.acme.internal']:
        p = pw(r) if 'heroku' not in host else uuid(r)
        f.add(f'machine {host}')
        f.add(f'  login {r.choice(USERS)}@acme-corp.net')
        f.sec(f'  password {p}', p, 'netrc', 'netrc password')
    p = pw(r)
    f.sec(f'machine registry.acme.io login ci password {p}', p, 'netrc', 'netrc one-line entry')


def pgpass():
    f = C.file('home/alice/.pgpass', 2); r = f.r
    f.add('# hostname:port:database:username:password')
    for i in range(4):
        p = pw(r).replace(':', '')
        f.sec(f'{r.choice(HOSTS[:4])}:5432:{r.choice(["orders", "billing", "*", "analytics"])}:{r.choice(USERS)}:{p}', p, 'pgpass', 'pgpass entry')


def npmrc():
    f = C.file('home/alice/.npmrc', 2); r = f.r
    f.add('registry=https://registry.npmjs.org/')
    v, k = M.npm_tok(r)
    f.sec(f'//registry.npmjs.org/:_authToken={v}', v, 'npm', k)
    a = base64.b64encode(f'deploy:{pw(r)}'.encode()).decode()
    f.add('@acme:registry=https://nexus.acme.internal/repository/npm-private/')
    f.sec(f'//nexus.acme.internal/repository/npm-private/:_auth={a}', a, 'npmrc', '_auth base64 user:password')
    p = base64.b64encode(pw(r).encode()).decode()
    f.add('//npm.pkg.example-corp.net/:username=ci-bot')
    f.sec(f'//npm.pkg.example-corp.net/:_password={p}', p, 'npmrc', '_password (base64)')
    f.neg('//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}', '${NODE_AUTH_TOKEN}', 'npm', 'template variable')
    f.add('always-auth=true')
    f2 = C.file('web/frontend/.npmrc', 2); r = f2.r
    v, k = M.npm_tok(r)
    f2.add('engine-strict=true')
    f2.sec(f'//registry.npmjs.org/:_authToken="{v}"', v, 'npm', k)


def pypirc():
    f = C.file('home/alice/.pypirc', 2); r = f.r
    f.add('[distutils]', 'index-servers =', '    pypi', '    testpypi', '    internal', '', '[pypi]', 'username = __token__')
    v, k = M.pypi_tok(r)
    f.sec(f'password = {v}', v, 'pypi', k)
    f.add('', '[testpypi]', 'repository = https://test.pypi.org/legacy/', 'username = __token__')
    v, k = M.pypi_tok(r)
    f.sec(f'password = {v}', v, 'pypi', k)
    f.add('', '[internal]', 'repository = https://pypi.acme.internal/simple/', 'username = release-bot')
    p = pw(r)
    f.sec(f'password = {p}', p, 'pypirc', 'pypirc password for private index')


def dockercfg():
    f = C.file('home/alice/.docker/config.json', 2); r = f.r
    f.add('{', '  "auths": {')
    for reg in ['https://index.docker.io/v1/', 'registry.gitlab.com', 'acme.azurecr.io']:
        a = base64.b64encode(f'{r.choice(USERS)}:{pw(r)}'.encode()).decode()
        f.add(f'    "{reg}": {{')
        f.sec(f'      "auth": "{a}"', a, 'docker-config', 'auths base64 user:password')
        f.add('    },')
    f.add('    "ghcr.io": {}', '  },', '  "credsStore": "desktop"', '}')
    f2 = C.file('ci/runner/.docker/config.json', 2); r = f2.r
    v, k = M.docker_pat(r)
    a = base64.b64encode(f'acmebuild:{v}'.encode()).decode()
    f2.add('{"auths":{')
    f2.sec(f'"https://index.docker.io/v1/":{{"auth":"{a}"}}', a, 'docker-config', 'auth base64 of user:dckr_pat_')
    f2.add('}}')


def s3cfg():
    f = C.file('home/alice/.s3cfg', 2); r = f.r
    f.add('[default]')
    v, k = M.aws_id(r)
    f.sec(f'access_key = {v}', v, 'aws', k, pair=True)
    s, k = M.aws_secret(r)
    f.sec(f'secret_key = {s}', s, 's3cfg', 's3cmd secret_key (AWS secret access key)')
    f.add('host_base = s3.amazonaws.com', 'host_bucket = %(bucket)s.s3.amazonaws.com', 'use_https = True', 'signature_v2 = False')


def git_credentials():
    f = C.file('home/alice/.git-credentials', 2); r = f.r
    v, k = M.gh_classic(r)
    f.sec(f'https://alice-dev:{v}@github.com', v, 'github', k)
    v, k = M.GITLAB[0](r)
    f.sec(f'https://oauth2:{v}@gitlab.com', v, 'gitlab', k)
    p = pw(r).replace('@', '').replace(':', '').replace('#', '').replace('%', '')
    f.sec(f'https://alice:{p}@git.acme-corp.net', p, 'url-credentials', 'https user:password')
    v, k = M.az_devops(r)
    f.sec(f'https://acme:{v}@dev.azure.com', v, 'azuredevops', k)


def shell_history():
    f = C.file('home/alice/.bash_history', 2); r = f.r
    f.add('ls -la', 'cd ~/src/billing', 'git pull --rebase')
    v, k = M.aws_id(r); f.sec(f'export AWS_ACCESS_KEY_ID={v}', v, 'aws', k, pair=True)
    s, k = M.aws_secret(r); f.sec(f'export AWS_SECRET_ACCESS_KEY={s}', s, 'aws', k)
    f.add('aws s3 ls s3://acme-billing-exports/')
    p = password(r, 14).replace("'", '')
    f.sec(f"mysql -h {HOSTS[3]} -u root -p'{p}' billing", p, 'password', 'mysql -p on command line')
    p = pw(r).replace('@', '').replace(':', '')
    f.sec(f'psql "postgresql://{USERS[0]}:{p}@{HOSTS[1]}:5432/orders?sslmode=require"', p, 'url-credentials', 'postgres URI')
    v, k = M.docker_pat(r)
    f.sec(f'docker login -u acmebuild -p {v}', v, 'dockerhub', k)
    f.add('docker push acme/billing:2.3.1')
    p = password(r, 16).replace(':', '')
    f.sec(f'curl -u admin:{p} https://jenkins.acme.internal/api/json', p, 'password', 'curl -u user:password')
    v, k = M.gh_classic(r)
    f.sec(f'gh auth login --with-token <<< {v}', v, 'github', k)
    f.neg('export GITHUB_TOKEN=$(gh auth token)', '$(gh auth token)', 'github', 'command substitution, no literal')
    v, k = M.hf_tok(r); f.sec(f'huggingface-cli login --token {v}', v, 'huggingface', k)
    f.add('history | grep ssh')
    f2 = C.file('home/bob/.zsh_history', 2); r = f2.r
    t = 1733400000
    def z(cmd):
        nonlocal t; t += r.randrange(5, 400); return f': {t}:0;{cmd}'
    f2.add(z('cd infra'), z('terraform plan'))
    v, k = M.do_tok(r, 'dop_v1_'); f2.sec(z(f'doctl auth init -t {v}'), v, 'digitalocean', k)
    v, k = M.openai_proj(r); f2.sec(z(f'export OPENAI_API_KEY={v}'), v, 'openai', k)
    p = pw(r).replace('@', '').replace(':', '').replace('/', '')
    f2.sec(z(f'redis-cli -u redis://default:{p}@{HOSTS[5]}:6379 ping'), p, 'url-credentials', 'redis URI')
    v, k = M.sendgrid(r); f2.sec(z(f"curl -X POST https://api.sendgrid.com/v3/mail/send -H 'Authorization: Bearer {v}' -d @mail.json"), v, 'sendgrid', k)
    v, k = M.anth_api(r); f2.sec(z(f'ANTHROPIC_API_KEY={v} python agent.py'), v, 'anthropic', k)
    f2.neg(z('git show 9c1b2e4f0a7d3c6b8e5f1a2d4c7b9e0f3a6d8c1b -- token.go'), '9c1b2e4f0a7d3c6b8e5f1a2d4c7b9e0f3a6d8c1b', 'generic', 'commit SHA near the word token')
    v, k = M.gh_fine(r); f2.sec(z(f'GH_TOKEN={v} gh release create v1.2.0'), v, 'github', k)


def aws_credentials():
    f = C.file('home/alice/.aws/credentials', 2); r = f.r
    for prof in ['default', 'billing-prod']:
        f.add(f'[{prof}]')
        v, k = M.aws_id(r); f.sec(f'aws_access_key_id = {v}', v, 'aws', k, pair=True)
        s, k = M.aws_secret(r); f.sec(f'aws_secret_access_key = {s}', s, 'aws', k)
        f.add('')
    f.add('[sso-temp]')
    v, k = M.aws_sts_id(r); f.sec(f'aws_access_key_id = {v}', v, 'aws', k, pair=True)
    s, k = M.aws_secret(r); f.sec(f'aws_secret_access_key = {s}', s, 'aws', k)
    t, k = M.aws_session(r); f.sec(f'aws_session_token = {t}', t, 'aws', k)
    f2 = C.file('home/alice/.aws/config', 2)
    f2.add('[default]', 'region = eu-west-1', 'output = json', '', '[profile billing-prod]', 'region = us-east-1',
           'role_arn = arn:aws:iam::123456789012:role/billing-admin', 'source_profile = default')


def ssh_keys():
    f = C.file('home/alice/.ssh/id_ed25519', 2); r = f.r
    lines, pub = openssh_ed25519(r, 'alice@laptop')
    f.sec(lines[0], lines[0], 'private-key', 'OpenSSH ed25519 private key'); f.add(lines[1:])
    f2 = C.file('home/alice/.ssh/id_ed25519.pub', 2)
    f2.neg(pub, pub.split()[1][:60], 'private-key', 'public key (not a secret)')
    f3 = C.file('home/alice/.ssh/id_rsa', 2); r = f3.r
    lines = rsa_pkcs1(r)
    f3.sec(lines[0], lines[0], 'private-key', 'RSA private key (PKCS#1)'); f3.add(lines[1:])
    f4 = C.file('home/alice/.ssh/authorized_keys', 2); r = f4.r
    for c in ['bob@build-01', 'deploy@ci']:
        k = ssh_pub_rsa(r, c)
        f4.neg(k, k.split()[1][:60], 'private-key', 'authorized public key (not a secret)')
    f5 = C.file('keys/deploy-prod.ppk', 2); r = f5.r
    lines = putty_ed25519(r, 'eddsa-key-20250311')
    f5.sec(lines[0], lines[0], 'putty-ppk', 'PuTTY v3 ed25519 private key'); f5.add(lines[1:])
    f6 = C.file('deploy/tls/server.key', 2); r = f6.r
    lines = pkcs8_rsa(r)
    f6.sec(lines[0], lines[0], 'private-key', 'PKCS#8 private key'); f6.add(lines[1:])
    f7 = C.file('deploy/tls/server.crt', 2); r = f7.r
    lines = cert_pem(r)
    f7.neg(lines[0], lines[0], 'private-key', 'certificate (public)'); f7.add(lines[1:])
    f8 = C.file('services/signer/keys/ec-p256.pem', 2); r = f8.r
    lines = ec_key(r)
    f8.sec(lines[0], lines[0], 'private-key', 'EC private key (SEC1)'); f8.add(lines[1:])
    f9 = C.file('services/signer/keys/jwt-public.pem', 2); r = f9.r
    lines = pubkey_pem(r)
    f9.neg(lines[0], lines[0], 'private-key', 'public key PEM (not a secret)'); f9.add(lines[1:])
    # JSON-escaped and base64-of-PEM forms
    f10 = C.file('services/signer/config/signing.json', 2); r = f10.r
    esc = '\\n'.join(pkcs8_rsa(r)) + '\\n'
    f10.add('{', '  "issuer": "https://auth.acme.io/",', '  "kid": "2025-03-rotation",')
    f10.sec(f'  "private_key": "{esc}",', esc, 'private-key', 'PEM in JSON with escaped newlines')
    f10.add('  "alg": "RS256"', '}')
    f11 = C.file('deploy/k8s/signer-env.yaml', 2); r = f11.r
    b = base64.b64encode(('\n'.join(ec_key(r)) + '\n').encode()).decode()
    f11.add('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: signer-key', 'type: Opaque', 'data:')
    f11.sec(f'  signing.pem: {b}', b, 'private-key', 'base64 of PEM EC private key')
    f12 = C.file('services/signer/.env', 2); r = f12.r
    b = base64.b64encode(('\n'.join(rsa_pkcs1(r)) + '\n').encode()).decode()
    f12.add('SIGNER_ALG=RS256')
    f12.sec(f'SIGNER_PRIVATE_KEY_B64={b}', b, 'private-key', 'base64 of PEM RSA private key')
    lines, _ = openssh_ed25519(r, 'ci@runner')
    f12.sec('DEPLOY_SSH_KEY="' + '\\n'.join(lines) + '"', '\\n'.join(lines), 'private-key', 'OpenSSH key with escaped newlines in env')


def htpasswd_shadow():
    import hashlib
    f = C.file('etc/nginx/.htpasswd', 2); r = f.r
    b64c = './' + DIG + UP + LOW
    for u in ['admin', 'grafana', 'metrics', 'alice']:
        kind = r.choice(['apr1', 'bcrypt', 'sha'])
        if kind == 'apr1':
            h = '$apr1$' + rstr(r, b64c, 8) + '$' + rstr(r, b64c, 22)
        elif kind == 'bcrypt':
            h = '$2y$10$' + rstr(r, b64c, 53)
        else:
            h = '{SHA}' + base64.b64encode(rb(r, 20)).decode()
        f.sec(f'{u}:{h}', h, 'htpasswd', f'htpasswd {kind} hash')
    f2 = C.file('etc/shadow', 2); r = f2.r
    f2.add('daemon:*:19700:0:99999:7:::', 'bin:*:19700:0:99999:7:::', 'sshd:!:19700::::::')
    for u in ['root', 'alice', 'deploy']:
        h = '$6$' + rstr(r, b64c, 16) + '$' + rstr(r, b64c, 86)
        f2.sec(f'{u}:{h}:19810:0:99999:7:::', h, 'shadow-hash', 'sha512-crypt hash')
    h = '$y$j9T$' + rstr(r, b64c, 22) + '$' + rstr(r, b64c, 43)
    f2.sec(f'backup:{h}:19900:0:99999:7:::', h, 'shadow-hash', 'yescrypt hash')
    f2.add('nobody:*:19700:0:99999:7:::')
    f3 = C.file('etc/nginx/conf.d/upstream-auth.conf', 2); r = f3.r
    basic = base64.b64encode(f'metrics:{pw(r)}'.encode()).decode()
    f3.add('server {', '    listen 443 ssl;', '    server_name metrics.acme.io;', '    auth_basic "restricted";',
           '    auth_basic_user_file /etc/nginx/.htpasswd;', '    location / {', '        proxy_pass http://10.0.3.12:9090;')
    f3.sec(f'        proxy_set_header Authorization "Basic {basic}";', basic, 'password', 'HTTP basic auth header (base64 user:password)')
    f3.add('    }', '}')
    f4 = C.file('etc/apache2/sites-available/billing.conf', 2); r = f4.r
    f4.add('<VirtualHost *:443>', '    ServerName billing.acme.io', '    DocumentRoot /var/www/billing/public')
    p = pw(r).replace('"', ''); f4.sec(f'    SetEnv DB_PASSWORD "{p}"', p, 'password', 'Apache SetEnv password')
    v, k = M.STRIPE[0](r); f4.sec(f'    SetEnv STRIPE_SECRET {v}', v, 'stripe', k)
    f4.add('</VirtualHost>')
    f5 = C.file('release/SHA256SUMS', 2); r = f5.r
    for name in ['tokenizer-linux-amd64.tar.gz', 'keygen-darwin-arm64.tar.gz', 'secret-rotator_1.4.2_amd64.deb']:
        h = rstr(r, CH['hex'], 64)
        f5.neg(f'{h}  {name}', h, 'generic', 'sha256 checksum file')


def django_rails_laravel_wp():
    f = C.file('webapp/mysite/settings.py', 2); r = f.r
    dj = rstr(r, LOW + DIG + '!@#%^&*(-_=+)', 50)
    f.add('import os', 'from pathlib import Path', '', 'BASE_DIR = Path(__file__).resolve().parent.parent', '',
          '# SECURITY WARNING: keep the secret key used in production secret!')
    f.sec(f"SECRET_KEY = 'django-insecure-{dj}'", 'django-insecure-' + dj, 'django-secret-key', 'Django SECRET_KEY')
    f.add('DEBUG = False', "ALLOWED_HOSTS = ['shop.acme.io']", '', 'DATABASES = {', "    'default': {",
          "        'ENGINE': 'django.db.backends.postgresql',", "        'NAME': 'shop',", "        'USER': 'shop_app',")
    p = pw(r).replace("'", ''); f.sec(f"        'PASSWORD': '{p}',", p, 'password', 'Django DATABASES password')
    f.add(f"        'HOST': '{HOSTS[1]}',", "        'PORT': '5432',", '    }', '}', '', "EMAIL_HOST = 'smtp.sendgrid.net'", "EMAIL_HOST_USER = 'apikey'")
    v, k = M.sendgrid(r); f.sec(f"EMAIL_HOST_PASSWORD = '{v}'", v, 'sendgrid', k)
    v, k = M.aws_id(r); f.sec(f"AWS_ACCESS_KEY_ID = '{v}'", v, 'aws', k, pair=True)
    s, k = M.aws_secret(r); f.sec(f"AWS_SECRET_ACCESS_KEY = '{s}'", s, 'aws', k)
    f.neg("SENTRY_DSN = os.environ.get('SENTRY_DSN', '')", "os.environ.get('SENTRY_DSN', '')", 'generic', 'read from environment')
    f2 = C.file('webapp/mysite/settings_local.py', 2); r = f2.r
    dj = rstr(r, LOW + DIG + '!@#%^&*(-_=+)', 50)
    f2.add('from .settings import *  # noqa', '')
    f2.sec(f'SECRET_KEY = "{dj}"', dj, 'django-secret-key', 'Django SECRET_KEY (no prefix)')
    f2.neg("SECRET_KEY = 'django-insecure-change-me'", 'django-insecure-change-me', 'django-secret-key', 'placeholder')

    f = C.file('rails/config/secrets.yml', 2); r = f.r
    for envn in ['development', 'production']:
        h = rstr(r, CH['hex'], 128)
        f.add(f'{envn}:')
        f.sec(f'  secret_key_base: {h}', h, 'rails-secret', 'secret_key_base')
    f.add('test:')
    f.neg('  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>', '<%= ENV["SECRET_KEY_BASE"] %>', 'rails-secret', 'template variable')
    f = C.file('rails/config/master.key', 2); r = f.r
    h = rstr(r, CH['hex'], 32); f.sec(h, h, 'rails-secret', 'Rails master.key')
    f = C.file('rails/config/database.yml', 2); r = f.r
    f.add('default: &default', '  adapter: postgresql', '  encoding: unicode', '  pool: 5', '', 'production:', '  <<: *default',
          '  database: storefront_production', '  username: storefront')
    p = pw(r).replace('"', ''); f.sec(f'  password: "{p}"', p, 'password', 'database.yml password')
    f.add(f'  host: {HOSTS[0]}', '', 'staging:', '  <<: *default')
    f.neg("  password: <%= ENV['DATABASE_PASSWORD'] %>", "<%= ENV['DATABASE_PASSWORD'] %>", 'password', 'template variable')

    f = C.file('laravel/.env', 2); r = f.r
    ak = base64.b64encode(rb(r, 32)).decode()
    f.add('APP_NAME=Storefront', 'APP_ENV=production')
    f.sec(f'APP_KEY=base64:{ak}', 'base64:' + ak, 'generic', 'Laravel APP_KEY')
    f.add('APP_DEBUG=false', 'APP_URL=https://store.acme.io', '', 'DB_CONNECTION=mysql', f'DB_HOST={HOSTS[3]}', 'DB_PORT=3306',
          'DB_DATABASE=storefront', 'DB_USERNAME=storefront')
    p = pw(r); f.sec(f'DB_PASSWORD={p}', p, 'password', 'Laravel DB_PASSWORD')
    f.add('', 'REDIS_HOST=127.0.0.1', 'REDIS_PASSWORD=null', 'REDIS_PORT=6379', '', 'MAIL_MAILER=smtp', 'MAIL_HOST=smtp.mailgun.org',
          'MAIL_PORT=587', 'MAIL_USERNAME=postmaster@mg.acme.io')
    p = pw(r); f.sec(f'MAIL_PASSWORD={p}', p, 'password', 'SMTP password')
    f.add('MAILGUN_DOMAIN=mg.acme.io')
    v = 'key-' + shape(r, 'hex32'); f.sec(f'MAILGUN_SECRET={v}', v, 'mailgun', 'private API key (key-)')
    v, k = M.aws_id(r); f.sec(f'AWS_ACCESS_KEY_ID={v}', v, 'aws', k, pair=True)
    s, k = M.aws_secret(r); f.sec(f'AWS_SECRET_ACCESS_KEY={s}', s, 'aws', k)
    f.add('AWS_DEFAULT_REGION=us-east-1', 'AWS_BUCKET=storefront-media')
    v, k = M.STRIPE[3](r); f.sec(f'STRIPE_SECRET={v}', v, 'stripe', k)
    pk = 'pk_live_' + shape(r, 'an24'); f.neg(f'STRIPE_KEY={pk}', pk, 'stripe', 'publishable key (public by design)')
    f.add('PUSHER_APP_CLUSTER=eu')
    v = shape(r, 'hex20'); f.sec(f'PUSHER_APP_SECRET={v}', v, 'pusherchannelkey', 'Pusher app secret')

    f = C.file('wordpress/wp-config.php', 2); r = f.r
    f.add('<?php', "define( 'DB_NAME', 'wp_blog' );", "define( 'DB_USER', 'wp_blog' );")
    p = pw(r).replace("'", ''); f.sec(f"define( 'DB_PASSWORD', '{p}' );", p, 'password', 'WordPress DB_PASSWORD')
    f.add("define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", '')
    wpch = ALNUM + '!@#$%^&*()-_[]{}<>~+=,.;:/?|'
    for k in ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']:
        s = rstr(r, wpch, 64)
        f.sec(f"define( '{k}', '{s}' );", s, 'wordpress', f'WordPress {k}')
    f.add('', "$table_prefix = 'wp_';", "define( 'WP_DEBUG', false );")
    f2 = C.file('wordpress/wp-config-sample.php', 2)
    f2.add('<?php')
    f2.neg("define( 'DB_PASSWORD', 'password_here' );", 'password_here', 'password', 'placeholder')
    f2.neg("define( 'AUTH_KEY',         'put your unique phrase here' );", 'put your unique phrase here', 'wordpress', 'placeholder')


def spring():
    f = C.file('java/orders/src/main/resources/application.properties', 2); r = f.r
    f.add('spring.application.name=orders', 'server.port=8080', '')
    p = pw(r).replace('&', '').replace(';', '')
    f.add(f'spring.datasource.url=jdbc:postgresql://{HOSTS[0]}:5432/orders', 'spring.datasource.username=orders_app')
    f.sec(f'spring.datasource.password={p}', p, 'password', 'Spring datasource password')
    p = pw(r).replace('&', '').replace(';', '')
    f.sec(f'spring.datasource.replica.url=jdbc:mysql://{HOSTS[3]}:3306/orders?user=ro&password={p}', p, 'url-credentials', 'JDBC URL password parameter')
    f.add('spring.mail.host=smtp.sendgrid.net', 'spring.mail.username=apikey')
    v, k = M.sendgrid(r); f.sec(f'spring.mail.password={v}', v, 'sendgrid', k)
    p = pw(r); f.sec(f'spring.rabbitmq.password={p}', p, 'password', 'RabbitMQ password')
    f.neg('spring.datasource.password=${DB_PASSWORD}', '${DB_PASSWORD}', 'password', 'template variable')
    f2 = C.file('java/orders/src/main/resources/application-prod.yml', 2); r = f2.r
    f2.add('spring:', '  datasource:', f'    url: jdbc:sqlserver://{HOSTS[2]}:1433;databaseName=orders', '    username: sa')
    p = pw(r).replace('"', ''); f2.sec(f'    password: "{p}"', p, 'password', 'Spring YAML datasource password')
    f2.add('  data:', '    mongodb:')
    p = pw(r).replace('@', '').replace(':', '').replace('/', '')
    f2.sec(f'      uri: mongodb+srv://orders:{p}@{HOSTS[4]}/orders?retryWrites=true', p, 'url-credentials', 'mongodb+srv URI')
    f2.add('app:', '  jwt:')
    s = base64.b64encode(rb(r, 48)).decode(); f2.sec(f'    secret: {s}', s, 'password', 'JWT HMAC signing secret')
    f2.add('    expiration: 86400')
    f2.neg('    issuer-key-id: 6f1d2c9e-4b7a-4e3f-9a1c-2d8e5b7f0c34', '6f1d2c9e-4b7a-4e3f-9a1c-2d8e5b7f0c34', 'generic', 'UUID key id, not a secret')


def uris():
    f = C.file('ops/connections.ini', 2); r = f.r
    f.add('; connection strings used by the nightly ETL', '[sources]')
    def P():
        return pw(r).replace('@', '').replace(':', '').replace('/', '').replace('?', '').replace('#', '').replace(';', '').replace('&', '').replace('%', '')
    items = [
        ('orders', lambda p: f'postgres://etl:{p}@{HOSTS[0]}:5432/orders'),
        ('billing', lambda p: f'postgresql://billing_ro:{p}@{HOSTS[1]}/billing?sslmode=verify-full'),
        ('legacy', lambda p: f'mysql://root:{p}@{HOSTS[3]}:3306/legacy'),
        ('events', lambda p: f'mongodb+srv://events:{p}@{HOSTS[4]}/events?authSource=admin'),
        ('mongo_rs', lambda p: f'mongodb://admin:{p}@mongo-0.acme.internal:27017,mongo-1.acme.internal:27017/?replicaSet=rs0'),
        ('cache', lambda p: f'redis://:{p}@{HOSTS[5]}:6379/0'),
        ('cache_tls', lambda p: f'rediss://default:{p}@redis-12345.c1.us-east-1.ec2.cloud.redislabs.com:12345'),
        ('queue', lambda p: f'amqp://etl:{p}@{HOSTS[6]}:5672/%2F'),
        ('queue_tls', lambda p: f'amqps://worker:{p}@b-1234.mq.us-east-1.amazonaws.com:5671'),
        ('warehouse', lambda p: f'jdbc:postgresql://{HOSTS[0]}:5432/dw?user=etl&password={p}'),
        ('mssql', lambda p: f'jdbc:sqlserver://{HOSTS[2]}:1433;databaseName=crm;user=crm_etl;password={p};encrypt=true'),
        ('mssql_url', lambda p: f'sqlserver://sa:{p}@{HOSTS[2]}:1433?database=crm'),
        ('directory', lambda p: f'ldap://cn=svc-etl,ou=services,dc=acme,dc=io:{p}@{HOSTS[7]}:389'),
        ('files', lambda p: f'ftp://partner:{p}@{HOSTS[8]}/outbound/'),
        ('mail', lambda p: f'smtp://alerts@acme.io:{p}@{HOSTS[9]}:587'),
        ('sftp', lambda p: f'sftp://deploy:{p}@files.acme.internal:22/releases'),
        ('clickhouse', lambda p: f'clickhouse://default:{p}@ch.acme.internal:9000/metrics'),
    ]
    for name, mk in items:
        p = P()
        f.sec(f'{name} = {mk(p)}', p, 'url-credentials', mk('PW').split(':')[0] + ' URI with password')
    f.neg('template = postgres://user:password@localhost:5432/dbname', 'password', 'url-credentials', 'placeholder')
    f.neg('example = mysql://<user>:<password>@<host>/<db>', '<password>', 'url-credentials', 'placeholder')
    f.neg('env_based = postgres://${PGUSER}:${PGPASSWORD}@${PGHOST}/app', '${PGPASSWORD}', 'url-credentials', 'template variable')
    f.neg('anonymous = ftp://anonymous@ftp.gnu.org/gnu/', 'ftp://anonymous@ftp.gnu.org/gnu/', 'url-credentials', 'no password in URI')


def sql_dump():
    f = C.file('backups/app_2025-11-30.sql', 2); r = f.r
    f.add('-- MySQL dump 10.13  Distrib 8.0.36', '-- Host: localhost    Database: app', '', 'DROP TABLE IF EXISTS `users`;',
          'CREATE TABLE `users` (`id` int NOT NULL, `email` varchar(255), `password_hash` varchar(255), PRIMARY KEY (`id`));')
    b64c = './' + DIG + UP + LOW
    for i, u in enumerate(['alice@acme.io', 'bob@acme.io', 'carol@acme.io']):
        h = '$2b$12$' + rstr(r, b64c, 53)
        f.sec(f"INSERT INTO `users` VALUES ({i + 1},'{u}','{h}');", h, 'htpasswd', 'bcrypt password hash in DB dump')
    f.add('', 'DROP TABLE IF EXISTS `integrations`;',
          'CREATE TABLE `integrations` (`id` int, `provider` varchar(32), `token` text, `created_at` datetime);')
    rows = [('github', M.gh_inst), ('slack', M.SLACK[0]), ('sendgrid', M.sendgrid), ('stripe', M.STRIPE[1]),
            ('shopify', lambda r: M.shopify(r, 'shpat_')), ('huggingface', M.hf_tok), ('openai', M.openai_svc)]
    for i, (svc, g) in enumerate(rows):
        v, k = g(r)
        f.sec(f"INSERT INTO `integrations` VALUES ({i + 1},'{svc}','{v}','2025-0{r.randrange(1, 9)}-1{r.randrange(0, 9)} 10:22:0{i}');", v, svc, k)
    f.add('', 'CREATE TABLE `api_requests` (`request_id` char(36), `token_id` char(36), `status` int);')
    for i in range(3):
        u1, u2 = uuid(r), uuid(r)
        f.neg(f"INSERT INTO `api_requests` VALUES ('{u1}','{u2}',200);", u2, 'generic', 'UUID request/token id, not a secret')
    f2 = C.file('backups/crm.pg.sql', 2); r = f2.r
    f2.add('COPY public.api_keys (id, service, api_key, owner) FROM stdin;')
    for i, (key, env, spec, kind, host) in enumerate([s for s in S if s[0] in ('mailchimp', 'postmark', 'twilio', 'intercom', 'hubspot', 'pipedrive', 'datadog')]):
        v = shape(r, spec)
        f2.sec(f'{i + 1}\t{key}\t{v}\tops@acme.io', v, key, kind)
    f2.add('\\.')


def ci_files():
    f = C.file('.github/workflows/release.yml', 2); r = f.r
    f.add('name: release', 'on:', '  push:', '    tags: ["v*"]', 'permissions:', '  contents: write', 'env:')
    v, k = M.npm_tok(r); f.sec(f'  NPM_TOKEN: {v}', v, 'npm', k)
    v, k = M.docker_pat(r); f.sec(f'  DOCKERHUB_TOKEN: "{v}"', v, 'dockerhub', k)
    f.neg('  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}', '${{ secrets.GITHUB_TOKEN }}', 'github', 'template variable')
    f.add('jobs:', '  publish:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4',
          '      - uses: aws-actions/configure-aws-credentials@v4', '        with:')
    v, k = M.aws_id(r); f.sec(f'          aws-access-key-id: {v}', v, 'aws', k, pair=True)
    s, k = M.aws_secret(r); f.sec(f'          aws-secret-access-key: {s}', s, 'aws', k)
    f.add('          aws-region: us-east-1', '      - run: npm publish', '      - name: notify')
    v, k = M.SLACK[3](r); f.sec(f'        run: curl -X POST -d "{{\\"text\\":\\"released\\"}}" {v}', v, 'slack', k)
    f.neg('      - uses: actions/setup-node@1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a  # v4.2.0', '1d0ff469b7ec7b3cb9d8673fde0c81c44821de2a', 'github', 'commit SHA pin')

    f = C.file('.gitlab-ci.yml', 2); r = f.r
    f.add('stages: [test, deploy]', 'variables:', '  DOCKER_DRIVER: overlay2')
    v, k = M.GITLAB[0](r); f.sec(f'  GITLAB_API_TOKEN: "{v}"', v, 'gitlab', k)
    v = shape(r, '=sqp_|hex40'); f.sec(f'  SONAR_TOKEN: {v}', v, 'sonarcloud', 'project analysis token (sqp_)')
    p = pw(r); f.sec(f'  DEPLOY_PASSWORD: "{p}"', p, 'password', 'hard-coded CI password')
    f.neg('  CI_REGISTRY_PASSWORD: $CI_JOB_TOKEN', '$CI_JOB_TOKEN', 'gitlab', 'template variable')
    f.add('deploy:', '  stage: deploy', '  script:')
    v, k = M.do_tok(r, 'dop_v1_'); f.sec(f'    - doctl auth init --access-token {v}', v, 'digitalocean', k)
    v, k = M.GITLAB[3](r); f.sec(f'    - curl -X POST -F token={v} -F ref=main https://gitlab.com/api/v4/projects/4821/trigger/pipeline', v, 'gitlab', k)

    f = C.file('Jenkinsfile', 2); r = f.r
    f.add('pipeline {', '  agent any', '  environment {')
    v, k = M.SLACK[0](r); f.sec(f"    SLACK_TOKEN = '{v}'", v, 'slack', k)
    v, k = M.az_devops(r); f.sec(f"    AZURE_DEVOPS_EXT_PAT = '{v}'", v, 'azuredevops', k)
    f.neg("    NEXUS_CREDS = credentials('nexus-deployer')", "credentials('nexus-deployer')", 'password', 'credential reference, no literal')
    f.add('  }', '  stages {', "    stage('deploy') {", '      steps {')
    p = password(r, 15).replace(':', '').replace('"', '')
    f.sec(f'        sh "curl -fsS -u deployer:{p} -T build/app.war https://nexus.acme.internal/repository/releases/"', p, 'password', 'curl -u in Jenkinsfile')
    p = pw(r).replace("'", '').replace('"', '')
    f.sec(f"        sh 'sshpass -p \"{p}\" scp build/app.war ops@10.0.8.21:/opt/app/'", p, 'password', 'sshpass -p')
    f.add('      }', '    }', '  }', '}')

    f = C.file('.circleci/config.yml', 2); r = f.r
    f.add('version: 2.1', 'jobs:', '  deploy:', '    docker:', '      - image: cimg/node:20.11', '        auth:', '          username: acmebuild')
    v, k = M.docker_pat(r); f.sec(f'          password: {v}', v, 'dockerhub', k)
    f.add('    environment:')
    v = uuid(r); f.sec(f'      HEROKU_API_KEY: {v}', v, 'heroku', 'API key (UUID)')
    v = uuid(r); f.sec(f'      CODECOV_TOKEN: {v}', v, 'codecov', 'upload token')
    v, k = M.hf_tok(r); f.sec(f'      HF_TOKEN: {v}', v, 'huggingface', k)
    f.add('    steps:', '      - checkout', '      - run: npm ci && npm run deploy')

    f = C.file('azure-pipelines.yml', 2); r = f.r
    f.add('trigger:', '  - main', 'pool:', '  vmImage: ubuntu-latest', 'variables:')
    v, k = M.az_devops_legacy(r); f.sec(f'  SYSTEM_ACCESSTOKEN_OVERRIDE: {v}', v, 'azuredevops', k)
    v, k = M.az_entra(r); f.sec(f'  AZURE_CLIENT_SECRET: "{v}"', v, 'azureentra', k)
    cid = uuid(r); f.sec(f'  AZURE_CLIENT_ID: {cid}', cid, 'azureentra', 'application (client) id', pair=True)
    f.add('  AZURE_TENANT_ID: ' + uuid(r))
    f.add('steps:', '  - script: az login --service-principal -u $(AZURE_CLIENT_ID) -p $(AZURE_CLIENT_SECRET) --tenant $(AZURE_TENANT_ID)')


def azure_files():
    f = C.file('dotnet/Billing.Api/appsettings.Production.json', 2); r = f.r
    f.add('{', '  "Logging": { "LogLevel": { "Default": "Warning" } },', '  "ConnectionStrings": {')
    k_, kind = M.az_storage(r)
    f.sec(f'    "Storage": "DefaultEndpointsProtocol=https;AccountName=acmebilling;AccountKey={k_};EndpointSuffix=core.windows.net",', k_, 'azurestorage', kind)
    p = pw(r).replace(';', '').replace('"', '')
    f.sec(f'    "Sql": "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password={p};Encrypt=True;"', p, 'password', 'SQL Server connection string Password=')
    sb = base64.b64encode(rb(r, 32)).decode()
    f.sec(f'    "ServiceBus": "Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={sb}"', sb, 'azure', 'Service Bus SharedAccessKey')
    f.add('  },', '  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/", "TenantId": "acme.onmicrosoft.com",')
    v, kind = M.az_entra(r); f.sec(f'    "ClientSecret": "{v}"', v, 'azureentra', kind)
    f.add('  },', '  "Blob": {')
    v, kind = M.az_sas(r); f.sec(f'    "SasUrl": "https://acmebilling.blob.core.windows.net/exports?{v}"', v.split('sig=')[1], 'azuresastoken', kind)
    f.neg('    "ContainerSas": "https://acmebilling.blob.core.windows.net/exports?sv=2022-11-02&sp=r&sig=<signature>"', '<signature>', 'azuresastoken', 'placeholder')
    f.add('  }', '}')
    f = C.file('infra/azure/storage.tfvars', 2); r = f.r
    f.add('resource_group = "rg-billing-prod"', 'location       = "westeurope"')
    k_, kind = M.az_storage(r); f.sec(f'storage_account_key = "{k_}"', k_, 'azurestorage', kind)
    v, kind = M.az_entra(r); f.sec(f'client_secret = "{v}"', v, 'azureentra', kind)
    f.neg('subscription_id = "8c2e4f6a-1b3d-4e5f-9a7b-0c2d4e6f8a1b"', '8c2e4f6a-1b3d-4e5f-9a7b-0c2d4e6f8a1b', 'azure', 'subscription id (identifier)')


def iac():
    f = C.file('ansible/group_vars/production/vars.yml', 2); r = f.r
    f.add('---', 'app_user: deploy', 'app_dir: /opt/storefront')
    p = pw(r); f.sec(f'ansible_become_password: "{p}"', p, 'password', 'ansible become password')
    p = pw(r); f.sec(f'mysql_root_password: {p}', p, 'password', 'mysql root password')
    v, k = M.gh_classic(r); f.sec(f'github_deploy_token: {v}', v, 'github', k)
    f.neg('vault_db_password: "{{ vault_db_password_encrypted }}"', '{{ vault_db_password_encrypted }}', 'password', 'template variable')
    f.add('smtp_password: !vault |', '  $ANSIBLE_VAULT;1.1;AES256')
    for _ in range(3):
        h = rstr(r, CH['hex'], 64); f.neg('  ' + h, h, 'password', 'ansible-vault encrypted blob')
    f = C.file('helm/storefront/values-prod.yaml', 2); r = f.r
    f.add('replicaCount: 3', 'image:', '  repository: acme/storefront', '  tag: 2.3.1', 'postgresql:', '  auth:', '    username: storefront')
    p = pw(r).replace('"', ''); f.sec(f'    password: "{p}"', p, 'password', 'helm postgresql password')
    f.add('redis:', '  auth:', '    enabled: true')
    p = pw(r); f.sec(f'    password: {p}', p, 'password', 'helm redis password')
    f.add('env:')
    v, k = M.STRIPE[0](r); f.sec(f'  STRIPE_SECRET_KEY: {v}', v, 'stripe', k)
    v, k = M.openai_proj(r); f.sec(f'  OPENAI_API_KEY: "{v}"', v, 'openai', k)
    f.neg('  SENTRY_AUTH_TOKEN: "{{ .Values.sentry.token }}"', '{{ .Values.sentry.token }}', 'sentrytoken', 'template variable')
    f.neg('  image_digest: sha256:' + 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'generic', 'sha256 image digest')
    f = C.file('infra/prod/terraform.tfvars', 2); r = f.r
    f.add('region = "us-east-1"', 'env    = "prod"')
    p = pw(r).replace('"', ''); f.sec(f'db_password = "{p}"', p, 'password', 'tfvars db password')
    v = shape(r, 'hex32'); f.sec(f'datadog_api_key = "{v}"', v, 'datadog', 'API key')
    v = shape(r, 'hex40'); f.sec(f'datadog_app_key = "{v}"', v, 'datadog', 'application key')
    v = shape(r, 'b64u40'); f.sec(f'cloudflare_api_token = "{v}"', v, 'cloudflare', 'API token')
    v, k = M.do_tok(r, 'dop_v1_'); f.sec(f'do_token = "{v}"', v, 'digitalocean', k)
    v = shape(r, 'an14|=.atlasv1.|an67'); f.sec(f'tfe_token = "{v}"', v, 'hashicorptf', 'Terraform Cloud API token (.atlasv1.)')
    f = C.file('infra/prod/providers.tf', 2); r = f.r
    f.add('provider "aws" {', '  region     = var.region')
    v, k = M.aws_id(r); f.sec(f'  access_key = "{v}"', v, 'aws', k, pair=True)
    s, k = M.aws_secret(r); f.sec(f'  secret_key = "{s}"', s, 'aws', k)
    f.add('}', '', 'provider "github" {', '  owner = "acme"')
    v, k = M.gh_fine(r); f.sec(f'  token = "{v}"', v, 'github', k)
    f.add('}', '', 'provider "google" {', '  project = "acme-prod-4471"')
    f.neg('  credentials = file("~/.config/gcloud/application_default_credentials.json")', 'application_default_credentials.json', 'gcp', 'file reference, no literal')
    f.add('}')
    f = C.file('docker-compose.prod.yml', 2); r = f.r
    f.add('services:', '  db:', '    image: postgres:16', '    environment:', '      POSTGRES_USER: app')
    p = pw(r); f.sec(f'      POSTGRES_PASSWORD: {p}', p, 'password', 'compose POSTGRES_PASSWORD')
    f.add('  mysql:', '    image: mysql:8', '    environment:')
    p = pw(r); f.sec(f'      - MYSQL_ROOT_PASSWORD={p}', p, 'password', 'compose MYSQL_ROOT_PASSWORD')
    f.add('  mq:', '    image: rabbitmq:3-management', '    environment:', '      RABBITMQ_DEFAULT_USER: app')
    p = pw(r); f.sec(f'      RABBITMQ_DEFAULT_PASS: "{p}"', p, 'password', 'compose RabbitMQ password')
    f.add('  api:', '    image: acme/api:2.3.1', '    environment:')
    v, k = M.tw_sid(r); f.sec(f'      TWILIO_ACCOUNT_SID: {v}', v, 'twilio', k, pair=True)
    v, k = M.tw_token(r); f.sec(f'      TWILIO_AUTH_TOKEN: {v}', v, 'twilio', k)
    f.neg('      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password', '/run/secrets/pg_password', 'password', 'file reference, no literal')
    f = C.file('deploy/k8s/api-secret.yaml', 2); r = f.r
    f.add('apiVersion: v1', 'kind: Secret', 'metadata:', '  name: api-secrets', '  namespace: prod', 'type: Opaque', 'stringData:')
    v, k = M.tw_key(r); f.sec(f'  TWILIO_API_KEY: {v}', v, 'twilio', k, pair=True)
    v = shape(r, 'an32'); f.sec(f'  TWILIO_API_SECRET: {v}', v, 'twilio', 'API key secret')
    v, k = M.shopify(r, 'shpat_'); f.sec(f'  SHOPIFY_ADMIN_TOKEN: {v}', v, 'shopify', k)
    v, k = M.shopify(r, 'shpss_'); f.sec(f'  SHOPIFY_API_SECRET: {v}', v, 'shopify', k)
    v, k = M.jwt_tok(r); f.sec(f'  SERVICE_JWT: {v}', v, 'jwt', k)
    p = pw(r); f.sec(f'  DATABASE_PASSWORD: "{p}"', p, 'password', 'k8s stringData password')


def code_passwords():
    specs = [
        ('py', 'services/reporting/db.py', ['import psycopg2', '', 'def connect():'],
         lambda p: f'    return psycopg2.connect(host="{HOSTS[0]}", dbname="reports", user="reporting", password="{p}")'),
        ('java', 'java/legacy/src/main/java/com/acme/legacy/Db.java', ['package com.acme.legacy;', '', 'import java.sql.*;', '', 'public class Db {', '  static Connection open() throws SQLException {'],
         lambda p: f'    return DriverManager.getConnection("jdbc:mysql://{HOSTS[3]}:3306/legacy", "legacy_app", "{p}");'),
        ('go', 'go/inventory/internal/store/store.go', ['package store', '', 'import "database/sql"', '', 'func Open() (*sql.DB, error) {'],
         lambda p: f'\treturn sql.Open("mysql", "inventory:{p}@tcp({HOSTS[3]}:3306)/inventory?parseTime=true")'),
        ('cs', 'dotnet/Billing.Api/Data/BillingContext.cs', ['namespace Billing.Api.Data;', '', 'public partial class BillingContext', '{', '    protected override void OnConfiguring(DbContextOptionsBuilder b) =>'],
         lambda p: f'        b.UseSqlServer("Server={HOSTS[2]};Database=billing;User Id=billing;Password={p};TrustServerCertificate=True");'),
        ('php', 'php/shop/src/Db.php', ['<?php', 'namespace Shop;', '', 'final class Db', '{', '    public static function pdo(): \\PDO', '    {'],
         lambda p: f"        return new \\PDO('mysql:host={HOSTS[3]};dbname=shop', 'shop', '{p}');"),
        ('rb', 'ruby/worker/lib/db.rb', ["require 'mysql2'", '', 'module Db', '  def self.client'],
         lambda p: f"    Mysql2::Client.new(host: '{HOSTS[3]}', username: 'worker', password: '{p}', database: 'jobs')"),
        ('js', 'node/api/src/db.js', ["const mysql = require('mysql2/promise');", ''],
         lambda p: f"const pool = mysql.createPool({{ host: '{HOSTS[3]}', user: 'api', password: '{p}', database: 'api' }});"),
        ('rs', 'rust/ingest/src/config.rs', ['pub struct Config { pub db_url: String, pub admin_password: String }', '', 'pub fn load() -> Config {', '    Config {', '        db_url: std::env::var("DATABASE_URL").unwrap_or_default(),'],
         lambda p: f'        admin_password: "{p}".to_string(),'),
        ('kt', 'android/app/src/main/java/com/acme/app/ApiConfig.kt', ['package com.acme.app', '', 'object ApiConfig {', '    const val BASE_URL = "https://api.acme.io/"'],
         lambda p: f'    const val BASIC_AUTH_PASSWORD = "{p}"'),
        ('ps1', 'scripts/windows/backup.ps1', ['$ErrorActionPreference = "Stop"'],
         lambda p: f'$securePass = ConvertTo-SecureString "{p}" -AsPlainText -Force'),
    ]
    for lang, path, head, mk in specs:
        f = C.file(path, 2); r = f.r
        f.add(head)
        p = password(r, r.randrange(12, 19)).replace('"', '').replace("'", '').replace(';', '').replace('@', '').replace('\\', '')
        f.sec(mk(p), p, 'password', f'hard-coded password ({lang})')
        if lang == 'py':
            f.add('', 'def connect_ro():')
            f.neg('    return psycopg2.connect(host="localhost", dbname="reports", user="ro", password=os.environ["RO_PASSWORD"])', 'os.environ["RO_PASSWORD"]', 'password', 'read from environment')
            v = shape(r, 'hex32'); f.add('', '# mailchimp audience sync')
            f.sec(f'MAILCHIMP_API_KEY = "{v}-us21"', f'{v}-us21', 'mailchimp', 'API key (-usNN)')
        if lang == 'js':
            v, k = M.gcp_key(r); f.sec(f"const MAPS_SERVER_KEY = '{v}';", v, 'gcp', k)
            f.neg("const password = process.env.DB_PASSWORD || 'changeme';", 'changeme', 'password', 'placeholder default')
        if lang == 'kt':
            v, k = M.gcp_key(r); f.sec(f'    const val GOOGLE_API_KEY = "{v}"', v, 'gcp', k)
        if lang == 'go':
            f.add('}', '', '// secretsmanager ARN, not a secret')
            f.neg('const dbSecretARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/inventory-db-AbCdEf"', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/inventory-db-AbCdEf', 'aws', 'ARN reference, not a secret')
        else:
            f.add({'py': '', 'java': '  }\n}', 'cs': '}', 'php': '    }\n}', 'rb': '  end\nend', 'js': 'module.exports = pool;', 'rs': '    }\n}', 'kt': '}', 'ps1': 'Invoke-Sqlcmd -ServerInstance "sql01" -Query "BACKUP DATABASE billing"'}[lang])


def gcp_sa():
    for path in ['infra/gcp/acme-prod-sa.json', 'services/exporter/credentials/bq-writer.json']:
        f = C.file(path, 2); r = f.r
        proj = r.choice(['acme-prod-4471', 'analytics-bq-2291'])
        esc = '\\n'.join(pkcs8_rsa(r)) + '\\n'
        f.add('{', '  "type": "service_account",', f'  "project_id": "{proj}",', f'  "private_key_id": "{rstr(r, CH["hex"], 40)}",')
        f.sec(f'  "private_key": "{esc}",', esc, 'gcp', 'service account JSON private_key')
        f.add(f'  "client_email": "writer@{proj}.iam.gserviceaccount.com",', f'  "client_id": "{r.randrange(10**20, 10**21)}",',
              '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",',
              '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
              f'  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/writer%40{proj}.iam.gserviceaccount.com",',
              '  "universe_domain": "googleapis.com"', '}')
    f = C.file('web/oauth/client_secret.json', 2); r = f.r
    v, k = M.gcp_oauth(r)
    cid = str(r.randrange(10**11, 10**12)) + '-' + rstr(r, LOW + DIG, 32) + '.apps.googleusercontent.com'
    f.sec('{"web":{"client_id":"' + cid + '",', cid, 'gcp', 'OAuth client id', pair=True)
    f.sec(f'"client_secret":"{v}",', v, 'gcp', k)
    f.add('"redirect_uris":["https://app.acme.io/oauth2/callback"]}}')


def logs_and_misc():
    f = C.file('logs/api-gateway.log', 2); r = f.r
    for i in range(14):
        ts = f'2025-11-2{i % 9}T1{i % 10}:0{i % 6}:{10 + i}Z'
        rid = uuid(r)
        if i % 3 == 0:
            v, k = M.jwt_tok(r)
            f.sec(f'{ts} INFO  req={rid} method=GET path=/v1/orders headers="Authorization: Bearer {v}" status=200', v, 'jwt', k)
        elif i % 3 == 1:
            f.neg(f'{ts} INFO  request_id={rid} token refresh ok status=200', rid, 'generic', 'UUID request id near the word token')
        else:
            f.add(f'{ts} WARN  req={rid} path=/healthz latency_ms={r.randrange(2, 900)}')
    v, k = M.gh_inst(r)
    f.sec(f'2025-11-29T03:14:07Z DEBUG git clone https://x-access-token:{v}@github.com/acme/storefront.git', v, 'github', k)
    f = C.file('docs/CHANGELOG.md', 2); r = f.r
    f.add('# Changelog', '')
    for i in range(4):
        sha = rstr(r, CH['hex'], 40)
        f.neg(f'- {sha[:7]}… rotate API key handling ({sha})', sha, 'generic', 'commit SHA near the word key')
    f = C.file('web/frontend/package-lock.json', 2); r = f.r
    f.add('{', '  "name": "frontend",', '  "lockfileVersion": 3,', '  "packages": {', '    "node_modules/jsonwebtoken": {', '      "version": "9.0.2",')
    integ = 'sha512-' + base64.b64encode(rb(r, 64)).decode()
    f.neg(f'      "integrity": "{integ}"', integ, 'generic', 'sha512 integrity hash')
    f.add('    }', '  }', '}')
    f = C.file('notebooks/embeddings.ipynb', 2); r = f.r
    v, k = M.openai_legacy(r); v2, k2 = M.hf_tok(r)
    f.add('{', ' "cells": [', '  {', '   "cell_type": "code",', '   "source": [', '    "import openai\\n",')
    f.sec(f'    "openai.api_key = \\"{v}\\"\\n",', v, 'openai', k)
    f.sec(f'    "login(token=\\"{v2}\\")\\n"', v2, 'huggingface', k2)
    f.add('   ]', '  }', ' ],', ' "nbformat": 4', '}')
    f = C.file('services/chatbot/.env.local', 2); r = f.r
    f.add('NEXT_PUBLIC_APP_URL=http://localhost:3000')
    v, k = M.anth_admin(r); f.sec(f'ANTHROPIC_ADMIN_KEY={v}', v, 'anthropic', k)
    v, k = M.anth_api(r); f.sec(f'ANTHROPIC_API_KEY="{v}"', v, 'anthropic', k)
    v, k = M.openai_admin(r); f.sec(f'OPENAI_ADMIN_KEY={v}', v, 'openai', k)
    v, k = M.pypi_tok(r); f.sec(f'TWINE_PASSWORD={v}', v, 'pypi', k)
    v, k = M.hf_org(r); f.sec(f'HUGGINGFACEHUB_API_TOKEN={v}', v, 'huggingface', k)
    v, k = M.SLACK[2](r); f.sec(f'SLACK_APP_TOKEN={v}', v, 'slack', k)
    v, k = M.SLACK[1](r); f.sec(f'SLACK_USER_TOKEN={v}', v, 'slack', k)
    f.neg('OPENAI_API_KEY=sk-your-key-here', 'sk-your-key-here', 'openai', 'placeholder')
    f = C.file('shopify/theme/config/.shopify.env', 2); r = f.r
    f.add('SHOPIFY_FLAG_STORE=acme-demo.myshopify.com')
    v, k = M.shopify(r, 'shpca_'); f.sec(f'SHOPIFY_CLI_THEME_TOKEN={v}', v, 'shopify', k)
    v, k = M.shopify(r, 'shppa_'); f.sec(f'SHOPIFY_PRIVATE_APP_PASSWORD={v}', v, 'shopify', k)
    f = C.file('mobile/ios/Config/Secrets.xcconfig', 2); r = f.r
    v, k = M.do_tok(r, 'doo_v1_'); f.sec(f'DO_OAUTH_TOKEN = {v}', v, 'digitalocean', k)
    v, k = M.do_tok(r, 'dor_v1_'); f.sec(f'DO_REFRESH_TOKEN = {v}', v, 'digitalocean', k)
    v, k = M.docker_oat(r); f.sec(f'DOCKER_ORG_TOKEN = {v}', v, 'dockerhub', k)
    v, k = M.jwt_tok(r); f.sec(f'API_SESSION_JWT = {v}', v, 'jwt', k)
    v, k = M.sendgrid(r); f.sec(f'SENDGRID_KEY = {v}', v, 'sendgrid', k)
    v, k = M.tw_sid(r); f.sec(f'TWILIO_SID = {v}', v, 'twilio', k, pair=True)
    v, k = M.tw_token(r); f.sec(f'TWILIO_AUTH_TOKEN = {v}', v, 'twilio', k)

# ---------------------------------------------------------------- app configs with long-tail keys (part 2)

APPS = ['storefront', 'billing', 'crm-sync', 'notifier', 'search', 'analytics', 'media', 'geo', 'payments', 'support-desk',
        'marketing', 'pricing', 'ml-gateway', 'reports', 'inventory', 'partner-api', 'scheduler', 'ingest', 'status', 'admin',
        'mobile-bff', 'ledger', 'growth', 'audit', 'edge']


def app_configs():
    R = random.Random(SEED + 'app-configs')
    svcs = [s for s in S if s[3]]
    R.shuffle(svcs)
    styles = ['dotenv', 'yaml', 'compose', 'k8s', 'gha', 'ansible', 'phpcfg', 'pysettings', 'json', 'toml']
    for i, app in enumerate(APPS):
        st = styles[i % len(styles)]
        grp = svcs[i * 8:(i + 1) * 8]
        path = {'dotenv': f'apps/{app}/.env.production', 'yaml': f'apps/{app}/config/secrets.yaml', 'compose': f'apps/{app}/docker-compose.override.yml',
                'k8s': f'apps/{app}/k8s/secret.yaml', 'gha': f'apps/{app}/.github/workflows/deploy.yml', 'ansible': f'ansible/host_vars/{app}-01.yml',
                'phpcfg': f'apps/{app}/config/services.php', 'pysettings': f'apps/{app}/{app.replace("-", "_")}/config.py',
                'json': f'apps/{app}/config/production.json', 'toml': f'apps/{app}/config/production.toml'}[st]
        f = C.file(path, 2); r = f.r
        p = pw(r).replace('@', '').replace(':', '').replace('/', '').replace('?', '').replace('#', '').replace('%', '').replace('"', '').replace("'", '')
        dburl = f'postgres://{app.replace("-", "_")}:{p}@{r.choice(HOSTS[:2])}:5432/{app.replace("-", "_")}'
        def line(env, v):
            return {'dotenv': f'{env}={v}', 'yaml': f'  {env.lower()}: "{v}"', 'compose': f'      {env}: {v}', 'k8s': f'  {env}: "{v}"',
                    'gha': f'  {env}: {v}', 'ansible': f'{env.lower()}: "{v}"', 'phpcfg': f"    '{env.lower()}' => '{v}',",
                    'pysettings': f'{env} = "{v}"', 'json': f'  "{env}": "{v}",', 'toml': f'{env.lower()} = "{v}"'}[st]
        head = {'dotenv': ['# production environment for ' + app, 'NODE_ENV=production', 'PORT=3000'],
                'yaml': [f'# {app} secrets (do not commit)', 'secrets:'],
                'compose': ['services:', f'  {app}:', f'    image: acme/{app}:3.2.0', '    environment:'],
                'k8s': ['apiVersion: v1', 'kind: Secret', 'metadata:', f'  name: {app}-env', 'type: Opaque', 'stringData:'],
                'gha': [f'name: deploy {app}', 'on:', '  workflow_dispatch: {}', 'env:'],
                'ansible': ['---', f'app_name: {app}', 'app_port: 8080'],
                'phpcfg': ['<?php', '', 'return ['],
                'pysettings': ['import os', '', 'DEBUG = False'],
                'json': ['{', f'  "service": "{app}",'],
                'toml': [f'name = "{app}"', '', '[secrets]']}[st]
        f.add(head)
        env_db = 'DATABASE_URL'
        f.sec(line(env_db, dburl), p, 'url-credentials', 'postgres URI with password')
        for key, env, spec, kind, host in grp:
            if r.random() < 0.3 and st in ('dotenv', 'yaml', 'ansible', 'pysettings', 'toml', 'gha', 'k8s', 'compose'):
                f.add({'dotenv': '# ', 'pysettings': '# ', 'toml': '# '}.get(st, '  # ' if st != 'compose' else '      # ') + cls(key))
            v = shape(r, spec)
            f.sec(line(env, v), v, key, kind)
        key, env, spec, kind, host = grp[0]
        ph = r.choice(['${' + env + '}', '<set-me>', 'REPLACE_ME', "{{ lookup('hashi_vault', '" + key + "') }}"])
        f.neg(line(env + '_FALLBACK', ph), ph, key, 'placeholder' if ph[0] not in '${' else 'template variable')
        tail = {'gha': ['jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', f'      - run: ./deploy.sh {app}'],
                'phpcfg': ['];'], 'json': ['  "region": "eu-west-1"', '}'], 'compose': ['    ports:', '      - "8080:8080"']}.get(st, [])
        f.add(tail)


# ---------------------------------------------------------------- too-far negatives

def too_far():
    svcs = [s for s in S if s[2] in ('hex32', 'hex40', 'hex64', 'an32', 'uuid', 'an40')]
    TR.shuffle(svcs)
    for d in range(6):
        f = C.file(f'docs/runbooks/vendor-rotation-{d + 1}.md', 2); r = f.r
        f.add(f'# Vendor credential rotation, batch {d + 1}', '')
        for key, env, spec, kind, host in svcs[d * 6:(d + 1) * 6]:
            f.add(f'## {cls(key)}', '', f'Owner: platform team. Rotate quarterly through the vendor console.',
                  'Open a change ticket first and notify the on-call channel.', 'Record the old fingerprint below for the audit trail.',
                  'The audit table is exported from the CMDB and has no vendor column.', '')
            v = shape(r, spec)
            f.neg(f'| 2025-0{r.randrange(1, 10)}-1{r.randrange(0, 10)} | {v} | retired |', v, key, 'keyword too far (> 3 lines from the service name)')
            f.add('')


def write():
    out = os.path.join(G, 'files')
    if os.path.exists(out):
        shutil.rmtree(out)
    for path, f in C.files.items():
        p = os.path.join(out, path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'w', newline='\n') as fh:
            fh.write(f.text())
    labs = sorted(C.labels, key=lambda d: (d['file'], d['line']))
    q = lambda s: json.dumps(s, ensure_ascii=False)
    o = ['# Blind corpus g: detector-test-style snippets, config leaks and near misses. Generated by gen/build.py; see NOTES.md.', '']
    for d in labs:
        o.append(f'[[{d["type"]}]]')
        o.append(f'file = {q(d["file"])}')
        o.append(f'line = {d["line"]}')
        o.append(f'service = {q(d["service"])}')
        if d['type'] == 'secret':
            o.append(f'kind = {q(d["kind"])}')
        else:
            o.append(f'why = {q(d["why"])}')
        o.append(f'value = {q(d["value"])}')
        if d.get('pair'):
            o.append('pair = true')
        o.append('')
    with open(os.path.join(G, 'labels.toml'), 'w') as fh:
        fh.write('\n'.join(o))
    with open(os.path.join(G, 'gen', 'parts.json'), 'w') as fh:
        json.dump({'files/' + k: v for k, v in sorted(C.parts.items())}, fh, indent=0)


if __name__ == '__main__':
    part1(); majors_tests(); majors_extra()
    netrc(); pgpass(); npmrc(); pypirc(); dockercfg(); s3cfg(); git_credentials(); shell_history(); aws_credentials()
    ssh_keys(); htpasswd_shadow(); django_rails_laravel_wp(); spring(); uris(); sql_dump(); ci_files(); azure_files(); iac()
    code_passwords(); gcp_sa(); logs_and_misc(); app_configs(); too_far()
    write()
    print(len(C.files), 'files', sum(1 for d in C.labels if d['type'] == 'secret'), 'secrets', sum(1 for d in C.labels if d['type'] == 'negative'), 'negatives')
