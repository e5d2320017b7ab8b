//! Load: what loading yields: the files read, their kinds, the raw site, and
//! the limits on what is read.

use std::ops::Range;
use std::path::{Path, PathBuf};

use super::raw;
pub use super::text::{MAX_FILE_BYTES, SourceFile};
use crate::load::raw::{
    Entries, RawAmbassador, RawCity, RawCohort, RawConfig, RawNews, RawPage, RawProject, RawSource,
    RawTranslation,
};
use crate::load::yaml::Block;

/// The most files `content/` may hold (the record limit): a record and its
/// translation are two. Ten times the files of the largest site we have
/// measured (50,000 projects in `bench/`), and a stop for a folder that is
/// not content at all, such as a home folder passed as `--content`.
pub const MAX_FILES: usize = 1_000_000;

/// The longest id a record may have, in bytes.
pub const MAX_ID_LEN: usize = 100;

/// The kinds of record, each a folder of `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Cohort,
    City,
    Project,
    Ambassador,
    News,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Cohort,
        Kind::City,
        Kind::Project,
        Kind::Ambassador,
        Kind::News,
        Kind::Page,
    ];

    /// The folder the kind's records live in, and the word `new` takes.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Cohort => "cohorts",
            Kind::City => "cities",
            Kind::Project => "projects",
            Kind::Ambassador => "ambassadors",
            Kind::News => "news",
            Kind::Page => "pages",
        }
    }

    /// `a city`, for messages.
    pub fn a(self) -> &'static str {
        match self {
            Kind::Cohort => "a cohort",
            Kind::City => "a city",
            Kind::Project => "a project",
            Kind::Ambassador => "an ambassador",
            Kind::News => "a news item",
            Kind::Page => "a page",
        }
    }

    pub fn from_folder(folder: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == folder)
    }

    /// The fields of this kind's Thai record.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::Cohort => raw::field_names::<RawCohort>(),
            Kind::City => raw::field_names::<RawCity>(),
            Kind::Project => raw::field_names::<RawProject>(),
            Kind::Ambassador => raw::field_names::<RawAmbassador>(),
            Kind::News => raw::field_names::<RawNews>(),
            Kind::Page => raw::field_names::<RawPage>(),
        }
    }
}

/// One file, read and split: its front matter parsed into `T`.
#[derive(Debug, Clone)]
pub struct RawDoc<T> {
    pub id: String,
    pub file: SourceFile,
    /// Where the YAML block is in `file.text`.
    pub front: Range<usize>,
    /// Where the Markdown body starts in `file.text` (its end for `.yaml`
    /// records): the body is not copied, since a big site holds every file.
    pub body_start: usize,
    /// The file line the body starts on.
    pub body_line: usize,
    pub fields: T,
    /// The errors of the fields that could not be read (each names its
    /// field); the model reports them, and makes no record of this file.
    pub errors: Vec<crate::diag::Diagnostic>,
}

impl<T> RawDoc<T> {
    /// The Markdown body (empty for `.yaml` records).
    pub fn body(&self) -> &str {
        &self.file.text[self.body_start..]
    }

    pub fn block(&self) -> Block<'_> {
        Block {
            file: &self.file,
            offset: self.front.start,
            len: self.front.len(),
        }
    }
}

/// Everything `content/` holds, as written.
#[derive(Debug, Default)]
pub struct RawSite {
    pub config: Option<RawDoc<RawConfig>>,
    pub sources: Option<RawDoc<Entries<RawSource>>>,
    pub cohorts: Vec<RawDoc<RawCohort>>,
    pub cities: Vec<RawDoc<RawCity>>,
    pub projects: Vec<RawDoc<RawProject>>,
    pub ambassadors: Vec<RawDoc<RawAmbassador>>,
    pub news: Vec<RawDoc<RawNews>>,
    pub pages: Vec<RawDoc<RawPage>>,
    /// English translations (`ID.en.md`), by kind.
    pub translations: Vec<(Kind, RawDoc<RawTranslation>)>,
    /// Every record file found, read or not: a broken file's id still
    /// counts as known, so that it is one error, not one per reference.
    pub found_records: std::collections::BTreeSet<(Kind, String)>,
    /// Every translation file found, read or not, so that a record whose
    /// translation is broken is not also called untranslated.
    pub found_translations: std::collections::BTreeSet<(Kind, String)>,
}

impl RawSite {
    /// What comes before the body (the front matter with its fences) of
    /// every Markdown record and translation, by path: where it is byte
    /// for byte the same after a save, only the body changed.
    pub fn fronts(&self) -> std::collections::HashMap<String, Box<str>> {
        fn of<T>(d: &RawDoc<T>) -> (String, Box<str>) {
            (d.file.path.clone(), d.file.text[..d.body_start].into())
        }
        let mut out: std::collections::HashMap<String, Box<str>> = self
            .cohorts
            .iter()
            .map(of)
            .chain(self.cities.iter().map(of))
            .chain(self.projects.iter().map(of))
            .chain(self.news.iter().map(of))
            .chain(self.pages.iter().map(of))
            .chain(self.translations.iter().map(|(_, d)| of(d)))
            .collect();
        out.shrink_to_fit();
        out
    }
}

/// A problem that stops the run before any content is read.
#[derive(Debug)]
pub struct Fatal(pub crate::catalogue::Told);

/// The site root folder a content folder belongs to (its parent), for
/// tools that need `themes/` beside it.
pub fn site_root(content: &Path) -> PathBuf {
    content
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
