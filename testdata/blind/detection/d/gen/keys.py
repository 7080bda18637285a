"""Deterministic key material and password hashes (no OS randomness, so rebuilds are byte-identical).

RSA primes come from a seeded RNG + Miller-Rabin; EC/Ed25519 private scalars from the same RNG. The PEM /
OpenSSH / PuTTY encodings, the encrypted PEM (OpenSSL traditional, AES-256-CBC with EVP_BytesToKey) and
the encrypted PKCS#8 (PBES2/PBKDF2-HMAC-SHA256/AES-256-CBC) are built here so that no encryption step uses
the OS RNG. Hashes: sha512-crypt / sha256-crypt (pure Python implementation of the published algorithm),
PostgreSQL md5 and SCRAM-SHA-256, MySQL mysql_native_password, LDAP {SSHA}, Django pbkdf2_sha256,
Mosquitto $7$ (PBKDF2-SHA512). bcrypt / argon2 / yescrypt / phpass values are random strings of the right
shape (no KDF is run).
"""
import base64
import hashlib
import hmac
import struct

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from lib import rng_for, rs

CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


# ---------------------------------------------------------------- RSA from a seeded RNG

def _is_probable_prime(n, r, rounds=40):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
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
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, r):
            return c


_cache = {}


def rsa_key(name, bits=2048):
    if name in _cache:
        return _cache[name]
    r = rng_for("rsa:" + name)
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        if p < q:
            p, q = q, p
        n = p * q
        if n.bit_length() != bits:
            continue
        break
    d = pow(e, -1, phi)
    priv = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p),
                                 rsa.RSAPublicNumbers(e, n)).private_key()
    _cache[name] = priv
    return priv


def ec_key(name):
    r = rng_for("ec:" + name)
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
    return ec.derive_private_key(r.randrange(1, order), ec.SECP256R1())


def ed_key(name):
    r = rng_for("ed:" + name)
    return ed25519.Ed25519PrivateKey.from_private_bytes(bytes(r.randrange(256) for _ in range(32)))


def pem(key, fmt="traditional"):
    f = {"traditional": serialization.PrivateFormat.TraditionalOpenSSL,
         "pkcs8": serialization.PrivateFormat.PKCS8}[fmt]
    return key.private_bytes(serialization.Encoding.PEM, f, serialization.NoEncryption()).decode()


def pub_openssh(key, comment):
    return key.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                         serialization.PublicFormat.OpenSSH).decode() + " " + comment


def pub_pem(key):
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _wrap(b64, width=64):
    return "\n".join(b64[i:i + width] for i in range(0, len(b64), width))


def _pad_pkcs7(data, bs=16):
    n = bs - len(data) % bs
    return data + bytes([n]) * n


