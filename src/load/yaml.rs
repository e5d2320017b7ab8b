//! Load: YAML front matter into raw structs, with serde-saphyr's errors
//! reworded in plain words and placed in the file, not in the front matter.

use serde::de::{DeserializeOwned, IgnoredAny};
use serde_saphyr::{Location, Spanned};

use super::text::SourceFile;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Spot, closest};
use crate::load::raw::{Entries, TEXT_WITHOUT_THAI, field_names};

/// How deep lists and mappings may nest in front matter. A record needs 3
/// levels (`reported:` → an item → `{ th, en }`); this stops a
/// 100,000-deep `[[[[…` before it costs stack or time.
pub const MAX_DEPTH: usize = 16;
/// How many `*alias` uses (and `&anchors`) one block may hold: records
/// rarely use any, and an "alias bomb" needs many to multiply.
pub const MAX_ALIASES: usize = 100;
/// How many values (scalars, lists, mappings, with aliases expanded) one
/// block may hold. The 10 MB file limit alone allows some 5,000,000; this
/// holds parsing to a fraction of a second, and still takes a
/// `sources.yaml` of 20,000 sources (some 10 values each).
pub const MAX_NODES: usize = 250_000;
/// How many bytes of text one block may hold, with aliases expanded (part
/// of the YAML size limit): more than a 10 MB file holds, less than an
/// alias bomb of long text makes.
pub const MAX_SCALAR_BYTES: usize = 16 * 1024 * 1024;

/// A YAML block inside a file: the file, and where the block starts in it.
#[derive(Debug, Clone, Copy)]
pub struct Block<'a> {
    pub file: &'a SourceFile,
    /// Byte offset of the block's first character in the file's text.
    pub offset: usize,
    pub len: usize,
}

