//! Encoded runs: base64, base64url, hex and percent-encoding, found in a blob, decoded and
//! handed back to be scanned again (the scanner recurses to [`MAX_DEPTH`]).
//!
//! Kept cheap on purpose: one linear pass per encoding, only runs of at least [`MIN_RUN`]
//! and at most [`MAX_RUN`] characters, and only decoded bytes that are mostly printable
//! text are kept (an image or a hash decodes to noise and is dropped at once).

use std::ops::Range;

use base64::Engine;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

/// Shortest encoded run worth decoding (a 20-character token is ~27 base64 characters,
/// 40 hex characters).
pub const MIN_RUN: usize = 20;
/// Longest run decoded; longer runs are embedded images and the like.
pub const MAX_RUN: usize = 64 * 1024;
/// Encodings nested deeper than this are not unwrapped.
pub const MAX_DEPTH: usize = 2;
/// Decoded bytes shorter than this cannot hold a token.
const MIN_DECODED: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Base64,
    Base64Url,
    Hex,
    Percent,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Base64 => "base64",
            Encoding::Base64Url => "base64url",
            Encoding::Hex => "hex",
            Encoding::Percent => "percent",
        }
    }
}

/// One decoded run: where it sits in the input, how it was encoded, what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub span: Range<usize>,
    pub encoding: Encoding,
    pub bytes: Vec<u8>,
}

// Byte classes for the run scanner: one table lookup per byte instead of six tests (this
// loop crosses every identifier of 20 characters or more in every file).
const B64C: u8 = 1;
const HEXC: u8 = 2;
const UPPER: u8 = 4;
const LOWER: u8 = 8;
const URLC: u8 = 16;
const STDC: u8 = 32;

const fn class_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let mut k = 0;
        if c.is_ascii_alphanumeric() || c == b'+' || c == b'/' || c == b'-' || c == b'_' {
            k |= B64C;
        }
        if c.is_ascii_hexdigit() {
            k |= HEXC;
        }
        if c.is_ascii_uppercase() {
            k |= UPPER;
        }
        if c.is_ascii_lowercase() {
            k |= LOWER;
        }
        if c == b'-' || c == b'_' {
            k |= URLC;
        }
        if c == b'+' || c == b'/' {
            k |= STDC;
        }
        t[i] = k;
        i += 1;
    }
    t
}

static CLASS: [u8; 256] = class_table();

fn engine(alpha: &alphabet::Alphabet) -> GeneralPurpose {
    GeneralPurpose::new(
        alpha,
        GeneralPurposeConfig::new()
            .with_decode_padding_mode(DecodePaddingMode::Indifferent)
            .with_decode_allow_trailing_bits(true),
    )
}

