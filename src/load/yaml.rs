//! Load: YAML front matter into raw structs, with serde-saphyr's errors
//! reworded in plain words and placed in the file, not in the front matter.

use serde::de::DeserializeOwned;
use serde_saphyr::{Location, Spanned};

use crate::diag::{Diagnostic, Spot, closest};
use crate::load::SourceFile;
use crate::load::raw::{TEXT_WITHOUT_THAI, field_names};

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
        let mut options = serde_saphyr::Options::default();
        // `public: yes` must not publish a person: only `true` is true.
        options.strict_booleans = true;
        serde_saphyr::from_str_with_options::<T>(text, options)
            .map_err(|e| Box::new(self.explain::<T>(&e, what)))
    }

    fn explain<T: DeserializeOwned>(&self, e: &serde_saphyr::Error, what: &str) -> Diagnostic {
        let raw = bare_message(e);
        let spot = e.location().map_or_else(|| self.start(), |l| self.spot(&l));
        let d = Diagnostic::error(&self.file.path, "");
        let fields = field_names::<T>();
        let d = if raw.starts_with(TEXT_WITHOUT_THAI) {
            Diagnostic {
                message: TEXT_WITHOUT_THAI.into(),
                ..d
            }
            .help("write `{ th: …, en: … }`, or the text alone where it is the same in both languages")
        } else if let Some(name) = between_backticks(&raw, "unknown field `") {
            let d = Diagnostic {
                message: format!("unknown field `{name}`"),
                ..d
            }
            .field(name);
            match closest(name, fields.iter().copied()) {
                Some(near) => d.help(format!("did you mean `{near}`?")),
                None => d.help(format!("{what} takes these fields: {}", fields.join(", "))),
            }
        } else if let Some(name) = between_backticks(&raw, "missing field `") {
            // serde-saphyr places this anywhere in the mapping; the block's
            // first line is where the field would go.
            return Diagnostic {
                message: format!("missing required field `{name}`"),
                ..d
            }
            .help(format!("add a line `{name}: …` to the front matter"))
            .spot(self.start());
        } else if let Some(rest) = raw.strip_prefix("duplicate mapping key: ") {
            let name = rest.split(',').next().unwrap_or(rest).trim();
            Diagnostic {
                message: format!("`{name}` is given twice"),
                ..d
            }
            .help("keep one of them")
        } else if raw == "expected string scalar" || raw.starts_with("invalid type: map") {
            Diagnostic {
                message: "expected a single value here, not a list or a mapping".into(),
                ..d
            }
            .help(
                "this field takes one value: not a `[…]` list and not a `{ … }` map \
                 (a title in English goes in the record's `.en.md` file)",
            )
        } else if raw == "expected sequence start" {
            Diagnostic {
                message: "expected a list here".into(),
                ..d
            }
            .help("write a list as `[a, b]`, or one item per line starting with `- `")
        } else if raw.starts_with("multiple YAML documents") {
            Diagnostic {
                message: "this file holds more than one YAML document".into(),
                ..d
            }
            .help("remove the extra `---` line: a `.yaml` record is one block of fields")
        } else if raw.contains("boolean") {
            Diagnostic {
                message: "expected `true` or `false` here".into(),
                ..d
            }
            .help("write `true` or `false` in lower case, without quotes")
        } else if raw.starts_with("unknown language") {
            Diagnostic { message: raw, ..d }.help("write `{ th: …, en: … }`")
        } else {
            Diagnostic {
                message: format!("the YAML front matter cannot be read: {raw}"),
                ..d
            }
            .help(
                "check the indentation, that every field name is followed by `:` and a space, \
                 and put text containing `: ` or ` #` in quotes",
            )
        };
        d.spot(spot)
    }
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
