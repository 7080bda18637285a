//! The markdown audit report (GitHub-flavoured tables; the chart is drawn with block
//! characters). Text from scans is escaped with [`crate::escape`].

use std::fmt::Write as _;

use super::model::{AuditReport, SEVERITIES};
use crate::escape::{line, markdown_cell as md_cell};

fn bar(n: usize, max: usize) -> String {
    let width = if max == 0 { 0 } else { (n * 30).div_ceil(max) };
    "█".repeat(width)
}

fn code(s: &str) -> String {
    // Redacted tokens and rule ids never hold backticks, but be safe.
    format!("`{}`", line(s).replace('`', "'"))
}

pub fn render(r: &AuditReport) -> String {
    let mut m = String::new();
    let _ = writeln!(m, "# {}\n", md_cell(&r.title));
    let _ = writeln!(
        m,
        "Generated {} by tokenscope {} · scanned: {} · {}working tree and artifacts · {}\n",
        r.generated,
        r.version,
        md_cell(&r.targets.join(", ")),
        if r.history { "git history, " } else { "" },
        if r.verified {
            "verified with providers (read-only)"
        } else {
            "offline"
        }
    );
    for n in &r.notes {
        let _ = writeln!(m, "> {}\n", md_cell(n));
    }
    let _ = writeln!(m, "{}\n", md_cell(&r.summary_line()));

    let _ = writeln!(m, "## Tokens by severity\n");
    let _ = writeln!(m, "| severity | tokens | |\n| --- | ---: | --- |");
    let max = r.by_severity.iter().copied().max().unwrap_or(0);
    for (s, n) in SEVERITIES.iter().zip(r.by_severity) {
        let _ = writeln!(m, "| {s} | {n} | {} |", bar(n, max));
    }
    let _ = writeln!(m, "\n## Tokens by provider\n");
    if r.by_provider.is_empty() {
        let _ = writeln!(m, "No tokens.");
    } else {
        let _ = writeln!(
            m,
            "| provider | critical | high | medium | low | total | |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |"
        );
        let max = r.max_provider_total();
        for (p, c) in &r.by_provider {
            let total: usize = c.iter().sum();
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} | {total} | {} |",
                md_cell(p),
                c[0],
                c[1],
                c[2],
                c[3],
                bar(total, max)
            );
        }
    }

    let _ = writeln!(m, "\n## Token inventory, by risk\n");
    if r.tokens.is_empty() {
        let _ = writeln!(m, "No tokens found.");
    } else {
        let _ = writeln!(
            m,
            "| # | risk | severity | provider | kind | token | identity | permissions | expiry | created, last used | provider check | where found | first seen | suggested replacement |"
        );
        let _ = writeln!(
            m,
            "| ---: | ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
        );
        for (i, t) in r.tokens.iter().enumerate() {
            let mut places: Vec<String> = t
                .places
                .iter()
                .take(5)
                .map(|p| md_cell(&p.label()))
                .collect();
            if t.places.len() > 5 {
                places.push(format!("+{} more", t.places.len() - 5));
            }
            let first = t
                .first_seen
                .as_ref()
                .map(|f| {
                    format!(
                        "{} {} {}",
                        code(&f.commit),
                        md_cell(&f.author),
                        md_cell(&f.date)
                    )
                })
                .unwrap_or_else(|| "not in history".into());
            let perms: Vec<String> = t.permissions.iter().map(|p| md_cell(p)).collect();
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                i + 1,
                t.risk,
                t.severity,
                md_cell(&t.provider),
                md_cell(&t.kind),
                code(&t.redacted),
                if t.identity.is_empty() {
                    "—".to_string()
                } else {
                    md_cell(&t.identity)
                },
                perms.join("<br>"),
                md_cell(&t.expiry),
                t.usage().map_or_else(|| "—".to_string(), |u| md_cell(&u)),
                md_cell(&t.status),
                places.join("<br>"),
                first,
                md_cell(&t.suggestion),
            );
        }
    }

    let _ = writeln!(m, "\n## Workflow findings\n");
    if r.workflows.is_empty() {
        let _ = writeln!(m, "No workflow findings.");
    }
    for w in &r.workflows {
        let place = match &w.repo {
            Some(repo) => format!("{repo}:{}:{}", w.file, w.line),
            None => format!("{}:{}", w.file, w.line),
        };
        let _ = writeln!(
            m,
            "- **{}** {} {} — {}",
            w.severity,
            code(&place),
            code(&w.rule_id),
            md_cell(&w.message)
        );
        if !w.excess.is_empty() {
            let _ = writeln!(m, "  - excess: {}", md_cell(&w.excess.join(", ")));
        }
        if !w.suggestion.is_empty() {
            // A fenced block shows the suggestion verbatim; the fence is longer than any
            // backtick run inside it.
            let fence = "`".repeat(
                3.max(
                    w.suggestion
                        .split(|c| c != '`')
                        .map(str::len)
                        .max()
                        .unwrap_or(0)
                        + 1,
                ),
            );
            let _ = writeln!(m, "\n  {fence}");
            for l in crate::escape::text(&w.suggestion).lines() {
                let _ = writeln!(m, "  {l}");
            }
            let _ = writeln!(m, "  {fence}\n");
        }
    }
    if !r.warnings.is_empty() {
        let _ = writeln!(m, "\n## Not fully scanned\n");
        for w in &r.warnings {
            let _ = writeln!(m, "- {}", md_cell(w));
        }
    }
    let _ = writeln!(
        m,
        "\nSecrets are redacted: each token shows at most its public prefix and last characters."
    );
    m
}
