"""Shared helpers for corpus g: seeded shapes, checksummed tokens, keys, file builder."""
import base64, json, random, string, zlib, hashlib

SEED = "tokenscope-blind-g-2026-12-06|"
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = DIG + UP + LOW
B62 = DIG + UP + LOW
CH = {
    'hex': DIG + 'abcdef', 'HEX': DIG + 'ABCDEF', 'an': ALNUM, 'lan': LOW + DIG, 'uan': UP + DIG,
    'b64': ALNUM + '+/', 'b64u': ALNUM + '-_', 'dig': DIG, 'b32': UP + '234567', 'b32l': LOW + '234567',
    'alpha': UP + LOW, 'lalpha': LOW, 'ualpha': UP, 'bech': 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
}
ORDER = sorted(CH, key=len, reverse=True)


def rstr(r, alphabet, n):
    while True:
        s = ''.join(r.choice(alphabet) for _ in range(n))
        # avoid accidental placeholder-looking runs
        if n < 8 or not any(c * 4 in s for c in set(s)):
            if alphabet in (CH['b64u'], CH['b64']) and n > 2 and (s[0] in '-_+/' or s[-1] in '-_+/'):
                continue
            return s


def uuid(r):
    h = rstr(r, CH['hex'], 32)
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def shape(r, spec):
    """spec: parts joined by '|'; '=lit' literal, 'uuid', 'UUID', or <class><n>."""
    out = []
    for part in spec.split('|'):
        if part.startswith('='):
            out.append(part[1:])
        elif part == 'uuid':
            out.append(uuid(r))
        elif part == 'jwt':
            out.append(jwt(r))
        elif part == 'UUID':
            out.append(uuid(r).upper())
        else:
            for k in ORDER:
                if part.startswith(k) and part[len(k):].isdigit():
                    out.append(rstr(r, CH[k], int(part[len(k):])))
                    break
            else:
                raise ValueError(part)
    return ''.join(out)


def b62(n, width=6):
    s = ''
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s.rjust(width, '0')


def crc_token(r, prefix, n=30):
    body = rstr(r, ALNUM, n)
    return prefix + body + b62(zlib.crc32(body.encode()))


def bad_crc_token(r, prefix, n=30):
    body = rstr(r, ALNUM, n)
    good = b62(zlib.crc32(body.encode()))
    while True:
        bad = rstr(r, ALNUM, 6)
        if bad != good:
            return prefix + body + bad


def crc_ok(tok, prefix):
    body, cs = tok[len(prefix):-6], tok[-6:]
    return b62(zlib.crc32(body.encode())) == cs


def github_pat(r):
    a = rstr(r, ALNUM, 22)
    b = rstr(r, ALNUM + '_', 53).strip('_')
    b = (b + rstr(r, ALNUM, 53))[:53]
    body = a + '_' + b
    return 'github_pat_' + body + b62(zlib.crc32(body.encode()))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def jwt(r, payload=None, alg='HS256'):
    now = 1700000000 + r.randrange(0, 60000000)
    p = {'sub': str(r.randrange(10**5, 10**7)), 'iat': now, 'exp': now + r.choice([3600, 86400, 2592000])}
    if payload:
        p.update(payload)
    h = {'alg': alg, 'typ': 'JWT'}
    siglen = 32 if alg.startswith('HS') else 256
    return b64u(json.dumps(h, separators=(',', ':')).encode()) + '.' + b64u(json.dumps(p, separators=(',', ':')).encode()) + '.' + b64u(r.randbytes(siglen))


def rb(r, n):
    return r.randbytes(n)


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return [f'-----BEGIN {label}-----'] + lines + [f'-----END {label}-----']


def rsa_pkcs1(r):
    der = bytes.fromhex('308204a40201000282010100') + b'\x00' + bytes([0xc0 | r.randrange(64)]) + rb(r, 255) \
        + bytes.fromhex('0203010001028201') + rb(r, 0x100 + 1) + rb(r, 0x4a8 - 0x21e)
    return pem_wrap('RSA PRIVATE KEY', der[:1192])


def pkcs8_rsa(r):
    der = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100') \
        + b'\x00' + bytes([0xc0 | r.randrange(64)]) + rb(r, 255) + bytes.fromhex('020301000102820100') + rb(r, 0x4c2 - 0x12a)
    return pem_wrap('PRIVATE KEY', der[:1218])


def ec_key(r):
    der = bytes.fromhex('307702010104') + b'\x20' + rb(r, 32) + bytes.fromhex('a00a06082a8648ce3d030107a144034200') + b'\x04' + rb(r, 64)
    return pem_wrap('EC PRIVATE KEY', der)


def _sshstr(b):
    return len(b).to_bytes(4, 'big') + b


