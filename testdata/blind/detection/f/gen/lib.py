"""Shared helpers for blind corpus f: seeded RNG, token shapes, file builder."""
import base64, json, random, string, zlib, hashlib

SEED = "tokenscope-blind-f-2026-longtail|"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


def rng(path):
    return random.Random(SEED + path)


def pick(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n, upper=False):
    s = pick(r, HEX, n)
    return s.upper() if upper else s


def uuid(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])
    return u.upper() if upper else u


def b64(r, nbytes, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


def b62_encode(n, width=6):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(r, prefix, bad=False):
    body = pick(r, ALNUM, 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    if bad:
        c = (c + 1 + r.randrange(1000)) & 0xFFFFFFFF
    return prefix + body + b62_encode(c)


def crc_ok(tok, prefix):
    body, chk = tok[len(prefix):len(prefix) + 30], tok[len(prefix) + 30:]
    return len(chk) == 6 and b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF) == chk


def b64u(d):
    return base64.urlsafe_b64encode(d).decode().rstrip("=")


def jwt(r, payload, alg="HS256", header=None, siglen=None):
    h = header or {"alg": alg, "typ": "JWT"}
    if siglen is None:
        siglen = 256 if alg.startswith("RS") else 32
    sig = bytes(r.getrandbits(8) for _ in range(siglen))
    return b64u(json.dumps(h, separators=(",", ":")).encode()) + "." + \
        b64u(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64u(sig)


def ts(r, lo=1700000000, hi=1760000000):
    return r.randrange(lo, hi)


class F:
    """A file under construction: lines plus labels (at most one per line)."""

    def __init__(self, path, crlf=False):
        self.path = path
        self.r = rng(path)
        self.lines = []
        self.labels = []
        self.crlf = crlf

    def add(self, *lines):
        for block in lines:
            for ln in block.split("\n"):
                self.lines.append(ln)
        return self

    def _lab(self, text, d):
        idx = len(self.lines)
        self.lines.append(text)
        v = d["value"]
        assert v in text, (self.path, v, text)
        d["line"] = idx + 1
        self.labels.append(d)

    def s(self, text, value, service, kind, pair=False):
        d = dict(type="secret", service=service, kind=kind, value=value)
        if pair:
            d["pair"] = True
        self._lab(text, d)

    def n(self, text, value, service, why, category):
        self._lab(text, dict(type="negative", service=service, why=why, category=category, value=value))

    def text(self):
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl
