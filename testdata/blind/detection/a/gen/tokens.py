"""Fake token generators. Every value is random, of the documented shape.
Deterministic: seeded RNG so the corpus is reproducible."""
import base64, binascii, hashlib, json, random, string, uuid, zlib, time

R = random.Random(20240917)

HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
LET = string.ascii_letters
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase  # GitHub/npm checksum alphabet order
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = string.ascii_uppercase + "234567"
B32L = string.ascii_lowercase + "234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def b62(n):
    return rs(ALNUM, n)


def b64url(n):
    # avoid leading/trailing '-' and '_' to look like real tokens
    s = rs(B64URL, n)
    return s


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n, first_nonzero=True):
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def b64enc(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def base62_enc(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def base36_enc(num, width):
    a = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while num:
        num, r = divmod(num, 36)
        out = a[r] + out
    return out.rjust(width, "0")


def crc_b62(body):
    return base62_enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ---------------- GitHub -----------------
def gh(prefix, n=36, bad_crc=False):
    body = b62(n - 6)
    c = crc_b62(body)
    if bad_crc:
        c = c[:-1] + ("A" if c[-1] != "A" else "B")
    return prefix + body + c


def ghp(**k): return gh("ghp_", **k)
def gho(**k): return gh("gho_", **k)
def ghu(**k): return gh("ghu_", **k)
def ghs(**k): return gh("ghs_", **k)
def ghr(): return "ghr_" + b62(76)


def github_pat():
    return "github_pat_" + "11" + rs(UPNUM, 20) + "_" + b62(59)


def npm(bad_crc=False):
    return gh("npm_", 36, bad_crc=bad_crc)


# ---------------- GitLab -----------------
def glpat_legacy():
    return "glpat-" + rs(B64URL.replace("-", "").replace("_", "") + "-_", 20)


def gl_routable(prefix="glpat-", bad_crc=False):
    meta = "o:%s\nu:%s\n" % (base36_enc(R.randint(10**5, 10**7), 1), base36_enc(R.randint(10**5, 10**8), 1))
    raw = meta.encode() + rbytes(R.choice([16, 18, 20]))
    payload = b64u(raw)
    version = "01"
    length = base36_enc(len(payload), 2)
    crc_input = prefix + payload + "." + version + "." + length
    crc = base36_enc(zlib.crc32(crc_input.encode()) & 0xFFFFFFFF, 7)
    if bad_crc:
        crc = crc[:-1] + ("0" if crc[-1] != "0" else "1")
    return prefix + payload + "." + version + "." + length + crc


def glptt(): return "glptt-" + hexs(40)
def gldt(): return "gldt-" + rs(ALNUM + "-_", 20)
def glrt(): return "glrt-" + rs(ALNUM + "-_", 20)
def glrt_routable(): return "glrt-t1_" + rs(ALNUM + "-_", 27)
def glft(): return "glft-" + rs(ALNUM + "-_", 20)
def gloas(): return "gloas-" + hexs(64)
def glagent(): return "glagent-" + rs(ALNUM + "-_", 50)


# ---------------- Slack -----------------
def xoxb(): return "xoxb-%s-%s-%s" % (digits(R.choice([10, 11, 12])), digits(R.choice([12, 13])), b62(24))
def xoxp(): return "xoxp-%s-%s-%s-%s" % (digits(11), digits(12), digits(13), hexs(32))
def xapp(): return "xapp-1-A%s-%s-%s" % (rs(UPNUM, 10), digits(13), hexs(64))
def xoxe_config(): return "xoxe.xoxp-1-" + b62(R.choice([146, 151, 158]))
def xoxe_refresh(): return "xoxe-1-" + b62(R.choice([140, 146]))
def slack_webhook(): return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UPNUM, 8), rs(UPNUM, 10), b62(24))


# ---------------- Stripe -----------------
def stripe(prefix, modern=True):
    if modern:
        return prefix + "51" + b62(97)
    return prefix + b62(24)
def whsec(): return "whsec_" + b62(32)


# ---------------- AWS -----------------
def aws_id(prefix="AKIA"): return prefix + rs(B32, 16)
def aws_secret(): return rs(B64, 40)
def aws_session(): return "IQoJb3JpZ2luX2VjE" + rs(B64, R.choice([380, 412, 444])) + "=="


# ---------------- Google -----------------
def gcp_api_key(): return "AIza" + rs(B64URL, 35)
def gocspx(): return "GOCSPX-" + rs(B64URL, 28)
def google_client_id(): return digits(12) + "-" + rs(LOWNUM, 32) + ".apps.googleusercontent.com"
def google_refresh(): return "1//0" + rs(B64URL, 99)


