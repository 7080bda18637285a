"""Renderers: turn occurrences (lists of entries for one service) into realistic lines in many languages/formats.

Values are written as markers @@V<n>@@; build.py replaces each marker with the entry's written text and records
its line number, so labels are exact by construction.
"""
import base64
import json
import re

from tokens import rng

ENTRIES = []  # global registry: index -> entry dict


def new_entry(**kw):
    e = dict(kw)
    e.setdefault("expr", False)
    e["id"] = len(ENTRIES)
    ENTRIES.append(e)
    return e


def M(e):
    return f"@@V{e['id']}@@"


# ------------------------------------------------------------------ naming helpers

def envp(svc):
    p = re.sub(r"[^A-Z0-9]+", "_", svc.display.upper()).strip("_")
    if p[0].isdigit():
        p = svc.key.upper()
    return p


def slug(svc):
    s = re.sub(r"[^a-z0-9]+", "_", svc.display.lower()).strip("_")
    if s[0].isdigit():
        s = svc.key
    return s


def cls(svc):
    parts = re.split(r"[^A-Za-z0-9]+", svc.display)
    c = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if c[0].isdigit():
        c = svc.key.capitalize()
    return c


def ENV(e):
    return f"{envp(e['svc'])}_{e['kind'].suffix}"


def snake(e):
    return e["kind"].suffix.lower()


def camel(e):
    w = e["kind"].suffix.lower().split("_")
    return w[0] + "".join(x.capitalize() for x in w[1:])


def pascal(e):
    return "".join(x.capitalize() for x in e["kind"].suffix.lower().split("_"))


def svc_camel(e):
    c = cls(e["svc"])
    m = re.match(r"[A-Z0-9]+(?=[A-Z][a-z]|$)", c)
    if m and len(m.group(0)) > 1:
        return c[:len(m.group(0))].lower() + c[len(m.group(0)):]
    return c[0].lower() + c[1:]


def kebab(e):
    return e["kind"].suffix.lower().replace("_", "-")


# ------------------------------------------------------------------ value expressions per language

ENVREAD = {
    "py": lambda v: f'os.environ["{v}"]', "js": lambda v: f"process.env.{v}", "ts": lambda v: f"process.env.{v} ?? ''",
    "go": lambda v: f'os.Getenv("{v}")', "java": lambda v: f'System.getenv("{v}")', "kt": lambda v: f'System.getenv("{v}")',
    "cs": lambda v: f'Environment.GetEnvironmentVariable("{v}")', "rb": lambda v: f'ENV.fetch("{v}")',
    "php": lambda v: f"getenv('{v}')", "rs": lambda v: f'&std::env::var("{v}").expect("{v} not set")',
    "swift": lambda v: f'ProcessInfo.processInfo.environment["{v}"] ?? ""', "sh": lambda v: '"${' + v + ':?missing}"',
    "ps1": lambda v: f"$env:{v}",
}

CALLREAD = {
    "py": lambda v: f'get_secret("{v.lower()}")', "js": lambda v: f"await secrets.get('{v.lower()}')",
    "ts": lambda v: f"await vault.read('{v.lower()}')", "go": lambda v: f'mustSecret("{v.lower()}")',
    "java": lambda v: f'secretStore.get("{v.lower()}")', "kt": lambda v: f'BuildConfig.{v}',
    "cs": lambda v: f'_config["{v.replace("_", ":")}"]', "rb": lambda v: f"Rails.application.credentials.dig(:{v.lower()})",
    "php": lambda v: f"config('services.{v.lower()}')", "rs": lambda v: f'&load_secret("{v.lower()}")?',
    "swift": lambda v: f'Keychain.string(for: "{v.lower()}")', "sh": lambda v: f'"$(vault kv get -field=value secret/{v.lower()})"',
    "ps1": lambda v: f"(Get-Secret -Name {v} -AsPlainText)",
}

SQ = {"rb", "php", "ps1"}  # languages where we like single quotes for literals


def lit(lang, s, e=None):
    if lang in SQ or (lang in ("js", "ts") and rng.random() < 0.6):
        return f"'{s}'"
    return f'"{s}"'


