//! Archives and compressed files, opened by their magic bytes (never by extension) and read
//! in memory only: nothing is ever extracted to disk, so an entry named `../../etc/passwd`
//! is just a string in a location.
//!
//! Supported: the zip family (jar, war, ear, whl, egg, apk, aab, nupkg, vsix, xpi, docx,
//! xlsx…), tar, gzip, bzip2, xz and zstd (pure-Rust decoders), and Docker/OCI image
//! tarballs (`docker save` output and the OCI layout), whose layers are scanned one by one
//! with whiteouts tracked so that a token deleted in a later layer is still reported.
//!
//! Every archive is read against [`ArchiveLimits`]: bytes decompressed per top-level
//! archive, entries, nesting depth, per-entry size and compression ratio. Each limit hit is
//! a warning and never a crash. Compressed streams are decoded as streams, so memory stays
//! at about one entry (bounded by the per-entry size) per nesting level; a compressed tar is
//! held whole only when it fits in that same bound (so that a gzipped image can be seeked).

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::ops::Range;
use std::rc::Rc;

/// Container formats recognised by [`sniff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Zip,
    Tar,
    Gzip,
    Bzip2,
    Xz,
    Zstd,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Zip => "zip",
            Kind::Tar => "tar",
            Kind::Gzip => "gzip",
            Kind::Bzip2 => "bzip2",
            Kind::Xz => "xz",
            Kind::Zstd => "zstd",
        }
    }
}

/// How many leading bytes [`sniff`] needs to see a tar header.
pub const SNIFF_LEN: usize = 512;

/// Recognises a container by its first bytes.
pub fn sniff(data: &[u8]) -> Option<Kind> {
    if data.starts_with(b"PK\x03\x04") || data.starts_with(b"PK\x05\x06") {
        Some(Kind::Zip)
    } else if data.starts_with(&[0x1f, 0x8b, 0x08]) {
        Some(Kind::Gzip)
    } else if data.len() >= 10
        && data.starts_with(b"BZh")
        && (b'1'..=b'9').contains(&data[3])
        && (data[4..10] == [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]
            || data[4..10] == [0x17, 0x72, 0x45, 0x38, 0x50, 0x90])
    {
        // The block magic (digits of pi) or the end-of-stream magic follows the header.
        Some(Kind::Bzip2)
    } else if data.starts_with(&[0xfd, b'7', b'z', b'X', b'Z', 0]) {
        Some(Kind::Xz)
    } else if data.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Some(Kind::Zstd)
    } else if is_tar(data) {
        Some(Kind::Tar)
    } else {
        None
    }
}

fn is_tar(head: &[u8]) -> bool {
    head.len() >= 263 && &head[257..262] == b"ustar"
}

/// Safety limits for reading archives. All configurable from the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchiveLimits {
    /// Open archives at all (`--no-archives` turns this off).
    pub enabled: bool,
    /// Deepest nesting opened (an archive in an archive is depth 2).
    pub max_depth: usize,
    /// Bytes decompressed per top-level archive, nested archives included.
    pub max_total_bytes: u64,
    /// Entries read per top-level archive, nested archives included.
    pub max_entries: u64,
    /// Largest decompressed/compressed ratio accepted once an entry is past
    /// [`RATIO_FLOOR`] bytes.
    pub max_ratio: u64,
    /// Largest single entry read (the file tree's `--max-file-size`).
    pub max_entry_bytes: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        ArchiveLimits {
            enabled: true,
            max_depth: 5,
            max_total_bytes: 4 << 30,
            max_entries: 1_000_000,
            max_ratio: 100,
            max_entry_bytes: 64 << 20,
        }
    }
}

/// Entries smaller than this are never judged by their compression ratio: small, repetitive
/// files legitimately compress very well.
pub const RATIO_FLOOR: u64 = 1 << 20;

/// What one top-level archive (and everything nested in it) has used so far.
#[derive(Debug, Default, Clone)]
pub struct Budget {
    pub bytes: u64,
    pub entries: u64,
    /// A total limit was hit: nothing more is read from this top-level archive.
    pub exhausted: bool,
}

