//! Model: the names of the non-public people, in each form and with titles;
//! finding them in a text, and masking them in any message.

use std::collections::BTreeMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};

use super::fold::*;
use super::visible::*;
use crate::catalogue::{Arg, Said};
use crate::diag::{Diagnostic, Diagnostics, Spot};
use crate::lang::Lang;
use crate::load::RawSite;
use crate::model::site::{Site, Text};

/// Titles that, before a given or a family name, make a part of the name
/// identify the person. Written as editors write them; compared folded
/// (so `น.ส.` and `Dr.` also match `นส` and `Dr`). Not the one-letter
/// abbreviations `อ.` and `ศ.`: folded, they are a letter that ends many
/// Thai words (`ติดต่อ นรีรัตน์` is no title).
pub(super) const TITLES: &[&str] = &[
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
    pub(super) owners: Vec<String>,
    pub(super) matcher: Option<AhoCorasick>,
    /// Per pattern: its owner, and whether its first and last characters
    /// are Latin letters or digits (then it matches whole words only).
    pub(super) patterns: Vec<(usize, bool, bool)>,
    /// The files [`scan`] found a name in, as read and with every hit
    /// blotted out (byte for byte as long), by the path messages show:
    /// any diagnostic quoting a line of them quotes the blotted line, even
    /// where markup splits the name so that [`Names::find`] would miss it.
    pub(super) blotted: BTreeMap<String, (String, String)>,
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
            .filter_map(|doc| Some((doc.id.as_str(), doc.fields.name.as_ref()?.value.0.clone())))
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
    pub(super) fn blot(text: &str) -> String {
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
        d.field = d.field.as_deref().map(|f| self.mask(f));
        d.message = self.mask(&d.message);
        d.help = d.help.as_deref().map(|h| self.mask(h));
        if let Some(words) = &mut d.words {
            self.mask_said(&mut words.message);
            if let Some(help) = &mut words.help {
                self.mask_said(help);
            }
        }
        if let Some(spot) = &mut d.spot {
            spot.line_text = self.mask(&spot.line_text);
        }
    }
}

impl Names {
    /// A message of the catalogue with the names masked, as it is said
    /// in every language but English (whose text the diagnostic holds,
    /// masked, itself): each value, then the whole text, since a name may
    /// run across two values, or from a value into the words around it
    /// (`คุณ` and a given name). A hit in the catalogue's own words alone
    /// is no name anyone wrote, and stays (a one-letter name would blot
    /// every message). Where anything is masked, the message becomes the
    /// masked text.
    fn mask_said(&self, said: &mut Said) {
        for (_, value) in &mut said.args {
            match value {
                Arg::Text(t) => *t = self.mask(t),
                Arg::Said(s) => self.mask_said(s),
                Arg::Count(_) => {}
            }
        }
        // Thai is the one language said from the catalogue at printing;
        // a second one would need a masked text of its own.
        let Some((text, values)) = unmarked(&marked(said).text(Lang::Th)) else {
            // A value that holds a mark itself: every hit is masked.
            let text = said.text(Lang::Th);
            let masked = self.mask(&text);
            if masked != text {
                *said = Said::new("as-is").arg("text", masked);
            }
            return;
        };
        let hits = self.find(&text);
        let overlaps = |h: &Hit| {
            values
                .iter()
                .any(|v| h.range.start < v.end && v.start < h.range.end)
        };
        let written: Vec<&Hit> = hits.iter().filter(|h| overlaps(h)).collect();
        if written.is_empty() {
            return;
        }
        let mut masked = String::with_capacity(text.len());
        let mut from = 0;
        for hit in written {
            masked.push_str(&text[from..hit.range.start]);
            masked.push_str(&Names::blot(&text[hit.range.clone()]));
            from = hit.range.end;
        }
        masked.push_str(&text[from..]);
        *said = Said::new("as-is").arg("text", masked);
    }
}

/// Marks where each value of a message starts and ends in its text.
const VALUE_START: char = '\u{E000}';
const VALUE_END: char = '\u{E001}';

/// `said` with each value between [`VALUE_START`] and [`VALUE_END`].
fn marked(said: &Said) -> Said {
    let mut out = said.clone();
    for (_, value) in &mut out.args {
        match value {
            Arg::Text(t) => *t = format!("{VALUE_START}{t}{VALUE_END}"),
            Arg::Said(s) => **s = marked(s),
            Arg::Count(_) => {}
        }
    }
    out
}

/// The text of a [`marked`] message without its marks, and where each
/// value is in it; `None` where a value holds a mark of its own.
fn unmarked(marked: &str) -> Option<(String, Vec<Range<usize>>)> {
    let mut text = String::with_capacity(marked.len());
    let mut values = Vec::new();
    let mut open = None;
    let mut sound = true;
    for c in marked.chars() {
        match (c, open) {
            (VALUE_START, None) => open = Some(text.len()),
            (VALUE_END, Some(start)) => {
                values.push(start..text.len());
                open = None;
            }
            (VALUE_START | VALUE_END, _) => sound = false,
            _ => text.push(c),
        }
    }
    (sound && open.is_none()).then_some((text, values))
}

/// The part of `blotted` that `spot` quotes of `text` (the same bytes,
/// since blotting keeps every byte offset).
pub(super) fn blotted_line(text: &str, blotted: &str, spot: &Spot) -> Option<String> {
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
