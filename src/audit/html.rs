//! The self-contained HTML audit report: one file, inline CSS, no scripts, no fonts,
//! images or styles from elsewhere. Every piece of text from a scan passes through [`esc`].

use std::fmt::Write as _;

use super::model::{AuditReport, SEVERITIES, TokenRow, WorkflowRow};
use crate::finding::Severity;

// Every string from a scan goes through here: entities for markup, visible escapes for
// control and reordering characters (one module for every sink).
use crate::escape::html as esc;

const CSS: &str = r#"
:root{--crit:#9f1239;--high:#dc2626;--med:#d97706;--low:#2563eb;--ink:#1f2937;--mute:#6b7280;--line:#e5e7eb;--bg:#f9fafb}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
header{background:#111827;color:#f9fafb;padding:20px 32px}
header h1{margin:0 0 6px;font-size:22px}
header p{margin:2px 0;color:#d1d5db}
main{padding:20px 32px}
h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:150px}
.card b{display:block;font-size:24px}
.card span{color:var(--mute)}
.charts{display:flex;gap:24px;flex-wrap:wrap}
.chart{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;flex:1;min-width:380px}
.chart h3{margin:0 0 8px;font-size:15px}
.row{display:flex;align-items:center;gap:8px;margin:4px 0}
.row .label{width:140px;text-align:right;color:var(--ink);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.row .track{flex:1;height:18px;background:#f3f4f6;border-radius:3px;display:flex;overflow:hidden}
.row .n{width:36px;color:var(--mute)}
.seg{height:100%}
.s-critical{background:var(--crit)}.s-high{background:var(--high)}.s-medium{background:var(--med)}.s-low{background:var(--low)}
.legend{margin-top:8px;color:var(--mute)}
.legend i{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px;border-radius:2px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line)}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line);overflow-wrap:break-word}
.inventory td{font-size:13px}
td.advice{width:24%}
td.where{overflow-wrap:anywhere}
td.where>ul{min-width:200px}
td.first{white-space:nowrap}
th{background:#f3f4f6;font-weight:600}
td ul{margin:0;padding-left:16px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
pre{margin:4px 0 0;white-space:pre-wrap;background:#f3f4f6;padding:6px;border-radius:4px}
.badge{white-space:nowrap;display:inline-block;padding:1px 7px;border-radius:10px;color:#fff;font-size:12px;font-weight:600}
.st-valid{color:var(--crit);font-weight:600}.st-invalid{color:var(--mute)}
.mute{color:var(--mute)}
.empty{background:#fff;border:1px dashed var(--line);padding:16px;border-radius:8px;color:var(--mute)}
footer{padding:16px 32px;color:var(--mute)}
"#;

fn badge(s: Severity) -> String {
    format!(r#"<span class="badge s-{0}">{0}</span>"#, s.as_str())
}

fn list(items: &[String], max: usize) -> String {
    if items.is_empty() {
        return r#"<span class="mute">—</span>"#.into();
    }
    let mut s = String::from("<ul>");
    for i in items.iter().take(max) {
        let _ = write!(s, "<li>{}</li>", esc(i));
    }
    if items.len() > max {
        let _ = write!(s, r#"<li class="mute">+{} more</li>"#, items.len() - max);
    }
    s.push_str("</ul>");
    s
}

fn or_dash(s: &str) -> String {
    if s.is_empty() {
        r#"<span class="mute">—</span>"#.into()
    } else {
        esc(s)
    }
}

fn pct(n: usize, max: usize) -> f64 {
    if max == 0 {
        0.0
    } else {
        (n as f64 * 100.0 / max as f64 * 10.0).round() / 10.0
    }
}

fn severity_chart(r: &AuditReport) -> String {
    let max = r.by_severity.iter().copied().max().unwrap_or(0);
    let mut s = String::from(r#"<div class="chart"><h3>Tokens by severity</h3>"#);
    for (sev, n) in SEVERITIES.iter().zip(r.by_severity) {
        let _ = write!(
            s,
            r#"<div class="row"><div class="label">{sev}</div><div class="track"><div class="seg s-{sev}" style="width:{w}%"></div></div><div class="n">{n}</div></div>"#,
            sev = sev.as_str(),
            w = pct(n, max),
        );
    }
    s.push_str("</div>");
    s
}

fn provider_chart(r: &AuditReport) -> String {
    let max = r.max_provider_total();
    let mut s = String::from(r#"<div class="chart"><h3>Tokens by provider</h3>"#);
    if r.by_provider.is_empty() {
        s.push_str(r#"<p class="mute">No tokens.</p>"#);
    }
    for (provider, counts) in &r.by_provider {
        let total: usize = counts.iter().sum();
        let _ = write!(
            s,
            r#"<div class="row"><div class="label" title="{p}">{p}</div><div class="track">"#,
            p = esc(provider)
        );
        for (sev, n) in SEVERITIES.iter().zip(counts) {
            if *n > 0 {
                let _ = write!(
                    s,
                    r#"<div class="seg s-{sev}" style="width:{w}%" title="{n} {sev}"></div>"#,
                    sev = sev.as_str(),
                    w = pct(*n, max),
                );
            }
        }
        let _ = write!(s, r#"</div><div class="n">{total}</div></div>"#);
    }
    s.push_str(r#"<div class="legend">"#);
    for sev in SEVERITIES {
        let _ = write!(s, r#"<i class="s-{0}"></i>{0}"#, sev.as_str());
    }
    s.push_str("</div></div>");
    s
}

fn token_row(i: usize, t: &TokenRow) -> String {
    let places: Vec<String> = t.places.iter().map(|p| p.label()).collect();
    let first = match &t.first_seen {
        Some(f) => format!(
            "<code>{}</code><br><span class=\"mute\">{}{}<br>{}</span>",
            esc(&f.commit),
            f.repo
                .as_ref()
                .map(|r| format!("{} · ", esc(r)))
                .unwrap_or_default(),
            esc(&f.author),
            esc(&f.date.replacen('T', " ", 1))
        ),
        None => r#"<span class="mute">not in history</span>"#.into(),
    };
    let status_class = match t.status.as_str() {
        "valid" => "st-valid",
        "invalid" => "st-invalid",
        _ => "mute",
    };
    let mut suggestion = esc(&t.suggestion);
    for n in &t.notes {
        let _ = write!(suggestion, r#"<br><span class="mute">! {}</span>"#, esc(n));
    }
    let mut who = String::new();
    if !t.identity.is_empty() {
        let _ = write!(who, "<b>{}</b>", esc(&t.identity));
    }
    who.push_str(&list(&t.permissions, 6));
    format!(
        "<tr><td>{i}<br><span class=\"mute\" title=\"risk score\">{risk}</span></td><td>{badge}</td>\
         <td><b>{provider}</b> {kind}<br><code>{redacted}</code><br><code class=\"mute\">{rule}</code></td>\
         <td>{who}</td><td>{expiry}{usage}<br><span class=\"{status_class}\">{status}</span></td>\
         <td class=\"where\">{places}</td><td class=\"first\">{first}</td><td class=\"advice\">{suggestion}</td></tr>\n",
        risk = t.risk,
        badge = badge(t.severity),
        provider = esc(&t.provider),
        kind = esc(&t.kind),
        rule = esc(&t.rule_id),
        redacted = esc(&t.redacted),
        expiry = esc(&t.expiry),
        usage = t
            .usage()
            .map(|u| format!("<br><span class=\"mute\">{}</span>", esc(&u)))
            .unwrap_or_default(),
        status = esc(&t.status),
        places = list(&places, 6),
    )
}

fn workflow_row(w: &WorkflowRow) -> String {
    let place = match &w.repo {
        Some(r) => format!("{r}:{}:{}", w.file, w.line),
        None => format!("{}:{}", w.file, w.line),
    };
    let suggestion = if w.suggestion.is_empty() {
        r#"<span class="mute">—</span>"#.to_string()
    } else {
        format!("<pre>{}</pre>", crate::escape::html_block(&w.suggestion))
    };
    format!(
        "<tr><td>{}</td><td><code>{}</code><br><span class=\"mute\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td class=\"advice\">{}</td></tr>\n",
        badge(w.severity),
        esc(&place),
        esc(&w.rule_id),
        or_dash(&w.subject),
        esc(&w.message),
        list(&w.excess, 10),
        suggestion
    )
}

/// Renders the whole report.
pub fn render(r: &AuditReport) -> String {
    let mut h = String::with_capacity(16 << 10);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <title>{}</title><style>{CSS}</style></head><body>\n",
        esc(&r.title)
    );
    let scope = format!(
        "{}working tree and artifacts{}",
        if r.history { "git history, " } else { "" },
        if r.verified {
            "; tokens verified with their providers (read-only)"
        } else {
            "; offline (no token was sent anywhere)"
        }
    );
    let _ = writeln!(
        h,
        "<header><h1>{}</h1><p>Generated {} by tokenscope {} · scanned: {}</p><p>{}</p></header><main>",
        esc(&r.title),
        esc(&r.generated),
        esc(r.version),
        esc(&r.targets.join(", ")),
        esc(&scope)
    );
    for n in &r.notes {
        let _ = write!(h, "<p class=\"mute\">{}</p>", esc(n));
    }
    let serious = r.by_severity[0] + r.by_severity[1];
    let live = r.tokens.iter().filter(|t| t.status == "valid").count();
    let _ = writeln!(
        h,
        "<section class=\"cards\">\
         <div class=\"card\"><b>{}</b><span>unique tokens</span></div>\
         <div class=\"card\"><b>{serious}</b><span>critical or high</span></div>\
         <div class=\"card\"><b>{}</b><span>confirmed live</span></div>\
         <div class=\"card\"><b>{}</b><span>workflow findings</span></div>\
         <div class=\"card\"><b>{}</b><span>files and blobs scanned</span></div>\
         </section>",
        r.tokens.len(),
        if r.verified {
            live.to_string()
        } else {
            "n/a".into()
        },
        r.workflows.len(),
        r.files_scanned,
    );
    let _ = writeln!(
        h,
        "<h2>Overview</h2><section class=\"charts\">{}{}</section>",
        severity_chart(r),
        provider_chart(r)
    );
    h.push_str("<h2>Token inventory, by risk</h2>\n");
    if r.tokens.is_empty() {
        h.push_str("<p class=\"empty\">No tokens found.</p>\n");
    } else {
        h.push_str(
            "<table class=\"inventory\"><thead><tr><th>#<br>risk</th><th>severity</th>\
             <th>token (redacted)</th><th>identity, permissions</th>\
             <th>expiry, provider check</th><th>where found</th><th>first seen</th>\
             <th>suggested replacement</th></tr></thead><tbody>\n",
        );
        for (i, t) in r.tokens.iter().enumerate() {
            h.push_str(&token_row(i + 1, t));
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("<h2>Workflow findings</h2>\n");
    if r.workflows.is_empty() {
        h.push_str("<p class=\"empty\">No workflow findings.</p>\n");
    } else {
        h.push_str(
            "<table><thead><tr><th>severity</th><th>where</th><th>subject</th><th>finding</th>\
             <th>excess</th><th>suggested</th></tr></thead><tbody>\n",
        );
        for w in &r.workflows {
            h.push_str(&workflow_row(w));
        }
        h.push_str("</tbody></table>\n");
    }
    if !r.warnings.is_empty() {
        let _ = write!(
            h,
            "<h2>Not fully scanned</h2><details><summary>{} warning{}</summary><ul>",
            r.warnings.len(),
            if r.warnings.len() == 1 { "" } else { "s" }
        );
        for w in &r.warnings {
            let _ = write!(h, "<li>{}</li>", esc(w));
        }
        h.push_str("</ul></details>\n");
    }
    h.push_str(
        "</main><footer>Secrets are redacted: each token shows at most its public prefix and \
         last characters. Risk orders tokens by severity, what the provider said, privilege, \
         lifetime, presence in the working tree and spread.</footer></body></html>\n",
    );
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            esc(r#"<script>alert("x")</script>&'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"
        );
        assert_eq!(esc("a\u{1b}[31m\nb"), "a\\x1b[31m\\nb");
    }
}
