"""Deterministic key material and password hashes (seeded RNG only, never the OS RNG)."""
import base64, hashlib, hmac, struct, warnings
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import crypt as _crypt

from lib import rs, hexs, b64b

CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------- RSA from seeded primes
def _is_prime(n, r):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(24):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if c % 65537 != 1 and _is_prime(c, r):
            return c


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        if p == q:
            continue
        if p < q:
            p, q = q, p
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        break
    nums = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                 rsa.RSAPublicNumbers(e, p * q))
    return nums.private_key()


def ec_key(r, curve=None):
    curve = curve or ec.SECP256R1()
    order = {"secp256r1": 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
             "secp384r1": 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973}[curve.name]
    return ec.derive_private_key(r.randrange(1, order), curve)


def ed_key(r):
    return ed25519.Ed25519PrivateKey.from_private_bytes(r.randbytes(32))


def pem(key, fmt="trad"):
    f = ser.PrivateFormat.TraditionalOpenSSL if fmt == "trad" else ser.PrivateFormat.PKCS8
    return key.private_bytes(ser.Encoding.PEM, f, ser.NoEncryption()).decode()


def pub_openssh(key, comment):
    return key.public_key().public_bytes(ser.Encoding.OpenSSH, ser.PublicFormat.OpenSSH).decode() + " " + comment


def _s(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _mpint(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big") if n else b""
    return _s(b)


def _wrap(s, n):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def openssh(r, key, comment):
    check = r.getrandbits(32)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        priv = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
        pub = key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
        pubblob = _s("ssh-ed25519") + _s(pub)
        body = _s("ssh-ed25519") + _s(pub) + _s(priv + pub)
    else:
        n = key.private_numbers()
        pubblob = _s("ssh-rsa") + _mpint(n.public_numbers.e) + _mpint(n.public_numbers.n)
        body = (_s("ssh-rsa") + _mpint(n.public_numbers.n) + _mpint(n.public_numbers.e) + _mpint(n.d) +
                _mpint(n.iqmp) + _mpint(n.p) + _mpint(n.q))
    sec = struct.pack(">II", check, check) + body + _s(comment)
    i = 1
    while len(sec) % 8:
        sec += bytes([i])
        i += 1
    blob = b"openssh-key-v1\0" + _s("none") + _s("none") + _s(b"") + struct.pack(">I", 1) + _s(pubblob) + _s(sec)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(blob).decode(), 70) + "\n-----END OPENSSH PRIVATE KEY-----\n"


def putty_ed25519(r, comment):
    key = ed_key(r)
    priv = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    pub = key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    pubblob = _s("ssh-ed25519") + _s(pub)
    privblob = _mpint(int.from_bytes(priv, "little"))
    mac = hmac.new(b"", _s("ssh-ed25519") + _s("none") + _s(comment) + _s(pubblob) + _s(privblob),
                   hashlib.sha256).hexdigest()
    pl = _wrap(base64.b64encode(pubblob).decode(), 64).split("\n")
    vl = _wrap(base64.b64encode(privblob).decode(), 64).split("\n")
    return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + comment + "\n" +
            f"Public-Lines: {len(pl)}\n" + "\n".join(pl) + f"\nPrivate-Lines: {len(vl)}\n" + "\n".join(vl) +
            "\nPrivate-MAC: " + mac + "\n")


def _crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def _pkt(tag, body):
    return bytes([0xC0 | tag, 0xFF]) + struct.pack(">I", len(body)) + body if len(body) > 191 else bytes([0xC0 | tag, len(body)]) + body


def _pmpi(b):
    n = int.from_bytes(b, "big")
    return struct.pack(">H", n.bit_length()) + b.lstrip(b"\0")


def pgp_secret(r, uid, created):
    key = ed_key(r)
    priv = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    pub = key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    oid = bytes.fromhex("2b06010401da470f01")
    pubpart = b"\x04" + struct.pack(">I", created) + bytes([22, len(oid)]) + oid + _pmpi(b"\x40" + pub)
    secmpi = _pmpi(priv)
    body = pubpart + b"\x00" + secmpi + struct.pack(">H", sum(secmpi) & 0xFFFF)
    data = _pkt(5, body) + _pkt(13, uid.encode())
    b = base64.b64encode(data).decode()
    crc = base64.b64encode(_crc24(data).to_bytes(3, "big")).decode()
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + _wrap(b, 64) + "\n=" + crc +
            "\n-----END PGP PRIVATE KEY BLOCK-----\n")


# ---------------------------------------------------------------- hashes
def _salt(r, n):
    return rs(r, n, CRYPT64)


def md5crypt(r, pw):
    return _crypt.crypt(pw, "$1$" + _salt(r, 8) + "$")


def sha256crypt(r, pw):
    return _crypt.crypt(pw, "$5$" + _salt(r, 16) + "$")


def sha512crypt(r, pw, rounds=None):
    pre = f"$6$rounds={rounds}$" if rounds else "$6$"
    return _crypt.crypt(pw, pre + _salt(r, 16) + "$")