def val(lang, e):
    """Expression for entry e in language `lang` (quoted literal or raw expression)."""
    if e.get("expr") == "env":
        x = ENVREAD[lang](ENV(e))
        e["written"] = x
        return M(e)
    if e.get("expr") == "call":
        x = CALLREAD[lang](ENV(e))
        e["written"] = x
        return M(e)
    return lit(lang, M(e))


def auth_of(svc):
    a = svc.auth
    if a == "bearer":
        return ("header", "Authorization", "Bearer ")
    if a.startswith("hdrp:"):
        _, name, pre = a.split(":", 2)
        return ("header", name, (pre + " ") if pre and not pre.endswith("=") else pre)
    if a.startswith("hdr:"):
        return ("header", a[4:], "")
    if a.startswith("query:"):
        return ("query", a[6:], "")
    if a.startswith("body:"):
        return ("body", a[5:], "")
    return (a, "", "")


def split_entries(occ):
    ids = [e for e in occ if e["role"] == "id"]
    secs = [e for e in occ if e["role"] != "id"]
    return ids, secs


def url_of(svc, tokexpr_sep=None):
    return svc.endpoint.replace("{id}", "MAxxxxxxxxxxxxxxxxxx" if False else "ACCOUNT_ID").replace("{v}", "{TOKEN}")


# ------------------------------------------------------------------ code renderers (const / ctor / inline)

def can_inline(occ):
    ids, secs = split_entries(occ)
    svc = occ[0]["svc"]
    return len(occ) == 1 and not ids and svc.auth not in ("none", "digest", "basic2") and not secs[0].get("expr")


def py_occ(occ, style):
    svc = occ[0]["svc"]
    ids, secs = split_entries(occ)
    kind, name, pre = auth_of(svc)
    url = svc.endpoint
    L = [f"# --- {svc.display} ---"]
    if style == "inline" and can_inline(occ):
        e = occ[0]
        v = M(e)
        if kind == "header":
            L += [f"def {slug(svc)}_session():", "    s = requests.Session()",
                  f'    s.headers.update({{"{name}": "{pre}{v}"}})', "    return s"]
        elif kind == "query":
            L += [f"def fetch_{slug(svc)}(**params):",
                  f'    params.setdefault("{name}", "{v}")',
                  f'    return requests.get("{url}", params=params, timeout=15).json()']
        elif kind == "body":
            L += [f"def call_{slug(svc)}(payload):", f'    payload = {{**payload, "{name}": "{v}"}}',
                  f'    return requests.post("{url}", json=payload, timeout=15).json()']
        elif kind == "basicu":
            L += [f"def {slug(svc)}_get(path=''):",
                  f'    return requests.get("{url}" + path, auth=("{v}", ""), timeout=15)']
        elif kind == "path":
            if "{v}" == svc.endpoint:
                L += [f'{envp(svc)}_WEBHOOK = "{v}"', "", f"def notify(text):",
                      f'    requests.post({envp(svc)}_WEBHOOK, json={{"text": text}}, timeout=5)']
            else:
                L += [f"def {slug(svc)}_url():", f'    return "{url.replace("{v}", v)}"']
        return L
    if style == "ctor" and svc.auth not in ("none",):
        L += [f"{slug(svc)} = {cls(svc)}Client("]
        for e in occ:
            L.append(f"    {snake(e)}={val('py', e)},")
        L += [f'    base_url="{url.split("{")[0]}",' if "{" in url else f'    base_url="{url}",', ")"]
        return L
    for e in occ:
        L.append(f"{ENV(e)} = {val('py', e)}")
    sec = secs[0]
    if kind == "header":
        L += ["", f"def {slug(svc)}_headers():", f'    return {{"{name}": f"{pre}{{{ENV(sec)}}}", "Accept": "application/json"}}']
    elif kind == "query":
        L += ["", f"def {slug(svc)}_get(**params):", f"    params[\"{name}\"] = {ENV(sec)}",
              f'    return requests.get("{url}", params=params, timeout=15)']
    elif kind in ("basicu", "basic2") and "{" not in url:
        user = ENV(ids[0]) if ids else ENV(sec)
        pw = ENV(sec) if ids else '""'
        L += ["", f"def {slug(svc)}_get():", f'    return requests.get("{url}", auth=({user}, {pw}), timeout=15)']
    return L


