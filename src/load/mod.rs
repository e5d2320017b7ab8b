//! Load: walk `content/`, read each file as UTF-8 NFC text (a BOM and CRLF
//! accepted), split YAML front matter from the Markdown body (keeping the
//! body's line number), and deserialize raw records.
//!
//! Guarantees: every file's text is kept for diagnostics; every problem is
//! reported with its file, and none stops the others from being read.

pub mod nesting;
pub mod raw;
pub mod yaml;

use std::fs;
use std::io::Read;
use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use unicode_normalization::UnicodeNormalization;

use crate::diag::{Diagnostic, Diagnostics, Spot, closest};
use crate::load::raw::{
    Entries, RawAmbassador, RawCity, RawCohort, RawConfig, RawNews, RawPage, RawProject, RawSource,
    RawTranslation,
};
use crate::load::yaml::Block;

/// A file larger than this is refused before it is read: no record needs
/// ten megabytes, and reading one must not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// The most files `content/` may hold (the record limit): a record and its
/// translation are two. Ten times the files of the largest site we have
/// measured (50,000 projects in `bench/`), and a stop for a folder that is
/// not content at all, such as a home folder passed as `--content`.
pub const MAX_FILES: usize = 1_000_000;
/// The longest id a record may have, in bytes.
pub const MAX_ID_LEN: usize = 100;

/// A file's text as read, and the path to show for it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative to where the tool was run: `content/cities/rayong.md`.
    pub path: String,
    pub text: String,
}

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
#[derive(Debug)]
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

/// A problem that stops the run before any content is read.
#[derive(Debug)]
pub struct Fatal(pub String);

/// Reads every file under `dir`. `shown` is how `dir` is named in messages
/// (the path as the user gave it).
pub fn load(dir: &Path, shown: &str) -> Result<(RawSite, Diagnostics), Fatal> {
    load_at_most(dir, shown, MAX_FILES)
}

fn load_at_most(
    dir: &Path,
    shown: &str,
    max_files: usize,
) -> Result<(RawSite, Diagnostics), Fatal> {
    let root = fs::canonicalize(dir).map_err(|e| {
        Fatal(format!(
            "cannot open the content folder `{shown}`: {e}\n  = help: run mueang in the site's \
             folder (the one that holds `content/`), or pass `--content DIR`"
        ))
    })?;
    if !root.is_dir() {
        return Err(Fatal(format!("`{shown}` is not a folder")));
    }
    let mut site = RawSite::default();
    let mut diags = Diagnostics::default();
    let mut steps: Vec<Step> = Vec::new();
    let mut files = 0;
    let mut walker = walkdir::WalkDir::new(&root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                steps.push(Step::Diagnostic(walk_error(&err, &root, shown)));
                continue;
            }
        };
        if entry.file_type().is_dir() {
            // A link to a folder is one error, and not walked: a kind
            // folder linked to `/` would read the whole disk, and one
            // linked to another kind's folder would read its files twice.
            if entry.path_is_symlink() {
                walker.skip_current_dir();
                let rel = entry.path().strip_prefix(&root).unwrap_or(entry.path());
                let (message, help) = if leads_inside(entry.path(), &root) {
                    (
                        "this link points to another folder in the content folder, whose files would count twice",
                        "remove the link: each record is read from its kind's own folder",
                    )
                } else {
                    (
                        "this link points outside the content folder",
                        "copy the folder's files into the content folder instead of linking it",
                    )
                };
                steps.push(Step::Diagnostic(
                    Diagnostic::error(display_path(shown, rel), message).help(help),
                ));
            }
            continue;
        }
        files += 1;
        if files > max_files {
            steps.push(Step::Diagnostic(
                Diagnostic::error(
                    shown,
                    format!("the content folder holds more than {max_files} files (the record limit); the rest were not read"),
                )
                .help("check that `--content` names the site's content folder, not a folder above it"),
            ));
            break;
        }
        let rel = entry.path().strip_prefix(&root).unwrap_or(entry.path());
        let path = display_path(shown, rel);
        if !entry.file_type().is_file() {
            // Reading a pipe or a device could block for ever.
            steps.push(Step::Diagnostic(
                Diagnostic::error(
                    &path,
                    "this is not a regular file (a pipe, socket or device)",
                )
                .help("remove it from the content folder"),
            ));
            continue;
        }
        if entry.path_is_symlink() {
            let message = if leads_inside(entry.path(), &root) {
                "this link points to another file in the content folder, which would count twice"
            } else {
                "this link points outside the content folder"
            };
            steps.push(Step::Diagnostic(Diagnostic::error(&path, message).help(
                "copy the file into the content folder instead of linking it",
            )));
            continue;
        }
        steps.push(Step::Read {
            full: entry.path().to_path_buf(),
            rel: rel.to_path_buf(),
            path,
            names: entry.metadata().map_or(1, |m| names(&m)),
        });
    }
    // A file with another name (a hard link) may be that of a file outside
    // the folder: read only where `site.yaml`, itself not one, allows it.
    let allow_links = steps.iter().any(Step::is_linked) && allows_hard_links(&steps);
    // Each file is read and parsed on any core; what it adds to the site,
    // and its diagnostics, are then taken in the order of the walk.
    let read: Vec<Option<Loaded>> = steps
        .par_iter()
        .map(|step| match step {
            Step::Read {
                rel, path, names, ..
            } if *names > 1 && !allow_links => Some(refuse_linked(rel, path, *names, shown)),
            Step::Read {
                full, rel, path, ..
            } => Some(load_file(full, rel, path, shown)),
            Step::Diagnostic(_) => None,
        })
        .collect();
    for (step, read) in steps.into_iter().zip(read) {
        match (step, read) {
            (Step::Diagnostic(d), _) => diags.push(d),
            (Step::Read { .. }, Some(read)) => {
                match read.found {
                    Some(Found::Record(kind, id)) => {
                        site.found_records.insert((kind, id));
                    }
                    Some(Found::Translation(kind, id)) => {
                        site.found_translations.insert((kind, id));
                    }
                    None => {}
                }
                match read.result {
                    Ok(Some(add)) => add(&mut site),
                    Ok(None) => {}
                    Err(d) => diags.push(*d),
                }
            }
            (Step::Read { .. }, None) => {}
        }
    }
    if site.config.is_none() && !diags.has_errors_for(&format!("{shown}/site.yaml")) {
        diags.push(
            Diagnostic::error(format!("{shown}/site.yaml"), "the site has no `site.yaml`")
                .help("create it with at least `title: { th: …, en: … }`; see README.md"),
        );
    }
    Ok((site, diags))
}