/// The scanner side of archive expansion. `names` are member path components relative to
/// the archive being expanded (one for an ordinary member; image, layer digest and path
/// for a file in an image layer).
pub trait Expander {
    fn limits(&self) -> &ArchiveLimits;
    fn budget(&mut self) -> &mut Budget;
    /// Scans a member's bytes (which may be an archive again).
    fn member(&mut self, names: &[&str], data: &[u8]);
    fn warn(&mut self, names: &[&str], message: String);
    /// Number of findings so far, so that findings from one member can be annotated.
    fn mark(&self) -> usize;
    /// Adds a note to the findings in `range` (from [`Expander::mark`]).
    fn note(&mut self, range: Range<usize>, note: &str);
}

/// Why expansion stopped early.
enum Stop {
    /// A total limit: the rest of the top-level archive is not read.
    Limit(String),
    /// The container itself is unreadable.
    Corrupt(String),
}

type Res<T = ()> = Result<T, Stop>;

/// Outcome of [`expand`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expanded {
    /// The archive was read (possibly partially, with warnings).
    Read,
    /// Not even the container's directory could be read; the caller should scan the raw
    /// bytes instead so that stored (uncompressed) content is not lost.
    Unreadable,
}

/// Expands the archive in `r` (which holds `len` bytes of `kind`) into the expander.
/// `name` is the archive's own file name, used to name the single member of a plain
/// compressed file (`app.log.gz` → `app.log`).
pub fn expand<R: Read + Seek>(
    ex: &mut dyn Expander,
    kind: Kind,
    r: R,
    len: u64,
    name: &str,
) -> Expanded {
    if ex.budget().exhausted {
        return Expanded::Read;
    }
    let res = match kind {
        Kind::Zip => expand_zip(ex, r),
        Kind::Tar => expand_tar_seekable(ex, r),
        _ => expand_stream(ex, kind, r, len, &inner_name(name, kind)),
    };
    match res {
        Ok(()) => Expanded::Read,
        Err(Stop::Limit(msg)) => {
            ex.budget().exhausted = true;
            ex.warn(&[], msg);
            Expanded::Read
        }
        Err(Stop::Corrupt(msg)) => {
            ex.warn(&[], msg);
            Expanded::Unreadable
        }
    }
}

/// `x.tar.gz` → `x.tar`, `x.tgz` → `x.tar`, `notes.txt.bz2` → `notes.txt`.
fn inner_name(name: &str, kind: Kind) -> String {
    let base = name.rsplit(['/', '!']).next().unwrap_or(name);
    let lower = base.to_ascii_lowercase();
    let strip: &[&str] = match kind {
        Kind::Gzip => &[".gz", ".gzip", ".z"],
        Kind::Bzip2 => &[".bz2", ".bzip2", ".bz"],
        Kind::Xz => &[".xz", ".txz"],
        Kind::Zstd => &[".zst", ".zstd"],
        _ => &[],
    };
    for ext in [".tgz", ".tbz2", ".tbz", ".txz", ".tzst"] {
        if lower.ends_with(ext) {
            return format!("{}.tar", &base[..base.len() - ext.len()]);
        }
    }
    for ext in strip {
        if lower.ends_with(ext) && base.len() > ext.len() {
            return base[..base.len() - ext.len()].to_string();
        }
    }
    format!("{base}~{}", kind.as_str())
}

