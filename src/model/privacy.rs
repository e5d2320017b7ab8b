//! Model: the privacy scan. Ambassadors are people; one without
//! `public: true` counts in every figure and must appear in no published
//! file (Thailand's PDPA). The render never prints such a record, but an
//! editor can still write the person's name into another record's text.
//! This scan reads every text the site publishes (titles, summaries,
//! bodies, partners, notes, sources, `site.yaml`, ids) for the name of
//! every non-public person, before anything is rendered, and makes each
//! hit an error at the file and line where it is written.
//!
//! What counts as the name (docs/content.md says the same to editors):
//!
//! - the whole name, in each form the record gives (`name: นรีรัตน์ ไกรทอง`,
//!   or `name: { th: …, en: … }`);
//! - a title and a part of the name: `คุณนรีรัตน์`, `นางสาว ไกรทอง`,
//!   `Ms Kraithong`, `Dr. Nareerat`;
//! - compared in NFC, ignoring case, white space, zero-width characters
//!   (Pagefind puts U+200B between Thai words), soft hyphens, `-`, `_` and
//!   `.`; a Latin form only as whole words.
//!
//! A given name or family name alone is not a hit: Thai given names are
//! often ordinary words (`สมศรี`, `ใจดี`), and flagging them would make
//! ordinary text an error. No message ever prints the name, since CI logs
//! are often public: each names the ambassador record by its id, and every
//! diagnostic of the run has the names masked ([`Names::mask`]).

use rayon::prelude::*;
use std::collections::BTreeMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use pulldown_cmark::{Event, Parser, Tag};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

use crate::diag::{Diagnostic, Diagnostics, Spot};
use crate::load::RawSite;
use crate::model::site::{Site, Text};

/// Titles that, before a given or a family name, make a part of the name
/// identify the person. Written as editors write them; compared folded
/// (so `น.ส.` and `Dr.` also match `นส` and `Dr`). Not the one-letter
/// abbreviations `อ.` and `ศ.`: folded, they are a letter that ends many
/// Thai words (`ติดต่อ นรีรัตน์` is no title).
const TITLES: &[&str] = &[
    "คุณ",
    "นาย",
    "นาง",
    "นางสาว",
    "น.ส.",
    "ดร.",
    "อาจารย์",
    "ผศ.",
    "รศ.",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Khun",
    "Prof",
];

/// The names of the site's non-public people, ready to be looked for.
pub struct Names {
    /// Each pattern's owner: the ambassador record's id.
    owners: Vec<String>,
    matcher: Option<AhoCorasick>,
    /// Per pattern: its owner, and whether its first and last characters
    /// are Latin letters or digits (then it matches whole words only).
    patterns: Vec<(usize, bool, bool)>,
    /// The files [`scan`] found a name in, as read and with every hit
    /// blotted out (byte for byte as long), by the path messages show:
    /// any diagnostic quoting a line of them quotes the blotted line, even
    /// where markup splits the name so that [`Names::find`] would miss it.
    blotted: BTreeMap<String, (String, String)>,
}

impl std::fmt::Debug for Names {
    /// Never the names themselves: a debug print may reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Names({} people, {} patterns)",
            self.owners.len(),
            self.patterns.len()
        )
    }
}

/// One place a non-public name is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The bytes of the scanned text that spell it.
    pub range: Range<usize>,
    /// The id of the ambassador record that makes the person non-public.
    pub owner: String,
}

