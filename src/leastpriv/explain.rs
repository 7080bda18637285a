//! `tokenscope explain`: the reasoning behind a least-privilege finding — each granted
//! permission, which code or step needs it (file:line), and the excess.

use std::io::Write;

use super::Analysis;
use super::advise::Assessment;

/// Assessments that answer to `target`: a finding fingerprint (or a prefix of at least 8
/// hex digits), a leaked token's fingerprint, an env var or secret name, or a workflow job
/// (`path#job` or the job id).
pub fn select<'a>(assessments: &'a [Assessment], target: &str) -> Vec<&'a Assessment> {
    let t = target.trim();
    let fp_like = t.len() >= 8 && t.chars().all(|c| c.is_ascii_hexdigit());
    assessments
        .iter()
        .filter(|a| {
            if fp_like
                && (a.fingerprint.starts_with(t)
                    || a.token_fingerprint
                        .as_deref()
                        .is_some_and(|f| f.starts_with(t)))
            {
                return true;
            }
            a.names.iter().any(|n| n.eq_ignore_ascii_case(t))
                || a.subject == t
                || a.subject.rsplit_once('#').is_some_and(|(_, job)| job == t)
        })
        .collect()
}

pub fn write(a: &Assessment, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{} — {}", a.rule_id, a.subject)?;
    writeln!(out, "  at {}:{}", a.file, a.line)?;
    writeln!(out, "  fingerprint {}", a.fingerprint)?;
    if let Some(t) = &a.token_fingerprint {
        writeln!(out, "  token fingerprint {t}")?;
    }
    writeln!(out, "  {}", a.message)?;
    writeln!(out, "  granted: {}", a.granted_summary)?;
    if !a.rows.is_empty() {
        writeln!(out, "  permission-by-permission:")?;
        for r in &a.rows {
            let mark = if r.excess { "EXCESS" } else { "ok" };
            writeln!(
                out,
                "    {:<28} granted {:<8} needed {:<6} {mark}",
                r.permission, r.granted, r.needed
            )?;
            if r.evidence.is_empty() {
                writeln!(out, "        needed by: nothing in the repository")?;
            }
            for e in &r.evidence {
                writeln!(out, "        needed by {e}")?;
            }
        }
    }
    if !a.unknown.is_empty() {
        writeln!(out, "  unknown needs (their permissions are kept):")?;
        for u in &a.unknown {
            writeln!(out, "    {u}")?;
        }
    }
    for n in &a.notes {
        writeln!(out, "  note: {n}")?;
    }
    if !a.excess.is_empty() {
        writeln!(out, "  excess: {}", a.excess.join("; "))?;
    }
    writeln!(out, "  suggested:")?;
    for l in a.suggestion.lines() {
        writeln!(out, "    {l}")?;
    }
    Ok(())
}

/// Prints the reasoning for `target`; false when nothing matched.
pub fn explain(
    an: &Analysis,
    assessments: &[Assessment],
    target: &str,
    out: &mut dyn Write,
) -> std::io::Result<bool> {
    let hits = select(assessments, target);
    if hits.is_empty() {
        // A workflow job without a finding: show its reasoning all the same.
        let t = target.trim();
        let jobs: Vec<_> = an
            .workflows
            .iter()
            .flat_map(|w| w.jobs.iter().map(move |j| (w, j)))
            .filter(|(w, j)| w.job_label(&j.id) == t || j.id == t)
            .collect();
        if !jobs.is_empty() {
            for (i, (w, j)) in jobs.into_iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                write(&super::advise::job_assessment(w, &an.workflows, j), out)?;
            }
            return Ok(true);
        }
        // An env var or secret nothing uses: say so rather than nothing.
        let reads: Vec<String> = an
            .env_reads
            .iter()
            .filter(|e| e.name.eq_ignore_ascii_case(target))
            .map(|e| format!("{}:{}", e.file, e.line))
            .collect();
        if !reads.is_empty() {
            // A variable a workflow job hands to the script: the script's calls are that
            // job's needs (and its token's), explained under the job.
            let jobs: Vec<String> = an
                .workflows
                .iter()
                .flat_map(|w| w.jobs.iter().map(move |j| (w, j)))
                .filter(|(_, j)| {
                    j.script_refs
                        .iter()
                        .any(|sr| sr.env.keys().any(|k| k.eq_ignore_ascii_case(target)))
                })
                .map(|(w, j)| w.job_label(&j.id))
                .collect();
            if jobs.is_empty() {
                writeln!(
                    out,
                    "{target} is read at {} but no API use is linked to it: tokenscope sees no permission it needs, which is not proof that it needs none (check the code there before narrowing it)",
                    reads.join(", ")
                )?;
            } else {
                writeln!(
                    out,
                    "{target} is read at {}, and set by workflow job {}: what the code does with it is counted in that job's needs; see `tokenscope explain '{}'`",
                    reads.join(", "),
                    jobs.join(", "),
                    jobs[0]
                )?;
            }
            return Ok(true);
        }
        return Ok(false);
    }
    for (i, a) in hits.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write(a, out)?;
    }
    Ok(true)
}