def js_occ(occ, style, ts=False):
    lang = "ts" if ts else "js"
    svc = occ[0]["svc"]
    ids, secs = split_entries(occ)
    kind, name, pre = auth_of(svc)
    url = svc.endpoint
    L = [f"// {svc.display} integration"]
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f"export const {svc_camel(occ[0])}Http = axios.create({{", f"  baseURL: '{url}',",
                  f"  headers: {{ '{name}': '{pre}{v}' }},", "});"]
        elif kind == "query":
            L += [f"export async function get{cls(svc)}(params{': Record<string, string>' if ts else ''} = {{}}) {{",
                  f"  const qs = new URLSearchParams({{ ...params, {name}: '{v}' }});",
                  f"  const res = await fetch(`{url}?${{qs}}`);", "  return res.json();", "}"]
        elif kind == "body":
            L += [f"export const send{cls(svc)} = (body{': object' if ts else ''}) =>",
                  f"  fetch('{url}', {{ method: 'POST', body: JSON.stringify({{ ...body, {name}: '{v}' }}) }});"]
        elif kind == "basicu":
            L += [f"const {svc_camel(occ[0])}Auth = Buffer.from('{v}:').toString('base64');",
                  f"export const {svc_camel(occ[0])} = axios.create({{ baseURL: '{url}', headers: {{ Authorization: `Basic ${{{svc_camel(occ[0])}Auth}}` }} }});"]
        elif kind == "path":
            if svc.endpoint == "{v}":
                L += [f"const WEBHOOK_URL = '{v}';", "export const notify = (text) => fetch(WEBHOOK_URL, { method: 'POST', body: JSON.stringify({ text }) });"]
            else:
                L += [f"const endpoint = '{url.replace('{v}', v)}';"]
        return L
    if style == "ctor":
        L += [f"export const {svc_camel(occ[0])} = new {cls(svc)}Client({{"]
        for e in occ:
            L.append(f"  {camel(e)}: {val(lang, e)},")
        L += ["  timeout: 10_000,", "});"]
        return L
    for e in occ:
        L.append(f"const {ENV(e)}{': string' if ts else ''} = {val(lang, e)};")
    sec = secs[0]
    if kind == "header":
        L += [f"export const {svc_camel(sec)}Headers = () => ({{ '{name}': `{pre}${{{ENV(sec)}}}` }});"]
    elif kind == "query":
        L += [f"export const {svc_camel(sec)}Url = (q{': string' if ts else ''}) => `{url}?{name}=${{{ENV(sec)}}}&q=${{q}}`;"]
    return L