/// Mostly printable text: at least 90% printable ASCII or whitespace.
pub fn mostly_printable(bytes: &[u8]) -> bool {
    if bytes.len() < MIN_DECODED {
        return false;
    }
    let good = bytes
        .iter()
        .filter(|&&b| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\r' || b == b'\t')
        .count();
    good * 10 >= bytes.len() * 9
}

/// Calls `f` for every encoded run in `data` whose decoding is mostly printable text.
pub fn decode_runs(data: &[u8], mut f: impl FnMut(Decoded)) {
    base64_and_hex(data, &mut f);
    percent(data, &mut f);
}

fn base64_and_hex(data: &[u8], f: &mut impl FnMut(Decoded)) {
    let std = engine(&alphabet::STANDARD);
    let url = engine(&alphabet::URL_SAFE);
    let n = data.len();
    let mut i = 0;
    while i + MIN_RUN <= n {
        // Any run of MIN_RUN or more that starts in i..=probe covers `probe`: when that
        // byte cannot be in a run, skip past it (ordinary prose is crossed in big steps).
        let probe = i + MIN_RUN - 1;
        if CLASS[data[probe] as usize] == 0 {
            i = probe + 1;
            continue;
        }
        let mut start = probe;
        while start > i && CLASS[data[start - 1] as usize] != 0 {
            start -= 1;
        }
        i = start;
        let (mut any, mut all) = (0u8, 0xffu8);
        while i < n {
            let c = CLASS[data[i] as usize];
            if c == 0 {
                break;
            }
            any |= c;
            all &= c;
            i += 1;
        }
        let hex = all & HEXC != 0;
        let (has_url, has_std) = (any & URLC != 0, any & STDC != 0);
        let (upper, lower) = (any & UPPER != 0, any & LOWER != 0);
        let body_end = i;
        while i < n && i - body_end < 2 && data[i] == b'=' {
            i += 1;
        }
        let len = body_end - start;
        if !(MIN_RUN..=MAX_RUN).contains(&len) {
            continue;
        }
        let run = &data[start..body_end];
        let decoded = if hex && len.is_multiple_of(2) {
            decode_hex(run).map(|b| (b, Encoding::Hex))
        } else if (has_url && has_std) || !(upper && lower) {
            // Base64 of text always mixes cases; snake_case and CONSTANT_CASE names do not.
            None
        } else {
            // A length of 4k+1 cannot be base64; drop the stray last character.
            let body = if len % 4 == 1 { &run[..len - 1] } else { run };
            if has_url {
                url.decode(body).ok().map(|b| (b, Encoding::Base64Url))
            } else {
                std.decode(body).ok().map(|b| (b, Encoding::Base64))
            }
        };
        if let Some((bytes, encoding)) = decoded
            && mostly_printable(&bytes)
        {
            f(Decoded {
                span: start..i,
                encoding,
                bytes,
            });
        }
    }
}

fn decode_hex(s: &[u8]) -> Option<Vec<u8>> {
    let v = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    s.chunks_exact(2)
        .map(|p| Some(v(p[0])? << 4 | v(p[1])?))
        .collect()
}

/// Characters that may sit in a percent-encoded run (a URL or form value).
fn urlish(c: u8) -> bool {
    c.is_ascii_graphic() && !matches!(c, b'"' | b'\'' | b'<' | b'>' | b'`' | b'(' | b')')
}

fn percent(data: &[u8], f: &mut impl FnMut(Decoded)) {
    let mut done = 0;
    for p in memchr::memchr_iter(b'%', data) {
        if p < done
            || p + 2 >= data.len()
            || !data[p + 1].is_ascii_hexdigit()
            || !data[p + 2].is_ascii_hexdigit()
        {
            continue;
        }
        let mut start = p;
        while start > done && urlish(data[start - 1]) {
            start -= 1;
        }
        let mut end = p;
        while end < data.len() && urlish(data[end]) {
            end += 1;
        }
        done = end;
        let run = &data[start..end];
        if !(MIN_RUN..=MAX_RUN).contains(&run.len()) {
            continue;
        }
        let mut out = Vec::with_capacity(run.len());
        let mut i = 0;
        while i < run.len() {
            if run[i] == b'%'
                && i + 3 <= run.len()
                && let Some(b) = decode_hex(&run[i + 1..i + 3])
            {
                out.push(b[0]);
                i += 3;
            } else {
                out.push(run[i]);
                i += 1;
            }
        }
        if mostly_printable(&out) {
            f(Decoded {
                span: start..end,
                encoding: Encoding::Percent,
                bytes: out,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(data: &[u8]) -> Vec<Decoded> {
        let mut v = Vec::new();
        decode_runs(data, |d| v.push(d));
        v
    }

    #[test]
    fn base64_run_is_decoded_with_its_span() {
        let enc = base64::engine::general_purpose::STANDARD.encode("api_key = some value here");
        let text = format!("x: \"{enc}\"\n");
        let got = runs(text.as_bytes());
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].encoding, Encoding::Base64);
        assert_eq!(got[0].bytes, b"api_key = some value here");
        assert_eq!(&text[got[0].span.clone()], enc);
    }

    #[test]
    fn base64url_unpadded() {
        let enc =
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("a?b>c~~~~ some text >>>");
        assert!(enc.contains('-') || enc.contains('_'), "{enc}");
        let got = runs(enc.as_bytes());
        assert_eq!(got[0].encoding, Encoding::Base64Url);
        assert_eq!(got[0].bytes, b"a?b>c~~~~ some text >>>");
    }

    #[test]
    fn hex_and_percent() {
        let hex: String = b"password=hunter2-hunter2"
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let got = runs(hex.as_bytes());
        assert_eq!(got[0].encoding, Encoding::Hex);
        assert_eq!(got[0].bytes, b"password=hunter2-hunter2");
        let got = runs(b"url=https%3A%2F%2Fexample.com%2Fpath%3Ftoken%3Dabc ");
        let p = got
            .iter()
            .find(|d| d.encoding == Encoding::Percent)
            .unwrap();
        assert_eq!(p.bytes, b"url=https://example.com/path?token=abc");
    }

    #[test]
    fn noise_and_short_runs_are_dropped() {
        // A git object id decodes to binary noise; identifiers are too short or not base64.
        assert!(runs(b"commit 3f786850e387550fdab836ed7e6dc881de23001b").is_empty());
        assert!(runs(b"let x = some_function_name(argument);").is_empty());
        assert!(runs(b"c2hvcnQ=").is_empty());
    }
}