# ---------------- Azure -----------------
def azure_storage_key(): return b64enc(rbytes(64))
def azure_sas_sig(): return b64enc(rbytes(32))
def azure_sb_key(): return b64enc(rbytes(32))
def azure_entra_secret(): return rs(ALNUM, 3) + R.choice(DIG) + "Q~" + rs(ALNUM + "_.~-", 34)
def azure_devops_pat_legacy(): return rs(B32L, 52)
def azure_devops_pat_new(): return b62(52) + "JQQJ99" + b62(18) + "AZDO" + b62(4)
def azure_cosmos_key(): return b64enc(rbytes(64))


# ---------------- AI -----------------
def openai_proj(): return "sk-proj-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
def openai_svc(): return "sk-svcacct-" + rs(B64URL, 74) + "T3BlbkFJ" + rs(B64URL, 74)
def openai_admin(): return "sk-admin-" + rs(B64URL, 58) + "T3BlbkFJ" + rs(B64URL, 58)
def openai_legacy(): return "sk-" + b62(20) + "T3BlbkFJ" + b62(20)
def anthropic(kind="api03"): return "sk-ant-%s-" % kind + rs(B64URL, 93) + "AA"
def hf(): return "hf_" + rs(LET, 34)
def hf_org(): return "api_org_" + rs(LET, 34)
def groq(): return "gsk_" + b62(52)
def xai(): return "xai-" + b62(80)
def replicate(): return "r8_" + b62(37)
def deepseek(): return "sk-" + hexs(32)


# ---------------- misc prefixed -----------------
def sendgrid(): return "SG." + rs(B64URL, 22) + "." + rs(B64URL, 43)
def shopify(p): return p + hexs(32)
def dop(p="dop_v1_"): return p + hexs(64)
def dckr_pat(): return "dckr_pat_" + rs(B64URL, 27)
def dckr_oat(): return "dckr_oat_" + rs(B64URL, 32)
def _varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def pypi(project=None):
    """pypi- + base64url(macaroon V2): location pypi.org, identifier = token UUID,
    first-party caveats as JSON arrays (warehouse caveats), 32-byte signature."""
    def field(t, data):
        return bytes([t]) + _varint(len(data)) + data
    b = b"\x02" + field(1, b"pypi.org") + field(2, uid().encode()) + b"\x00"
    if project:
        cav = json.dumps([1, [project]], separators=(",", ":")).encode()
    else:
        cav = json.dumps([3, uid()], separators=(",", ":")).encode()
    b += field(2, cav) + b"\x00"
    now = 1720000000 + R.randint(0, 9000000)
    b += field(2, json.dumps([0, now + 86400 * 365, now], separators=(",", ":")).encode()) + b"\x00"
    b += b"\x00" + field(6, rbytes(32))
    return "pypi-" + b64u(b)


def rubygems(): return "rubygems_" + hexs(48)
def cratesio(): return "cio" + b62(32)
def postman(): return "PMAK-" + hexs(24) + "-" + hexs(34)
def doppler(kind="pt"):
    if kind == "st":
        return "dp.st.prd." + b62(40)
    return "dp.%s." % kind + b62(43)
def dropbox_short(): return "sl." + rs(B64URL, 135)
def dropbox_long(): return b62(11) + "AAAAAAAAAA" + rs(B64URL, 43)
def grafana_glc():
    js = json.dumps({"o": digits(6), "n": "stack-%s-integration-%s" % (digits(6), rs(LOW, 6)), "k": b62(24), "m": {"r": R.choice(["prod-us-east-0", "prod-eu-west-2"])}}, separators=(",", ":"))
    return "glc_" + b64enc(js.encode())
def grafana_glsa():
    body = b62(32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)
def grafana_legacy():
    js = json.dumps({"k": b62(32), "n": "ci-%s" % rs(LOW, 5), "id": R.randint(1, 900)}, separators=(",", ":"))
    return b64enc(js.encode()).rstrip("=")
def heroku_new(): return "HRKU-AA" + rs(B64URL, 58)
def mailchimp(): return hexs(32) + "-us" + str(R.randint(1, 21))
def mailgun_key(): return "key-" + hexs(32)
def mailgun_sending(): return hexs(32) + "-" + hexs(8) + "-" + hexs(8)
def mapbox_sk(user="acme"):
    pl = b64u(json.dumps({"u": user, "a": "cl" + rs(LOWNUM, 23)}, separators=(",", ":")).encode())
    return "sk." + pl + "." + rs(B64URL, 22)