/// How many names (hard links) the file of `meta` has; 1 where the
/// system does not say.
pub(crate) fn names(meta: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        std::os::unix::fs::MetadataExt::nlink(meta)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

/// The error for a file of `names` names (a hard link) under `folder`
/// (`the content folder`), read only where `allow_hard_links` is set.
pub(crate) fn hard_link_error(path: &str, names: u64, folder: &str) -> Diagnostic {
    let other = if names == 2 {
        "its other name"
    } else {
        "its other names"
    };
    Diagnostic::error(
        path,
        format!(
            "this file is a hard link (one file with {names} names): {other} may be outside {folder}"
        ),
    )
    .help(
        "copy the file instead of linking it; or, if every name of it belongs to the site, \
         set `allow_hard_links: true` in `site.yaml`",
    )
}

/// Whether the site's `site.yaml`, where it is not a hard link itself,
/// sets `allow_hard_links: true`. (It is read again with the rest; any
/// problem in it is reported then.)
fn allows_hard_links(steps: &[Step]) -> bool {
    steps.iter().any(|step| match step {
        Step::Read {
            full,
            rel,
            path,
            names: 1,
        } if rel == Path::new("site.yaml") => read_text(full, path)
            .ok()
            .map(|text| SourceFile {
                path: path.clone(),
                text,
            })
            .and_then(|file| doc::<RawConfig>(file, String::new(), false, "the site file").ok())
            .and_then(|d| d.fields.allow_hard_links)
            .is_some_and(|a| a.value),
        _ => false,
    })
}

/// A hard-linked file not read: its error, and its id still known.
fn refuse_linked(rel: &Path, path: &str, names: u64, shown: &str) -> Loaded {
    let found = match classify(rel, path, shown) {
        Ok(Some(Role::Record { kind, id, .. })) => Some(Found::Record(kind, id)),
        Ok(Some(Role::Translation { kind, id, .. })) => Some(Found::Translation(kind, id)),
        _ => None,
    };
    Loaded {
        found,
        result: Err(Box::new(hard_link_error(path, names, "the content folder"))),
    }
}

/// Whether the link at `path` (after every link on the way) ends inside
/// the folder `root` (canonical).
fn leads_inside(path: &Path, root: &Path) -> bool {
    fs::canonicalize(path).is_ok_and(|target| target.starts_with(root))
}

/// Hidden files and folders, and the files editors leave while saving
/// (`.x.swp`, `x~`, `#x#`, vim's `4913` probe): never content, never a
/// reason to rebuild.
pub(crate) fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

fn display_path(shown: &str, rel: &Path) -> String {
    let mut out = shown.trim_end_matches('/').to_string();
    for c in rel.components() {
        if let Component::Normal(part) = c {
            out.push('/');
            out.push_str(&part.to_string_lossy());
        }
    }
    out
}

fn walk_error(err: &walkdir::Error, root: &Path, shown: &str) -> Diagnostic {
    let rel = |p: &Path| display_path(shown, p.strip_prefix(root).unwrap_or(p));
    let path = err.path().map_or_else(|| shown.to_string(), rel);
    match err.loop_ancestor() {
        Some(ancestor) => Diagnostic::error(
            path,
            format!(
                "this link makes a loop: it points back to `{}`",
                rel(ancestor)
            ),
        )
        .help("remove the link"),
        None => Diagnostic::error(
            path,
            format!(
                "cannot read this: {}",
                err.io_error()
                    .map_or_else(|| err.to_string(), |e| e.to_string())
            ),
        ),
    }
}

impl Diagnostics {
    fn has_errors_for(&self, path: &str) -> bool {
        self.errors().any(|d| d.path == path)
    }
}

/// What a file under `content/` is, from its place and name.
enum Role {
    Config,
    Sources,
    Record { kind: Kind, id: String, body: bool },
    Translation { kind: Kind, id: String, body: bool },
}

fn classify(rel: &Path, path: &str, shown: &str) -> Result<Option<Role>, Box<Diagnostic>> {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let kinds = || Kind::ALL.map(Kind::folder);
    match parts.as_slice() {
        [name] if name == "site.yaml" => Ok(Some(Role::Config)),
        [name] if name == "sources.yaml" => Ok(Some(Role::Sources)),
        [name] if name == "site.yml" || name == "sources.yml" => Err(Box::new(
            Diagnostic::error(path, "this file must end in `.yaml`")
                .help(format!("rename it to `{}`", name.replace(".yml", ".yaml"))),
        )),
        [_] => Err(Box::new(
            Diagnostic::warning(path, "this file is not read: it is not a record").help(format!(
                "records go in a folder of their kind ({}); only `site.yaml` and \
                     `sources.yaml` belong at the top of `{shown}/`",
                kinds().join(", ")
            )),
        )),
        [folder, name] => {
            let Some(kind) = Kind::from_folder(folder) else {
                let help = match closest(folder, kinds()) {
                    Some(k) => format!("did you mean `{shown}/{k}/`?"),
                    None => format!("records go in one of: {}", kinds().join(", ")),
                };
                return Err(Box::new(
                    Diagnostic::error(path, format!("`{folder}` is not a kind of record"))
                        .help(help),
                ));
            };
            let (stem, body) = if let Some(s) = name.strip_suffix(".md") {
                (s, true)
            } else if let Some(s) = name
                .strip_suffix(".yaml")
                .or_else(|| name.strip_suffix(".yml"))
            {
                (s, false)
            } else {
                return Err(Box::new(
                    Diagnostic::warning(path, "this file is not read: records end in `.md` or `.yaml`")
                        .help(format!(
                            "rename it if it is a record, or keep other files out of `{shown}/{folder}/`"
                        )),
                ));
            };
            if let Some(id) = stem.strip_suffix(".en") {
                check_id(id, path)?;
                return Ok(Some(Role::Translation {
                    kind,
                    id: id.to_string(),
                    body,
                }));
            }
            if let Some((id, lang)) = stem.rsplit_once('.')
                && lang.len() == 2
                && lang.chars().all(|c| c.is_ascii_lowercase())
            {
                let help = if lang == "th" {
                    format!("the Thai record has no language in its name: rename it to `{id}.md`")
                } else {
                    "mueang sites are in Thai (`ID.md`) and English (`ID.en.md`)".to_string()
                };
                return Err(Box::new(
                    Diagnostic::error(path, format!("`.{lang}` is not a language of this site"))
                        .help(help),
                ));
            }
            check_id(stem, path)?;
            Ok(Some(Role::Record {
                kind,
                id: stem.to_string(),
                body,
            }))
        }
        _ => Err(Box::new(
            Diagnostic::error(path, "records cannot be in sub-folders").help(format!(
                "move it directly into `{shown}/{}/`",
                parts.first().map_or("", String::as_str)
            )),
        )),
    }
}

/// Names Windows keeps for devices: a folder named so cannot be made there.
const WINDOWS_DEVICES: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Ids are file names and URL parts: `a-z`, `0-9` and single `-` between.
pub(crate) fn check_id(id: &str, path: &str) -> Result<(), Box<Diagnostic>> {
    let valid = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if valid && WINDOWS_DEVICES.contains(&id) {
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!("`{id}` cannot be an id: Windows keeps the name for a device, so its page could not be copied there"),
            )
            .help(format!("rename the file to a longer name, such as `{id}-1`")),
        ));
    }
    if valid {
        return Ok(());
    }
    let shown: String = id.chars().take(40).collect();
    let ellipsis = if id.chars().count() > 40 { "…" } else { "" };
    let message = if id.len() > MAX_ID_LEN {
        format!(
            "the id `{shown}{ellipsis}` is too long ({} bytes; the limit is {MAX_ID_LEN})",
            id.len()
        )
    } else {
        format!("`{shown}{ellipsis}` is not a valid id")
    };
    let mut suggestion = slugify(id);
    if WINDOWS_DEVICES.contains(&suggestion.as_str()) {
        suggestion.push_str("-1");
    }
    let help = if suggestion.is_empty() {
        "an id uses only a-z, 0-9 and `-` (it is part of the page's address): use a Latin \
         name such as `rayong-green-belt`"
            .to_string()
    } else {
        format!(
            "an id uses only a-z, 0-9 and `-` (it is part of the page's address): \
             rename the file to `{suggestion}`"
        )
    };
    Err(Box::new(Diagnostic::error(path, message).help(help)))
}