def go_occ(occ, style):
    svc = occ[0]["svc"]
    ids, secs = split_entries(occ)
    kind, name, pre = auth_of(svc)
    url = svc.endpoint
    fn = cls(svc)
    L = [f"// {svc.display} client"]
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        L += [f"func new{fn}Request(ctx context.Context) (*http.Request, error) {{"]
        if kind == "path":
            L += [f'\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, "{url.replace("{v}", v)}", nil)']
        else:
            L += [f'\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "{url}", nil)']
        L += ["\tif err != nil {", "\t\treturn nil, err", "\t}"]
        if kind == "header":
            L.append(f'\treq.Header.Set("{name}", "{pre}{v}")')
        elif kind == "query":
            L += ["\tq := req.URL.Query()", f'\tq.Set("{name}", "{v}")', "\treq.URL.RawQuery = q.Encode()"]
        elif kind == "basicu":
            L.append(f'\treq.SetBasicAuth("{v}", "")')
        elif kind == "body":
            L.append(f'\treq.Header.Set("X-Form-{name}", "{v}")')
        L += ["\treturn req, nil", "}"]
        return L
    if style == "ctor":
        L += [f"var {fn[0].lower() + fn[1:]}Cfg = {fn}Config{{"]
        for e in occ:
            L.append(f"\t{pascal(e)}: {val('go', e)},")
        L += [f'\tBaseURL: "{url.split("{")[0]}",', "}"]
        return L
    gv = svc_camel(occ[0])
    L += ["var (" if any(e.get("expr") for e in occ) else "const ("]
    for e in occ:
        L.append(f"\t{gv}{pascal(e)} = {val('go', e)}")
    L += [")"]
    sec = secs[0]
    if kind in ("header", "query") and "{" not in url:
        L += ["", f"func new{fn}Request(ctx context.Context) (*http.Request, error) {{",
              f'\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "{url}", nil)', "\tif err != nil {", "\t\treturn nil, err", "\t}"]
        if kind == "header":
            L.append(f'\treq.Header.Set("{name}", "{pre}"+{gv}{pascal(sec)})')
        else:
            L += ["\tq := req.URL.Query()", f'\tq.Set("{name}", {gv}{pascal(sec)})', "\treq.URL.RawQuery = q.Encode()"]
        L += ["\treturn req, nil", "}"]
    elif kind in ("basicu", "basic2") and "{" not in url and "%" not in url:
        user = f"{gv}{pascal(ids[0])}" if ids else f"{gv}{pascal(sec)}"
        pw = f"{gv}{pascal(sec)}" if ids else '""'
        L += ["", f"func new{fn}Request(ctx context.Context) (*http.Request, error) {{",
              f'\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "{url}", nil)', "\tif err != nil {", "\t\treturn nil, err", "\t}",
              f"\treq.SetBasicAuth({user}, {pw})", "\treturn req, nil", "}"]
    return L


def java_occ(occ, style):
    svc = occ[0]["svc"]
    ids, secs = split_entries(occ)
    kind, name, pre = auth_of(svc)
    url = svc.endpoint
    L = []
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f"    public HttpRequest {svc_camel(occ[0])}Request() {{",
                  f'        return HttpRequest.newBuilder(URI.create("{url}"))',
                  f'            .header("{name}", "{pre}{v}")', "            .GET().build();", "    }"]
        elif kind == "query":
            L += [f"    public URI {svc_camel(occ[0])}Uri() {{",
                  f'        return URI.create("{url}?{name}={v}");', "    }"]
        else:
            L += [f'    private static final String {ENV(occ[0])} = "{v}";']
        return L
    if style == "ctor":
        args = ", ".join(val("java", e) for e in occ)
        if len(occ) == 1:
            L += [f"    private final {cls(svc)}Client {svc_camel(occ[0])} = new {cls(svc)}Client({args});"]
        else:
            L += [f"    private final {cls(svc)}Client {svc_camel(occ[0])} = {cls(svc)}Client.builder()"]
            for e in occ:
                L.append(f"        .{camel(e)}({val('java', e)})")
            L += ["        .build();"]
        return L
    for e in occ:
        L.append(f"    private static final String {ENV(e)} = {val('java', e)};")
    ids, secs = split_entries(occ)
    sec = secs[0]
    if kind == "header" and "{" not in url:
        L += ["", f"    public HttpRequest {svc_camel(sec)}Request() {{", f'        return HttpRequest.newBuilder(URI.create("{url}"))',
              f'            .header("{name}", "{pre}" + {ENV(sec)})', "            .GET().build();", "    }"]
    elif kind == "query" and "{" not in url:
        L += ["", f"    public URI {svc_camel(sec)}Uri(String q) {{", f'        return URI.create("{url}?{name}=" + {ENV(sec)} + "&q=" + q);', "    }"]
    elif kind in ("basicu", "basic2"):
        user = ENV(ids[0]) if ids else ENV(sec)
        pw = ENV(sec) if ids else '""'
        L += ["", "    private String basicAuth() {", f'        return "Basic " + java.util.Base64.getEncoder().encodeToString(({user} + ":" + {pw}).getBytes());', "    }"]
    return L