def okta(): return "00" + rs(ALNUM + "-_", 40)
def salesforce_access(): return "00D" + rs(ALNUM, 12) + "!" + rs(ALNUM + ".", 96)
def salesforce_consumer_key(): return "3MVG9" + rs(ALNUM + "._", 80)
def salesforce_consumer_secret(): return rs(HEXU, 64)
def salesforce_refresh(): return "5Aep861" + rs(ALNUM + "._", 80)
def sourcegraph(): return "sgp_" + hexs(40)
def sourcegraph_inst(): return "sgp_" + hexs(16) + "_" + hexs(40)
def square_access(): return "EAAA" + rs(B64URL, 60)
def square_legacy(): return "sq0atp-" + rs(B64URL, 22)
def square_secret(): return "sq0csp-" + rs(B64URL, 43)
def twilio_sid(): return "AC" + hexs(32)
def twilio_sk(): return "SK" + hexs(32)
def twitter_bearer(): return "AAAAAAAAAAAAAAAAAAAAA" + b62(25) + "%3D" + b62(50)
def twitter_consumer_key(): return b62(25)
def twitter_consumer_secret(): return b62(50)
def twitter_access_token(): return digits(19) + "-" + b62(40)
def twitter_access_secret(): return b62(45)
def adafruit(): return "aio_" + b62(28)
def adobe_secret(): return "p8e-" + rs(ALNUM + "-_", 32)
def age_key(): return "AGE-SECRET-KEY-1" + rs(BECH32, 58)
def alibaba_id(): return "LTAI" + b62(20)
def alibaba_secret(): return b62(30)
def apify(): return "apify_api_" + b62(36)
def bitbucket_app_pw():
    body = b62(24)
    return "ATBB" + body + "%08X" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)
def atlassian_token():
    body = "ATATT3xFfGF0" + rs(B64URL, R.choice([170, 178, 182]))
    return body + "=" + rs(HEXU, 8)
def bitbucket_access_token():
    return "ATCTT3xFfGN0" + rs(B64URL, 170) + "=" + rs(HEXU, 8)
def buildkite(): return "bkua_" + hexs(40)
def buildkite_agent(): return hexs(50)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
def circleci_pat(): return "CCIPAT_" + rs(B58, 22) + "_" + hexs(40)
def circleci_project(): return "CCIPRJ_" + rs(B58, 22) + "_" + hexs(40)
def confluent_key(): return rs(UPNUM, 16)
def confluent_secret(): return rs(ALNUM + "+/", 64)
def databricks(): return "dapi" + hexs(32)
def dt_token(): return "dt0c01." + rs(UPNUM, 24) + "." + rs(UPNUM, 64)
def elevenlabs(): return "sk_" + hexs(48)
def facebook_token(): return "EAA" + rs(ALNUM, R.choice([180, 196, 212]))
def figma(): return "figd_" + rs(B64URL, 40)
def frameio(): return "fio-u-" + rs(B64URL, 64)
def gocardless(env="live"): return env + "_" + rs(B64URL, 40)
def honeycomb_ingest(): return "hcaik_01" + rs(LOWNUM, 24) + rs(LOWNUM, 32)
def intercom(): return b64enc(("tok:" + uid() + ":" + uid()[:8]).encode())[:59] + "="
def klaviyo(): return "pk_" + hexs(34)
def ld_sdk(): return "sdk-" + uid()
def ld_api(): return "api-" + uid()
def lob(env="live"): return env + "_" + hexs(35)
def netlify(): return "nfp_" + b62(40)
def nr_user(): return "NRAK-" + rs(UPNUM, 27)
def nr_license(): return hexs(36) + "NRAL"
def nr_insert(): return "NRII-" + rs(ALNUM + "-_", 32)
def nr_admin(): return "NRAA-" + hexs(27)
def notion_new(): return "ntn_" + digits(11) + b62(35)
def notion_legacy(): return "secret_" + b62(43)
def planetscale(kind="tkn"): return "pscale_%s_" % kind + rs(B64URL, 43)
def posthog_personal(): return "phx_" + b62(43)
def prefect(kind="pnu"): return kind + "_" + b62(36)
def pulumi(): return "pul-" + hexs(40)
def rapidapi(): return hexs(10) + "msh" + hexs(14) + "p1" + hexs(6) + "jsn" + hexs(12)
def shippo(env="live"): return "shippo_%s_" % env + hexs(40)
def tailscale(kind="api"): return "tskey-%s-k%s-%s" % (kind, b62(R.choice([10, 11, 12])), b62(30))
def telnyx(): return "KEY" + rs(HEXU, 32) + "_" + b62(22)
def typeform(): return "tfp_" + hexs(40)
def vercel_new(): return "vcp_" + b62(56)
def yandex_api(): return "AQVN" + rs(B64URL, 36)
def yandex_oauth(): return "y0_" + rs(B64URL, 55)
def yandex_static_id(): return "YCAJ" + rs(B64URL, 21)
def yandex_static_secret(): return "YC" + rs(B64URL, 38)
def airtable_pat(): return "pat" + b62(14) + "." + hexs(64)
def clickup(): return "pk_" + digits(8) + "_" + rs(UPNUM, 32)
def cloudflare_token(): return rs(ALNUM + "-_", 40)
def cloudflare_global(): return hexs(37)
def cloudflare_origin_ca(): return "v1.0-" + hexs(24) + "-" + hexs(146)
def cloudinary_url(): return "cloudinary://%s:%s@%s" % (digits(15), rs(B64URL, 27), "d" + rs(LOWNUM, 8))
def courier(): return "pk_prod_" + rs(UPNUM, 28)
def dependencytrack(): return "odt_" + b62(32)
def discord_bot():
    idpart = b64u(digits(18).encode())
    return idpart + "." + rs(B64URL, 6) + "." + rs(B64URL, 38)