def _aes_cbc(key, iv, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(_pad_pkcs7(data)) + enc.finalize()


def encrypted_pem_traditional(key, passphrase, name):
    """OpenSSL 'Proc-Type: 4,ENCRYPTED' PEM with AES-256-CBC (EVP_BytesToKey, MD5, 1 round)."""
    r = rng_for("encpem:" + name)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    iv = bytes(r.randrange(256) for _ in range(16))
    pw = passphrase.encode()
    k, prev = b"", b""
    while len(k) < 32:
        prev = hashlib.md5(prev + pw + iv[:8]).digest()
        k += prev
    ct = _aes_cbc(k[:32], iv, der)
    kind = "RSA" if isinstance(key, rsa.RSAPrivateKey) else "EC"
    return (f"-----BEGIN {kind} PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,{iv.hex().upper()}\n\n"
            + _wrap(base64.b64encode(ct).decode()) + f"\n-----END {kind} PRIVATE KEY-----\n")


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _tlv(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(reversed(enc))
    return _tlv(0x06, body)


def _int(n):
    b = n.to_bytes((n.bit_length() + 8) // 8, "big")
    return _tlv(0x02, b)


def encrypted_pkcs8(key, passphrase, name, iterations=2048):
    """-----BEGIN ENCRYPTED PRIVATE KEY----- (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC), as openssl pkcs8 writes."""
    r = rng_for("p8:" + name)
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    salt = bytes(r.randrange(256) for _ in range(16))
    iv = bytes(r.randrange(256) for _ in range(16))
    k = hashlib.pbkdf2_hmac("sha256", passphrase.encode(), salt, iterations, 32)
    ct = _aes_cbc(k, iv, der)
    prf = _tlv(0x30, _oid("1.2.840.113549.2.9") + b"\x05\x00")
    kdf = _tlv(0x30, _oid("1.2.840.113549.1.5.12") + _tlv(0x30, _tlv(0x04, salt) + _int(iterations) + prf))
    encs = _tlv(0x30, _oid("2.16.840.1.101.3.4.1.42") + _tlv(0x04, iv))
    alg = _tlv(0x30, _oid("1.2.840.113549.1.5.13") + _tlv(0x30, kdf + encs))
    blob = _tlv(0x30, alg + _tlv(0x04, ct))
    return ("-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + _wrap(base64.b64encode(blob).decode())
            + "\n-----END ENCRYPTED PRIVATE KEY-----\n")


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def _raw_ed(key):
    priv = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return priv, pub


def openssh_ed25519(key, comment, name):
    """Unencrypted openssh-key-v1 file, built by hand so the check ints come from the seeded RNG."""
    r = rng_for("ossh:" + name)
    priv, pub = _raw_ed(key)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    check = struct.pack(">I", r.getrandbits(32))
    sec = check + check + _sshstr("ssh-ed25519") + _sshstr(pub) + _sshstr(priv + pub) + _sshstr(comment)
    i = 1
    while len(sec) % 8:
        sec += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") + _sshstr(b"") + struct.pack(">I", 1)
            + _sshstr(pubblob) + _sshstr(sec))
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(blob).decode(), 70)
            + "\n-----END OPENSSH PRIVATE KEY-----\n")


def putty_v2_ed25519(key, comment):
    """PuTTY-User-Key-File-2, unencrypted, with the HMAC-SHA1 Private-MAC of the v2 format."""
    priv, pub = _raw_ed(key)
    pubblob = _sshstr("ssh-ed25519") + _sshstr(pub)
    privblob = _sshstr(priv)
    mackey = hashlib.sha1(b"putty-private-key-file-mac-key").digest()
    macdata = _sshstr("ssh-ed25519") + _sshstr("none") + _sshstr(comment) + _sshstr(pubblob) + _sshstr(privblob)
    mac = hmac.new(mackey, macdata, hashlib.sha1).hexdigest()
    pl = _wrap(base64.b64encode(pubblob).decode()).split("\n")
    vl = _wrap(base64.b64encode(privblob).decode()).split("\n")
    return "\n".join(["PuTTY-User-Key-File-2: ssh-ed25519", "Encryption: none", f"Comment: {comment}",
                      f"Public-Lines: {len(pl)}", *pl, f"Private-Lines: {len(vl)}", *vl,
                      f"Private-MAC: {mac}"]) + "\n"


def self_signed_cert_pem(name, cn):
    """A real self-signed certificate (public material) with fixed validity dates."""
    import datetime
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID
    k = rsa_key("cert:" + name)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    r = rng_for("certserial:" + name)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(k.public_key())
            .serial_number(r.getrandbits(120)).not_valid_before(datetime.datetime(2026, 1, 5))
            .not_valid_after(datetime.datetime(2028, 1, 5)).sign(k, hashes.SHA256()))
    # RSA PKCS#1 v1.5 signatures are deterministic, so the certificate bytes are stable.
    return cert.public_bytes(serialization.Encoding.PEM).decode()


# ---------------------------------------------------------------- password hashes

def _b64_from_24bit(b2, b1, b0, n):
    w = (b2 << 16) | (b1 << 8) | b0
    out = ""
    for _ in range(n):
        out += CRYPT64[w & 0x3F]
        w >>= 6
    return out


