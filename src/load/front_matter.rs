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
#[derive(Debug, Clone)]
pub(super) enum Found {
    Record(Kind, String),
    Translation(Kind, String),
}

/// A parsed file, to be put into the site ([`Add::into`]). Plain data, so
/// that a file unchanged across a repository's commits is parsed once.
#[derive(Debug, Clone)]
pub(super) enum Add {
    Config(Box<RawDoc<crate::load::raw::RawConfig>>),
    Sources(Box<RawDoc<crate::load::raw::Entries<crate::load::raw::RawSource>>>),
    Cohort(Box<RawDoc<crate::load::raw::RawCohort>>),
    City(Box<RawDoc<crate::load::raw::RawCity>>),
    Project(Box<RawDoc<crate::load::raw::RawProject>>),
    Ambassador(Box<RawDoc<crate::load::raw::RawAmbassador>>),
    News(Box<RawDoc<crate::load::raw::RawNews>>),
    Page(Box<RawDoc<crate::load::raw::RawPage>>),
    Translation(Kind, Box<RawDoc<RawTranslation>>),
}

impl Add {
    pub(super) fn into(self, site: &mut RawSite) {
        match self {
            Add::Config(d) => site.config = Some(*d),
            Add::Sources(d) => site.sources = Some(*d),
            Add::Cohort(d) => site.cohorts.push(*d),
            Add::City(d) => site.cities.push(*d),
            Add::Project(d) => site.projects.push(*d),
            Add::Ambassador(d) => site.ambassadors.push(*d),
            Add::News(d) => site.news.push(*d),
            Add::Page(d) => site.pages.push(*d),
            Add::Translation(kind, d) => site.translations.push((kind, *d)),
        }
    }
}

/// One file, read and parsed.
#[derive(Debug, Clone)]
pub(super) struct Loaded {
    pub(super) found: Option<Found>,
    pub(super) result: Result<Option<Add>, Box<Diagnostic>>,
    /// The text hygiene's warnings, whatever the result.
    pub(super) warnings: Vec<Diagnostic>,
}

/// One file of the content folder: read from `full`, or from memory
/// where `bytes` holds it (a git revision's file).
pub(super) fn load_file(
    full: &Path,
    bytes: Option<Vec<u8>>,
    rel: &Path,
    path: &str,
    shown: &str,
) -> Loaded {
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
    let result = read_file(full, bytes, path, role, &mut warnings).map(Some);
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
    bytes: Option<Vec<u8>>,
    path: &str,
    role: Role,
    warnings: &mut Vec<Diagnostic>,
) -> Result<Add, Box<Diagnostic>> {
    let text = match bytes {
        Some(bytes) => decode(bytes, path)?,
        None => read_source(full, path)?,
    };
    let file = SourceFile {
        path: path.to_string(),
        text,
    };
    let prose = prose(&file, role.markdown());
    let mut file = super::clean::clean(file, prose, warnings);
    file.text = nfc(file.text);
    Ok(match role {
        Role::Config => Add::Config(Box::new(doc(
            file,
            String::new(),
            false,
            "the site file",
            Read::Whole,
        )?)),
        Role::Sources => Add::Sources(Box::new(doc(
            file,
            String::new(),
            false,
            "sources.yaml",
            Read::Whole,
        )?)),
        Role::Record { kind, id, body } => load_record(file, kind, id, body)?,
        Role::Translation { kind, id, body } => {
            let thai = thai_path(full, &file.path, &id);
            let parsed = translation(file, id, body, kind, &thai)?;
            Add::Translation(kind, Box::new(parsed))
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
        Kind::Cohort => Add::Cohort(Box::new(doc(file, id, body, kind.a(), Read::EachField)?)),
        Kind::City => Add::City(Box::new(doc(file, id, body, kind.a(), Read::EachField)?)),
        Kind::Project => Add::Project(Box::new(doc(file, id, body, kind.a(), Read::EachField)?)),
        Kind::Ambassador => {
            Add::Ambassador(Box::new(doc(file, id, body, kind.a(), Read::EachField)?))
        }
        Kind::News => Add::News(Box::new(doc(file, id, body, kind.a(), Read::EachField)?)),
        Kind::Page => Add::Page(Box::new(doc(file, id, body, kind.a(), Read::EachField)?)),
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
