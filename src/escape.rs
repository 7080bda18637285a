//! Escaping for every place text from scanned content or paths is printed: terminals and
//! text reports, markdown, HTML, and GitHub workflow commands. A file name, an archive
//! member, a git author or a job id can hold escape sequences (retitle or recolour a
//! terminal, write its clipboard with OSC 52), newlines (forge report lines or workflow
//! commands) or bidirectional overrides (make text read differently than it is). Every sink
//! calls one of these; none formats scanned text by itself.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as is: C0 and C1 controls, DEL, and the Unicode
/// format characters that reorder or hide text (bidi overrides and isolates, zero-width
/// joiners aside from nothing: all of them).
fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
        )
}

/// One line of terminal or plain-text output: control and reordering characters become
/// visible escapes (`\x1b`, `\n`, `\u{202e}`), backslashes stay as they are.
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) && (c as u32) < 0x100 => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Like [`line`], but keeps newlines and tabs: for multi-line text the report itself laid
/// out (a suggested YAML block), which must still carry no escape sequence.
pub fn text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| unsafe_char(c) && c != '\n' && c != '\t') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for part in s.split_inclusive('\n') {
        let (body, nl) = match part.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (part, ""),
        };
        for seg in body.split('\t').enumerate() {
            if seg.0 > 0 {
                out.push('\t');
            }
            out.push_str(&line(seg.1));
        }
        out.push_str(nl);
    }
    Cow::Owned(out)
}

/// A workflow command's message (`::error ...::MESSAGE`): GitHub decodes `%25`, `%0D`,
/// `%0A`, so a newline cannot start a new command. Control characters are escaped first.
pub fn workflow_message(s: &str) -> String {
    workflow_encode(&line(s))
}

/// GitHub's workflow-command encoding alone, for a message the caller composed from parts
/// it already escaped and joined with newlines of its own (a second line of advice).
pub fn workflow_encode(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value (`file=…,title=…`): also `:` and `,`, which end a
/// property.
pub fn workflow_property(s: &str) -> String {
    workflow_message(s).replace(':', "%3A").replace(',', "%2C")
}

/// Markdown inline text: control characters escaped, markup characters backslashed so a
/// name cannot open a link, an image, a table cell or raw HTML.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in line(s).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '('
                | ')'
                | '#'
                | '+'
                | '-'
                | '!'
                | '|'
                | '<'
                | '>'
                | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A markdown table cell (GitHub-flavoured): control characters escaped, no raw HTML, no
/// pipes, no emphasis, code spans or links. Lighter than [`markdown`] so that paths stay
/// readable in the raw file (GitHub does not treat `_` inside words as emphasis).
pub fn markdown_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in line(s).chars() {
        match (c, entity(c)) {
            ('"' | '\'', _) => out.push(c),
            (_, Some(e)) => out.push_str(e),
            ('|' | '\\' | '`' | '*' | '[' | ']', _) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Markdown code span content: backticks cannot close it, newlines cannot break it.
pub fn markdown_code(s: &str) -> String {
    format!("<code>{}</code>", html(s))
}

/// The HTML (and XML) entity for a markup character.
fn entity(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => return None,
    })
}

/// HTML text or attribute value (also XML: the same five entities).
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in line(s).chars() {
        match entity(c) {
            Some(e) => out.push_str(e),
            None => out.push(c),
        }
    }
    out
}

/// HTML text laid out by the report itself (a `<pre>` block): newlines stay, everything
/// else as [`html`].
pub fn html_block(s: &str) -> String {
    s.split('\n').map(html).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "a\u{1b}]0;title\u{7}\u{1b}[31mb\nc\u{202e}.env";

    #[test]
    fn terminals_see_no_control_or_reordering_character() {
        let l = line(HOSTILE);
        assert_eq!(l, "a\\x1b]0;title\\x07\\x1b[31mb\\nc\\u{202e}.env");
        assert!(!l.chars().any(unsafe_char));
        assert!(matches!(line("plain/path.rs"), Cow::Borrowed(_)));
        // Multi-line text keeps its layout but not its escapes.
        assert_eq!(text("a:\n  b\u{1b}[2J"), "a:\n  b\\x1b[2J");
    }

    #[test]
    fn workflow_commands_cannot_be_split_or_forged() {
        let m = workflow_message("x\n::set-output name=a::b 100%");
        assert!(!m.contains('\n'));
        assert_eq!(m, "x\\n::set-output name=a::b 100%25");
        let p = workflow_property("a,b:c\r\n");
        assert!(!p.contains(',') && !p.contains(':') && !p.contains('\r'));
    }

    #[test]
    fn markdown_and_html_neutralise_markup() {
        assert_eq!(markdown("[x](http://e)"), "\\[x\\]\\(http://e\\)");
        assert_eq!(
            html("<img src=x onerror='a'>"),
            "&lt;img src=x onerror=&#39;a&#39;&gt;"
        );
        assert!(!markdown(HOSTILE).contains('\u{1b}'));
        assert!(!html(HOSTILE).contains('\u{1b}'));
        assert_eq!(markdown_code("a`b"), "<code>a`b</code>");
        assert_eq!(
            markdown_cell("<img src=x>|[a](b)"),
            "&lt;img src=x&gt;\\|\\[a\\](b)"
        );
        let cell = markdown_cell(HOSTILE);
        assert!(!cell.contains('\u{1b}') && !cell.contains('\n'), "{cell}");
        assert_eq!(html_block("a\n<b>\u{1b}"), "a\n&lt;b&gt;\\x1b");
    }
}