def sha_crypt(password, salt, variant=512, rounds=5000):
    """sha512-crypt / sha256-crypt ($6$ / $5$) as specified by Ulrich Drepper."""
    H = hashlib.sha512 if variant == 512 else hashlib.sha256
    hl = 64 if variant == 512 else 32
    p, s = password.encode(), salt.encode()[:16]
    b = H(p + s + p).digest()
    a = H(p + s)
    a.update((b * ((len(p) // hl) + 1))[:len(p)])
    i = len(p)
    while i:
        a.update(b if i & 1 else p)
        i >>= 1
    a = a.digest()
    dp = H(p * len(p)).digest()
    P = (dp * ((len(p) // hl) + 1))[:len(p)]
    ds = H(s * (16 + a[0])).digest()
    S = (ds * ((len(s) // hl) + 1))[:len(s)]
    c = a
    for i in range(rounds):
        h = H()
        h.update(P if i & 1 else c)
        if i % 3:
            h.update(S)
        if i % 7:
            h.update(P)
        h.update(c if i & 1 else P)
        c = h.digest()
    if variant == 512:
        order = [(0, 21, 42), (22, 43, 1), (44, 2, 23), (3, 24, 45), (25, 46, 4), (47, 5, 26), (6, 27, 48),
                 (28, 49, 7), (50, 8, 29), (9, 30, 51), (31, 52, 10), (53, 11, 32), (12, 33, 54), (34, 55, 13),
                 (56, 14, 35), (15, 36, 57), (37, 58, 16), (59, 17, 38), (18, 39, 60), (40, 61, 19),
                 (62, 20, 41)]
        out = "".join(_b64_from_24bit(c[x], c[y], c[z], 4) for x, y, z in order)
        out += _b64_from_24bit(0, 0, c[63], 2)
        tag = "$6$"
    else:
        order = [(0, 10, 20), (21, 1, 11), (12, 22, 2), (3, 13, 23), (24, 4, 14), (15, 25, 5), (6, 16, 26),
                 (27, 7, 17), (18, 28, 8), (9, 19, 29)]
        out = "".join(_b64_from_24bit(c[x], c[y], c[z], 4) for x, y, z in order)
        out += _b64_from_24bit(0, c[31], c[30], 3)
        tag = "$5$"
    return f"{tag}{salt}${out}"


def crypt_salt(r, n=16):
    return rs(r, n, CRYPT64)


def bcrypt_shape(r, cost=12, v="2b"):
    return f"${v}${cost:02d}${rs(r, 53, CRYPT64)}"


def argon2_shape(r):
    return (f"$argon2id$v=19$m=65536,t=3,p=4${base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode().rstrip('=')}"
            f"${base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip('=')}")


def yescrypt_shape(r):
    return f"$y$j9T${rs(r, 22, CRYPT64)}${rs(r, 43, CRYPT64)}"


def phpass_shape(r):
    return "$P$B" + rs(r, 30, CRYPT64)


def pg_md5(password, user):
    return "md5" + hashlib.md5((password + user).encode()).hexdigest()


def pg_scram(password, r, iterations=4096):
    salt = bytes(r.randrange(256) for _ in range(16))
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    ck = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    sk = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    stored = hashlib.sha256(ck).digest()
    e = lambda b: base64.b64encode(b).decode()
    return f"SCRAM-SHA-256${iterations}:{e(salt)}${e(stored)}:{e(sk)}"


def mysql_native(password):
    return "*" + hashlib.sha1(hashlib.sha1(password.encode()).digest()).hexdigest().upper()


def ldap_ssha(password, r):
    salt = bytes(r.randrange(256) for _ in range(8))
    return "{SSHA}" + base64.b64encode(hashlib.sha1(password.encode() + salt).digest() + salt).decode()


def django_pbkdf2(password, r, iterations=870000):
    salt = rs(r, 22)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(dk).decode()}"


def mosquitto_hash(password, r, iterations=101):
    salt = bytes(r.randrange(256) for _ in range(12))
    dk = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations)
    return f"$7${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(dk).decode()}"


def sha1_htpasswd(password):
    return "{SHA}" + base64.b64encode(hashlib.sha1(password.encode()).digest()).decode()
