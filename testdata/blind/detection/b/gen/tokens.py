"""Random token generators. Every value is freshly generated fake data (seeded, reproducible)."""
import base64
import json
import random
import string
import uuid as _uuid
import zlib

rng = random.Random(20260914)

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase  # 0-9A-Za-z (GitHub/npm checksum order)
LALNUM = string.ascii_lowercase + string.digits
UALNUM = string.ascii_uppercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
B32 = string.ascii_uppercase + "234567"
B32L = string.ascii_lowercase + "234567"


def pick(alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(n):
    return pick(HEX, n)


def hexu(n):
    return pick(HEXU, n)


def alnum(n):
    # make sure it contains a digit and both cases, like real random keys
    while True:
        s = pick(ALNUM, n)
        if n < 8 or (any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s)):
            return s


def lalnum(n):
    while True:
        s = pick(LALNUM, n)
        if n < 8 or (any(c.isdigit() for c in s) and any(c.isalpha() for c in s)):
            return s


def ualnum(n):
    while True:
        s = pick(UALNUM, n)
        if n < 8 or (any(c.isdigit() for c in s) and any(c.isalpha() for c in s)):
            return s


def b64url(n):
    return pick(B64URL, n)


def digits(n):
    return str(rng.randint(1, 9)) + pick(DIG, n - 1)


def uuid4():
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64bytes(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def crc32_b62(body):
    """base62 (0-9A-Za-z) of CRC32-IEEE, zero padded to 6 (GitHub / npm token checksum)."""
    n = zlib.crc32(body.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(6, "0")


def npm_token(broken=False):
    body = pick(B62, 30)
    cs = crc32_b62(body)
    if broken:
        # change the last checksum char to a different one
        last = cs[-1]
        cs = cs[:-1] + ("0" if last != "0" else "1")
    return "npm_" + body + cs


def jwt(payload, alg="HS256", sig_bytes=32, kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    s = b64u_nopad(rbytes(sig_bytes))
    return f"{h}.{p}.{s}"


def iat():
    return rng.randint(1690000000, 1760000000)


def slug_user():
    return rng.choice(["deploy", "ci-bot", "svc-billing", "jsmith", "mlopez", "akhan", "build", "ops", "app", "reporting"])
