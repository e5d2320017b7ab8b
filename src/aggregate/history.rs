//! Aggregate: the figures' history, as `build` reads it from the git
//! repository holding the content (`crate::history`): at each commit that
//! changed the content, the site's headline figures, each cohort's and
//! each city's, and which of them it moved. Plain data for the pages and
//! `data/history.json`.

use std::collections::BTreeMap;

use serde::Serialize;

/// The records' history of the figures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct History {
    /// Commits read: those that changed the content folder, along the
    /// first parents from HEAD (or the tagged ones, where `history.tags`
    /// says so).
    pub commits: usize,
    /// Each commit that moved a figure, oldest first.
    pub changes: Vec<Change>,
    /// Commits whose content fails `check`: their figures are not known.
    pub skipped: Vec<Skipped>,
    /// The repository is a shallow clone: its history stops at
    /// `changes[0]`, which may not be the first.
    pub shallow: bool,
    /// The figures just before the first change, where a commit read
    /// before it moved none, or `history.since` left it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Figures>,
}

/// The site's headline figures, each cohort's and each city's, at a
/// commit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub site: BTreeMap<String, u64>,
    pub cohorts: BTreeMap<String, BTreeMap<String, u64>>,
    /// Each city's (smart-city area's) projects and their value.
    pub cities: BTreeMap<String, BTreeMap<String, u64>>,
}

impl Figures {
    /// The figures of `scope`: `site`, a cohort's (`cohort:sca-1`) or a
    /// city's (`city:rayong-city`).
    pub fn of(&self, scope: &str) -> Option<&BTreeMap<String, u64>> {
        if let Some(id) = scope.strip_prefix("cohort:") {
            return self.cohorts.get(id);
        }
        match scope.strip_prefix("city:") {
            Some(id) => self.cities.get(id),
            None => Some(&self.site),
        }
    }
}

/// A commit: its id (12 hex digits) and its date (the committer's, as
/// written in the commit, in its own time zone: `2024-03-01`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Commit {
    pub id: String,
    pub date: String,
    /// Its place among the commits read, oldest first.
    #[serde(skip)]
    pub seq: usize,
}

/// A commit whose content fails `check`, and how many errors it has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    #[serde(flatten)]
    pub commit: Commit,
    pub errors: usize,
}

/// A commit that moved figures: the figures after it, and those it moved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    #[serde(flatten)]
    pub commit: Commit,
    /// The figures after it: the site's headline figures by key
    /// (`projects`, `project_value_thb`, …, and `status.certified` for
    /// the areas by status), and each cohort's and city's, by id, then key.
    #[serde(flatten)]
    pub figures: Figures,
    pub moved: Vec<Moved>,
}

/// A figure a commit moved: in which scope (`site`, `cohort:sca-1` or
/// `city:rayong-city`), its key, its value before (`None`: not there, as
/// before the first commit) and after, and the records whose change moved
/// it (`projects/rayong-ev`), as the data tables name them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moved {
    pub scope: String,
    pub key: String,
    pub old: Option<u64>,
    pub new: Option<u64>,
    pub by: Vec<String>,
}

impl History {
    /// The figures of `scope` just before change `i`.
    pub fn before(&self, i: usize, scope: &str) -> Option<&BTreeMap<String, u64>> {
        match i.checked_sub(1) {
            Some(p) => self.changes.get(p)?.figures.of(scope),
            None => self.baseline.as_ref()?.of(scope),
        }
    }
}

/// Whether the value `key` of `figures` is unknown rather than 0: a sum
/// of project values where projects exist and none states one.
pub fn value_unknown(key: &str, figures: &BTreeMap<String, u64>) -> bool {
    let get = |k: &str| figures.get(k).copied().unwrap_or(0);
    key == "project_value_thb"
        && get("projects") > 0
        && get("projects_without_value") == get("projects")
}