/// Reads one member through `r` within every limit and hands it to the expander.
/// `declared` is the size the container claims; `compressed` the bytes it occupies there.
/// Per-entry problems are warnings; a total limit stops the whole archive.
fn take_member(
    ex: &mut dyn Expander,
    names: &[&str],
    r: &mut dyn Read,
    declared: Option<u64>,
    compressed: Option<u64>,
) -> Res {
    if let Some(name) = names.last()
        && (name.starts_with('/') || name.split(['/', '\\']).any(|c| c == ".."))
    {
        ex.warn(
            names,
            "entry name points outside the archive (`../` or absolute); \
             read in memory only, never extracted"
                .into(),
        );
    }
    let limits = ex.limits().clone();
    let budget = ex.budget();
    budget.entries += 1;
    if budget.entries > limits.max_entries {
        return Err(Stop::Limit(format!(
            "more than {} entries (--max-archive-entries); the rest was not scanned",
            limits.max_entries
        )));
    }
    let remaining = limits.max_total_bytes.saturating_sub(budget.bytes);
    if let Some(size) = declared
        && size > limits.max_entry_bytes
    {
        ex.warn(
            names,
            format!(
                "{size} bytes is over --max-file-size ({}); skipped",
                limits.max_entry_bytes
            ),
        );
        return Ok(());
    }
    let by_ratio = compressed.map(|c| c.saturating_mul(limits.max_ratio).max(RATIO_FLOOR));
    let allowed = limits
        .max_entry_bytes
        .min(remaining)
        .min(by_ratio.unwrap_or(u64::MAX));
    let mut buf = Vec::new();
    let read = r.take(allowed.saturating_add(1)).read_to_end(&mut buf);
    ex.budget().bytes += buf.len() as u64;
    if buf.len() as u64 > allowed {
        if by_ratio == Some(allowed) && allowed < limits.max_entry_bytes.min(remaining) {
            ex.warn(
                names,
                format!(
                    "decompresses to over {}× its compressed size (--max-archive-ratio); \
                     likely a decompression bomb; skipped",
                    limits.max_ratio
                ),
            );
            return Ok(());
        }
        if allowed == remaining && remaining < limits.max_entry_bytes {
            return Err(Stop::Limit(format!(
                "more than {} bytes decompressed (--max-archive-bytes); the rest was not scanned",
                limits.max_total_bytes
            )));
        }
        ex.warn(
            names,
            format!(
                "decompresses to over --max-file-size ({}); skipped",
                limits.max_entry_bytes
            ),
        );
        return Ok(());
    }
    if let Err(e) = read {
        if ratio_tripped(&e) {
            return Err(Stop::Limit(format!(
                "stream decompresses to over {}× its compressed size (--max-archive-ratio); \
                 likely a decompression bomb; the rest was not scanned",
                limits.max_ratio
            )));
        }
        ex.warn(
            names,
            format!(
                "truncated or corrupt data ({e}); scanned the {} bytes read before the error",
                buf.len()
            ),
        );
    }
    ex.member(names, &buf);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// zip

fn expand_zip<R: Read + Seek>(ex: &mut dyn Expander, r: R) -> Res {
    let mut zip =
        zip::ZipArchive::new(r).map_err(|e| Stop::Corrupt(format!("corrupt zip archive: {e}")))?;
    for i in 0..zip.len() {
        let label = match zip.name_for_index(i) {
            Some(Ok(n)) => n.into_owned(),
            _ => format!("entry #{i}"),
        };
        let mut file = match zip.by_index(i) {
            Ok(f) => f,
            Err(e) => {
                ex.warn(&[&label], format!("cannot read zip entry: {e}"));
                continue;
            }
        };
        if !file.is_file() {
            continue;
        }
        let name = String::from_utf8_lossy(file.name_raw()).into_owned();
        let (size, compressed) = (file.size(), file.compressed_size());
        take_member(ex, &[&name], &mut file, Some(size), Some(compressed))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// tar

/// One entry of a seekable tar, located but not read.
#[derive(Debug, Clone)]
struct TarEntry {
    path: String,
    offset: u64,
    size: u64,
}

/// Lists the regular files of a seekable tar without reading their data.
fn list_tar<R: Read + Seek>(ex: &mut dyn Expander, r: &mut R) -> Res<Vec<TarEntry>> {
    let mut out = Vec::new();
    let mut archive = tar::Archive::new(r);
    let entries = archive
        .entries_with_seek()
        .map_err(|e| Stop::Corrupt(format!("corrupt tar archive: {e}")))?;
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                if out.is_empty() {
                    return Err(Stop::Corrupt(format!("corrupt tar archive: {e}")));
                }
                ex.warn(
                    &[],
                    format!("truncated or corrupt tar after {} entries: {e}", out.len()),
                );
                break;
            }
        };
        let ty = entry.header().entry_type();
        if !is_regular(ty) {
            continue;
        }
        out.push(TarEntry {
            path: normalize(&entry.path_bytes()),
            offset: entry.raw_file_position(),
            size: entry.size(),
        });
    }
    Ok(out)
}

