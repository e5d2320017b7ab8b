//! Render: the data downloads, each table as CSV and JSON, and
//! `summary.json`. A table is a list of typed rows ([`rows`]); their
//! fields are its columns.

mod about;
mod columns;
mod dcat;
mod package;
mod rows;
mod schema_org;
mod table;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

pub(super) use self::about::About;
use self::rows::*;
pub(super) use self::schema_org::dataset as schema_org_dataset;
pub(super) use self::table::{TABLES, Table};
use crate::aggregate::Stats;
use crate::aggregate::history::{Commit, History, value_unknown};
use crate::escape::csv_bytes;
use crate::lang::Lang;
use crate::model::*;
use crate::output::OutFile;
use crate::render::charts::Catalog;
use crate::render::urls::Urls;
use crate::theme::Theme;

/// A table's rows as plain values, with its columns.
fn values(table: Table, site: &Site, stats: &Stats) -> Values {
    match table {
        Table::Cohorts => Values::of(site.cohorts.iter().map(|c| CohortRow::new(c, stats))),
        Table::Cities => Values::of(site.cities.iter().map(|c| CityRow::new(c, stats))),
        Table::Projects => Values::of(site.projects.iter().map(ProjectRow::new)),
        Table::Ambassadors => Values::of(site.ambassadors.iter().filter_map(AmbassadorRow::new)),
        Table::News => Values::of(site.news.iter().map(NewsRow::new)),
        Table::Sources => Values::of(site.sources.iter().map(SourceRow::new)),
        Table::Pages => Values::of(site.pages.iter().map(PageRow::new)),
        Table::Provinces => Values::of(ProvinceId::all().map(|p| ProvinceRow::new(p, stats))),
        Table::Reported => Values::of(site.reported.iter().map(|r| ReportedRow::new(r, stats))),
    }
}

/// The rows of the data table `name` (`projects`), as its JSON file
/// holds them; none for a name that is no table.
pub fn rows(name: &str, site: &Site, stats: &Stats) -> Vec<Map<String, Value>> {
    TABLES
        .into_iter()
        .find(|t| t.name() == name)
        .map(|t| values(t, site, stats).rows)
        .unwrap_or_default()
}

/// Every data file: `data/summary.json`, a CSV and JSON per table, and
/// their catalogs, `data/datapackage.json` and `data/catalog.jsonld`,
/// which describe the charts' CSV files (`charts`) too.
pub fn data(
    site: &Site,
    stats: &Stats,
    history: Option<&History>,
    theme: &Theme,
    urls: &Urls,
    charts: &BTreeMap<Lang, Catalog>,
) -> Vec<OutFile> {
    let mut out = Vec::new();
    let mut summary = serde_json::to_vec_pretty(stats).unwrap_or_default();
    summary.push(b'\n');
    out.push(OutFile {
        path: "data/summary.json".into(),
        bytes: summary,
    });
    for table in TABLES {
        let name = table.name();
        let values = values(table, site, stats);
        out.push(OutFile {
            path: format!("data/{name}.csv"),
            bytes: values.csv(),
        });
        out.push(OutFile {
            path: format!("data/{name}.json"),
            bytes: values.json(),
        });
    }
    if let Some(history) = history {
        out.extend(history_files(history));
    }
    let about = About {
        site,
        stats,
        theme,
        urls,
        files: &out,
        charts,
    };
    let package = package::datapackage(&about);
    let catalog = dcat::catalog(&about);
    out.push(OutFile {
        path: "data/datapackage.json".into(),
        bytes: package,
    });
    out.push(OutFile {
        path: "data/catalog.jsonld".into(),
        bytes: catalog,
    });
    out
}

