"""Shared helpers for the blind corpus `c`: a seeded RNG, token shapes, files with labels."""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import struct
import uuid as _uuid
import zlib

SEED = 20261202
R = random.Random(SEED)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B62 = DIG + UP + LO
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
UPALNUM = UP + DIG
LOALNUM = LO + DIG


def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rs(n, HEX)


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def b62enc(n):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out or "0"


def gh_checksum(body):
    return b62enc(zlib.crc32(body.encode())).rjust(6, "0")


def gh_token(prefix, bad_crc=False):
    """GitHub ghp_/gho_/ghu_/ghs_/ghr_ and npm_: 30 random base62 + 6-char base62 CRC32."""
    body = rs(30)
    cs = gh_checksum(body)
    if bad_crc:
        i = R.randrange(6)
        c = R.choice([x for x in B62 if x != cs[i]])
        cs = cs[:i] + c + cs[i + 1:]
    return prefix + body + cs


def gh_fine():
    return "github_pat_" + rs(22) + "_" + rs(59)


WORDS = ("harbor maple falcon copper orbit lantern meadow cobalt summit willow garnet tundra "
         "juniper quartz saffron ember glacier raven cedar hollow marble nimbus pepper violet "
         "thunder canyon atlas beacon crimson delta fjord granite indigo jasper kestrel lumen "
         "mosaic nectar onyx pebble quill rustic sierra topaz umber vortex walnut yonder zephyr").split()

SYM = "!#%*-_.+?"


def pw(style=None, safe=False):
    """A realistic password. safe=True avoids characters that would need quoting in URLs/shell."""
    style = style if style is not None else R.randrange(6)
    sym = "-_." if safe else SYM
    if style == 0:
        p = R.choice(WORDS).capitalize() + R.choice(sym) + str(R.randrange(1000, 9999)) + rs(2, LO)
    elif style == 1:
        p = rs(R.randrange(14, 22), ALNUM + (sym if not safe else "-_"))
    elif style == 2:
        p = R.choice(WORDS).capitalize() + R.choice(WORDS) + str(R.randrange(10, 99)) + R.choice(sym)
    elif style == 3:
        p = rs(24, ALNUM)
    elif style == 4:
        p = R.choice(["Summer", "Winter", "Spring", "Autumn"]) + str(R.randrange(2019, 2027)) + R.choice(sym) + rs(3, ALNUM)
    else:
        p = rs(4, UP) + rs(4, DIG) + R.choice(sym) + rs(6, LO) + rs(2, DIG)
    return p


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.urlsafe_b64encode(s).decode().rstrip("=")


def jwt(payload, key=None, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}
    h = b64url(json.dumps(header, separators=(",", ":")))
    p = b64url(json.dumps(payload, separators=(",", ":")))
    key = key or rs(32).encode()
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def aws_key_id(prefix="AKIA"):
    return prefix + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret():
    return rs(40, ALNUM + "+/")


def bcrypt_hash(cost=12, ver="2b"):
    a = "./" + UP + LO + DIG
    return "$%s$%02d$%s%s" % (ver, cost, rs(22, a), rs(31, a))


def argon2_hash():
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(bytes(R.getrandbits(8) for _ in range(16))).rstrip("="),
                                                     b64(bytes(R.getrandbits(8) for _ in range(32))).rstrip("="))


def sha512crypt(password):
    import crypt  # deprecated in 3.11 but present; salt is seeded so output is reproducible
    salt = rs(16, "./" + ALNUM)
    return crypt.crypt(password, "$6$" + salt + "$")


def sha256crypt(password):
    import crypt
    salt = rs(16, "./" + ALNUM)
    return crypt.crypt(password, "$5$" + salt + "$")


def md5crypt_apr1():
    a = "./" + ALNUM
    return "$apr1$%s$%s" % (rs(8, a), rs(22, a))


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


# --- bech32 (for age secret keys) ---
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# --------------------------------------------------------------------------------------
LABELS = []
FILES = []
GROUP_OF = {}     # (file, line) -> group name
CHECKED = set()   # services whose format was checked against a provider page (see NOTES.md)


class F:
    """One corpus file, built line by line; sec()/neg() add a labelled line."""

    def __init__(self, path, group=None, crlf=False):
        self.path = "files/" + path
        self.lines = []
        self.group = group
        self.crlf = crlf
        FILES.append(self)

    def __call__(self, text=""):
        for ln in text.split("\n"):
            self.lines.append(ln)
        return self

    def blank(self):
        self.lines.append("")
        return self

    def _label(self, t, text, value, group, **kw):
        assert "\n" not in text, text
        assert value and value in text, (self.path, value, text)
        self.lines.append(text)
        ln = len(self.lines)
        d = {"t": t, "file": self.path, "line": ln, "value": value}
        d.update(kw)
        LABELS.append(d)
        GROUP_OF[(self.path, ln)] = group or self.group or ("negative" if t == "negative" else "config")
        return self

    def sec(self, text, value, service, kind, pair=False, group=None):
        kw = {"service": service, "kind": kind}
        if pair:
            kw["pair"] = True
        return self._label("secret", text, value, group, **kw)

    def neg(self, text, value, service, why):
        return self._label("negative", text, value, "negative", service=service, why=why)

    def pem(self, pem_text, service, kind, indent="", suffix_last="", group=None):
        lines = pem_text.strip("\n").split("\n")
        self.sec(indent + lines[0], lines[0], service, kind, group=group)
        for i, l in enumerate(lines[1:]):
            self.lines.append(indent + l + (suffix_last if i == len(lines) - 2 else ""))
        return self

    def write(self):
        full = os.path.join(ROOT, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        eol = "\r\n" if self.crlf else "\n"
        with open(full, "w", newline="") as fh:
            fh.write(eol.join(self.lines) + eol)


def toml_str(v):
    return json.dumps(v, ensure_ascii=False)


def write_labels():
    seen = set()
    out = ["# Labels for blind corpus c. Generated by gen/build.py; do not edit by hand.",
           "# One label per line at most. Groups (config/providers/longtail/negative) are in gen/groups.json.", ""]
    for d in sorted(LABELS, key=lambda d: (d["file"], d["line"])):
        key = (d["file"], d["line"])
        assert key not in seen, ("two labels on one line", key)
        seen.add(key)
        if d["t"] == "secret":
            out.append("[[secret]]")
            out.append("file = %s" % toml_str(d["file"]))
            out.append("line = %d" % d["line"])
            out.append("service = %s" % toml_str(d["service"]))
            out.append("kind = %s" % toml_str(d["kind"]))
            out.append("value = %s" % toml_str(d["value"]))
            if d.get("pair"):
                out.append("pair = true")
        else:
            out.append("[[negative]]")
            out.append("file = %s" % toml_str(d["file"]))
            out.append("line = %d" % d["line"])
            out.append("service = %s" % toml_str(d["service"]))
            out.append("why = %s" % toml_str(d["why"]))
            out.append("value = %s" % toml_str(d["value"]))
        out.append("")
    with open(os.path.join(ROOT, "labels.toml"), "w") as fh:
        fh.write("\n".join(out))
    groups = {"%s:%d" % k: v for k, v in GROUP_OF.items()}
    with open(os.path.join(ROOT, "gen", "groups.json"), "w") as fh:
        json.dump(groups, fh, indent=0, sort_keys=True)