fn is_regular(ty: tar::EntryType) -> bool {
    matches!(
        ty,
        tar::EntryType::Regular | tar::EntryType::Continuous | tar::EntryType::GNUSparse
    )
}

fn normalize(path: &[u8]) -> String {
    let s = String::from_utf8_lossy(path);
    let mut s: &str = &s;
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.trim_start_matches('/').to_string()
}

fn expand_tar_seekable<R: Read + Seek>(ex: &mut dyn Expander, mut r: R) -> Res {
    let entries = list_tar(ex, &mut r)?;
    if let Some(images) = image_manifest(ex, &mut r, &entries) {
        return expand_images(ex, &mut r, &entries, images);
    }
    for e in &entries {
        if r.seek(SeekFrom::Start(e.offset)).is_err() {
            ex.warn(&[&e.path], "cannot seek to the entry's data".into());
            continue;
        }
        take_member(
            ex,
            &[&e.path],
            &mut (&mut r).take(e.size),
            Some(e.size),
            None,
        )?;
    }
    Ok(())
}

fn expand_tar_stream(ex: &mut dyn Expander, r: impl Read) -> Res {
    let mut archive = tar::Archive::new(r);
    let entries = archive
        .entries()
        .map_err(|e| Stop::Corrupt(format!("corrupt tar archive: {e}")))?;
    for (n, entry) in entries.enumerate() {
        let mut entry = match entry {
            Ok(e) => e,
            Err(e) => {
                if ratio_tripped(&e) {
                    return Err(ratio_stop(ex.limits().max_ratio));
                }
                ex.warn(
                    &[],
                    format!("truncated or corrupt tar after {n} entries: {e}"),
                );
                return Ok(());
            }
        };
        let ty = entry.header().entry_type();
        if !is_regular(ty) {
            continue;
        }
        let path = normalize(&entry.path_bytes());
        let size = entry.size();
        take_member(ex, &[&path], &mut entry, Some(size), None)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// compressed streams

/// Counts the compressed bytes a decoder has consumed.
struct Counting<R> {
    inner: R,
    n: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n.set(self.n.get() + k as u64);
        Ok(k)
    }
}

/// Fails the stream once it has produced more than `ratio` times what it consumed (past
/// [`RATIO_FLOOR`]), so a bomb is cut off while decoding rather than after.
struct RatioGuard<R> {
    inner: R,
    consumed: Rc<Cell<u64>>,
    produced: u64,
    ratio: u64,
}

#[derive(Debug)]
struct RatioExceeded;

impl std::fmt::Display for RatioExceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("compression ratio limit exceeded")
    }
}

impl std::error::Error for RatioExceeded {}

fn ratio_tripped(e: &io::Error) -> bool {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = e.get_ref().map(|e| e as _);
    while let Some(err) = cur {
        if err.is::<RatioExceeded>() {
            return true;
        }
        cur = err.source();
    }
    e.to_string().contains("compression ratio limit exceeded")
}

fn ratio_stop(ratio: u64) -> Stop {
    Stop::Limit(format!(
        "stream decompresses to over {ratio}× its compressed size (--max-archive-ratio); \
         likely a decompression bomb; the rest was not scanned"
    ))
}