impl Names {
    /// `people`: each non-public person's record id and name.
    pub fn new<'a>(people: impl IntoIterator<Item = (&'a str, &'a Text)>) -> Names {
        let mut owners = Vec::new();
        let mut folded = Vec::new();
        let mut patterns = Vec::new();
        for (id, name) in people {
            let owner = owners.len();
            owners.push(id.to_string());
            let mut forms = vec![name.th.as_str()];
            forms.extend(name.en.as_deref().filter(|en| *en != name.th));
            for form in forms {
                let words: Vec<&str> = form.split_whitespace().collect();
                let mut spellings = vec![form.to_string()];
                if words.len() > 1 {
                    for part in [words[0], words[words.len() - 1]] {
                        spellings.extend(TITLES.iter().map(|t| format!("{t}{part}")));
                    }
                }
                for s in spellings {
                    let f = fold(&s).0;
                    if f.is_empty() || folded.contains(&f) {
                        continue;
                    }
                    let latin = |c: Option<char>| c.is_some_and(is_latin);
                    patterns.push((owner, latin(f.chars().next()), latin(f.chars().last())));
                    folded.push(f);
                }
            }
        }
        let matcher = (!folded.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&folded)
                .expect("a few names make a small automaton")
        });
        Names {
            owners,
            matcher,
            patterns,
            blotted: BTreeMap::new(),
        }
    }

    /// The non-public people of the files as read: those whose record
    /// does not say `public: true`, whatever else is wrong with it.
    pub fn from_raw(raw: &RawSite) -> Names {
        let people: Vec<(&str, Text)> = raw
            .ambassadors
            .iter()
            .filter(|doc| !doc.fields.public.as_ref().is_some_and(|p| p.value))
            .map(|doc| (doc.id.as_str(), doc.fields.name.value.0.clone()))
            .filter(|(_, name)| !name.th.trim().is_empty())
            .collect();
        Names::new(people.iter().map(|(id, name)| (*id, name)))
    }

    /// The non-public people of a checked site.
    pub fn of(site: &Site) -> Names {
        Names::new(
            site.ambassadors
                .iter()
                .filter(|a| !a.public)
                .map(|a| (a.meta.id.as_str(), &a.name)),
        )
    }

    pub fn is_empty(&self) -> bool {
        self.matcher.is_none()
    }

    /// Every place in `text` a non-public name is written, in order.
    pub fn find(&self, text: &str) -> Vec<Hit> {
        let Some(matcher) = &self.matcher else {
            return Vec::new();
        };
        let (folded, map) = fold(text);
        let mut hits: Vec<Hit> = Vec::new();
        for m in matcher.find_overlapping_iter(&folded) {
            let (owner, latin_start, latin_end) = self.patterns[m.pattern().as_usize()];
            let start = map.start(m.start());
            let end = map.end(m.end());
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if (latin_start && before.is_some_and(is_latin))
                || (latin_end && after.is_some_and(is_latin))
            {
                continue;
            }
            hits.push(Hit {
                range: start..end,
                owner: self.owners[owner].clone(),
            });
        }
        // One hit for one place: `นางสาวนรีรัตน์ ไกรทอง` is a title with
        // the given name and the whole name, overlapping.
        hits.sort_by_key(|h| (h.range.start, h.range.end));
        let mut merged: Vec<Hit> = Vec::with_capacity(hits.len());
        for hit in hits {
            match merged.last_mut() {
                Some(last) if hit.range.start < last.range.end => {
                    last.range.end = last.range.end.max(hit.range.end);
                }
                _ => merged.push(hit),
            }
        }
        merged
    }

    /// Whether a Markdown body shows a non-public name to its reader.
    pub fn in_body(&self, body: &str) -> bool {
        !self.is_empty()
            && visible(body)
                .iter()
                .any(|piece| !self.find(&piece.text).is_empty())
    }

    /// `text` with every non-public name blotted out, byte for byte the
    /// same length (so that a diagnostic's underline still fits its line):
    /// a three-byte character (Thai) becomes `█`, any other byte `*`.
    pub fn mask(&self, text: &str) -> String {
        let hits = self.find(text);
        if hits.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut from = 0;
        for hit in hits {
            out.push_str(&text[from..hit.range.start]);
            out.push_str(&Names::blot(&text[hit.range.clone()]));
            from = hit.range.end;
        }
        out.push_str(&text[from..]);
        out
    }

    /// `text` blotted out, byte for byte as long: `█` for a three-byte
    /// character (Thai), `*` for any other byte.
    fn blot(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c.len_utf8() {
                3 => out.push('█'),
                n => out.extend(std::iter::repeat_n('*', n)),
            }
        }
        out
    }

    /// Every diagnostic's text with the names masked: no message, quoted
    /// line or fix prints a non-public name.
    pub fn mask_diagnostics(&self, diagnostics: &mut Diagnostics) {
        if self.is_empty() {
            return;
        }
        diagnostics.rewrite(|d| self.mask_diagnostic(d));
    }

    /// One diagnostic's text with the names masked.
    pub fn mask_diagnostic(&self, d: &mut Diagnostic) {
        if self.is_empty() {
            return;
        }
        if let (Some(spot), Some((text, blotted))) = (&mut d.spot, self.blotted.get(&d.path))
            && let Some(line) = blotted_line(text, blotted, spot)
        {
            spot.line_text = line;
        }
        d.path = self.mask(&d.path);
        d.message = self.mask(&d.message);
        d.help = d.help.as_deref().map(|h| self.mask(h));
        if let Some(spot) = &mut d.spot {
            spot.line_text = self.mask(&spot.line_text);
        }
    }
}

