#!/usr/bin/env python3
"""Check labels.toml against files/ and print counts."""
import json, os, re, sys, tomllib, zlib
from collections import Counter
G = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(G, 'gen'))
from lib import crc_ok

PSEUDO = {'password', 'url-credentials', 'private-key', 'putty-ppk', 'docker-config', 's3cfg', 'npmrc', 'pypirc',
          'django-secret-key', 'rails-secret', 'wordpress', 'htpasswd', 'shadow-hash', 'netrc', 'pgpass', 'jwt'}
KEYS = set()
for l in open('/work/shared/reference/services.tsv'):
    if not l.startswith('#') and not l.startswith('key\t'):
        KEYS.add(l.split('\t')[0])

data = tomllib.load(open(os.path.join(G, 'labels.toml'), 'rb'))
sec, neg = data.get('secret', []), data.get('negative', [])
errors = []
seen = set()
cache = {}
for kind, items in (('secret', sec), ('negative', neg)):
    for d in items:
        f = d['file']
        if f not in cache:
            p = os.path.join(G, f)
            if not os.path.exists(p):
                errors.append(f'missing file {f}'); cache[f] = []; continue
            cache[f] = open(p, encoding='utf-8').read().split('\n')
        lines = cache[f]
        ln = d['line']
        if not (1 <= ln <= len(lines)) or d['value'] not in lines[ln - 1]:
            errors.append(f'{kind} value not on line: {f}:{ln}: {d["value"][:60]}')
        if (f, ln) in seen:
            errors.append(f'two labels on {f}:{ln}')
        seen.add((f, ln))
        s = d['service']
        if s not in KEYS and s not in PSEUDO:
            errors.append(f'unknown service {s} at {f}:{ln}')
        if kind == 'secret':
            for k in ('kind', 'value'):
                if not d.get(k):
                    errors.append(f'secret without {k} at {f}:{ln}')
            v = d['value']
            m = re.fullmatch(r'(gh[pousr]_|npm_)[0-9A-Za-z]+', v)
            if m and not crc_ok(v, m.group(1)):
                errors.append(f'bad CRC on positive {f}:{ln}')
            if v.startswith('github_pat_') and not crc_ok(v, 'github_pat_'):
                errors.append(f'bad CRC on positive {f}:{ln}')
            if 'pair' in d and d['pair'] is not True:
                errors.append(f'pair must be true at {f}:{ln}')
        else:
            if not d.get('why'):
                errors.append(f'negative without why at {f}:{ln}')
            v = d['value']
            if 'CRC' in d['why']:
                m = re.fullmatch(r'(gh[pousr]_|npm_)[0-9A-Za-z]{36}', v)
                if not m or crc_ok(v, m.group(1)):
                    errors.append(f'bad-CRC negative is not a well-formed bad-CRC token at {f}:{ln}')

parts = json.load(open(os.path.join(G, 'gen', 'parts.json')))
allfiles = []
for root, _, fs in os.walk(os.path.join(G, 'files')):
    for x in fs:
        allfiles.append(os.path.relpath(os.path.join(root, x), G))
for x in allfiles:
    if x not in parts:
        errors.append(f'file not in parts.json: {x}')

p1 = sum(1 for d in sec if parts.get(d['file']) == 1)
p2 = sum(1 for d in sec if parts.get(d['file']) == 2)
tot = len(sec) + len(neg)
services = Counter(d['service'] for d in sec)
real = [s for s in services if s not in PSEUDO]
exts = Counter(os.path.splitext(x)[1] or os.path.basename(x) for x in allfiles)
print(f'files: {len(allfiles)} (part1 {sum(1 for v in parts.values() if v == 1)}, part2 {sum(1 for v in parts.values() if v == 2)})')
print(f'secrets: {len(sec)} (pair=true: {sum(1 for d in sec if d.get("pair"))})  negatives: {len(neg)}')
print(f'share of labels: part1 detector-style positives {p1} ({100 * p1 / tot:.0f}%), part2 config-leak positives {p2} ({100 * p2 / tot:.0f}%), negatives {len(neg)} ({100 * len(neg) / tot:.0f}%)')
print(f'services with positives: {len(services)} ({len(real)} from services.tsv, {len(services) - len(real)} pseudo)')
print('negatives by why:', dict(Counter(re.sub(r' \(.*', '', d['why']) for d in neg).most_common()))
print('top services:', dict(services.most_common(25)))
print('file kinds:', dict(exts.most_common()))
if errors:
    print(f'{len(errors)} ERRORS'); [print('  ' + e) for e in errors[:50]]; sys.exit(1)
print('OK')