pub(crate) fn slugify(id: &str) -> String {
    let mut out = String::new();
    // Decomposed, `é` is `e` and a mark, so `café` suggests `cafe`.
    for c in id.nfd().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if matches!(c, ' ' | '_' | '-' | '.') && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(MAX_ID_LEN).collect()
}

/// What the walk found, in its order: a file to read, or a problem.
enum Step {
    Read {
        full: PathBuf,
        rel: PathBuf,
        /// As shown in messages.
        path: String,
        /// How many names the file has: more than one is a hard link.
        names: u64,
    },
    Diagnostic(Diagnostic),
}

impl Step {
    fn is_linked(&self) -> bool {
        matches!(self, Step::Read { names, .. } if *names > 1)
    }
}

/// A record file found, read or not.
enum Found {
    Record(Kind, String),
    Translation(Kind, String),
}

/// Puts a parsed file into the site.
type Add = Box<dyn FnOnce(&mut RawSite) + Send>;

/// One file, read and parsed.
struct Loaded {
    found: Option<Found>,
    result: Result<Option<Add>, Box<Diagnostic>>,
}

fn load_file(full: &Path, rel: &Path, path: &str, shown: &str) -> Loaded {
    let role = match classify(rel, path, shown) {
        Ok(Some(role)) => role,
        Ok(None) => {
            return Loaded {
                found: None,
                result: Ok(None),
            };
        }
        Err(d) => {
            return Loaded {
                found: None,
                result: Err(d),
            };
        }
    };
    // Found counts before read, whatever then stops the reading.
    let found = match &role {
        Role::Record { kind, id, .. } => Some(Found::Record(*kind, id.clone())),
        Role::Translation { kind, id, .. } => Some(Found::Translation(*kind, id.clone())),
        Role::Config | Role::Sources => None,
    };
    let result = read_file(full, path, role).map(Some);
    Loaded { found, result }
}

