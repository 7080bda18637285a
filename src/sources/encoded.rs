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

/// Calls `f` with every maximal run of base64/hex characters of `min` (≥ 1, ≤ 64) or more.
///
/// Why not a byte loop: this crosses every identifier of every file, and a loop that
/// branches at each run boundary mispredicts about once per identifier. Here each 64-byte
/// block becomes a bit mask (word arithmetic, no branches), and only runs of `min` ones
/// and the run crossing into the next block cost a step each; short runs cost nothing.
fn class_runs(data: &[u8], min: usize, mut f: impl FnMut(Range<usize>)) {
    debug_assert!((1..=64).contains(&min));
    // Start of a run still open at the end of the previous block.
    let mut open: Option<usize> = None;
    let mut base = 0;
    for block in data.chunks(64) {
        let mut m = block_mask(block);
        let len = block.len();
        if let Some(s) = open {
            let ones = m.trailing_ones() as usize;
            if ones >= len {
                base += len;
                continue;
            }
            if base + ones - s >= min {
                f(s..base + ones);
            }
            open = None;
            // The run is done with: bits 0..ones are ones and bit `ones` is zero.
            m &= !((1u64 << ones) - 1);
        }
        // Bits j where m[j..j + min] are all ones within the block: starts of long runs.
        let mut long = m;
        let mut have = 1;
        while have < min {
            let step = have.min(min - have);
            long &= long >> step;
            have += step;
        }
        while long != 0 {
            let s = long.trailing_zeros() as usize;
            let end = s + (m >> s).trailing_ones() as usize;
            if end >= len {
                break;
            }
            f(base + s..base + end);
            long &= !((1u64 << end) - 1);
        }
        // A run reaching the block's end goes on into the next block.
        if m >> (len - 1) & 1 == 1 {
            open = Some(base + len - (m << (64 - len)).leading_ones() as usize);
        }
        base += len;
    }
    if let Some(s) = open
        && data.len() - s >= min
    {
        f(s..data.len());
    }
}

const L: u64 = 0x0101_0101_0101_0101;
const H: u64 = 0x8080_8080_8080_8080;

/// Bit 7 of each byte of `h` (bytes < 0x80) set where `lo <= byte <= hi`.
#[inline(always)]
fn in_range(h: u64, lo: u8, hi: u8) -> u64 {
    (h + (0x80 - u64::from(lo)) * L) & !(h + (0x7f - u64::from(hi)) * L) & H
}

/// Bit j set where byte j of `block` (at most 64 bytes) is a base64/hex character, eight
/// bytes at a time with word arithmetic instead of a branch or a lookup per byte.
#[inline]
fn block_mask(block: &[u8]) -> u64 {
    let mut m = 0u64;
    let mut chunks = block.chunks_exact(8);
    let mut at = 0;
    for c in &mut chunks {
        m |= word_mask(u64::from_le_bytes(c.try_into().expect("8 bytes"))) << at;
        at += 8;
    }
    for (j, &b) in chunks.remainder().iter().enumerate() {
        m |= u64::from(CLASS[b as usize] & B64C) << (at + j);
    }
    m
}

#[inline(always)]
fn word_mask(x: u64) -> u64 {
    let h = x & !H;
    let letter = in_range(h | (0x20 * L), b'a', b'z');
    let digit = in_range(h, b'0', b'9');
    // `+`, `-` and `/` are the odd bytes of 0x2b..=0x2f.
    let sign = in_range(h, b'+', b'/') & (h << 7);
    let y = h ^ (u64::from(b'_') * L);
    let underscore = !((y + 0x7f * L) | y) & H;
    let cls = (letter | digit | sign | underscore) & !x & H;
    // Gathers bit 7 of each byte into the low byte (byte i → bit i).
    cls.wrapping_mul(0x0002_0408_1020_4081) >> 56
}

fn base64_and_hex(data: &[u8], f: &mut impl FnMut(Decoded)) {
    let std = engine(&alphabet::STANDARD);
    let url = engine(&alphabet::URL_SAFE);
    let n = data.len();
    class_runs(data, MIN_RUN, |body| {
        let (start, body_end) = (body.start, body.end);
        let len = body_end - start;
        if len > MAX_RUN {
            return;
        }
        let run = &data[start..body_end];
        let (mut any, mut all) = (0u8, 0xffu8);
        for &b in run {
            let c = CLASS[b as usize];
            any |= c;
            all &= c;
        }
        let mut i = body_end;
        while i < n && i - body_end < 2 && data[i] == b'=' {
            i += 1;
        }
        let hex = all & HEXC != 0;
        let (has_url, has_std) = (any & URLC != 0, any & STDC != 0);
        let (upper, lower) = (any & UPPER != 0, any & LOWER != 0);
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
    });
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

    /// The byte-at-a-time definition `class_runs` must agree with.
    fn reference_runs(data: &[u8], min: usize) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < data.len() {
            if CLASS[data[i] as usize] & B64C == 0 {
                i += 1;
                continue;
            }
            let s = i;
            while i < data.len() && CLASS[data[i] as usize] & B64C != 0 {
                i += 1;
            }
            if i - s >= min {
                out.push(s..i);
            }
        }
        out
    }

    #[test]
    fn word_mask_is_the_class_table() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut w = [b'!'; 8];
                w[at] = b;
                let want = (u64::from(CLASS[b as usize] & B64C)) << at;
                assert_eq!(
                    word_mask(u64::from_le_bytes(w)),
                    want,
                    "byte {b:#x} at {at}"
                );
            }
        }
    }

    #[test]
    fn class_runs_agree_with_the_byte_loop() {
        // A small xorshift generator: runs of every length across block boundaries.
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for case in 0..3000 {
            let len = (next() % 400) as usize;
            let density = next() % 100;
            let data: Vec<u8> = (0..len)
                .map(|_| {
                    if next() % 100 < density {
                        b"aZ09+/-_f"[(next() % 9) as usize]
                    } else {
                        b" =.\n\x80\"%"[(next() % 7) as usize]
                    }
                })
                .collect();
            for min in [1, 2, 7, MIN_RUN, 63, 64] {
                let mut got = Vec::new();
                class_runs(&data, min, |r| got.push(r));
                assert_eq!(got, reference_runs(&data, min), "case {case} min {min}");
            }
        }
        let text = include_bytes!("encoded.rs");
        let mut got = Vec::new();
        class_runs(text, MIN_RUN, |r| got.push(r));
        assert_eq!(got, reference_runs(text, MIN_RUN));
    }

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