def kt_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f"    fun {svc_camel(occ[0])}Request(): Request = Request.Builder()",
                  f'        .url("{svc.endpoint}")', f'        .addHeader("{name}", "{pre}{v}")', "        .build()"]
            return L
        if kind == "query":
            L += [f'    private val {svc_camel(occ[0])}Url = "{svc.endpoint}?{name}={v}"']
            return L
    if style == "ctor":
        L += [f"    private val {svc_camel(occ[0])} = {cls(svc)}Client("]
        for e in occ:
            L.append(f"        {camel(e)} = {val('kt', e)},")
        L += ["    )"]
        return L
    for e in occ:
        kw = "const val" if not e.get("expr") else "val"
        L.append(f"    private {kw} {ENV(e)} = {val('kt', e)}")
    return L


def cs_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f"        _http.DefaultRequestHeaders.TryAddWithoutValidation(\"{name}\", \"{pre}{v}\");"]
            return L
        if kind == "query":
            L += [f'        var uri = new Uri("{svc.endpoint}?{name}={v}");']
            return L
    if style == "ctor":
        if len(occ) == 1:
            L += [f"        var {svc_camel(occ[0])} = new {cls(svc)}Client({val('cs', occ[0])});"]
        else:
            L += [f"        var {svc_camel(occ[0])} = new {cls(svc)}Client(new {cls(svc)}Options", "        {"]
            for e in occ:
                L.append(f"            {pascal(e)} = {val('cs', e)},")
            L += ["        });"]
        return L
    for e in occ:
        kw = "const string" if not e.get("expr") else "static readonly string"
        L.append(f"        private {kw} {cls(svc)}{pascal(e)} = {val('cs', e)};")
    return L


def rb_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f"{slug(svc).upper()}_CONN = Faraday.new(url: '{svc.endpoint}') do |f|",
                  f"  f.headers['{name}'] = '{pre}{v}'", "  f.adapter Faraday.default_adapter", "end"]
            return L
        if kind == "query":
            L += [f"{slug(svc).upper()}_URL = URI('{svc.endpoint}?{name}={v}')"]
            return L
    if style == "ctor":
        L += [f"{cls(svc)}.configure do |config|"]
        for e in occ:
            L.append(f"  config.{snake(e)} = {val('rb', e)}")
        L += ["  config.timeout = 15", "end"]
        return L
    for e in occ:
        L.append(f"{ENV(e)} = {val('rb', e)}")
    return L


def php_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f"$response = $this->http->request('GET', '{svc.endpoint}', [",
                  f"    'headers' => ['{name}' => '{pre}{v}'],", "]);"]
            return L
        if kind == "query":
            L += [f"$response = $this->http->get('{svc.endpoint}', ['query' => ['{name}' => '{v}']]);"]
            return L
    if style == "ctor":
        if len(occ) == 1:
            L += [f"$client = new \\Acme\\Integrations\\{cls(svc)}Client({val('php', occ[0])});"]
        else:
            L += [f"$client = new \\Acme\\Integrations\\{cls(svc)}Client(["]
            for e in occ:
                L.append(f"    '{snake(e)}' => {val('php', e)},")
            L += ["]);"]
        return L
    for e in occ:
        L.append(f"define('{ENV(e)}', {val('php', e)});")
    return L


def rs_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        fn = slug(svc)
        if kind == "header":
            L += [f"pub async fn {fn}_get(http: &reqwest::Client) -> reqwest::Result<reqwest::Response> {{",
                  f'    http.get("{svc.endpoint}")', f'        .header("{name}", "{pre}{v}")', "        .send()", "        .await", "}"]
            return L
        if kind == "query":
            L += [f"pub async fn {fn}_get(http: &reqwest::Client) -> reqwest::Result<reqwest::Response> {{",
                  f'    http.get("{svc.endpoint}")', f'        .query(&[("{name}", "{v}")])', "        .send()", "        .await", "}"]
            return L
        if kind == "basicu":
            L += [f"pub async fn {fn}_get(http: &reqwest::Client) -> reqwest::Result<reqwest::Response> {{",
                  f'    http.get("{svc.endpoint}").basic_auth("{v}", None::<&str>).send().await', "}"]
            return L
    if style == "ctor" and not any(e.get("expr") for e in occ):
        L += [f"let {slug(svc)} = {cls(svc)}Client::new({cls(svc)}Config {{"]
        for e in occ:
            L.append(f"    {snake(e)}: {val('rs', e)}.to_string(),")
        L += ["    ..Default::default()", "});"]
        return L
    for e in occ:
        if e.get("expr"):
            L.append(f"    let {snake(e)} = {val('rs', e)};")
        else:
            L.append(f"const {ENV(e)}: &str = {val('rs', e)};")
    return L