/// The part of `blotted` that `spot` quotes of `text` (the same bytes,
/// since blotting keeps every byte offset).
fn blotted_line(text: &str, blotted: &str, spot: &Spot) -> Option<String> {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(spot.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line = &text[line_start..];
    let from = line_start
        + line
            .char_indices()
            .nth(spot.cut)
            .map_or(line.len(), |(i, _)| i);
    blotted
        .get(from..from + spot.line_text.len())
        .map(str::to_string)
}

/// A Latin letter or digit: a Latin name matches only as whole words.
fn is_latin(c: char) -> bool {
    c.is_alphanumeric() && !('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// Characters that never separate what a reader sees as one name.
fn ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                ..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '-' | '_' | '.'
        )
}

/// Where each folded character came from: `(folded byte, original start,
/// original end)`, in order.
struct Map(Vec<(usize, usize, usize)>);

impl Map {
    fn entry(&self, folded: usize) -> usize {
        self.0.partition_point(|e| e.0 <= folded).saturating_sub(1)
    }

    fn start(&self, folded: usize) -> usize {
        self.0[self.entry(folded)].1
    }

    fn end(&self, folded_end: usize) -> usize {
        self.0[self.entry(folded_end.saturating_sub(1))].2
    }
}

/// `text` as names are compared: ignorable characters left out, each run
/// of a character and its combining marks in NFC (which also puts Thai
/// vowel and tone marks in one order), lower case.
fn fold(text: &str) -> (String, Map) {
    fold_nfc(text).unwrap_or_else(|| fold_any(text))
}

/// [`fold`] of a text already in NFC (nearly every text: `load` makes
/// files NFC), character by character; `None` where it is not, or where
/// leaving out an ignorable character puts two combining marks side by
/// side (they might then need reordering).
fn fold_nfc(text: &str) -> Option<(String, Map)> {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    if is_nfc_quick(text.chars()) != IsNormalized::Yes {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() / 2);
    let mut skipped = false;
    for (i, c) in text.char_indices() {
        if ignorable(c) {
            skipped = true;
            continue;
        }
        if skipped && canonical_combining_class(c) != 0 {
            return None;
        }
        skipped = false;
        let end = i + c.len_utf8();
        for l in c.to_lowercase() {
            map.push((out.len(), i, end));
            out.push(l);
        }
    }
    Some((out, Map(map)))
}

/// [`fold`] of any text: each run of a starter and its combining marks
/// put in NFC.
fn fold_any(text: &str) -> (String, Map) {
    let mut out = String::new();
    let mut map = Vec::new();
    let mut run = String::new();
    let mut run_at = 0..0;
    let mut flush = |run: &mut String, at: &Range<usize>, out: &mut String| {
        if run.is_empty() {
            return;
        }
        for c in run.nfc().flat_map(char::to_lowercase) {
            map.push((out.len(), at.start, at.end));
            out.push(c);
        }
        run.clear();
    };
    for (i, c) in text.char_indices() {
        if ignorable(c) {
            continue;
        }
        if canonical_combining_class(c) == 0 {
            flush(&mut run, &run_at, &mut out);
            run_at = i..i;
        }
        run.push(c);
        run_at.end = i + c.len_utf8();
    }
    flush(&mut run, &run_at, &mut out);
    (out, Map(map))
}

/// The text a reader sees of a Markdown body, with where each piece is
/// written: text, code, link targets and titles, and the text and
/// attribute values of raw HTML (character references decoded), so that a
/// name split by markup (`นรีรัตน์ **ไกร**ทอง`) or written as references
/// (`&#xE19;…`) is found as the reader would see it. Pieces that are not
/// read together are kept apart.
fn visible(body: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut flowing = Piece::default();
    let flow = |text: &str, at: Range<usize>, flowing: &mut Piece| {
        // Where the text is written as it reads within its event (a code
        // span's text inside its backticks), a hit points at its letters.
        let within = body
            .get(at.clone())
            .and_then(|written| written.find(text))
            .filter(|_| !text.is_empty());
        let part = match within {
            Some(i) => (at.start + i..at.start + i + text.len(), true),
            None => (at, false),
        };
        flowing.parts.push((flowing.text.len(), part.0, part.1));
        flowing.text.push_str(text);
    };
    let options = crate::text::MARKDOWN;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) | Event::FootnoteReference(t) => {
                flow(&t, range, &mut flowing)
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                let (text, attributes) = html_text(&h);
                flow(&text, range.clone(), &mut flowing);
                pieces.extend(attributes.into_iter().map(|a| Piece::at(a, range.clone())));
            }
            Event::Start(Tag::Link {
                dest_url, title, ..
            })
            | Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let url = percent_encoding::percent_decode_str(&dest_url).decode_utf8_lossy();
                pieces.push(Piece::at(url.into_owned(), range.clone()));
                pieces.push(Piece::at(title.to_string(), range));
            }
            _ => {}
        }
    }
    pieces.push(flowing);
    pieces
}