def bcrypt(r, pw, v="2y", cost=10):
    s = _salt(r, 21) + r.choice(".Oeu")
    out = _crypt.crypt(pw, f"${v}${cost:02d}${s}")
    assert out.startswith("$2"), out
    return out


def yescrypt(r, pw):
    out = _crypt.crypt(pw, "$y$j9T$" + _salt(r, 16) + "$")
    assert out.startswith("$y$"), out
    return out


def argon2_shape(r, v="argon2id", m=65536, t=3, p=4):
    return f"${v}$v=19$m={m},t={t},p={p}${b64b(r, 16).rstrip('=')}${b64b(r, 32).rstrip('=')}"


def pg_md5(pw, user):
    return "md5" + hashlib.md5((pw + user).encode()).hexdigest()


def pg_scram(r, pw, it=4096):
    salt = r.randbytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, it)
    ck = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    sk = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    stored = hashlib.sha256(ck).digest()
    e = lambda b: base64.b64encode(b).decode()
    return f"SCRAM-SHA-256${it}:{e(salt)}${e(stored)}:{e(sk)}"


def mysql_native(pw):
    return "*" + hashlib.sha1(hashlib.sha1(pw.encode()).digest()).hexdigest().upper()


def ssha(r, pw):
    salt = r.randbytes(8)
    return "{SSHA}" + base64.b64encode(hashlib.sha1(pw.encode() + salt).digest() + salt).decode()


def django_pbkdf2(r, pw, it=600000):
    salt = rs(r, 22)
    h = base64.b64encode(hashlib.pbkdf2_hmac("sha256", pw.encode(), salt.encode(), it)).decode()
    return f"pbkdf2_sha256${it}${salt}${h}"


def phpass(r, pw):
    itoa = CRYPT64
    salt = _salt(r, 8)
    count = 1 << 13
    h = hashlib.md5((salt + pw).encode()).digest()
    for _ in range(count):
        h = hashlib.md5(h + pw.encode()).digest()
    out, i = "", 0
    while i < 16:
        v = h[i]; i += 1
        out += itoa[v & 0x3f]
        if i < 16: v |= h[i] << 8
        out += itoa[(v >> 6) & 0x3f]
        if i >= 16: break
        i += 1
        if i < 16: v |= h[i] << 16
        out += itoa[(v >> 12) & 0x3f]
        if i >= 16: break
        i += 1
        out += itoa[(v >> 18) & 0x3f]
    return "$P$B" + salt + out


CISCO7_KEY = b"dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco7(r, pw):
    off = r.randint(0, 15)
    return f"{off:02d}" + "".join(f"{ord(c) ^ CISCO7_KEY[(off + i) % len(CISCO7_KEY)]:02X}" for i, c in enumerate(pw))


def cisco9(r, pw):
    salt = _salt(r, 14)
    dk = hashlib.scrypt(pw.encode(), salt=salt.encode(), n=16384, r=1, p=1, dklen=32)
    # Cisco base64 alphabet: ./0-9A-Za-z, no padding
    std = base64.b64encode(dk).decode().rstrip("=")
    tr = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", CRYPT64)
    return f"$9${salt}${std.translate(tr)}"


def was_xor(pw):
    return "{xor}" + base64.b64encode(bytes(b ^ 0x5F for b in pw.encode())).decode()


def jetty_obf(pw):
    b = pw.encode()
    out = "OBF:"
    for i in range(len(b)):
        b1, b2 = b[i], b[len(b) - (i + 1)]
        i0 = (127 + b1 + b2) * 256 + (127 + b1 - b2)
        x = ""
        n = i0
        while n:
            n, m = divmod(n, 36)
            x = "0123456789abcdefghijklmnopqrstuvwxyz"[m] + x
        out += x.rjust(4, "0")
    return out


GPP_KEY = bytes.fromhex("4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b")


def gpp_cpassword(pw):
    data = pw.encode("utf-16-le")
    pad = 16 - len(data) % 16
    data += bytes([pad]) * pad
    enc = Cipher(algorithms.AES(GPP_KEY), modes.CBC(b"\0" * 16)).encryptor()
    return base64.b64encode(enc.update(data) + enc.finalize()).decode().rstrip("=")


def jboss_hex(user, realm, pw):
    return hashlib.md5(f"{user}:{realm}:{pw}".encode()).hexdigest()


def qbittorrent(r, pw):
    salt = r.randbytes(16)
    dk = hashlib.pbkdf2_hmac("sha512", pw.encode(), salt, 100000, 64)
    return f"@ByteArray({base64.b64encode(salt).decode()}:{base64.b64encode(dk).decode()})"


def sha256hex(s):
    return hashlib.sha256(s.encode()).hexdigest()


def pihole(pw):
    return hashlib.sha256(hashlib.sha256(pw.encode()).hexdigest().encode()).hexdigest()


def wg_key(r):
    return base64.b64encode(r.randbytes(32)).decode()
