//! Load: a record's file: its front matter parsed into raw fields, its body
//! kept with the line it starts on.

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::classify::*;
use super::source::*;
use super::text::*;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Spot};
use crate::load::raw::RawTranslation;
use crate::load::yaml::Block;

/// A record file found, read or not.
pub(super) enum Found {
    Record(Kind, String),
    Translation(Kind, String),
}

/// Puts a parsed file into the site.
pub(super) type Add = Box<dyn FnOnce(&mut RawSite) + Send>;

/// One file, read and parsed.
pub(super) struct Loaded {
    pub(super) found: Option<Found>,
    pub(super) result: Result<Option<Add>, Box<Diagnostic>>,
    /// The text hygiene's warnings, whatever the result.
    pub(super) warnings: Vec<Diagnostic>,
}

pub(super) fn load_file(full: &Path, rel: &Path, path: &str, shown: &str) -> Loaded {
    let role = match classify(rel, path, shown) {
        Ok(Some(role)) => role,
        Ok(None) => {
            return Loaded {
                found: None,
                result: Ok(None),
                warnings: Vec::new(),
            };
        }
        Err(d) => {
            return Loaded {
                found: None,
                result: Err(d),
                warnings: Vec::new(),
            };
        }
    };
    // Found counts before read, whatever then stops the reading.
    let found = match &role {
        Role::Record { kind, id, .. } => Some(Found::Record(*kind, id.clone())),
        Role::Translation { kind, id, .. } => Some(Found::Translation(*kind, id.clone())),
        Role::Config | Role::Sources => None,
    };
    let mut warnings = Vec::new();
    let result = read_file(full, path, role, &mut warnings).map(Some);
    Loaded {
        found,
        result,
        warnings,
    }
}

/// Reads and parses one file; the text hygiene's warnings go to
/// `warnings`, and the file is read as it should be.
pub(super) fn read_file(
    full: &Path,
    path: &str,
    role: Role,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Add, Box<Diagnostic>> {
    let text = read_source(full, path)?;
    let file = SourceFile {
        path: path.to_string(),
        text,
    };
    let prose = prose(&file, role.markdown());
    let mut file = super::clean::clean(file, prose, warnings);
    file.text = nfc(file.text);
    Ok(match role {
        Role::Config => {
            let d = doc(file, String::new(), false, "the site file", Read::Whole)?;
            Box::new(move |site: &mut RawSite| site.config = Some(d))
        }
        Role::Sources => {
            let d = doc(file, String::new(), false, "sources.yaml", Read::Whole)?;
            Box::new(move |site: &mut RawSite| site.sources = Some(d))
        }
        Role::Record { kind, id, body } => load_record(file, kind, id, body)?,
        Role::Translation { kind, id, body } => {
            let thai = thai_path(full, &file.path, &id);
            let parsed = translation(file, id, body, kind, &thai)?;
            Box::new(move |site: &mut RawSite| site.translations.push((kind, parsed)))
        }
    })
}

pub(super) fn load_record(
    file: SourceFile,
    kind: Kind,
    id: String,
    body: bool,
) -> Result<Add, Box<Diagnostic>> {
    Ok(match kind {
        Kind::Cohort => {
            let d = doc(file, id, body, kind.a(), Read::EachField)?;
            Box::new(move |site: &mut RawSite| site.cohorts.push(d))
        }
        Kind::City => {
            let d = doc(file, id, body, kind.a(), Read::EachField)?;
            Box::new(move |site: &mut RawSite| site.cities.push(d))
        }
        Kind::Project => {
            let d = doc(file, id, body, kind.a(), Read::EachField)?;
            Box::new(move |site: &mut RawSite| site.projects.push(d))
        }
        Kind::Ambassador => {
            let d = doc(file, id, body, kind.a(), Read::EachField)?;
            Box::new(move |site: &mut RawSite| site.ambassadors.push(d))
        }
        Kind::News => {
            let d = doc(file, id, body, kind.a(), Read::EachField)?;
            Box::new(move |site: &mut RawSite| site.news.push(d))
        }
        Kind::Page => {
            let d = doc(file, id, body, kind.a(), Read::EachField)?;
            Box::new(move |site: &mut RawSite| site.pages.push(d))
        }
    })
}

/// A translation file holds only title, summary and body; a field that
/// belongs in the Thai record is named as such.
pub(super) fn translation(
    file: SourceFile,
    id: String,
    body: bool,
    kind: Kind,
    thai: &str,
) -> Result<RawDoc<RawTranslation>, Box<Diagnostic>> {
    let belongs = |d: Diagnostic| match d.field.clone() {
        Some(field)
            if d.words
                .as_ref()
                .is_some_and(|w| w.message.id == "unknown-field")
                && kind.fields().contains(&field.as_str()) =>
        {
            d.words(
                Said::new("not-in-a-translation").arg("field", field.as_str()),
                Some(
                    Said::new("not-in-a-translation-help")
                        .arg("field", field)
                        .arg("thai", thai),
                ),
            )
        }
        _ => d,
    };
    let mut doc = doc::<RawTranslation>(file, id, body, "a translation", Read::EachField)
        .map_err(|d| Box::new(belongs(*d)))?;
    doc.errors = doc.errors.into_iter().map(belongs).collect();
    Ok(doc)
}

/// How a file's YAML is read: a record's field by field (its fields all
/// optional), the site's files whole (stopping at the first mistake, as a
/// later field may depend on an earlier one).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Read {
    EachField,
    Whole,
}