fn read_file(full: &Path, path: &str, role: Role) -> Result<Add, Box<Diagnostic>> {
    let text = read_text(full, path)?;
    let file = SourceFile {
        path: path.to_string(),
        text,
    };
    Ok(match role {
        Role::Config => {
            let d = doc(file, String::new(), false, "the site file")?;
            Box::new(move |site: &mut RawSite| site.config = Some(d))
        }
        Role::Sources => {
            let d = doc(file, String::new(), false, "sources.yaml")?;
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

fn load_record(
    file: SourceFile,
    kind: Kind,
    id: String,
    body: bool,
) -> Result<Add, Box<Diagnostic>> {
    Ok(match kind {
        Kind::Cohort => {
            let d = doc(file, id, body, kind.a())?;
            Box::new(move |site: &mut RawSite| site.cohorts.push(d))
        }
        Kind::City => {
            let d = doc(file, id, body, kind.a())?;
            Box::new(move |site: &mut RawSite| site.cities.push(d))
        }
        Kind::Project => {
            let d = doc(file, id, body, kind.a())?;
            Box::new(move |site: &mut RawSite| site.projects.push(d))
        }
        Kind::Ambassador => {
            let d = doc(file, id, body, kind.a())?;
            Box::new(move |site: &mut RawSite| site.ambassadors.push(d))
        }
        Kind::News => {
            let d = doc(file, id, body, kind.a())?;
            Box::new(move |site: &mut RawSite| site.news.push(d))
        }
        Kind::Page => {
            let d = doc(file, id, body, kind.a())?;
            Box::new(move |site: &mut RawSite| site.pages.push(d))
        }
    })
}

/// A translation file holds only title, summary and body; a field that
/// belongs in the Thai record is named as such.
fn translation(
    file: SourceFile,
    id: String,
    body: bool,
    kind: Kind,
    thai: &str,
) -> Result<RawDoc<RawTranslation>, Box<Diagnostic>> {
    doc::<RawTranslation>(file, id, body, "a translation").map_err(|mut d| {
        if let Some(field) = d.field.clone()
            && d.message.starts_with("unknown field")
            && kind.fields().contains(&field.as_str())
        {
            d.message = format!("`{field}` does not belong in a translation");
            d.help = Some(format!(
                "`{field}` is the same in every language: set it in the Thai record `{thai}`; \
                 a translation holds only `title`, `summary` and the body"
            ));
        }
        d
    })
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

fn doc<T: DeserializeOwned>(
    file: SourceFile,
    id: String,
    body: bool,
    what: &str,
) -> Result<RawDoc<T>, Box<Diagnostic>> {
    let (front, body_start, body_line) = split(&file, body)?;
    let body_text = &file.text[body_start..];
    let block = Block {
        file: &file,
        offset: front.start,
        len: front.len(),
    };
    let fields = block.parse::<T>(what)?;
    if let Some(at) = nesting::too_deep(body_text) {
        let offset = body_start + at;
        return Err(Box::new(
            Diagnostic::error(
                &file.path,
                format!(
                    "the text nests more than {} levels deep here (quotes, lists or HTML tags inside each other: the Markdown nesting limit)",
                    nesting::MAX_NESTING
                ),
            )
            .spot(Spot::at(&file.text, offset, 1))
            .help("a quote or list nests a few levels at most: look for a run of `>`, `- ` or unclosed tags"),
        ));
    }
    Ok(RawDoc {
        id,
        file,
        front,
        body_start,
        body_line,
        fields,
    })
}

/// Reads a file as text: size-checked, UTF-8, without BOM, `\n` line ends,
/// NFC.
fn read_text(full: &Path, path: &str) -> Result<String, Box<Diagnostic>> {
    let io_error = |e: std::io::Error| {
        Box::new(Diagnostic::error(
            path,
            format!("cannot read this file: {e}"),
        ))
    };
    let file = fs::File::open(full).map_err(io_error)?;
    let size = file.metadata().map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!(
                    "this file is too large ({:.1} MB; the limit is {} MB)",
                    size as f64 / 1_048_576.0,
                    MAX_FILE_BYTES / 1_048_576
                ),
            )
            .help("a record is a page of text: split it, or move data out of it"),
        ));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let (line, column) = line_and_column(&String::from_utf8_lossy(&bytes[..valid]));
            return Err(Box::new(
                Diagnostic::error(
                    path,
                    format!(
                        "this file is not UTF-8 text (an invalid byte at line {line}, column {column})"
                    ),
                )
                .help("save the file with the encoding UTF-8 (in most editors: Save As → Encoding → UTF-8)"),
            ));
        }
    };
    if let Some(at) = text.find('\0') {
        let (line, column) = line_and_column(&text[..at]);
        return Err(Box::new(
            Diagnostic::error(
                path,
                format!("this file holds a NUL byte (at line {line}, column {column}), which text never has"),
            )
            .help("the file may be damaged, or not a text file: open it in a text editor, delete the odd character and save it again"),
        ));
    }
    let mut text = text;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    // CRLF (Windows) and lone CR (old Mac) line ends both become LF.
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    if text.trim().is_empty() {
        return Err(Box::new(
            Diagnostic::error(path, "this file is empty")
                .help("write the record's fields, or delete the file"),
        ));
    }
    // Most files are NFC already; the quick check spares re-composing them.
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => Ok(text),
        _ => Ok(text.nfc().collect()),
    }
}