def swift_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if style == "inline" and can_inline(occ) and kind == "header":
        v = M(occ[0])
        L += [f"    func {svc_camel(occ[0])}Request() -> URLRequest {{",
              f'        var request = URLRequest(url: URL(string: "{svc.endpoint}")!)',
              f'        request.setValue("{pre}{v}", forHTTPHeaderField: "{name}")', "        return request", "    }"]
        return L
    for e in occ:
        L.append(f"    static let {svc_camel(e)}{pascal(e)} = {val('swift', e)}")
    return L


def sh_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    url = svc.endpoint
    L = [f"# {svc.display}"]
    if style == "inline" and can_inline(occ):
        v = M(occ[0])
        if kind == "header":
            L += [f'curl -fsS -H "{name}: {pre}{v}" \\', f'  "{url}" | jq .']
        elif kind == "query":
            L += [f'curl -fsS "{url}?{name}={v}" | jq .']
        elif kind == "basicu":
            L += [f'curl -fsS -u "{v}:" "{url}"']
        elif kind == "body":
            L += [f"curl -fsS -X POST \"{url}\" -d '{name}={v}'"]
        elif kind == "path":
            u = url.replace("{v}", v) if url != "{v}" else v
            L += [f"curl -fsS -X POST -H 'Content-Type: application/json' -d '{{\"text\":\"deploy done\"}}' \"{u}\""]
        return L
    for e in occ:
        L.append(f"export {ENV(e)}={val('sh', e)}")
    return L


def ps1_occ(occ, style):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = [f"# {svc.display}"]
    if style == "inline" and can_inline(occ) and kind in ("header", "query"):
        v = M(occ[0])
        if kind == "header":
            L += [f"$headers = @{{ '{name}' = '{pre}{v}' }}",
                  f"Invoke-RestMethod -Uri '{svc.endpoint}' -Headers $headers -Method Get"]
        else:
            L += [f"Invoke-RestMethod -Uri '{svc.endpoint}?{name}={v}' -Method Get"]
        return L
    for e in occ:
        L.append(f"$env:{ENV(e)} = {val('ps1', e)}")
    return L


# ------------------------------------------------------------------ config renderers

def cfg_val(e, fmt):
    """Raw (unquoted) written value for config formats; expr negatives become config-style references."""
    if e.get("expr"):
        ref = {"env": "${%s}" % ENV(e), "compose": "${%s}" % ENV(e), "yaml": "${%s}" % ENV(e),
               "helm": "{{ .Values.%s.%s }}" % (slug(e["svc"]), camel(e)), "gha": "${{ secrets.%s }}" % ENV(e),
               "gitlab": "$%s" % ENV(e), "circle": "${%s}" % ENV(e), "jenkins": "credentials('%s')" % ENV(e).lower().replace("_", "-"),
               "tf": "var.%s_%s" % (slug(e["svc"]), snake(e)), "json": "${%s}" % ENV(e), "toml": "${%s}" % ENV(e),
               "ini": "%%(%s)s" % ENV(e), "xml": "%%%s%%" % ENV(e), "props": "${%s}" % ENV(e)}
        e["written"] = ref.get(fmt, "${%s}" % ENV(e))
    return M(e)


