"""Shared helpers for corpus e: seeded RNG per file path, passwords, token shapes, the F builder."""
import base64, hashlib, hmac, json, random, string, zlib

SEED = "tokenscope-blind-e-2026-config-leak"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SYMS = "!#$%*+-=?@^_~."

WORDS = """amber anchor apple arctic aspen atlas autumn badger bamboo banjo barley basil beacon birch bison
blossom bramble breeze bronze buffalo cactus canyon carbon cedar cello cherry cinder citrus clover cobalt
comet copper coral cosmos cotton coyote crimson cricket crystal cypress dahlia delta desert dingo dolphin
dragon drift eagle ebony echo ember falcon fennel fern fiesta fjord flint forest fossil fox galaxy garnet
gecko ginger glacier granite gravel harbor hazel heron hickory honey horizon husky indigo iris ivory jade
jaguar jasper juniper kestrel kiwi koala lagoon lantern lava lemon lilac lily linen lotus lynx magnet
mango maple marble marlin meadow mercury mesa meteor mint mocha monsoon moss nectar nickel nimbus nova
oak oasis ocean olive onyx opal orbit orchid osprey otter panda panther papaya pebble pepper pine pixel
plasma plum polar poppy prairie puma quartz quasar raven reef ribbon river robin rocket ruby saffron
sage salmon sapphire scarlet sequoia shadow sierra silver sparrow spruce squid storm summit sunset
tango tiger timber topaz tulip tundra turtle twilight valley velvet violet walnut willow wolf zephyr""".split()
NAMES = """anna boris chen dana elif farid greta hugo ines jonas kaito lena marco nadia oscar pavel quinn
rosa sven tariq ursula viktor wanda xavier yusuf zofia""".split()


def rng(path):
    return random.Random(SEED + "|" + path)


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def b64b(r, nbytes):
    return base64.b64encode(r.randbytes(nbytes)).decode()


def b64u(r, nbytes):
    return base64.urlsafe_b64encode(r.randbytes(nbytes)).decode().rstrip("=")


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def word(r):
    return r.choice(WORDS)


# ---------------------------------------------------------------- passwords
def pw_word(r):            # Harbor2291
    return word(r).capitalize() + str(r.randint(10, 9999))


def pw_sym(r):             # Glacier!Orchid54
    return word(r).capitalize() + r.choice("!#$%*@") + word(r).capitalize() + str(r.randint(10, 99))


def pw_rand(r, n=None, syms=SYMS):
    n = n or r.randint(12, 22)
    while True:
        s = "".join(r.choice(ALNUM + syms) for _ in range(n))
        if any(c in syms for c in s) and any(c.isdigit() for c in s):
            return s


def pw_alnum(r, n=None):
    return rs(r, n or r.randint(14, 24))


def pw_phrase(r):          # copper-violin-meadow-42
    ws = [word(r) for _ in range(r.randint(3, 4))]
    if r.random() < 0.5:
        ws.append(str(r.randint(1, 99)))
    return r.choice("-_.").join(ws) if r.random() < 0.3 else "-".join(ws)


def pw_leet(r):            # S3cur1ty#Lab7
    w = word(r).capitalize()
    w = w.replace("a", "@", 1).replace("e", "3", 1).replace("o", "0", 1).replace("i", "1", 1)
    return w + r.choice("#!$%") + word(r)[:3].capitalize() + str(r.randint(1, 99))


def pw_season(r):          # Winter2023!
    return r.choice(["Winter", "Summer", "Spring", "Autumn", "Herbst", "Fruehling"]) + str(r.randint(2016, 2025)) + r.choice(["!", "#", "", "$"])


def pw_b64(r, nbytes=None):
    return b64b(r, nbytes or r.choice([18, 24, 32]))


def pw_hex(r, n=32):
    return hexs(r, n)


def pw_any(r, urlsafe=False):
    k = r.choice(["word", "sym", "rand", "alnum", "phrase", "leet", "season", "b64", "hex"])
    if urlsafe:
        k = r.choice(["word", "alnum", "phrase", "hex", "urlrand"])
    return {"word": pw_word, "sym": pw_sym, "rand": pw_rand, "alnum": pw_alnum, "phrase": pw_phrase,
            "leet": pw_leet, "season": pw_season, "b64": pw_b64, "hex": pw_hex,
            "urlrand": lambda r: pw_rand(r, syms="-_.~")}[k](r)


