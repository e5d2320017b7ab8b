//! Model: the scan of every published text, each hit an error at its file and
//! line.

use std::collections::BTreeMap;
use std::ops::Range;

use rayon::prelude::*;

use super::names::*;
use super::visible::*;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics, Spot};
use crate::load::RawSite;
use crate::model::site::{Site, Text};

/// The scan: every text the site publishes, at the file that holds it.
pub(super) struct Scan<'a> {
    pub(super) names: &'a Names,
    pub(super) raw: &'a RawSite,
    pub(super) found: Vec<Found>,
}

/// One name where it is written: the file, the field (none for a body),
/// the bytes of the file that spell it (none for an id, the file's name),
/// and the ambassador record it names.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Found {
    pub(super) path: String,
    pub(super) at: Option<(usize, usize)>,
    /// Whether `at` is the name as written (else the field's key, where
    /// YAML escapes spell the name: nothing there to blot).
    pub(super) written: bool,
    pub(super) field: Option<&'static str>,
    pub(super) owner: String,
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
pub(super) fn file_text<'a>(raw: &'a RawSite, path: &str) -> Option<&'a str> {
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
pub(super) fn error(f: &Found, blotted: Option<&str>) -> Diagnostic {
    let owner = f.owner.as_str();
    let help = match f.field {
        Some("id") => "privacy-id-help",
        _ => "privacy-text-help",
    };
    let mut d = Diagnostic::said(
        &f.path,
        Said::new("privacy-not-public").arg("owner", owner),
        Some(Said::new(help).arg("owner", owner)),
    );
    if let (Some((start, end)), Some(text)) = (f.at, blotted) {
        d = d.spot(Spot::at(text, start, end - start));
    }
    if let Some(field) = f.field {
        d = d.field(field);
    }
    d
}

impl Scan<'_> {
    pub(super) fn file(&self, path: &str) -> Option<&str> {
        file_text(self.raw, path)
    }

    /// A text of the record `meta`: Thai in its file, English in its
    /// translation's.
    pub(super) fn translated(
        &mut self,
        meta: &crate::model::site::Meta,
        field: &'static str,
        text: &Text,
    ) {
        self.field(&meta.path, field, &text.th);
        if let (Some(path), Some(en)) = (&meta.en_path, &text.en) {
            self.field(path, field, en);
        }
    }

    /// A `{ th, en }` text, both written in `path`.
    pub(super) fn text(&mut self, path: &str, field: &'static str, text: &Text) {
        self.field(path, field, &text.th);
        if let Some(en) = text.en.as_deref().filter(|en| *en != text.th) {
            self.field(path, field, en);
        }
    }

    /// One field's value, written somewhere in the front matter of `path`.
    pub(super) fn field(&mut self, path: &str, field: &'static str, value: &str) {
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
    pub(super) fn body(&mut self, path: &str, body: &str) {
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
pub(super) fn key_of(file: &str, field: &str) -> Option<Range<usize>> {
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
