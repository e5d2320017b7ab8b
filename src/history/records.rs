//! The records of two states, as the data tables publish them (by table,
//! then id), and the records and pages that differ (for `mueang diff`,
//! and the figures' history).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{Map, Value};

/// The tables whose rows are records, with the columns that are figures
/// computed from other records rather than fields of the record (a
/// cohort's `projects`): a new project is not a change to its cohort.
pub(crate) const TABLES: [(&str, &[&str]); 8] = [
    (
        "cohorts",
        &[
            "projects",
            "project_value_thb",
            "projects_without_value",
            "ambassadors",
            "provinces_covered",
        ],
    ),
    (
        "cities",
        &["projects", "project_value_thb", "projects_without_value"],
    ),
    ("projects", &[]),
    ("ambassadors", &[]),
    ("news", &[]),
    ("sources", &[]),
    ("pages", &[]),
    ("reported", &["current", "computed", "verdict"]),
];

/// Records by table, then id: each a data file's row, the computed
/// columns left out.
pub type Tables = BTreeMap<String, BTreeMap<String, Map<String, Value>>>;

/// A data table's rows by id, the computed columns (`computed`, from
/// [`TABLES`]) left out.
pub(crate) fn by_id(
    table: &str,
    computed: &[&str],
    rows: Vec<Map<String, Value>>,
) -> BTreeMap<String, Map<String, Value>> {
    rows.into_iter()
        .map(|mut row| {
            for c in computed {
                row.remove(*c);
            }
            (row_id(table, &row), row)
        })
        .collect()
}

/// A row's id: its `id`, or for a reported figure, its scope, metric,
/// source and date.
fn row_id(table: &str, row: &Map<String, Value>) -> String {
    let text = |k: &str| match row.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(v) => v.to_string(),
    };
    if table == "reported" {
        let date = ["as_of_year", "as_of_month", "as_of_day"]
            .map(text)
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        format!(
            "{} · {} · {} · {date}",
            text("scope"),
            text("metric"),
            text("source")
        )
    } else {
        text("id")
    }
}

/// A record added, removed, or changed (with the fields that changed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordChange {
    pub table: String,
    pub id: String,
    pub change: Change,
    /// The fields that changed, for a changed record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// The cohorts the record is in, before and after: a cohort's
    /// figures move only with its records.
    #[serde(skip)]
    pub cohorts: Vec<String>,
    /// The cities (smart-city areas) a project is in, before and after.
    #[serde(skip)]
    pub cities: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// The pages added, removed and whose text changed, by path.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Pages {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
}

pub(crate) fn record_changes(old: &Tables, new: &Tables) -> Vec<RecordChange> {
    let mut out = Vec::new();
    let empty = BTreeMap::new();
    for (table, _) in TABLES {
        let a = old.get(table).unwrap_or(&empty);
        let b = new.get(table).unwrap_or(&empty);
        let ids: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
        for id in ids {
            let (change, fields) = match (a.get(id), b.get(id)) {
                (None, Some(_)) => (Change::Added, Vec::new()),
                (Some(_), None) => (Change::Removed, Vec::new()),
                (Some(x), Some(y)) => {
                    let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                    let fields: Vec<String> = keys
                        .into_iter()
                        .filter(|k| x.get(*k) != y.get(*k))
                        .cloned()
                        .collect();
                    if fields.is_empty() {
                        continue;
                    }
                    (Change::Changed, fields)
                }
                (None, None) => continue,
            };
            let of = |field: &str| {
                let mut ids: Vec<String> = [a.get(id), b.get(id)]
                    .into_iter()
                    .flatten()
                    .filter_map(|row| row.get(field).and_then(Value::as_str))
                    .map(str::to_string)
                    .collect();
                ids.dedup();
                ids
            };
            out.push(RecordChange {
                table: table.to_string(),
                id: id.clone(),
                change,
                fields,
                cohorts: of("cohort"),
                cities: of("city"),
            });
        }
    }
    out
}

pub(crate) fn page_changes(
    old: &BTreeMap<String, Vec<u8>>,
    new: &BTreeMap<String, Vec<u8>>,
) -> Pages {
    let mut pages = Pages::default();
    for (path, bytes) in new {
        match old.get(path) {
            None => pages.added.push(path.clone()),
            Some(before) if before != bytes => pages.changed.push(path.clone()),
            Some(_) => {}
        }
    }
    pages.removed = old
        .keys()
        .filter(|p| !new.contains_key(*p))
        .cloned()
        .collect();
    pages
}