/// The Thai record a translation belongs to, as shown: `x.en.md` →
/// `x.md`, or `x.yaml` where that is the file there is.
pub fn thai_path(full: &Path, shown: &str, id: &str) -> String {
    let folder = shown.rsplit_once('/').map_or("", |(f, _)| f);
    let ext = ["md", "yaml", "yml"]
        .into_iter()
        .find(|ext| full.with_file_name(format!("{id}.{ext}")).is_file())
        .unwrap_or("md");
    format!("{folder}/{id}.{ext}")
}

pub(super) fn doc<T: DeserializeOwned>(
    file: SourceFile,
    id: String,
    body: bool,
    what: &str,
    read: Read,
) -> Result<RawDoc<T>, Box<Diagnostic>> {
    let (front, body_start, body_line) = split(&file, body)?;
    let body_text = &file.text[body_start..];
    // The example values `mueang new` wrote are errors at their lines, and
    // the front matter is read without them: nothing else is said of them.
    let examples = match read {
        Read::EachField => super::placeholder::find(&file, &front, body_start),
        Read::Whole => Default::default(),
    };
    let block = Block {
        file: examples.blanked.as_ref().unwrap_or(&file),
        offset: front.start,
        len: front.len(),
    };
    let (fields, mut errors) = match read {
        Read::EachField => block.parse_each::<T>(what)?,
        Read::Whole => (block.parse::<T>(what)?, Vec::new()),
    };
    errors.splice(0..0, examples.errors);
    if let Some(at) = super::nesting::too_deep(body_text) {
        let offset = body_start + at;
        return Err(Box::new(
            Diagnostic::said(
                &file.path,
                Said::new("text-too-deep").arg("limit", super::nesting::MAX_NESTING.to_string()),
                Some(Said::new("text-too-deep-help")),
            )
            .spot(Spot::at(&file.text, offset, 1)),
        ));
    }
    Ok(RawDoc {
        id,
        file,
        front,
        body_start,
        body_line,
        fields,
        errors,
    })
}

/// Where a file's prose is, for the text hygiene: its YAML, and its
/// Markdown body if it has one; `None` where the front matter cannot be
/// found (which [`doc`] then reports).
pub(super) fn prose(file: &SourceFile, markdown: bool) -> super::clean::Prose {
    let (front, body_start, _) = split(file, markdown).ok()?;
    let body = markdown.then_some(body_start..file.text.len());
    Some((front, body))
}

/// Splits a Markdown record into its front-matter block, where its body
/// starts and the body's first line; a `.yaml` record is all front matter.
pub(super) fn split(
    file: &SourceFile,
    markdown: bool,
) -> Result<(Range<usize>, usize, usize), Box<Diagnostic>> {
    let text = &file.text;
    if !markdown {
        return Ok((0..text.len(), text.len(), text.lines().count() + 1));
    }
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Box::new(
            Diagnostic::said(
                &file.path,
                Said::new("no-front-matter"),
                Some(Said::new("no-front-matter-help")),
            )
            .spot(Spot::at(text, 0, first.trim_end().len())),
        ));
    }
    let start = first.len();
    let mut offset = start;
    let mut line_no = 1;
    for line in lines {
        line_no += 1;
        if matches!(line.trim_end(), "---" | "...") {
            let body_start = offset + line.len();
            return Ok((start..offset, body_start, line_no + 1));
        }
        offset += line.len();
    }
    Err(Box::new(
        Diagnostic::said(
            &file.path,
            Said::new("front-matter-not-closed"),
            Some(Said::new("front-matter-not-closed-help")),
        )
        .spot(Spot::at(text, 0, 3)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_keeps_the_body_line() {
        let file = SourceFile {
            path: "x.md".into(),
            text: "---\ntitle: a\nsummary: b\n---\nBody\n".into(),
        };
        let (front, body, line) = split(&file, true).unwrap();
        assert_eq!(&file.text[front], "title: a\nsummary: b\n");
        assert_eq!(&file.text[body..], "Body\n");
        assert_eq!(line, 5);
    }
}