impl<'a> Block<'a> {
    pub fn text(&self) -> &'a str {
        &self.file.text[self.offset..self.offset + self.len]
    }

    /// The spot in the file of a location inside the block.
    pub fn spot(&self, loc: &Location) -> Spot {
        let span = loc.span();
        match (span.byte_offset(), span.byte_len()) {
            (Some(offset), Some(len)) if loc.line() > 0 => {
                Spot::at(&self.file.text, self.offset + offset as usize, len as usize)
            }
            _ if loc.line() > 0 => {
                let first_line = self.file.text[..self.offset].matches('\n').count();
                Spot::at_line_column(
                    &self.file.text,
                    first_line + loc.line() as usize,
                    loc.column() as usize,
                    1,
                )
            }
            _ => self.start(),
        }
    }

    /// The spot of a spanned value.
    pub fn spot_of<T>(&self, value: &Spanned<T>) -> Spot {
        self.spot(&value.referenced)
    }

    /// The spot of the line `field:` at the top of the block, where
    /// there is one: the key, to underline.
    pub fn key_spot(&self, field: &str) -> Option<Spot> {
        let text = self.text();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix(field)
                && rest.trim_start_matches([' ', '\t']).starts_with(':')
            {
                return Some(Spot::at(&self.file.text, self.offset + offset, field.len()));
            }
            offset += line.len();
        }
        None
    }

    /// The first character of the block (or of the file, for an empty block).
    pub fn start(&self) -> Spot {
        Spot::at(&self.file.text, self.offset, 1)
    }

    /// An error at a spanned value, naming its field.
    pub fn error_at<T>(
        &self,
        value: &Spanned<T>,
        field: &str,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::error(&self.file.path, message)
            .spot(self.spot_of(value))
            .field(field)
    }

    /// An error at a spanned value in the catalogue's words, naming its
    /// field.
    pub fn said_at<T>(
        &self,
        value: &Spanned<T>,
        field: &str,
        message: Said,
        help: Said,
    ) -> Diagnostic {
        Diagnostic::said(&self.file.path, message, Some(help))
            .spot(self.spot_of(value))
            .field(field)
    }

    /// Deserializes the block into `T`, or says in plain words what is
    /// wrong and where. `what` names the kind of file (`a city`).
    pub fn parse<T: DeserializeOwned>(&self, what: &str) -> Result<T, Box<Diagnostic>> {
        // An empty block is an empty mapping, so that each missing field is
        // named rather than "unexpected end of input".
        let text = if self.text().trim().is_empty() {
            "{}"
        } else {
            self.text()
        };
        deserialize::<T>(text).map_err(|e| Box::new(self.explain::<T>(&e, what)))
    }

    /// Deserializes a record's block field by field: a field that cannot
    /// be read (an unknown one, a list where one value belongs, an empty
    /// value) is an error, and the others are still read, so that one
    /// mistake hides no other. `T`'s fields must all be optional (a
    /// missing one is for the model to report). `Err` only where the
    /// block is not YAML at all, or not a mapping.
    pub fn parse_each<T: DeserializeOwned>(
        &self,
        what: &str,
    ) -> Result<(T, Vec<Diagnostic>), Box<Diagnostic>> {
        let text = if self.text().trim().is_empty() {
            "{}"
        } else {
            self.text()
        };
        let mut error = match deserialize::<T>(text) {
            Ok(t) => return Ok((t, Vec::new())),
            Err(e) => e,
        };
        // The block as a mapping of fields, each from its key's line to
        // the next key's line: as YAML reads it, or, where it cannot, the
        // lines that start with a name and `:`.
        let line_start = |offset: usize| text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let entries: Vec<(String, usize)> = match deserialize::<Entries<IgnoredAny>>(text) {
            Ok(Entries(keys)) => keys
                .into_iter()
                .filter_map(|(key, _)| {
                    let offset = key.referenced.span().byte_offset()? as usize;
                    (offset <= text.len()).then(|| (key.value, line_start(offset)))
                })
                .collect(),
            Err(_) => key_lines(text),
        };
        // Each field that fails is blanked out (its bytes made spaces, so
        // that every other place stays where it was) and the rest read again.
        let mut blanked = text.as_bytes().to_vec();
        let mut errors: Vec<Diagnostic> = Vec::new();
        loop {
            let mut d = self.explain::<T>(&error, what);
            // A syntax error is placed where the parser gave up, which may
            // be far from the mistake (a quote never closed): it is
            // another field's only where it is a mistake known by its line.
            let placed = deserialize::<Entries<IgnoredAny>>(&String::from_utf8_lossy(&blanked))
                .is_ok()
                || self.mistake(&error).is_some();
            let at = error
                .location()
                .and_then(|l| offset_of(text, &l))
                .filter(|_| placed);
            let entry = at.and_then(|at| entries.iter().rposition(|(_, start)| *start <= at));
            let Some(i) = entry.filter(|_| errors.len() < entries.len()) else {
                errors.push(d);
                // Every record's fields are optional: `{}` reads.
                return match deserialize::<T>("{}") {
                    Ok(t) => Ok((t, errors)),
                    Err(_) => Err(Box::new(errors.swap_remove(0))),
                };
            };
            let (name, start) = &entries[i];
            let end = entries.get(i + 1).map_or(text.len(), |(_, s)| *s);
            if d.field.is_none() {
                d.field = Some(name.clone());
            }
            errors.push(d);
            for b in &mut blanked[*start..end] {
                if *b != b'\n' && *b != b'\r' {
                    *b = b' ';
                }
            }
            // Spaces for whole lines keep the text UTF-8.
            let again = String::from_utf8_lossy(&blanked);
            match deserialize::<T>(&again) {
                Ok(t) => return Ok((t, errors)),
                Err(e) => error = e,
            }
        }
    }

    /// The error in plain words where it is one of the common mistakes,
    /// and the spot of the mistake.
    fn mistake(&self, e: &serde_saphyr::Error) -> Option<(super::mistakes::Plain, Spot)> {
        let spot = e.location().map_or_else(|| self.start(), |l| self.spot(&l));
        if spot.cut != 0 {
            return None;
        }
        let p = super::mistakes::plain(&bare_message(e), &spot.line_text)?;
        let spot = match p.column {
            Some(column) => Spot::at_line_column(&self.file.text, spot.line, column, 1),
            None => spot,
        };
        Some((p, spot))
    }

    fn explain<T: DeserializeOwned>(&self, e: &serde_saphyr::Error, what: &str) -> Diagnostic {
        let raw = bare_message(e);
        let spot = e.location().map_or_else(|| self.start(), |l| self.spot(&l));
        let d = Diagnostic::error(&self.file.path, "");
        let fields = field_names::<T>();
        if let Some((p, spot)) = self.mistake(e) {
            return d.words(p.message, Some(p.help)).spot(spot);
        }
        let d = if raw.starts_with(TEXT_WITHOUT_THAI) {
            d.words(
                Said::new("text-without-thai"),
                Some(Said::new("text-without-thai-help")),
            )
        } else if let Some(name) = between_backticks(&raw, "unknown field `") {
            let help = match closest(name, fields.iter().copied()) {
                Some(near) => Said::new("did-you-mean").arg("near", near),
                None => Said::new("unknown-field-takes")
                    .arg("what", what)
                    .arg("fields", fields.join(", ")),
            };
            d.words(Said::new("unknown-field").arg("field", name), Some(help))
                .field(name)
        } else if let Some(name) = between_backticks(&raw, "missing field `") {
            // serde-saphyr places this anywhere in the mapping; the block's
            // first line is where the field would go.
            return d
                .words(
                    Said::new("field-missing").arg("field", name),
                    Some(Said::new("field-missing-front-matter-help").arg("field", name)),
                )
                .spot(self.start());
        } else if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
            let name = rest.split(',').next().unwrap_or(rest).trim();
            d.words(
                Said::new("field-twice").arg("field", name),
                Some(Said::new("field-twice-help")),
            )
        } else if raw.starts_with("expected string scalar") || raw.starts_with("invalid type: map")
        {
            d.words(
                Said::new("expected-one-value"),
                Some(Said::new("expected-one-value-help")),
            )
        } else if raw == "expected sequence start" {
            d.words(
                Said::new("expected-list"),
                Some(Said::new("expected-list-help")),
            )
        } else if raw.starts_with("multiple YAML documents") {
            d.words(
                Said::new("yaml-many-documents"),
                Some(Said::new("yaml-many-documents-help")),
            )
        } else if raw.contains("boolean") {
            d.words(Said::new("expected-bool"), Some(Said::new("bool-how")))
        } else if let Some((message, help)) = over_budget(e.without_snippet(), &raw) {
            d.words(message, Some(help))
        } else if let Some(lang) = between_backticks(&raw, "unknown language `") {
            d.words(
                Said::new("text-unknown-language").arg("lang", lang),
                Some(Said::new("text-map-how")),
            )
        } else {
            d.words(
                Said::new("yaml-unreadable").arg("detail", raw),
                Some(Said::new("yaml-unreadable-help")),
            )
        };
        d.spot(spot)
    }
}