/// The 1-based line and character column just after `before`.
fn line_and_column(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Splits a Markdown record into its front-matter block, where its body
/// starts and the body's first line; a `.yaml` record is all front matter.
fn split(
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
            Diagnostic::error(&file.path, "this record does not start with front matter")
                .spot(Spot::at(text, 0, first.trim_end().len()))
                .help("start the file with a line `---`, then the fields (`title: …`), then a line `---`, then the text"),
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
        Diagnostic::error(
            &file.path,
            "the front matter that starts on line 1 is never closed",
        )
        .spot(Spot::at(text, 0, 3))
        .help("add a line `---` after the last field"),
    ))
}

/// A Markdown record or translation read again after a save, for a
/// rebuild of only what its body touches.
#[derive(Debug)]
pub struct Reread {
    pub kind: Kind,
    pub id: String,
    /// `ID.en.md`, not the Thai record.
    pub translation: bool,
    /// As shown in messages: `content/projects/x.md`.
    pub path: String,
    /// What comes before the body: the front matter with its fences.
    pub front: String,
    pub body: String,
}

/// Reads the file `rel` of the content folder `root` as [`load`] would,
/// where it is a Markdown record or translation that reads without any
/// diagnostic; `None` for any other file, or any problem (a full build
/// then reports it as `load` does).
pub fn reread(root: &Path, shown: &str, rel: &Path) -> Option<Reread> {
    let hidden = rel.components().any(|c| match c {
        Component::Normal(name) => is_ignored(&name.to_string_lossy()),
        _ => true,
    });
    let full = root.join(rel);
    let meta = fs::symlink_metadata(&full).ok()?;
    // A hard link is for a full build to allow or refuse.
    if hidden || !meta.is_file() || names(&meta) > 1 {
        return None;
    }
    let path = display_path(shown, rel);
    let (kind, id, translation) = match classify(rel, &path, shown).ok()?? {
        Role::Record {
            kind,
            id,
            body: true,
        } => (kind, id, false),
        Role::Translation {
            kind,
            id,
            body: true,
        } => (kind, id, true),
        _ => return None,
    };
    let text = read_text(&full, &path).ok()?;
    let file = SourceFile {
        path: path.clone(),
        text,
    };
    let (_, body_start, _) = split(&file, true).ok()?;
    let body = &file.text[body_start..];
    if nesting::too_deep(body).is_some() {
        return None;
    }
    Some(Reread {
        kind,
        id,
        translation,
        path,
        front: file.text[..body_start].to_string(),
        body: body.to_string(),
    })
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

/// The site root folder a content folder belongs to (its parent), for
/// tools that need `themes/` beside it.
pub fn site_root(content: &Path) -> PathBuf {
    content
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_the_record_limit_reading_stops_with_an_error() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.yaml", "b.yaml", "c.yaml"] {
            fs::write(dir.path().join(name), "x: 1\n").unwrap();
        }
        let (_, diags) = load_at_most(dir.path(), "content", 2).unwrap();
        let errors: Vec<String> = diags
            .errors()
            .map(|d| format!("{}: {}", d.path, d.message))
            .collect();
        assert_eq!(
            errors[errors.len() - 2..],
            [
                "content: the content folder holds more than 2 files (the record limit); the rest were not read",
                "content/site.yaml: the site has no `site.yaml`",
            ]
        );
    }

    #[test]
    fn ids_are_slugs_with_a_fix() {
        assert!(check_id("rayong-green-belt", "p").is_ok());
        assert!(check_id("sca-1", "p").is_ok());
        let err = |id: &str| check_id(id, "p").unwrap_err();
        assert_eq!(
            err("Rayong Green_Belt").help.unwrap(),
            "an id uses only a-z, 0-9 and `-` (it is part of the page's address): rename the file to `rayong-green-belt`"
        );
        assert_eq!(err("-x").message, "`-x` is not a valid id");
        assert_eq!(err("a--b").message, "`a--b` is not a valid id");
        assert!(
            err("ระยอง")
                .help
                .unwrap()
                .ends_with("such as `rayong-green-belt`")
        );
        assert_eq!(
            err(&"a".repeat(101)).message,
            format!(
                "the id `{}…` is too long (101 bytes; the limit is 100)",
                "a".repeat(40)
            )
        );
    }

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
