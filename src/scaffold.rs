//! `mueang new KIND ID`: a new record's Thai file and its English
//! translation, with every field of the kind, commented in Thai and
//! English. Each value the editor must write is an example no real record
//! holds (`province: ชื่อจังหวัด`), and `check` names every line still
//! holding one until it is replaced: a scaffold is not content, and is in
//! no figure. The values `new` knows (`{id}`, `{today}`, the newest
//! `{cohort}`, the next `{number}`) are filled in. The texts live in
//! `src/scaffold/`, one file per kind; the load stage includes them
//! (`load::template`), as it is the one that finds their examples.

use std::path::{Path, PathBuf};

use crate::catalogue::{Said, Told};
use crate::load::{Kind, template, translation_template};
use crate::model::date::civil_from_days;
use crate::render::urls::SECTIONS;

/// Why a scaffold could not be written.
#[derive(Debug, PartialEq, Eq)]
pub enum NewError {
    /// Exit 2: the kind or id is not one mueang knows.
    Usage(Told),
    /// Exit 1: a file is already there.
    Exists(Told),
    /// Exit 2: the disk said no.
    Io(Told),
}

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
    (put(template(kind)), put(translation_template(kind)))
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
        return Err(NewError::Usage(Told::new(
            Said::new("new-no-kind").arg("kind", kind_word),
            Some(Said::new("new-no-kind-help").arg("kinds", kinds.join(", "))),
        )));
    };
    if let Err(d) = crate::load::check_id(id, "") {
        return Err(NewError::Usage(d.told()));
    }
    // A free page lives at `/th/ID/`: `check` refuses a section's name.
    if kind == Kind::Page && SECTIONS.contains(&id) {
        return Err(NewError::Usage(Told::new(
            Said::new("new-section-name").arg("id", id),
            Some(Said::new("new-section-name-help").arg("taken", SECTIONS.join(", "))),
        )));
    }
    let folder = content.join(kind.folder());
    let thai = folder.join(format!("{id}.md"));
    let english = folder.join(format!("{id}.en.md"));
    for p in [&thai, &english, &folder.join(format!("{id}.yaml"))] {
        if std::fs::symlink_metadata(p).is_ok() {
            return Err(NewError::Exists(Told::new(
                Said::new("new-exists").arg("path", p.display().to_string()),
                Some(Said::new("new-exists-help")),
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
        return Err(NewError::Usage(Told::new(
            Said::new("new-no-cohort"),
            Some(Said::new("new-no-cohort-help")),
        )));
    }
    let (th, en) = render(kind, &fill);
    let io = |p: &Path, e: std::io::Error| {
        NewError::Io(Told::new(
            Said::new("new-cannot-write")
                .arg("path", p.display().to_string())
                .said("error", crate::catalogue::io(&e)),
            None,
        ))
    };
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
/// dates a scaffold fills in use it, never the site.
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
            let text = template(kind);
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
    fn every_value_to_fill_in_is_filled_in() {
        let fill = Fill {
            id: "x".into(),
            today: "2026-11-21".into(),
            cohort: "c-1".into(),
            number: 2,
        };
        for kind in Kind::ALL {
            let (th, en) = render(kind, &fill);
            for text in [th, en] {
                let left = text.split('{').skip(1).find(|rest| {
                    rest.split_once('}').is_some_and(|(w, _)| {
                        !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
                    })
                });
                assert_eq!(left, None, "{}: {text}", kind.folder());
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
