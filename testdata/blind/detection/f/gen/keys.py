"""Deterministic private keys (seeded RNG): RSA via Miller-Rabin, EC P-256, OpenSSH ed25519."""
import base64, struct
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
from cryptography.hazmat.primitives import serialization as S


def _prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (1 << (bits - 1)) | 1
        if all(n % p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)) and _mr(r, n):
            return n


def _mr(r, n, k=20):
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for _ in range(k):
        x = pow(r.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def rsa_pem(r, bits=2048):
    e = 65537
    while True:
        p, q = _prime(r, bits // 2), _prime(r, bits // 2)
        if p != q and (p - 1) % e and (q - 1) % e:
            break
    n = p * q; d = pow(e, -1, (p - 1) * (q - 1))
    nums = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(e, n))
    k = nums.private_key()
    return k.private_bytes(S.Encoding.PEM, S.PrivateFormat.TraditionalOpenSSL, S.NoEncryption()).decode()


def rsa_pkcs8(r, bits=2048):
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    k = load_pem_private_key(rsa_pem(r, bits).encode(), None)
    return k.private_bytes(S.Encoding.PEM, S.PrivateFormat.PKCS8, S.NoEncryption()).decode()


def ec_pem(r):
    k = ec.derive_private_key(r.getrandbits(250) + 1, ec.SECP256R1())
    return k.private_bytes(S.Encoding.PEM, S.PrivateFormat.TraditionalOpenSSL, S.NoEncryption()).decode()


def _s(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(r, comment):
    seed = bytes(r.getrandbits(8) for _ in range(32))
    k = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    pub = k.public_key().public_bytes(S.Encoding.Raw, S.PublicFormat.Raw)
    pubblob = _s(b"ssh-ed25519") + _s(pub)
    chk = struct.pack(">I", r.getrandbits(32))
    priv = chk + chk + _s(b"ssh-ed25519") + _s(pub) + _s(seed + pub) + _s(comment.encode())
    i = 1
    while len(priv) % 8:
        priv += bytes([i]); i += 1
    blob = b"openssh-key-v1\0" + _s(b"none") + _s(b"none") + _s(b"") + struct.pack(">I", 1) + _s(pubblob) + _s(priv)
    b = base64.b64encode(blob).decode()
    body = "\n".join(b[i:i + 70] for i in range(0, len(b), 70))
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n"