/// A limit the front matter went past, in plain words, and the fix.
/// (The parser's own limit on `[`/`{` nesting says "recursion limit".)
fn over_budget(e: &serde_saphyr::Error, raw: &str) -> Option<(Said, Said)> {
    use serde_saphyr::budget::BudgetBreach as B;
    // A breach met while an alias is replayed comes wrapped, as text
    // ("budget breached: Nodes { … }"); the parser's own limit on `[`/`{`
    // nesting says "recursion limit exceeded".
    let depth = B::Depth { depth: MAX_DEPTH };
    let aliases = B::Aliases {
        aliases: MAX_ALIASES,
    };
    let size = B::Nodes { nodes: MAX_NODES };
    let breach = match e {
        serde_saphyr::Error::Budget { breach, .. } => breach,
        _ if raw.starts_with("recursion limit exceeded") => &depth,
        _ => match raw.split("budget breached: ").nth(1) {
            Some(kind) if kind.starts_with("Depth") => &depth,
            Some(kind) if kind.starts_with("Aliases") || kind.starts_with("Anchors") => &aliases,
            Some(_) => &size,
            None => return None,
        },
    };
    Some(match breach {
        B::Depth { .. } => (
            Said::new("yaml-too-deep").arg("limit", MAX_DEPTH.to_string()),
            Said::new("yaml-too-deep-help"),
        ),
        B::Aliases { .. } | B::Anchors { .. } => (
            Said::new("yaml-too-many-aliases").arg("limit", MAX_ALIASES.to_string()),
            Said::new("yaml-too-many-aliases-help"),
        ),
        _ => (
            Said::new("yaml-too-large")
                .arg("values", MAX_NODES.to_string())
                .arg("mb", (MAX_SCALAR_BYTES / 1024 / 1024).to_string()),
            Said::new("yaml-too-large-help"),
        ),
    })
}