/// Text a reader reads as one, and where its parts are written: each
/// part's start in `text`, its place in the body, and whether it is
/// written there as it reads (else a hit points at the whole part).
#[derive(Debug, Default)]
struct Piece {
    text: String,
    parts: Vec<(usize, Range<usize>, bool)>,
}

impl Piece {
    fn at(text: String, at: Range<usize>) -> Piece {
        Piece {
            parts: vec![(0, at, false)],
            text,
        }
    }

    /// Where in the body the piece's bytes `range` are written.
    fn source(&self, range: &Range<usize>) -> Range<usize> {
        let part = |i: usize| {
            let n = self.parts.partition_point(|p| p.0 <= i).saturating_sub(1);
            &self.parts[n]
        };
        let (from, at, exact) = part(range.start);
        let start = if *exact {
            at.start + range.start - from
        } else {
            at.start
        };
        let (from, at, exact) = part(range.end.saturating_sub(1).max(range.start));
        let end = if *exact {
            at.start + range.end - from
        } else {
            at.end
        };
        start..end.max(start)
    }
}

/// The text of an HTML fragment, and its attribute values, as a browser
/// reads them (character references decoded).
fn html_text(html: &str) -> (String, Vec<String>) {
    use html5gum::{Token, Tokenizer};
    let mut text = String::new();
    let mut attributes = Vec::new();
    for Ok(token) in Tokenizer::new(html) {
        match token {
            Token::String(s) => text.push_str(&String::from_utf8_lossy(&s.value)),
            Token::StartTag(tag) => attributes.extend(
                tag.attributes
                    .values()
                    .map(|v| String::from_utf8_lossy(&v.value).into_owned()),
            ),
            _ => {}
        }
    }
    (text, attributes)
}

/// The scan: every text the site publishes, at the file that holds it.
struct Scan<'a> {
    names: &'a Names,
    raw: &'a RawSite,
    found: Vec<Found>,
}

/// One name where it is written: the file, the field (none for a body),
/// the bytes of the file that spell it (none for an id, the file's name),
/// and the ambassador record it names.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    path: String,
    at: Option<(usize, usize)>,
    /// Whether `at` is the name as written (else the field's key, where
    /// YAML escapes spell the name: nothing there to blot).
    written: bool,
    field: Option<&'static str>,
    owner: String,
}

