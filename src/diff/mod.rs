//! `mueang diff`: what differs between two states of a site, figures
//! first. A state is read ([`read`]) from a content folder (checked and
//! rendered in memory, as `check` does), a built output folder, or a
//! `summary.json`; two states are compared ([`compare`]) as plain data:
//! the figures of `summary.json`, the rows of the data tables (so a
//! non-public ambassador, who is in no table, is never named), and the
//! pages. Printing is [`show`]'s.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::catalogue::{Said, Told};
use crate::load::Fatal;
use crate::pipeline;

pub mod show;

use crate::history::figures;
pub use crate::history::figures::{Figure, Moved};
use crate::history::git;
pub use crate::history::records::{Change, Pages, RecordChange, Tables};
use crate::history::records::{TABLES, by_id, page_changes, record_changes};

/// One state of the site: its figures, and where it is known, its
/// records (by table, then id) and its pages (by path, with their text).
#[derive(Debug)]
pub struct State {
    /// How the state is named: the path given.
    pub name: String,
    pub summary: Value,
    pub records: Option<Tables>,
    pub pages: Option<BTreeMap<String, Vec<u8>>>,
}

/// What reading a state found.
#[derive(Debug)]
pub enum Read {
    State(Box<State>),
    /// A content folder with errors: its diagnostics.
    Errors(Box<pipeline::Outcome>),
}

/// Reads the state `arg` names: a `summary.json` file, a built output
/// folder (with `data/summary.json`), a content folder, or else a git
/// revision of the repository holding the current folder, whose folder
/// `content` is read.
pub fn read(arg: &Path, shown: &str, content: &Path) -> Result<Read, Fatal> {
    if arg.exists() || !git::in_repository(Path::new(".")) {
        return read_path(arg, shown);
    }
    let spec = arg.to_string_lossy();
    let checkout = git::checkout(Path::new("."), &spec, content)?;
    let named = format!("{spec}:{}", content.display());
    let mut read = read_path(&checkout.content(), &named)?;
    if let Read::State(state) = &mut read {
        state.name = shown.to_string();
    }
    Ok(read)
}

/// Reads the state at `path`, a file or a folder.
fn read_path(path: &Path, shown: &str) -> Result<Read, Fatal> {
    let fatal = |id: &'static str, detail: String| {
        Fatal(Told::new(
            Said::new(id).arg("path", shown).arg("detail", detail),
            Some(Said::new("diff-state-help")),
        ))
    };
    let summary_of = |bytes: &[u8]| {
        serde_json::from_slice::<Value>(bytes)
            .ok()
            .filter(|v| v.get("totals").is_some_and(Value::is_object))
            .ok_or_else(|| fatal("diff-not-a-summary", String::new()))
    };
    if path.is_file() {
        let bytes = std::fs::read(path).map_err(|e| fatal("diff-unreadable", e.to_string()))?;
        return Ok(Read::State(Box::new(State {
            name: shown.to_string(),
            summary: summary_of(&bytes)?,
            records: None,
            pages: None,
        })));
    }
    if path.join("data/summary.json").is_file() && !path.join("site.yaml").is_file() {
        let files = crate::write::read_output(path).map_err(Fatal)?;
        return from_files(shown, files, summary_of).map(|s| Read::State(Box::new(s)));
    }
    if !path.join("site.yaml").is_file() {
        return Err(fatal("diff-not-a-state", String::new()));
    }
    let outcome = pipeline::check(path, shown, None)?;
    if outcome.diagnostics.error_count() > 0 || outcome.checked.is_none() {
        return Ok(Read::Errors(Box::new(outcome)));
    }
    let files = outcome
        .files
        .unwrap_or_default()
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect();
    from_files(shown, files, summary_of).map(|s| Read::State(Box::new(s)))
}

/// A state from a site's files, by path: `data/summary.json`, the
/// tables' `data/NAME.json`, and the pages (`.html`, the data folder
/// aside), which it keeps without copying them.
fn from_files(
    shown: &str,
    files: BTreeMap<String, Vec<u8>>,
    summary_of: impl Fn(&[u8]) -> Result<Value, Fatal>,
) -> Result<State, Fatal> {
    let get = |path: &str| files.get(path);
    let summary = summary_of(get("data/summary.json").map_or(&[][..], |b| b))?;
    let mut records = BTreeMap::new();
    for (table, computed) in TABLES {
        let rows: Vec<Map<String, Value>> = get(&format!("data/{table}.json"))
            .and_then(|b| serde_json::from_slice(b).ok())
            .unwrap_or_default();
        records.insert(table.to_string(), by_id(table, computed, rows));
    }
    let pages = files
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html") && !p.starts_with("data/"))
        .collect();
    Ok(State {
        name: shown.to_string(),
        summary,
        records: Some(records),
        pages: Some(pages),
    })
}

/// What differs between two states.
#[derive(Debug, Serialize)]
pub struct Diff {
    pub old: String,
    pub new: String,
    /// Headline and reconciled figures that moved.
    pub figures: Vec<Moved>,
    /// Reported figures whose verdict changed: label, old, new.
    pub verdicts: Vec<Moved>,
    /// `None` where either state is a summary.json alone.
    pub records: Option<Vec<RecordChange>>,
    pub pages: Option<Pages>,
}

impl Diff {
    /// Whether nothing that is compared differs.
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty()
            && self.verdicts.is_empty()
            && self.records.as_ref().is_none_or(Vec::is_empty)
            && self
                .pages
                .as_ref()
                .is_none_or(|p| p.added.is_empty() && p.removed.is_empty() && p.changed.is_empty())
    }
}

/// What differs from `old` to `new`.
pub fn compare(old: &State, new: &State) -> Diff {
    let records = match (&old.records, &new.records) {
        (Some(a), Some(b)) => Some(record_changes(a, b)),
        _ => None,
    };
    let (figures, verdicts) = figures::moved(&old.summary, &new.summary, records.as_deref());
    let pages = match (&old.pages, &new.pages) {
        (Some(a), Some(b)) => Some(page_changes(a, b)),
        _ => None,
    };
    Diff {
        old: old.name.clone(),
        new: new.name.clone(),
        figures,
        verdicts,
        records,
        pages,
    }
}