/// The byte offset in `text` of a parser's location: its own, or that of
/// its line and column (a syntax error has no other).
fn offset_of(text: &str, loc: &Location) -> Option<usize> {
    if let Some(offset) = loc.span().byte_offset() {
        return Some(offset as usize);
    }
    let line = (loc.line() as usize).checked_sub(1)?;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let rest = text.get(start..)?;
    let column = (loc.column() as usize).saturating_sub(1);
    Some(start + rest.chars().take(column).map(char::len_utf8).sum::<usize>())
}

/// The lines of `text` that start a top-level field, `name:` at the
/// first column, each with the byte offset it starts at.
fn key_lines(text: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let name = line.split(':').next().unwrap_or("");
        if line.contains(':')
            && !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            out.push((name.to_string(), offset));
        }
        offset += line.len();
    }
    out
}

/// Reads YAML text into `T`, within the limits above.
fn deserialize<T: DeserializeOwned>(text: &str) -> Result<T, serde_saphyr::Error> {
    let mut options = serde_saphyr::Options::default();
    // `public: yes` must not publish a person: only `true` is true.
    options.strict_booleans = true;
    options.budget = serde_saphyr::budget! {
        max_depth: MAX_DEPTH,
        max_aliases: MAX_ALIASES,
        max_anchors: MAX_ALIASES,
        max_nodes: MAX_NODES,
        max_total_scalar_bytes: MAX_SCALAR_BYTES,
        flow_nesting_limit: MAX_DEPTH,
    };
    options.alias_limits = serde_saphyr::alias_limits! {
        max_total_replayed_events: MAX_NODES,
    };
    serde_saphyr::from_str_with_options::<T>(text, options)
}

/// serde-saphyr's message without its " at line N, column M" tail (we
/// print the place ourselves, counted in the file).
fn bare_message(e: &serde_saphyr::Error) -> String {
    let text = e.without_snippet().to_string();
    match text.rfind(" at line ") {
        Some(i) if text[i..].contains(", column ") => text[..i].to_string(),
        _ => text,
    }
}

fn between_backticks<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?;
    rest.split('`').next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The error of reading `text` as YAML, as each language says it.
    fn refused(text: String) -> [String; 2] {
        let file = SourceFile {
            path: "content/site.yaml".into(),
            text,
        };
        let block = Block {
            file: &file,
            offset: 0,
            len: file.text.len(),
        };
        let d = block
            .parse::<serde_json::Value>("the site file")
            .unwrap_err();
        [Lang::En, Lang::Th].map(|lang| {
            format!(
                "{} | {}",
                d.message_in(lang),
                d.help_in(lang).unwrap_or_default()
            )
        })
    }

    #[test]
    fn yaml_past_its_limits_is_said_in_thai_and_english() {
        let deep = format!("x: {}{}\n", "[".repeat(20), "]".repeat(20));
        let many = format!("x: [{}]\n", vec!["1"; MAX_NODES + 1].join(","));
        let said: Vec<String> = [deep, many].into_iter().flat_map(refused).collect();
        assert_eq!(
            said,
            [
                "lists and mappings here nest more than 16 levels deep (the YAML nesting limit) | a record's fields nest at most 3 levels: check for a stray `[`, `{` or `- `",
                "รายการและชุดข้อมูลตรงนี้ซ้อนกันลึกเกิน 16 ชั้น (ขีดจำกัดการซ้อนของ YAML) | ช่องของระเบียนซ้อนกันไม่เกิน 3 ชั้น: ตรวจหา `[`, `{` หรือ `- ` ที่เกินมา",
                "this YAML holds more than 250000 values or 16 MB of text, counting repeats by `*name` (the YAML size limit) | a record holds a few dozen values: split it, or move data out of it",
                "YAML นี้มีค่ามากกว่า 250000 ค่า หรือข้อความมากกว่า 16 MB เมื่อนับส่วนที่อ้างซ้ำด้วย `*name` (ขีดจำกัดขนาดของ YAML) | ระเบียนหนึ่งมีค่าเพียงไม่กี่สิบค่า: แบ่งเป็นหลายไฟล์ หรือย้ายข้อมูลออกไปไว้ที่อื่น",
            ]
        );
    }
}