def pw_url(r):
    return pw_any(r, urlsafe=True)


# ---------------------------------------------------------------- tokens
def b62enc(n, pad=6):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(pad, "0")


def crc62(s):
    return b62enc(zlib.crc32(s.encode()) & 0xFFFFFFFF)


def gh(r, prefix="ghp_"):
    body = rs(r, 30, B62)
    return prefix + body + crc62(body)


def gh_badcrc(r, prefix="ghp_"):
    body = rs(r, 30, B62)
    good = crc62(body)
    while True:
        bad = rs(r, 6, B62)
        if bad != good:
            return prefix + body + bad


def github_pat(r):
    return "github_pat_" + rs(r, 22, B62) + "_" + rs(r, 59, B62)


def glpat(r):
    return "glpat-" + rs(r, 20, URLSAFE)


def slack_bot(r, p="xoxb-"):
    return f"{p}{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{rs(r, 24)}"


def slack_user(r):
    return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{hexs(r, 32)}"


def slack_hook(r):
    return f"https://hooks.slack.com/services/T{rs(r, 9, UPNUM)}/B{rs(r, 11, UPNUM)}/{rs(r, 24)}"


def stripe(r, p="sk_live_"):
    return p + "51" + rs(r, 97)


def aws_id(r, p="AKIA"):
    return p + rs(r, 16, string.ascii_uppercase + "234567")


def aws_secret(r):
    return rs(r, 40, B64)


def gapi(r):
    return "AIza" + rs(r, 35, URLSAFE)


def azure_key(r):
    return b64b(r, 64)


def sas_key(r):
    return b64b(r, 32)


def openai(r):
    if r.random() < 0.5:
        return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    return "sk-proj-" + rs(r, 74, URLSAFE) + "T3BlbkFJ" + rs(r, 74, URLSAFE)


def anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, URLSAFE) + "AA"


def npm(r):
    body = rs(r, 30, B62)
    return "npm_" + body + crc62(body)


def pypi(r):
    return "pypi-AgEIcHlwaS5vcmc" + b64u(r, 120)


def hf(r):
    return "hf_" + rs(r, 34, string.ascii_letters)


def sendgrid(r):
    return "SG." + rs(r, 22, URLSAFE) + "." + rs(r, 43, URLSAFE)


def twilio_sid(r, p="AC"):
    return p + hexs(r, 32)


def shopify(r, p="shpat_"):
    return p + hexs(r, 32)


def dop(r, p="dop_v1_"):
    return p + hexs(r, 64)


def dckr(r):
    return "dckr_pat_" + rs(r, 27, URLSAFE)


def jwt(r, payload, key=None, alg="HS256"):
    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    h = enc({"alg": alg, "typ": "JWT"})
    p = enc(payload)
    key = key or r.randbytes(32)
    sig = base64.urlsafe_b64encode(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"


def discord(r):
    uid = str(r.randint(10**17, 10**18))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, 6, URLSAFE) + "." + rs(r, 38, URLSAFE)


def telegram(r):
    return f"{r.randint(10**9, 8 * 10**9)}:AA{rs(r, 33, URLSAFE)}"


# ---------------------------------------------------------------- builder
FILES = []


class F:
    def __init__(self, path, crlf=False):
        self.path = path
        self.r = rng(path)
        self.crlf = crlf
        self.labels = []
        self.text = None
        self.plain = False

    def s(self, value, service, kind, pair=False, anchor=None, group="config"):
        assert value, (self.path, kind)
        self.labels.append(dict(t="secret", value=value, service=service, kind=kind, pair=pair,
                                anchor=anchor, group=group))
        return value

    def p(self, value, service, kind, pair=False, anchor=None):
        return self.s(value, service, kind, pair, anchor, group="providers")

    def n(self, value, service, why, category, anchor=None):
        self.labels.append(dict(t="negative", value=value, service=service, why=why, category=category,
                                anchor=anchor, group="negative:" + category))
        return value

    def done(self, text):
        if not text.endswith("\n"):
            text += "\n"
        self.text = text


def new(path, crlf=False):
    f = F(path, crlf)
    FILES.append(f)
    return f


def plain(path, text):
    f = new(path)
    f.plain = True
    f.done(text)
    return f