/// Looks for every non-public name in every text `site` publishes, and
/// pushes an error for each place one is written. `raw` holds the files,
/// so that each error points at the line the name is written on; the
/// files with a hit are kept, blotted, in `names` for
/// [`Names::mask_diagnostics`].
pub fn scan(site: &Site, raw: &RawSite, names: &mut Names, diags: &mut Diagnostics) {
    if names.is_empty() {
        return;
    }
    let mut s = Scan {
        names: &*names,
        raw,
        found: Vec::new(),
    };
    let config_path = raw.config.as_ref().map(|d| d.file.path.clone());
    if let Some(path) = &config_path {
        let c = &site.config;
        for (field, text) in [
            ("title", Some(&c.title)),
            ("description", c.description.as_ref()),
            ("licence", c.licence.as_ref()),
        ] {
            if let Some(text) = text {
                s.text(path, field, text);
            }
        }
    }
    if let Some(doc) = &raw.sources {
        let path = doc.file.path.clone();
        for source in &site.sources {
            s.field(&path, "id", source.id.as_str());
            s.text(&path, "publisher", &source.publisher);
            s.text(&path, "title", &source.title);
            if let Some(url) = &source.url {
                let decoded = percent_encoding::percent_decode_str(url).decode_utf8_lossy();
                s.field(&path, "url", &decoded);
            }
        }
    }
    for r in &site.reported {
        if let Some(note) = &r.note {
            s.text(&r.at.path, "note", note);
        }
    }
    let titled = site
        .cohorts
        .iter()
        .map(|r| (&r.meta, Some(&r.title), &r.partners[..]))
        .chain(
            site.cities
                .iter()
                .map(|r| (&r.meta, Some(&r.title), &[][..])),
        )
        .chain(
            site.projects
                .iter()
                .map(|r| (&r.meta, Some(&r.title), &r.partners[..])),
        )
        .chain(
            site.ambassadors
                .iter()
                .filter(|a| a.public)
                .map(|r| (&r.meta, None, &[][..])),
        )
        .chain(site.news.iter().map(|r| (&r.meta, Some(&r.title), &[][..])))
        .chain(
            site.pages
                .iter()
                .map(|r| (&r.meta, Some(&r.title), &[][..])),
        );
    // The records, on every core: each is scanned on its own, and what
    // is found is sorted below.
    let titled: Vec<_> = titled.collect();
    let in_records: Vec<Found> = titled
        .par_iter()
        .flat_map_iter(|(meta, title, partners)| {
            let mut s = Scan {
                names: &*names,
                raw,
                found: Vec::new(),
            };
            s.field(&meta.path, "id", meta.id.as_str());
            if let Some(title) = title {
                s.translated(meta, "title", title);
            }
            if let Some(summary) = &meta.summary {
                s.translated(meta, "summary", summary);
            }
            for partner in *partners {
                s.text(&meta.path, "partners", partner);
            }
            s.body(&meta.path, &meta.body.th);
            if let (Some(path), Some(body)) = (&meta.en_path, &meta.body.en) {
                s.body(path, body);
            }
            s.found
        })
        .collect();
    let mut found = s.found;
    found.extend(in_records);
    found.sort();
    found.dedup();
    // Each file with a hit, blotted wherever a hit is written.
    let mut blotted: BTreeMap<String, (String, String)> = BTreeMap::new();
    for f in &found {
        let Some(text) = file_text(raw, &f.path) else {
            continue;
        };
        let entry = blotted
            .entry(f.path.clone())
            .or_insert_with(|| (text.to_string(), names.mask(text)));
        if let (Some((start, end)), true) = (f.at, f.written) {
            let blot = Names::blot(&text[start..end]);
            entry.1.replace_range(start..end, &blot);
        }
    }
    for f in found {
        diags.push(error(&f, blotted.get(&f.path).map(|(_, b)| b.as_str())));
    }
    names.blotted = blotted;
}

/// The text of the file `path`, where it was read.
fn file_text<'a>(raw: &'a RawSite, path: &str) -> Option<&'a str> {
    raw.config
        .iter()
        .map(|d| &d.file)
        .chain(raw.sources.iter().map(|d| &d.file))
        .chain(raw.cohorts.iter().map(|d| &d.file))
        .chain(raw.cities.iter().map(|d| &d.file))
        .chain(raw.projects.iter().map(|d| &d.file))
        .chain(raw.ambassadors.iter().map(|d| &d.file))
        .chain(raw.news.iter().map(|d| &d.file))
        .chain(raw.pages.iter().map(|d| &d.file))
        .chain(raw.translations.iter().map(|(_, d)| &d.file))
        .find(|f| f.path == path)
        .map(|f| f.text.as_str())
}