def openssh_ed25519(r, comment='deploy@build-01'):
    seed, pub = rb(r, 32), rb(r, 32)
    pubblob = _sshstr(b'ssh-ed25519') + _sshstr(pub)
    chk = rb(r, 4)
    priv = chk + chk + _sshstr(b'ssh-ed25519') + _sshstr(pub) + _sshstr(seed + pub) + _sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad]); pad += 1
    blob = b'openssh-key-v1\x00' + _sshstr(b'none') + _sshstr(b'none') + _sshstr(b'') + (1).to_bytes(4, 'big') + _sshstr(pubblob) + _sshstr(priv)
    b = base64.b64encode(blob).decode()
    return ['-----BEGIN OPENSSH PRIVATE KEY-----'] + [b[i:i + 70] for i in range(0, len(b), 70)] + ['-----END OPENSSH PRIVATE KEY-----'], \
        'ssh-ed25519 ' + base64.b64encode(pubblob).decode() + ' ' + comment


def ssh_pub_rsa(r, comment):
    blob = _sshstr(b'ssh-rsa') + _sshstr(b'\x01\x00\x01') + _sshstr(b'\x00' + bytes([0xc0 | r.randrange(64)]) + rb(r, 255))
    return 'ssh-rsa ' + base64.b64encode(blob).decode() + ' ' + comment


def putty_ed25519(r, comment):
    pub = _sshstr(b'ssh-ed25519') + _sshstr(rb(r, 32))
    pb = base64.b64encode(pub).decode()
    priv = base64.b64encode(_sshstr(rb(r, 32))).decode()
    return ['PuTTY-User-Key-File-3: ssh-ed25519', 'Encryption: none', f'Comment: {comment}', 'Public-Lines: 2',
            pb[:64], pb[64:], 'Private-Lines: 1', priv, 'Private-MAC: ' + rstr(r, CH['hex'], 64)]


def cert_pem(r):
    der = bytes.fromhex('308203') + rb(r, 1) + bytes.fromhex('308202') + rb(r, 1) + bytes.fromhex('a00302010202') + rb(r, 700)
    return pem_wrap('CERTIFICATE', der)


def pubkey_pem(r):
    der = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') + b'\x00' + rb(r, 256) + bytes.fromhex('0203010001')
    return pem_wrap('PUBLIC KEY', der)


def password(r, n=None):
    n = n or r.randrange(12, 21)
    sym = '!#%&*+-=?@^_'
    while True:
        s = rstr(r, ALNUM + sym + ALNUM, n)
        if any(c in DIG for c in s) and any(c in UP for c in s) and any(c in LOW for c in s):
            return s


def human_password(r):
    words = ['harbor', 'violet', 'copper', 'lantern', 'maple', 'falcon', 'orbit', 'quartz', 'saffron', 'tundra',
             'juniper', 'meadow', 'cobalt', 'ember', 'glacier', 'pepper', 'raven', 'summit', 'willow', 'zephyr']
    return r.choice(words).capitalize() + r.choice('!@#$%&*') + str(r.randrange(10, 9999)) + r.choice(words)


class Corpus:
    def __init__(self):
        self.files = {}
        self.labels = []
        self.parts = {}

    def file(self, path, part):
        f = F(self, path, part)
        self.files[path] = f
        self.parts[path] = part
        return f


class F:
    def __init__(self, corpus, path, part):
        self.c, self.path, self.part = corpus, path, part
        self.r = random.Random(SEED + path)
        self.lines = []

    @property
    def n(self):
        return len(self.lines)

    def add(self, *chunks):
        for ch in chunks:
            if isinstance(ch, (list, tuple)):
                self.lines.extend(ch)
            else:
                self.lines.extend(ch.split('\n'))
        return self.n

    def _label(self, kind_, line, value, service, **kw):
        assert '\n' not in line, line
        self.lines.append(line)
        assert value in line, (self.path, line, value)
        d = dict(type=kind_, file='files/' + self.path, line=self.n, service=service, value=value)
        d.update(kw)
        self.c.labels.append(d)
        return self.n

    def sec(self, line, value, service, kind, pair=False):
        kw = {'kind': kind}
        if pair:
            kw['pair'] = True
        return self._label('secret', line, value, service, **kw)

    def neg(self, line, value, service, why):
        return self._label('negative', line, value, service, why=why)

    def mark(self, lineno, value, service, kind, typ='secret', why=None):
        """label an already-added line (1-based)."""
        line = self.lines[lineno - 1]
        assert value in line, (self.path, lineno, line, value)
        d = dict(type=typ, file='files/' + self.path, line=lineno, service=service, value=value)
        if typ == 'secret':
            d['kind'] = kind
        else:
            d['why'] = why
        self.c.labels.append(d)

    def text(self):
        return '\n'.join(self.lines) + '\n'
