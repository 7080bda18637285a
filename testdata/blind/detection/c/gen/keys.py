"""Throwaway private keys. Generated once with `cryptography` and cached in gen/keycache.json so
that rebuilds are byte-for-byte reproducible (key generation and PEM encryption use the OS RNG)."""
import base64
import hashlib
import hmac
import json
import os
import struct

from lib import ROOT, R, rbytes, crc24, b64

CACHE = os.path.join(ROOT, "gen", "keycache.json")


def _gen():
    from cryptography.hazmat.primitives import serialization as S
    from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
    out = {}
    rk = rsa.generate_private_key(65537, 2048)
    out["rsa_pkcs1"] = rk.private_bytes(S.Encoding.PEM, S.PrivateFormat.TraditionalOpenSSL, S.NoEncryption()).decode()
    rk2 = rsa.generate_private_key(65537, 2048)
    out["rsa_pkcs8"] = rk2.private_bytes(S.Encoding.PEM, S.PrivateFormat.PKCS8, S.NoEncryption()).decode()
    rk3 = rsa.generate_private_key(65537, 2048)
    out["rsa_pkcs8_b"] = rk3.private_bytes(S.Encoding.PEM, S.PrivateFormat.PKCS8, S.NoEncryption()).decode()
    rk4 = rsa.generate_private_key(65537, 2048)
    out["rsa_enc_trad"] = rk4.private_bytes(S.Encoding.PEM, S.PrivateFormat.TraditionalOpenSSL,
                                            S.BestAvailableEncryption(b"deploy-2291-key")).decode()
    rk5 = rsa.generate_private_key(65537, 2048)
    out["rsa_openssh"] = rk5.private_bytes(S.Encoding.PEM, S.PrivateFormat.OpenSSH, S.NoEncryption()).decode()
    rk6 = rsa.generate_private_key(65537, 2048)
    out["rsa_pkcs1_b"] = rk6.private_bytes(S.Encoding.PEM, S.PrivateFormat.TraditionalOpenSSL, S.NoEncryption()).decode()
    out["rsa_pub"] = rk.public_key().public_bytes(S.Encoding.PEM, S.PublicFormat.SubjectPublicKeyInfo).decode()
    out["rsa_ssh_pub"] = rk5.public_key().public_bytes(S.Encoding.OpenSSH, S.PublicFormat.OpenSSH).decode()
    e1 = ec.generate_private_key(ec.SECP256R1())
    out["ec_trad"] = e1.private_bytes(S.Encoding.PEM, S.PrivateFormat.TraditionalOpenSSL, S.NoEncryption()).decode()
    e2 = ec.generate_private_key(ec.SECP384R1())
    out["ec_pkcs8_enc"] = e2.private_bytes(S.Encoding.PEM, S.PrivateFormat.PKCS8,
                                           S.BestAvailableEncryption(b"ec-backup-77")).decode()
    e3 = ec.generate_private_key(ec.SECP256R1())
    out["ec_pkcs8"] = e3.private_bytes(S.Encoding.PEM, S.PrivateFormat.PKCS8, S.NoEncryption()).decode()
    d1 = ed25519.Ed25519PrivateKey.generate()
    out["ed_openssh"] = d1.private_bytes(S.Encoding.PEM, S.PrivateFormat.OpenSSH, S.NoEncryption()).decode()
    d2 = ed25519.Ed25519PrivateKey.generate()
    out["ed_openssh_enc"] = d2.private_bytes(S.Encoding.PEM, S.PrivateFormat.OpenSSH,
                                             S.BestAvailableEncryption(b"laptop-ssh-pass")).decode()
    out["ed_ssh_pub"] = d2.public_key().public_bytes(S.Encoding.OpenSSH, S.PublicFormat.OpenSSH).decode()
    d3 = ed25519.Ed25519PrivateKey.generate()
    out["ed_raw_priv"] = base64.b64encode(d3.private_bytes(S.Encoding.Raw, S.PrivateFormat.Raw, S.NoEncryption())).decode()
    out["ed_raw_pub"] = base64.b64encode(d3.public_key().public_bytes(S.Encoding.Raw, S.PublicFormat.Raw)).decode()
    d4 = ed25519.Ed25519PrivateKey.generate()
    out["pgp_seed"] = base64.b64encode(d4.private_bytes(S.Encoding.Raw, S.PrivateFormat.Raw, S.NoEncryption())).decode()
    out["pgp_pub"] = base64.b64encode(d4.public_key().public_bytes(S.Encoding.Raw, S.PublicFormat.Raw)).decode()
    return out


def load():
    if os.path.exists(CACHE):
        with open(CACHE) as fh:
            return json.load(fh)
    k = _gen()
    with open(CACHE, "w") as fh:
        json.dump(k, fh, indent=1)
    return k


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def putty_ppk(keys, comment):
    """PuTTY-User-Key-File-3, ssh-ed25519, unencrypted, with a real HMAC-SHA-256 (empty key)."""
    priv = base64.b64decode(keys["ed_raw_priv"])
    pub = base64.b64decode(keys["ed_raw_pub"])
    pub_blob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    priv_blob = _sshstr(priv)
    macdata = (_sshstr(b"ssh-ed25519") + _sshstr(b"none") + _sshstr(comment.encode()) +
               _sshstr(pub_blob) + _sshstr(priv_blob))
    mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()
    pl = base64.b64encode(pub_blob).decode()
    vl = base64.b64encode(priv_blob).decode()
    lines = ["PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none", "Comment: " + comment]
    publ = [pl[i:i + 64] for i in range(0, len(pl), 64)]
    lines.append("Public-Lines: %d" % len(publ))
    lines += publ
    privl = [vl[i:i + 64] for i in range(0, len(vl), 64)]
    lines.append("Private-Lines: %d" % len(privl))
    lines += privl
    lines.append("Private-MAC: " + mac)
    return "\n".join(lines)


def pgp_private_block(keys, uid):
    """An OpenPGP v4 EdDSA secret-key packet + user id packet, ASCII-armoured with CRC24."""
    seed = base64.b64decode(keys["pgp_seed"])
    pub = base64.b64decode(keys["pgp_pub"])
    oid = bytes([0x09, 0x2B, 0x06, 0x01, 0x04, 0x01, 0xDA, 0x47, 0x0F, 0x01])
    ts = struct.pack(">I", 1764000000)
    pubpt = b"\x40" + pub
    body = b"\x04" + ts + b"\x16" + oid + struct.pack(">H", 263) + pubpt
    secmpi = struct.pack(">H", 256) + seed
    cks = struct.pack(">H", sum(secmpi) & 0xFFFF)
    body += b"\x00" + secmpi + cks
    pkt = bytes([0xC5, len(body)]) + body
    u = uid.encode()
    pkt += bytes([0xCD, len(u)]) + u
    enc = base64.b64encode(pkt).decode()
    crc = base64.b64encode(struct.pack(">I", crc24(pkt))[1:]).decode()
    lines = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", ""]
    lines += [enc[i:i + 64] for i in range(0, len(enc), 64)]
    lines += ["=" + crc, "-----END PGP PRIVATE KEY BLOCK-----"]
    return "\n".join(lines)