impl<R: Read> Read for RatioGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.produced += k as u64;
        let allowed = self
            .consumed
            .get()
            .saturating_mul(self.ratio)
            .max(RATIO_FLOOR);
        if self.produced > allowed {
            return Err(io::Error::other(RatioExceeded));
        }
        Ok(k)
    }
}

fn decoder<'a, R: Read + 'a>(kind: Kind, r: R) -> Res<Box<dyn Read + 'a>> {
    Ok(match kind {
        Kind::Gzip => Box::new(flate2::read::MultiGzDecoder::new(r)),
        Kind::Bzip2 => Box::new(bzip2::read::MultiBzDecoder::new(r)),
        Kind::Xz => Box::new(lzma_rust2::XzReader::new(r, true)),
        Kind::Zstd => Box::new(
            ruzstd::decoding::StreamingDecoder::new(r)
                .map_err(|e| Stop::Corrupt(format!("corrupt zstd stream: {e}")))?,
        ),
        Kind::Zip | Kind::Tar => Box::new(r),
    })
}

/// Decodes a compressed stream; a tar inside is expanded entry by entry, anything else is
/// one member named after the compressed file.
fn expand_stream<R: Read>(ex: &mut dyn Expander, kind: Kind, r: R, len: u64, inner: &str) -> Res {
    let consumed = Rc::new(Cell::new(0));
    let counted = Counting {
        inner: r,
        n: consumed.clone(),
    };
    let mut guarded = RatioGuard {
        inner: decoder(kind, counted)?,
        consumed,
        produced: 0,
        ratio: ex.limits().max_ratio,
    };
    let mut head = Vec::with_capacity(SNIFF_LEN);
    if let Err(e) = (&mut guarded).take(SNIFF_LEN as u64).read_to_end(&mut head) {
        if head.is_empty() {
            return Err(Stop::Corrupt(format!(
                "corrupt {} stream: {e}",
                kind.as_str()
            )));
        }
        ex.warn(
            &[inner],
            format!("truncated or corrupt {} stream: {e}", kind.as_str()),
        );
        return take_member(ex, &[inner], &mut Cursor::new(head), None, Some(len));
    }
    if !is_tar(&head) {
        let mut whole = Cursor::new(head).chain(guarded);
        return take_member(ex, &[inner], &mut whole, None, Some(len));
    }
    // A compressed tar small enough to hold (up to the per-entry limit) is read whole, so
    // that it can be seeked: a gzipped `docker save` image needs that.
    let cap = ex.limits().max_entry_bytes;
    let mut buf = head;
    let read = (&mut guarded)
        .take(cap.saturating_sub(buf.len() as u64) + 1)
        .read_to_end(&mut buf);
    match read {
        Ok(_) if buf.len() as u64 <= cap => expand_tar_seekable(ex, Cursor::new(buf)),
        Ok(_) => expand_tar_stream(ex, Cursor::new(buf).chain(guarded)),
        Err(e) if ratio_tripped(&e) => Err(ratio_stop(ex.limits().max_ratio)),
        Err(e) => {
            ex.warn(
                &[],
                format!("truncated or corrupt {} stream: {e}", kind.as_str()),
            );
            expand_tar_stream(ex, Cursor::new(buf))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Docker / OCI images

/// One image in an image tarball.
#[derive(Debug, Clone)]
struct Image {
    name: String,
    /// Tar path of the config JSON.
    config: Option<String>,
    /// Tar path of each layer, bottom first.
    layers: Vec<String>,
}

fn read_small<R: Read + Seek>(r: &mut R, e: &TarEntry) -> Option<Vec<u8>> {
    if e.size > 64 << 20 {
        return None;
    }
    r.seek(SeekFrom::Start(e.offset)).ok()?;
    let mut buf = Vec::with_capacity(e.size as usize);
    r.take(e.size).read_to_end(&mut buf).ok()?;
    Some(buf)
}

fn digest_path(digest: &str) -> Option<String> {
    let (alg, hex) = digest.split_once(':')?;
    Some(format!("blobs/{alg}/{hex}"))
}

/// `blobs/sha256/abc` → `sha256:abc`.
fn path_digest(path: &str) -> Option<String> {
    let rest = path.strip_prefix("blobs/")?;
    let (alg, hex) = rest.split_once('/')?;
    (!hex.contains('/')).then(|| format!("{alg}:{hex}"))
}

/// Finds the images described by `manifest.json` (`docker save`) or `index.json` (OCI
/// layout). `None` for an ordinary tar.
fn image_manifest<R: Read + Seek>(
    ex: &mut dyn Expander,
    r: &mut R,
    entries: &[TarEntry],
) -> Option<Vec<Image>> {
    let by_path: HashMap<&str, &TarEntry> = entries.iter().map(|e| (e.path.as_str(), e)).collect();
    let json = |r: &mut R, path: &str| -> Option<serde_json::Value> {
        let e = by_path.get(path)?;
        serde_json::from_slice(&read_small(r, e)?).ok()
    };
    if by_path.contains_key("manifest.json") {
        let manifest = json(r, "manifest.json")?;
        let list = manifest.as_array()?;
        let mut images = Vec::new();
        for (i, m) in list.iter().enumerate() {
            let layers: Vec<String> = m
                .get("Layers")?
                .as_array()?
                .iter()
                .filter_map(|l| l.as_str().map(str::to_string))
                .collect();
            let config = m.get("Config").and_then(|c| c.as_str()).map(str::to_string);
            let name = m
                .get("RepoTags")
                .and_then(|t| t.as_array())
                .and_then(|t| t.first())
                .and_then(|t| t.as_str())
                .map(str::to_string)
                .or_else(|| config.as_deref().and_then(path_digest))
                .unwrap_or_else(|| format!("image #{}", i + 1));
            images.push(Image {
                name,
                config,
                layers,
            });
        }
        return Some(images);
    }
    if by_path.contains_key("index.json") && by_path.contains_key("oci-layout") {
        let index = json(r, "index.json")?;
        let mut images = Vec::new();
        let mut queue: Vec<(serde_json::Value, Option<String>)> = index
            .get("manifests")?
            .as_array()?
            .iter()
            .map(|d| (d.clone(), None))
            .collect();
        let mut seen = HashSet::new();
        while let Some((desc, parent_name)) = queue.pop() {
            let Some(digest) = desc.get("digest").and_then(|d| d.as_str()) else {
                continue;
            };
            if !seen.insert(digest.to_string()) || seen.len() > 1000 {
                continue;
            }
            let annotations = desc.get("annotations");
            let ann = |k: &str| {
                annotations
                    .and_then(|a| a.get(k))
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            let name = ann("io.containerd.image.name")
                .or_else(|| ann("org.opencontainers.image.ref.name"))
                .or(parent_name)
                .unwrap_or_else(|| digest.to_string());
            let Some(doc) = digest_path(digest).and_then(|p| json(r, &p)) else {
                ex.warn(&[], format!("OCI manifest {digest} is missing or not JSON"));
                continue;
            };
            if let Some(children) = doc.get("manifests").and_then(|m| m.as_array()) {
                queue.extend(children.iter().map(|c| (c.clone(), Some(name.clone()))));
                continue;
            }
            let Some(layer_descs) = doc.get("layers").and_then(|l| l.as_array()) else {
                continue;
            };
            let layers = layer_descs
                .iter()
                .filter_map(|l| l.get("digest")?.as_str().and_then(digest_path))
                .collect();
            let config = doc
                .get("config")
                .and_then(|c| c.get("digest"))
                .and_then(|d| d.as_str())
                .and_then(digest_path);
            images.push(Image {
                name,
                config,
                layers,
            });
        }
        images.reverse();
        return Some(images);
    }
    None
}

/// What one layer of an image deletes, and which findings it holds.
#[derive(Default)]
struct LayerRecord {
    digest: String,
    /// Paths removed by `.wh.<name>` files.
    whiteouts: HashSet<String>,
    /// Directories made opaque by `.wh..wh..opq`.
    opaque: Vec<String>,
    /// Regular files in this layer (a later file at the same path replaces a lower one).
    files: HashSet<String>,
    /// Findings per path in this layer.
    findings: Vec<(String, Range<usize>)>,
}

fn parent_of(path: &str) -> &str {
    path.rsplit_once('/').map(|(p, _)| p).unwrap_or("")
}

fn expand_images<R: Read + Seek>(
    ex: &mut dyn Expander,
    r: &mut R,
    entries: &[TarEntry],
    images: Vec<Image>,
) -> Res {
    let by_path: HashMap<&str, &TarEntry> = entries.iter().map(|e| (e.path.as_str(), e)).collect();
    for image in &images {
        let mut diff_ids: Vec<String> = Vec::new();
        if let Some(cfg_path) = &image.config {
            match by_path.get(cfg_path.as_str()) {
                Some(e) => {
                    if let Some(bytes) = read_small(r, e)
                        && let Ok(v) = serde_json::from_slice::<serde_json::Value>(&bytes)
                        && let Some(ids) = v
                            .get("rootfs")
                            .and_then(|r| r.get("diff_ids"))
                            .and_then(|d| d.as_array())
                    {
                        diff_ids = ids
                            .iter()
                            .filter_map(|d| d.as_str().map(str::to_string))
                            .collect();
                    }
                    r.seek(SeekFrom::Start(e.offset))
                        .map_err(|e| Stop::Corrupt(format!("cannot seek in image tar: {e}")))?;
                    take_member(
                        ex,
                        &[&image.name, "config.json"],
                        &mut (&mut *r).take(e.size),
                        Some(e.size),
                        None,
                    )?;
                }
                None => ex.warn(
                    &[&image.name],
                    format!("image config {cfg_path} is missing from the tarball"),
                ),
            }
        }
        let mut records: Vec<LayerRecord> = Vec::new();
        for (i, layer_path) in image.layers.iter().enumerate() {
            let digest = path_digest(layer_path)
                .or_else(|| diff_ids.get(i).cloned())
                .unwrap_or_else(|| layer_path.clone());
            let mut record = LayerRecord {
                digest: digest.clone(),
                ..LayerRecord::default()
            };
            match by_path.get(layer_path.as_str()) {
                Some(e) => {
                    r.seek(SeekFrom::Start(e.offset))
                        .map_err(|e| Stop::Corrupt(format!("cannot seek in image tar: {e}")))?;
                    expand_layer(ex, &image.name, (&mut *r).take(e.size), &mut record)?;
                }
                None => ex.warn(
                    &[&image.name, &digest],
                    format!("layer {layer_path} is missing from the tarball"),
                ),
            }
            records.push(record);
        }
        annotate_deleted(ex, &records);
    }
    Ok(())
}

fn expand_layer(
    ex: &mut dyn Expander,
    image: &str,
    mut r: impl Read,
    record: &mut LayerRecord,
) -> Res {
    let digest = record.digest.clone();
    let mut head = [0u8; 10];
    let mut got = 0;
    while got < head.len() {
        match r.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            Err(e) => {
                ex.warn(&[image, &digest], format!("cannot read layer: {e}"));
                return Ok(());
            }
        }
    }
    let head = &head[..got];
    let kind = sniff(head).unwrap_or(Kind::Tar);
    let consumed = Rc::new(Cell::new(0));
    let counted = Counting {
        inner: Cursor::new(head.to_vec()).chain(r),
        n: consumed.clone(),
    };
    let stream = match decoder(kind, counted) {
        Ok(d) => d,
        Err(Stop::Corrupt(msg)) => {
            ex.warn(&[image, &digest], msg);
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    let guarded = RatioGuard {
        inner: stream,
        consumed,
        produced: 0,
        ratio: ex.limits().max_ratio,
    };
    let mut archive = tar::Archive::new(guarded);
    let entries = match archive.entries() {
        Ok(e) => e,
        Err(e) => {
            ex.warn(&[image, &digest], format!("layer is not a tar: {e}"));
            return Ok(());
        }
    };
    for entry in entries {
        let mut entry = match entry {
            Ok(e) => e,
            Err(e) => {
                if ratio_tripped(&e) {
                    return Err(ratio_stop(ex.limits().max_ratio));
                }
                ex.warn(
                    &[image, &digest],
                    format!("truncated or corrupt layer: {e}"),
                );
                return Ok(());
            }
        };
        let path = normalize(&entry.path_bytes());
        let (dir, base) = match path.rsplit_once('/') {
            Some((d, b)) => (d, b),
            None => ("", path.as_str()),
        };
        if base == ".wh..wh..opq" {
            record.opaque.push(dir.to_string());
            continue;
        }
        if let Some(gone) = base.strip_prefix(".wh.") {
            let full = if dir.is_empty() {
                gone.to_string()
            } else {
                format!("{dir}/{gone}")
            };
            record.whiteouts.insert(full);
            continue;
        }
        let ty = entry.header().entry_type();
        if !is_regular(ty) {
            continue;
        }
        record.files.insert(path.clone());
        let size = entry.size();
        let mark = ex.mark();
        take_member(ex, &[image, &digest, &path], &mut entry, Some(size), None)?;
        let end = ex.mark();
        if end > mark {
            record.findings.push((path, mark..end));
        }
    }
    Ok(())
}

/// Notes findings whose file a later layer deletes or replaces: the bytes still ship.
fn annotate_deleted(ex: &mut dyn Expander, records: &[LayerRecord]) {
    for (i, rec) in records.iter().enumerate() {
        for (path, range) in &rec.findings {
            for later in &records[i + 1..] {
                let mut deleted = later.whiteouts.contains(path);
                let mut p = parent_of(path);
                while !deleted && !p.is_empty() {
                    deleted = later.whiteouts.contains(p) || later.opaque.iter().any(|o| o == p);
                    p = parent_of(p);
                }
                deleted |= later.opaque.iter().any(|o| o.is_empty());
                if deleted {
                    ex.note(
                        range.clone(),
                        &format!(
                            "deleted in a later layer ({}) but still ships in the image: \
                             anyone who pulls it can read this layer",
                            later.digest
                        ),
                    );
                    break;
                }
                if later.files.contains(path) {
                    ex.note(
                        range.clone(),
                        &format!(
                            "replaced in a later layer ({}) but this layer still ships in the image",
                            later.digest
                        ),
                    );
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_magic() {
        assert_eq!(sniff(b"PK\x03\x04rest"), Some(Kind::Zip));
        assert_eq!(sniff(&[0x1f, 0x8b, 8]), Some(Kind::Gzip));
        assert_eq!(sniff(b"BZh91AY&SYxx"), Some(Kind::Bzip2));
        assert_eq!(sniff(b"BZh9 is just text"), None);
        assert_eq!(sniff(&[0x28, 0xb5, 0x2f, 0xfd, 0]), Some(Kind::Zstd));
        assert_eq!(sniff(b"plain text"), None);
        let mut tar = vec![0u8; 512];
        tar[257..262].copy_from_slice(b"ustar");
        assert_eq!(sniff(&tar), Some(Kind::Tar));
    }

    #[test]
    fn inner_names() {
        assert_eq!(inner_name("a/b/app.log.gz", Kind::Gzip), "app.log");
        assert_eq!(inner_name("x.tgz", Kind::Gzip), "x.tar");
        assert_eq!(inner_name("data", Kind::Zstd), "data~zstd");
        assert_eq!(inner_name("outer.zip!in.bz2", Kind::Bzip2), "in");
    }

    #[test]
    fn path_digests() {
        assert_eq!(path_digest("blobs/sha256/ab12"), Some("sha256:ab12".into()));
        assert_eq!(path_digest("abc/layer.tar"), None);
        assert_eq!(digest_path("sha256:ab12"), Some("blobs/sha256/ab12".into()));
    }
}
