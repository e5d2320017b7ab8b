//! `mueang new KIND ID`: a new record's Thai file and its English
//! translation, with every field of the kind, commented in Thai and
//! English, and valid as written so that `check` passes right after.
//! The texts live in `src/scaffold/`, one file per kind.

use std::path::{Path, PathBuf};

use crate::load::Kind;
use crate::model::date::civil_from_days;
use crate::render::urls::SECTIONS;

/// Why a scaffold could not be written.
#[derive(Debug, PartialEq, Eq)]
pub enum NewError {
    /// Exit 2: the kind or id is not one mueang knows.
    Usage(String),
    /// Exit 1: a file is already there.
    Exists(String),
    /// Exit 2: the disk said no.
    Io(String),
}

fn text(kind: Kind) -> &'static str {
    match kind {
        Kind::Cohort => include_str!("scaffold/cohorts.md"),
        Kind::City => include_str!("scaffold/cities.md"),
        Kind::Project => include_str!("scaffold/projects.md"),
        Kind::Ambassador => include_str!("scaffold/ambassadors.md"),
        Kind::News => include_str!("scaffold/news.md"),
        Kind::Page => include_str!("scaffold/pages.md"),
    }
}

const TRANSLATION: &str = include_str!("scaffold/translation.en.md");
/// A person's name is not translated: their English file has no title.
const PERSON_TRANSLATION: &str = include_str!("scaffold/ambassador.en.md");

/// `project` or `projects`.
pub fn kind(word: &str) -> Option<Kind> {
    Kind::ALL
        .into_iter()
        .find(|k| k.folder() == word || k.folder().strip_suffix('s') == Some(word))
        .or_else(|| (word == "city").then_some(Kind::City))
}

/// The values a scaffold fills in.
pub struct Fill {
    pub id: String,
    /// Today, `2026-11-21`.
    pub today: String,
    /// The cohort a new ambassador joins: the newest one there is.
    pub cohort: String,
    /// The next cohort number.
    pub number: u64,
}

/// The two files' texts.
pub fn render(kind: Kind, fill: &Fill) -> (String, String) {
    let put = |s: &str| {
        s.replace("{id}", &fill.id)
            .replace("{today}", &fill.today)
            .replace("{cohort}", &fill.cohort)
            .replace("{number}", &fill.number.to_string())
    };
    let translation = match kind {
        Kind::Ambassador => PERSON_TRANSLATION,
        _ => TRANSLATION,
    };
    (put(text(kind)), put(translation))
}

/// Writes `content/KIND/ID.md` and `ID.en.md`; touches nothing if either
/// exists. Returns the paths written.
pub fn create(
    content: &Path,
    kind_word: &str,
    id: &str,
    today: &str,
) -> Result<Vec<PathBuf>, NewError> {
    let Some(kind) = kind(kind_word) else {
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.folder()).collect();
        return Err(NewError::Usage(format!(
            "there is no kind of record `{kind_word}`\n  help: the kinds are: {}",
            kinds.join(", ")
        )));
    };
    if let Err(d) = crate::load::check_id(id, "") {
        let help = d.help.unwrap_or_default();
        return Err(NewError::Usage(format!("{}\n  help: {help}", d.message)));
    }
    // A free page lives at `/th/ID/`: `check` refuses a section's name.
    if kind == Kind::Page && SECTIONS.contains(&id) {
        return Err(NewError::Usage(format!(
            "a page may not be called `{id}`: the site has a section of that name; nothing was written\n  \
             help: choose another id; these names are taken: {}",
            SECTIONS.join(", ")
        )));
    }
    let folder = content.join(kind.folder());
    let thai = folder.join(format!("{id}.md"));
    let english = folder.join(format!("{id}.en.md"));
    for p in [&thai, &english, &folder.join(format!("{id}.yaml"))] {
        if std::fs::symlink_metadata(p).is_ok() {
            return Err(NewError::Exists(format!(
                "`{}` already exists; nothing was written\n  help: choose another id, or edit that file",
                p.display()
            )));
        }
    }
    let (cohort, number) = newest_cohort(&content.join("cohorts"));
    let fill = Fill {
        id: id.to_string(),
        today: today.to_string(),
        cohort,
        number: number + 1,
    };
    if kind == Kind::Ambassador && fill.number == 1 {
        return Err(NewError::Usage(
            "an ambassador belongs to a cohort, and there is none yet\n  help: run `mueang new cohort ID` first".into(),
        ));
    }
    let (th, en) = render(kind, &fill);
    let io =
        |p: &Path, e: std::io::Error| NewError::Io(format!("cannot write `{}`: {e}", p.display()));
    std::fs::create_dir_all(&folder).map_err(|e| io(&folder, e))?;
    std::fs::write(&thai, th).map_err(|e| io(&thai, e))?;
    std::fs::write(&english, en).map_err(|e| io(&english, e))?;
    Ok(vec![thai, english])
}

/// The id and number of the cohort with the highest `number:`, read from
/// the files' first lines (a cohort file that does not parse is skipped;
/// `check` reports it).
fn newest_cohort(folder: &Path) -> (String, u64) {
    let mut best = (String::new(), 0);
    let Ok(entries) = std::fs::read_dir(folder) else {
        return best;
    };
    let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    for path in names {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(id) = name
            .strip_suffix(".md")
            .or_else(|| name.strip_suffix(".yaml"))
        else {
            continue;
        };
        if id.contains('.') {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let number = text
            .lines()
            .find_map(|l| l.strip_prefix("number:"))
            .and_then(|n| crate::text::parse_count(n.trim()));
        if let Some(n) = number
            && n >= best.1
        {
            best = (id.to_string(), n);
        }
    }
    best
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock: only the
/// scaffold's placeholder dates use it, never the site.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_of_every_kind_is_in_its_scaffold() {
        for kind in Kind::ALL {
            let text = text(kind);
            for field in kind.fields() {
                assert!(
                    text.contains(&format!("\n{field}:"))
                        || text.contains(&format!("\n# {field}:")),
                    "{} lacks `{field}`",
                    kind.folder()
                );
            }
        }
    }

    #[test]
    fn kinds_in_either_number() {
        assert_eq!(kind("project"), Some(Kind::Project));
        assert_eq!(kind("cities"), Some(Kind::City));
        assert_eq!(kind("city"), Some(Kind::City));
        assert_eq!(kind("news"), Some(Kind::News));
        assert_eq!(kind("town"), None);
    }
}