def env_occ(occ):
    L = []
    if rng.random() < 0.5:
        L.append(f"# {occ[0]['svc'].display}")
    for e in occ:
        v = cfg_val(e, "env")
        if e.get("written", "").find(" ") >= 0 or (not e.get("expr") and " " in e.get("value", "")):
            v = f'"{v}"'
        L.append(f"{ENV(e)}={v}")
    return L


def yaml_occ(occ, indent=0, style="snake"):
    p = " " * indent
    svc = occ[0]["svc"]
    L = [f"{p}{slug(svc)}:"]
    if svc.endpoint and "{" not in svc.endpoint and rng.random() < 0.6:
        L.append(f"{p}  endpoint: {svc.endpoint}")
    for e in occ:
        k = snake(e) if style == "snake" else camel(e)
        v = cfg_val(e, "yaml")
        if e.get("expr") or rng.random() < 0.4 or " " in e.get("value", "") or e.get("value", "").startswith(("@", "*", "!", "&")):
            v = f'"{v}"'
        L.append(f"{p}  {k}: {v}")
    return L


def toml_occ(occ):
    svc = occ[0]["svc"]
    L = [f"[integrations.{slug(svc)}]"]
    for e in occ:
        L.append(f'{snake(e)} = "{cfg_val(e, "toml")}"')
    L.append("")
    return L


def ini_occ(occ):
    svc = occ[0]["svc"]
    L = [f"[{slug(svc)}]"]
    for e in occ:
        L.append(f"{snake(e)} = {cfg_val(e, 'ini')}")
    L.append("")
    return L


def props_occ(occ):
    svc = occ[0]["svc"]
    L = [f"# {svc.display}"]
    for e in occ:
        L.append(f"integrations.{slug(svc).replace('_', '-')}.{kebab(e)}={cfg_val(e, 'props')}")
    return L


def xml_occ(occ):
    svc = occ[0]["svc"]
    return [f'    <add key="{cls(svc)}:{pascal(e)}" value="{cfg_val(e, "xml")}" />' for e in occ]


def tf_occ(occ):
    svc = occ[0]["svc"]
    L = []
    for e in occ:
        if e.get("expr"):
            L += [f'  {slug(svc)}_{snake(e)} = {cfg_val(e, "tf")}']
        else:
            L += [f'  {slug(svc)}_{snake(e)} = "{cfg_val(e, "tf")}"']
    return L


def tfvar_occ(occ):
    svc = occ[0]["svc"]
    L = []
    for e in occ:
        L += [f'variable "{slug(svc)}_{snake(e)}" {{', "  type      = string", "  sensitive = true",
              f'  default   = "{cfg_val(e, "tf")}"', "}", ""]
    return L


def compose_occ(occ, listform):
    L = []
    for e in occ:
        v = cfg_val(e, "compose")
        if listform:
            L.append(f"      - {ENV(e)}={v}")
        else:
            q = '"' if (" " in e.get("value", "") or rng.random() < 0.5) else ""
            L.append(f"      {ENV(e)}: {q}{v}{q}")
    return L


def k8s_secret_occ(occ):
    L = []
    for e in occ:
        if e.get("expr"):
            e["written"] = "{{ .Values.%s.%s | b64enc }}" % (slug(e["svc"]), camel(e))
        else:
            e["written"] = base64.b64encode(e["value"].encode()).decode()
            e["kind_note"] = " (base64 in Secret data)"
        L.append(f"  {ENV(e)}: {M(e)}")
    return L


def k8s_env_occ(occ):
    L = []
    for e in occ:
        L += [f"            - name: {ENV(e)}", f'              value: "{cfg_val(e, "yaml")}"']
    return L


def helm_occ(occ):
    return yaml_occ(occ, indent=2, style="camel")


def gha_occ(occ):
    L = []
    for e in occ:
        v = cfg_val(e, "gha")
        q = '"' if (" " in e.get("value", "") or e.get("expr")) else ""
        L.append(f"      {ENV(e)}: {q}{v}{q}")
    return L


def gitlab_occ(occ):
    return [f'  {ENV(e)}: "{cfg_val(e, "gitlab")}"' for e in occ]