/// `data/history.json` (the history as `build` read it) and
/// `data/history.csv`: a row for each figure a change moved, and one for
/// each change skipped because its content fails `check`. A sum of values
/// none of whose projects states one is left empty, not written as 0.
fn history_files(history: &History) -> [OutFile; 2] {
    let mut json = serde_json::to_vec_pretty(history).unwrap_or_default();
    json.push(b'\n');
    // The columns the Data Package describes, in its order.
    let columns: Vec<&str> = package::history_columns().iter().map(|c| c.name).collect();
    // A row: its commit's place, then its date, id and status, then the rest.
    let row = |c: &Commit, status: &str, rest: [String; 6]| {
        let first = [c.date.clone(), c.id.clone(), status.to_string()];
        (c.seq, first.into_iter().chain(rest).collect::<Vec<_>>())
    };
    let mut rows = Vec::new();
    for (i, change) in history.changes.iter().enumerate() {
        for m in &change.moved {
            let value = |v: Option<u64>, all: Option<&BTreeMap<String, u64>>| match (v, all) {
                (Some(v), Some(all)) if !value_unknown(&m.key, all) => v.to_string(),
                _ => String::new(),
            };
            rows.push(row(
                &change.commit,
                "moved",
                [
                    m.scope.clone(),
                    m.key.clone(),
                    value(m.old, history.before(i, &m.scope)),
                    value(m.new, change.figures.of(&m.scope)),
                    m.by.join("; "),
                    String::new(),
                ],
            ));
        }
    }
    for s in &history.skipped {
        let mut rest: [String; 6] = Default::default();
        rest[5] = s.errors.to_string();
        rows.push(row(&s.commit, "skipped", rest));
    }
    // In the order the commits were read (the sort is stable).
    rows.sort_by_key(|(seq, _)| *seq);
    [
        OutFile {
            path: "data/history.csv".into(),
            bytes: csv_bytes(&columns, rows.into_iter().map(|(_, r)| r)),
        },
        OutFile {
            path: "data/history.json".into(),
            bytes: json,
        },
    ]
}

/// A table's rows, each serialized to a JSON object whose keys, in field
/// order (`preserve_order`), are the columns.
struct Values {
    columns: Vec<String>,
    rows: Vec<Map<String, Value>>,
}

impl Values {
    /// The columns come from a default row, so that a table with no rows
    /// still has its header.
    fn of<R: Serialize + Default>(rows: impl Iterator<Item = R>) -> Values {
        Values {
            columns: object(&R::default()).into_iter().map(|(k, _)| k).collect(),
            rows: rows.map(|r| object(&r)).collect(),
        }
    }

    /// Lists joined by `; `; nothing for null.
    fn csv(&self) -> Vec<u8> {
        let cell = |v: &Value| match v {
            Value::Null => String::new(),
            Value::String(s) => s.clone(),
            Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join("; "),
            other => other.to_string(),
        };
        csv_bytes(
            &self.columns,
            self.rows.iter().map(|row| row.values().map(cell).collect()),
        )
    }

    fn json(&self) -> Vec<u8> {
        let mut out = serde_json::to_vec_pretty(&self.rows).unwrap_or_default();
        out.push(b'\n');
        out
    }
}

/// A row as a JSON object. A row struct of plain fields always
/// serializes to one.
fn object(row: &impl Serialize) -> Map<String, Value> {
    match serde_json::to_value(row) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The columns each table writes: a default row's keys.
    fn written(table: Table) -> Vec<String> {
        fn keys<R: Serialize + Default>() -> Vec<String> {
            object(&R::default()).into_iter().map(|(k, _)| k).collect()
        }
        match table {
            Table::Cohorts => keys::<CohortRow>(),
            Table::Cities => keys::<CityRow>(),
            Table::Projects => keys::<ProjectRow>(),
            Table::Ambassadors => keys::<AmbassadorRow>(),
            Table::News => keys::<NewsRow>(),
            Table::Sources => keys::<SourceRow>(),
            Table::Pages => keys::<PageRow>(),
            Table::Provinces => keys::<ProvinceRow>(),
            Table::Reported => keys::<ReportedRow>(),
        }
    }

    #[test]
    fn every_column_written_is_described_and_every_key_is_a_column() {
        for table in TABLES {
            let described: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
            assert_eq!(described, written(table), "{}", table.name());
            for c in table.columns() {
                let (title, about) = (&c.doc.title, &c.doc.description);
                assert!(
                    [&title.0, &title.1, &about.0, &about.1]
                        .iter()
                        .all(|t| !t.trim().is_empty()),
                    "{}.{}",
                    table.name(),
                    c.name
                );
            }
            if let Some(key) = table.primary_key() {
                assert!(described.contains(&key), "{}", table.name());
            }
            for (column, other, key) in table.foreign_keys() {
                assert!(described.contains(column), "{}.{column}", table.name());
                assert_eq!(other.primary_key(), Some(*key), "{}", other.name());
            }
        }
    }
}