def discord_webhook(): return "https://discord.com/api/webhooks/%s/%s" % (digits(19), rs(B64URL, 68))
def easypost(env="EZAK"): return env + hexs(54)
def checkout_sk(): return "sk_sbox_" + rs(B32L, 27)
def checkly(): return "sv_" + hexs(32)
def clearbit(): return "sk_" + hexs(32)
def asana(): return "2/%s/%s:%s" % (digits(16), digits(16), hexs(32))
def teams_webhook():
    return "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (rs(LOW, 8), uid(), uid(), hexs(32), uid(), rs(B64URL, 43))
def codeclimate(): return hexs(64)
def azure_openai(): return hexs(32)
def ethplorer(): return "EK-" + rs(ALNUM, 5) + "-" + rs(ALNUM, 7) + "-" + rs(ALNUM, 5)
def coinbase_key_name(): return "organizations/%s/apiKeys/%s" % (uid(), uid())
def calendly_pat():
    hdr = b64u(json.dumps({"kid": hexs(64), "typ": "PAT", "alg": "ES512"}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"iss": "https://auth.calendly.com", "iat": 1717000000 + R.randint(0, 9999999), "jti": uid(), "user_uuid": uid()}, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + rs(B64URL, 86)


def jwt(payload=None, alg="HS256", sig_len=43):
    now = 1719800000 + R.randint(0, 20000000)
    payload = payload or {"sub": uid(), "iat": now, "exp": now + 3600 * 24 * 30, "role": R.choice(["admin", "service", "user"])}
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + rs(B64URL, sig_len)


def password(n=None):
    n = n or R.randint(12, 20)
    alpha = ALNUM + "!#%^*-_+=."
    s = rs(alpha, n)
    # ensure mixed
    return R.choice(UPP) + R.choice(LOW) + R.choice(DIG) + s


def django_secret(): return "django-insecure-" + rs(LOWNUM + "!@#%^&*(-_=+)", 50) if R.random() < 0.4 else rs(LOWNUM + "!@#%^&*(-_=+)", 50)


# --------------- keys ----------------
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
from cryptography.hazmat.primitives import serialization


def _rsa(bits=2048):
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def pem_rsa_pkcs1(bits=2048):
    k = _rsa(bits)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode()


def pem_pkcs8(bits=2048):
    k = _rsa(bits)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()


def pem_ec():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode()


def pem_ec_pkcs8():
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()


def pem_openssh():
    k = ed25519.Ed25519PrivateKey.generate()
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()).decode()


def pem_encrypted():
    k = _rsa(2048)
    return k.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"hunter2-" + hexs(8).encode())).decode()


def pgp_private():
    body = b64enc(rbytes(900))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + b64enc(rbytes(3))
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n" + crc + "\n-----END PGP PRIVATE KEY BLOCK-----\n"


def public_key_pem():
    k = _rsa(2048)
    return k.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def ssh_public():
    k = ed25519.Ed25519PrivateKey.generate()
    return k.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH).decode()