def circle_occ(occ):
    L = []
    for e in occ:
        v = cfg_val(e, "circle")
        L.append(f"      {ENV(e)}: {v}" if not (" " in e.get("value", "") or e.get("expr")) else f'      {ENV(e)}: "{v}"')
    return L


def jenkins_occ(occ):
    L = []
    for e in occ:
        if e.get("expr"):
            L.append(f"        {ENV(e)} = {cfg_val(e, 'jenkins')}")
        else:
            L.append(f"        {ENV(e)} = '{cfg_val(e, 'jenkins')}'")
    return L


def json_obj(occ, style="camel"):
    svc = occ[0]["svc"]
    d = {}
    if svc.endpoint and "{" not in svc.endpoint:
        d["baseUrl" if style == "camel" else "BaseUrl"] = svc.endpoint
    for e in occ:
        k = camel(e) if style == "camel" else pascal(e)
        d[k] = cfg_val(e, "json")
    return d


# ------------------------------------------------------------------ notebook / log / markdown

def nb_code_lines(occ):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    L = []
    if can_inline(occ) and kind in ("header", "query") and rng.random() < 0.6:
        v = M(occ[0])
        if kind == "header":
            L += [f'headers = {{"{name}": "{pre}{v}"}}', f'r = requests.get("{svc.endpoint}", headers=headers)', "r.status_code"]
        else:
            L += [f'r = requests.get("{svc.endpoint}", params={{"{name}": "{v}"}})', "r.json()"]
        return L
    for e in occ:
        L.append(f'os.environ["{ENV(e)}"] = {val("py", e)}')
    return L


def log_lines(occ, ts):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    e = occ[0]
    v = M(e)
    host = re.sub(r"^https?://", "", svc.endpoint).split("/")[0]
    path = "/" + "/".join(re.sub(r"^https?://", "", svc.endpoint).split("/")[1:])
    rid = "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48))
    if kind == "header":
        return [f"{ts} DEBUG urllib3.connectionpool Starting new HTTPS connection (1): {host}:443",
                f"{ts} DEBUG http.client send: b'GET {path} HTTP/1.1\\r\\nHost: {host}\\r\\n'",
                f"{ts} DEBUG http.client header: {name}: {pre}{v}",
                f"{ts} DEBUG http.client reply: 'HTTP/1.1 401 Unauthorized' request-id={rid}"]
    if kind == "query":
        return [f"{ts} ERROR worker.sync requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: {svc.endpoint}?{name}={v}&page=2",
                f"{ts} INFO  worker.sync retrying in 30s (request_id={rid})"]
    if kind == "path":
        u = svc.endpoint.replace("{v}", v) if svc.endpoint != "{v}" else v
        return [f"{ts} WARN  notifier POST {u} -> 503, will retry (attempt 2/5)"]
    if kind in ("basicu",):
        return [f'{ts} DEBUG client auth=("{v}", "") url={svc.endpoint}']
    if kind == "body":
        return [f"{ts} DEBUG payload={{'{name}': '{v}', 'format': 'json'}}"]
    return [f"{ts} DEBUG config loaded {ENV(e)}={v}"]


def md_curl(occ):
    svc = occ[0]["svc"]
    kind, name, pre = auth_of(svc)
    v = M(occ[0])
    if kind == "header":
        return ["```bash", f'curl -s "{svc.endpoint}" \\', f'  -H "{name}: {pre}{v}" \\', '  -H "Accept: application/json"', "```"]
    if kind == "query":
        return ["```bash", f'curl -s "{svc.endpoint}?{name}={v}"', "```"]
    if kind == "basicu":
        return ["```bash", f'curl -s -u {v}: {svc.endpoint}', "```"]
    if kind == "path":
        u = svc.endpoint.replace("{v}", v) if svc.endpoint != "{v}" else v
        return ["```bash", f"curl -X POST -H 'Content-Type: application/json' -d '{{\"text\": \"hello\"}}' {u}", "```"]
    if kind == "body":
        return ["```bash", f"curl -s {svc.endpoint} -d '{name}={v}'", "```"]
    return ["```", f"{ENV(occ[0])}={v}", "```"]
