"""Shared helpers for blind corpus d: seeded RNG, token shapes, the file builder that records labels.

Every value is produced from random.Random seeded with SEED and the file path, so a file's content does
not depend on the order in which generators run, and a rebuild is byte-identical.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import zlib

SEED = 20261203
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = []          # list of F objects, in creation order

PROVIDER_SERVICES = {
    "github", "gitlab", "slack", "slackwebhook", "stripe", "aws", "google", "gcp", "azure", "azurestorage",
    "openai", "anthropic", "npm", "pypi", "huggingface", "sendgrid", "twilio", "shopify", "digitalocean",
    "dockerhub", "jwt", "private-key", "putty-ppk",
}


def rng_for(key):
    return random.Random(f"{SEED}:{key}")


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(n):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out or "0"


def crc6(body):
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")


# ---------------------------------------------------------------- passwords

WORDS = ["falcon", "orchid", "tundra", "marble", "copper", "harbor", "lantern", "nimbus", "maple", "raven",
         "cobalt", "summit", "willow", "ember", "quartz", "juniper", "atlas", "pioneer", "velvet", "sparrow",
         "granite", "meadow", "thunder", "saffron", "glacier", "bramble", "pepper", "otter", "cactus", "delta",
         "hazel", "mango", "nebula", "onyx", "pebble", "rocket", "sierra", "tango", "walnut", "zephyr",
         "biscuit", "canyon", "dynamo", "fjord", "gopher", "ironwood", "kestrel", "lagoon", "mustang", "noodle"]
NAMES = ["anna", "marco", "lucas", "priya", "jonas", "elena", "tomas", "sofia", "kenji", "laura", "omar",
         "ingrid", "diego", "hannah", "felix", "mira"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]
MONTHS = ["January", "March", "April", "June", "July", "October", "November", "December"]
SYMS = "!@#$%*?"


def leet(w):
    return w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1").replace("s", "$")


def human_pw(r):
    """A password a person chose: dictionary words, years, symbols."""
    w1, w2, w3 = r.sample(WORDS, 3)
    y = r.choice(["2019", "2021", "2022", "2023", "2024", "2025", "2026"])
    k = r.randrange(12)
    if k == 0:
        return f"{r.choice(SEASONS)}{y}{r.choice(SYMS)}"
    if k == 1:
        return f"{w1.capitalize()}{r.choice(SYMS)}{w2.capitalize()}{r.randrange(10, 99)}"
    if k == 2:
        return f"{w1}_{w2}_{r.randrange(10, 999)}"
    if k == 3:
        return f"{leet(w1).capitalize()}{y}{r.choice(SYMS)}"
    if k == 4:
        return f"{r.choice(NAMES).capitalize()}{r.randrange(1, 12):02d}{r.randrange(1, 28):02d}{r.choice(SYMS)}"
    if k == 5:
        return f"{w1.capitalize()}-{w2}-{w3}-{r.randrange(1, 9)}"
    if k == 6:
        return f"{w1}{w1}{r.randrange(1, 99)}"
    if k == 7:
        return f"{r.choice(MONTHS)}{y}#{w1[:3]}"
    if k == 8:
        return f"{leet(w1)}_{leet(w2)}"
    if k == 9:
        return f"{w1.upper()}{r.choice(SYMS)}{r.randrange(1000, 9999)}"
    if k == 10:
        return f"{w1.capitalize()}{w2.capitalize()}{y[2:]}{r.choice(SYMS)}{r.choice(SYMS)}"
    return f"{r.choice(NAMES)}.{w1}{r.randrange(10, 99)}"


PWCH = ALNUM + "!#%*+-._~^"


def rand_pw(r, n=None, alphabet=PWCH):
    n = n or r.randrange(16, 33)
    while True:
        s = rs(r, n, alphabet)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def pw(r):
    """Mix of human-chosen and random passwords."""
    return human_pw(r) if r.random() < 0.5 else rand_pw(r)


def upw(r):
    """A password that needs no escaping in URLs, compose files, XML or shell double quotes."""
    if r.random() < 0.5:
        w1, w2 = r.sample(WORDS, 2)
        return r.choice([f"{w1.capitalize()}{r.randrange(1990, 2027)}{w2}", f"{w1}-{w2}-{r.randrange(10, 99)}",
                         f"{leet(w1).replace('@', 'a').replace('$', 's')}_{w2.capitalize()}{r.randrange(1, 99)}"])
    return rand_pw(r, alphabet=ALNUM + "-._~")


def T(text, **kw):
    """Template with ⟨name⟩ placeholders (so braces, $ and Jinja need no escaping)."""
    import re
    return re.sub("⟨(\\w+)⟩", lambda m: str(kw[m.group(1)]), text)


def hexs(r, n):
    return rs(r, n, HEX)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b64bytes(r, n, urlsafe=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(n))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


# ---------------------------------------------------------------- provider token shapes

def gh(r, prefix="ghp_"):
    body = rs(r, 30, B62)
    return prefix + body + crc6(body)


def gh_badcrc(r, prefix="ghp_"):
    body = rs(r, 30, B62)
    good = crc6(body)
    while True:
        bad = rs(r, 6, B62)
        if bad != good:
            return prefix + body + bad


def gh_fine(r):
    return "github_pat_" + rs(r, 22, B62) + "_" + rs(r, 59, B62)


def npm_tok(r):
    body = rs(r, 30, B62)
    return "npm_" + body + crc6(body)


def npm_badcrc(r):
    return gh_badcrc(r, "npm_")


def glpat(r):
    return "glpat-" + rs(r, 20, ALNUM + "-_")


def glrt(r):
    return "glrt-" + rs(r, 20, ALNUM + "-_")


def gldt(r):
    return "gldt-" + rs(r, 20, ALNUM + "-_")


def slack_bot(r):
    return f"xoxb-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{rs(r, 24)}"


def slack_user(r):
    return f"xoxp-{r.randrange(10**10, 10**12)}-{r.randrange(10**10, 10**12)}-{r.randrange(10**12, 10**13)}-{hexs(r, 32)}"


def slack_app(r):
    return f"xapp-1-A{rs(r, 10, string.ascii_uppercase + string.digits)}-{r.randrange(10**12, 10**13)}-{hexs(r, 64)}"


def slack_hook(r):
    up = string.ascii_uppercase + string.digits
    return f"https://hooks.slack.com/services/T{rs(r, 10, up)}/B{rs(r, 10, up)}/{rs(r, 24)}"


def stripe_sk(r, live=True):
    return ("sk_live_" if live else "sk_test_") + "51" + rs(r, 97)


def stripe_rk(r):
    return "rk_live_51" + rs(r, 97)


def stripe_whsec(r):
    return "whsec_" + rs(r, 32)


def aws_id(r, prefix="AKIA"):
    return prefix + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return rs(r, 40, ALNUM + "+/")


def aws_session(r):
    return "IQoJb3JpZ2luX2VjE" + rs(r, 340, ALNUM + "+/") + "=="


def google_key(r):
    return "AIza" + rs(r, 35, ALNUM + "-_")


def gocspx(r):
    return "GOCSPX-" + rs(r, 28, ALNUM + "-_")


def google_refresh(r):
    return "1//0" + rs(r, 1, "cdefg") + rs(r, 98, ALNUM + "-_")


def azure_key(r):
    return b64bytes(r, 64)          # 88 chars, ends with ==


def azure_sig(r):
    s = b64bytes(r, 32)
    return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def entra_secret(r):
    a = ALNUM + "_.~-"
    return rs(r, 3, a) + r.choice("78") + "Q~" + rs(r, 34, a)


def azdo_pat(r):
    return rs(r, 52, "abcdefghijklmnopqrstuvwxyz234567")


def openai_proj(r):
    return "sk-proj-" + rs(r, 74, ALNUM + "-_") + "T3BlbkFJ" + rs(r, 74, ALNUM + "-_")


def openai_svc(r):
    return "sk-svcacct-" + rs(r, 74, ALNUM + "-_") + "T3BlbkFJ" + rs(r, 74, ALNUM + "-_")


def openai_legacy(r):
    return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)


def anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, ALNUM + "-_") + "AA"


def pypi_tok(r):
    return "pypi-AgEIcHlwaS5vcmc" + rs(r, 160, ALNUM + "-_")


def hf_tok(r):
    return "hf_" + rs(r, 34, string.ascii_letters)


def sendgrid(r):
    return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")


def twilio_sid(r, p="AC"):
    return p + hexs(r, 32)


def shopify(r, p="shpat_"):
    return p + hexs(r, 32)


def do_pat(r, p="dop_v1_"):
    return p + hexs(r, 64)


def dckr(r):
    return "dckr_pat_" + rs(r, 27, ALNUM + "-_")


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt_hs(r, payload, alg="HS256", key=None):
    key = key or rs(r, 40).encode()
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    dig = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[alg]
    sig = b64u(hmac.new(key, f"{head}.{body}".encode(), dig).digest())
    return f"{head}.{body}.{sig}"


def jwt_none(payload):
    head = b64u(json.dumps({"alg": "none", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}."


def django_key(r):
    return "django-insecure-" + rs(r, 50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)") \
        if r.random() < 0.3 else rs(r, 50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")


# ---------------------------------------------------------------- file builder

class Label:
    __slots__ = ("kind", "value", "service", "what", "pair", "group", "cat")

    def __init__(self, kind, value, service, what, pair=False, group=None, cat=None):
        self.kind, self.value, self.service, self.what = kind, value, service, what
        self.pair, self.group, self.cat = pair, group, cat


class F:
    """One corpus file. Use s()/n() inside the text to mark a labelled value; they return markers."""

    def __init__(self, path, crlf=False):
        self.path = path
        self.r = rng_for(path)
        self.marks = []
        self.body = None
        self.crlf = crlf
        self.plain = False
        FILES.append(self)

    def s(self, value, service, kind, pair=False, group=None):
        if group is None:
            group = "providers" if service in PROVIDER_SERVICES else "config"
        self.marks.append(Label("secret", value, service, kind, pair, group))
        return f"\x00{len(self.marks) - 1}\x00"

    def n(self, value, service, why, cat):
        self.marks.append(Label("negative", value, service, why, cat=cat))
        return f"\x00{len(self.marks) - 1}\x00"

    def set(self, text):
        self.body = text
        return self

    def render(self):
        """-> (bytes, [(line, Label)])"""
        assert self.body is not None, self.path
        out_lines, labels = [], []
        for i, line in enumerate(self.body.split("\n"), 1):
            parts = line.split("\x00")
            if len(parts) > 1:
                assert len(parts) == 3, f"{self.path}:{i}: more than one label on a line"
                lab = self.marks[int(parts[1])]
                line = parts[0] + lab.value + parts[2]
                labels.append((i, lab))
            out_lines.append(line)
        used = {id(l) for _, l in labels}
        assert len(used) == len(self.marks), f"{self.path}: unplaced marker"
        sep = "\r\n" if self.crlf else "\n"
        return sep.join(out_lines).encode(), labels


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_all(out_dir):
    """Write files/ and labels.toml. Returns groups dict."""
    import shutil
    files_dir = os.path.join(out_dir, "files")
    if os.path.isdir(files_dir):
        shutil.rmtree(files_dir)
    secrets, negatives, groups = [], [], {}
    seen = set()
    for f in FILES:
        assert f.path not in seen, f"duplicate file {f.path}"
        seen.add(f.path)
        data, labels = f.render()
        p = os.path.join(files_dir, f.path)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
        for line, lab in labels:
            rel = "files/" + f.path
            if lab.kind == "secret":
                secrets.append((rel, line, lab))
                groups[f"{rel}:{line}"] = lab.group
            else:
                negatives.append((rel, line, lab))
                groups[f"{rel}:{line}"] = "negative:" + lab.cat
    out = ["# Blind corpus d: labels. Generated by gen/build.py; see NOTES.md for conventions.", ""]
    for rel, line, lab in secrets:
        out += ["[[secret]]", f"file = {toml_str(rel)}", f"line = {line}", f"service = {toml_str(lab.service)}",
                f"kind = {toml_str(lab.what)}", f"value = {toml_str(lab.value)}"]
        if lab.pair:
            out.append("pair = true")
        out.append("")
    for rel, line, lab in negatives:
        out += ["[[negative]]", f"file = {toml_str(rel)}", f"line = {line}", f"service = {toml_str(lab.service)}",
                f"why = {toml_str(lab.what)}", f"value = {toml_str(lab.value)}", ""]
    with open(os.path.join(out_dir, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    plain = sorted(f.path for f in FILES if f.plain)
    with open(os.path.join(out_dir, "gen", "groups.json"), "w", encoding="utf-8") as fh:
        json.dump({"labels": groups, "plain_files": plain}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    return groups