/// The error for one place a name is written, quoting the blotted file.
fn error(f: &Found, blotted: Option<&str>) -> Diagnostic {
    let owner = &f.owner;
    let mut d = Diagnostic::error(
        &f.path,
        format!(
            "this names a person who is not public: the ambassador record `{owner}` \
             does not say `public: true`, so the name may not be published"
        ),
    )
    .help(match f.field {
        Some("id") => format!(
            "rename the file: its name is the record's id, part of every address of the \
             site; or, once the person's written consent is on file, set `public: true` \
             in the ambassador record `{owner}`"
        ),
        _ => format!(
            "take the name out of this text (a given name alone may stay); or, once the \
             person's written consent is on file, set `public: true` in the ambassador \
             record `{owner}`"
        ),
    });
    if let (Some((start, end)), Some(text)) = (f.at, blotted) {
        d = d.spot(Spot::at(text, start, end - start));
    }
    if let Some(field) = f.field {
        d = d.field(field);
    }
    d
}

impl Scan<'_> {
    fn file(&self, path: &str) -> Option<&str> {
        file_text(self.raw, path)
    }

    /// A text of the record `meta`: Thai in its file, English in its
    /// translation's.
    fn translated(&mut self, meta: &crate::model::site::Meta, field: &'static str, text: &Text) {
        self.field(&meta.path, field, &text.th);
        if let (Some(path), Some(en)) = (&meta.en_path, &text.en) {
            self.field(path, field, en);
        }
    }

    /// A `{ th, en }` text, both written in `path`.
    fn text(&mut self, path: &str, field: &'static str, text: &Text) {
        self.field(path, field, &text.th);
        if let Some(en) = text.en.as_deref().filter(|en| *en != text.th) {
            self.field(path, field, en);
        }
    }

    /// One field's value, written somewhere in the front matter of `path`.
    fn field(&mut self, path: &str, field: &'static str, value: &str) {
        for hit in self.names.find(value) {
            let written = &value[hit.range.clone()];
            // An id is the file's name, or a key: no line holds it as such.
            let file = self.file(path).filter(|_| field != "id");
            // Where the value is written as it reads, the hit is at its
            // own place; else (YAML escapes) at the first place the file
            // spells the same name, else at the field's key.
            let spelt = file.and_then(|file| {
                file.find(written)
                    .map(|i| i..i + written.len())
                    .or_else(|| {
                        self.names
                            .find(file)
                            .into_iter()
                            .find(|h| h.owner == hit.owner)
                            .map(|h| h.range)
                    })
            });
            let key = file.and_then(|file| key_of(file, field));
            self.found.push(Found {
                path: path.to_string(),
                written: spelt.is_some(),
                at: spelt.or(key).map(|r| (r.start, r.end)),
                field: Some(field),
                owner: hit.owner,
            });
        }
    }

    /// A Markdown body of the file `path`, which ends with it.
    fn body(&mut self, path: &str, body: &str) {
        if body.trim().is_empty() {
            return;
        }
        let hits: Vec<(Piece, Vec<Hit>)> = visible(body)
            .into_iter()
            .map(|piece| {
                let hits = self.names.find(&piece.text);
                (piece, hits)
            })
            .filter(|(_, hits)| !hits.is_empty())
            .collect();
        // Most bodies name no one: the file is looked up only for a hit.
        if hits.is_empty() {
            return;
        }
        let file = self.file(path).map(str::to_string);
        let offset = file
            .as_deref()
            .filter(|f| f.ends_with(body))
            .map(|f| f.len() - body.len());
        for (piece, found) in hits {
            for hit in found {
                let at = match offset {
                    Some(o) => {
                        let at = piece.source(&hit.range);
                        (o + at.start, o + at.end)
                    }
                    None => (0, 1),
                };
                self.found.push(Found {
                    path: path.to_string(),
                    at: file.as_ref().map(|_| at),
                    written: true,
                    field: None,
                    owner: hit.owner,
                });
            }
        }
    }
}

/// Where the key `field:` is written in a file's front matter (a name
/// spelt with YAML escapes is found in the value, but not in the text).
fn key_of(file: &str, field: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    for line in file.split_inclusive('\n') {
        let trimmed = line.trim_start().trim_start_matches("- ");
        if trimmed.starts_with(&format!("{field}:")) {
            let at = offset + (line.len() - trimmed.len());
            return Some(at..at + field.len());
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        let th = Text {
            th: "นรีรัตน์ ไกรทอง".into(),
            en: Some("Nareerat Kraithong".into()),
        };
        Names::new([("sca-1-rayong-01", &th)])
    }

    fn found(text: &str) -> Vec<&str> {
        names()
            .find(text)
            .into_iter()
            .map(|h| &text[h.range])
            .collect()
    }

    #[test]
    fn the_whole_name_in_any_spacing_case_or_form() {
        assert_eq!(found("โดย นรีรัตน์ ไกรทอง จาก"), ["นรีรัตน์ ไกรทอง"]);
        assert_eq!(found("โดยนรีรัตน์ไกรทองจาก"), ["นรีรัตน์ไกรทอง"]);
        assert_eq!(
            found("นรีรัตน์\u{200B}ไกร\u{200B}ทอง"),
            ["นรีรัตน์\u{200B}ไกร\u{200B}ทอง"]
        );
        assert_eq!(found("by NAREERAT  kraithong."), ["NAREERAT  kraithong"]);
        assert_eq!(found("nareerat-kraithong-farm"), ["nareerat-kraithong"]);
        // A tone mark written before its vowel is the same text in NFC.
        let name = Text::same("บุ่ง ทองดี");
        let names = Names::new([("a", &name)]);
        let reordered = "บ\u{0E48}\u{0E38}ง ทองดี";
        assert_eq!(names.find(reordered).len(), 1);
    }

    #[test]
    fn a_title_and_a_part_of_the_name() {
        assert_eq!(found("คุณนรีรัตน์ นำทีม"), ["คุณนรีรัตน์"]);
        assert_eq!(found("นางสาว ไกรทอง"), ["นางสาว ไกรทอง"]);
        assert_eq!(found("Ms. Kraithong said"), ["Ms. Kraithong"]);
    }

    #[test]
    fn a_part_alone_or_inside_a_longer_word_is_not_the_name() {
        assert!(found("นรีรัตน์ นำทีม").is_empty());
        assert!(found("ตระกูลไกรทอง").is_empty());
        assert!(found("Nareerat led it").is_empty());
        assert!(found("XNareerat Kraithong").is_empty());
        assert!(found("Nareerat Kraithongs").is_empty());
    }

    #[test]
    fn masking_keeps_every_byte_offset() {
        let text = "ก นรีรัตน์ ไกรทอง and Nareerat Kraithong!";
        let masked = names().mask(text);
        assert_eq!(masked.len(), text.len());
        assert_eq!(masked, "ก ████████*██████ and ******************!");
    }

    #[test]
    fn markup_and_references_do_not_hide_a_name() {
        let pieces = |body: &str| -> Vec<String> {
            visible(body)
                .into_iter()
                .filter(|p| !names().find(&p.text).is_empty())
                .map(|p| p.text)
                .collect()
        };
        assert_eq!(pieces("นรีรัตน์ **ไกร**ทอง\n").len(), 1);
        assert_eq!(pieces("<p>นรีรัตน์ <b>ไกร</b>ทอง</p>\n").len(), 1);
        assert_eq!(pieces("&#xE19;รีรัตน์ ไกรทอง\n").len(), 1);
        assert_eq!(
            pieces("[x](https://example.org/Nareerat-Kraithong)\n").len(),
            1
        );
        assert_eq!(
            pieces("<img alt=\"Nareerat Kraithong\" src=\"a.png\">\n").len(),
            1
        );
        assert!(pieces("นรีรัตน์ นำทีม\n").is_empty());
    }
}
