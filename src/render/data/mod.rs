//! Render: the data downloads, each table as CSV and JSON, and
//! `summary.json`. A table is a list of typed rows ([`rows`]); their
//! fields are its columns.

mod about;
mod columns;
mod dcat;
mod package;
mod rows;
mod schema_org;

use serde::Serialize;
use serde_json::{Map, Value};

pub(super) use self::about::About;
pub(super) use self::schema_org::dataset as schema_org_dataset;
use self::columns::{Column, Described};
use self::rows::*;
use crate::aggregate::Stats;
use crate::escape::csv_bytes;
use crate::model::*;
use crate::output::OutFile;
use crate::render::urls::Urls;
use crate::theme::Theme;

/// A table offered for download.
#[derive(Debug, Clone, Copy)]
pub(super) enum Table {
    Cohorts,
    Cities,
    Projects,
    Ambassadors,
    News,
    Sources,
    Pages,
    Provinces,
    Reported,
}

/// The tables, in the order the data page lists them.
pub(super) const TABLES: [Table; 9] = [
    Table::Cohorts,
    Table::Cities,
    Table::Projects,
    Table::Ambassadors,
    Table::News,
    Table::Sources,
    Table::Pages,
    Table::Provinces,
    Table::Reported,
];

impl Table {
    /// Its file name without the extension (`data/cohorts.csv`), and the
    /// end of its label's string key (`data.cohorts`).
    pub(super) fn name(self) -> &'static str {
        match self {
            Table::Cohorts => "cohorts",
            Table::Cities => "cities",
            Table::Projects => "projects",
            Table::Ambassadors => "ambassadors",
            Table::News => "news",
            Table::Sources => "sources",
            Table::Pages => "pages",
            Table::Provinces => "provinces",
            Table::Reported => "reported",
        }
    }

    /// Its columns, with their meanings: the fields of its row struct.
    pub(super) fn columns(self) -> Vec<Column> {
        match self {
            Table::Cohorts => CohortRow::columns(),
            Table::Cities => CityRow::columns(),
            Table::Projects => ProjectRow::columns(),
            Table::Ambassadors => AmbassadorRow::columns(),
            Table::News => NewsRow::columns(),
            Table::Sources => SourceRow::columns(),
            Table::Pages => PageRow::columns(),
            Table::Provinces => ProvinceRow::columns(),
            Table::Reported => ReportedRow::columns(),
        }
    }

    /// The column that names a row, where one does.
    pub(super) fn primary_key(self) -> Option<&'static str> {
        match self {
            Table::Provinces => Some("code"),
            Table::Reported => None,
            _ => Some("id"),
        }
    }

    /// Its columns that name a row of another table: the column, the
    /// table and that table's column.
    pub(super) fn foreign_keys(self) -> &'static [(&'static str, Table, &'static str)] {
        match self {
            Table::Projects => &[("cohort", Table::Cohorts, "id"), ("city", Table::Cities, "id")],
            Table::Ambassadors => &[
                ("cohort", Table::Cohorts, "id"),
                ("province", Table::Provinces, "code"),
            ],
            Table::Reported => &[("source", Table::Sources, "id")],
            _ => &[],
        }
    }

    /// Its rows as plain values, with its columns.
    fn values(self, site: &Site, stats: &Stats) -> Values {
        match self {
            Table::Cohorts => Values::of(site.cohorts.iter().map(|c| CohortRow::new(c, stats))),
            Table::Cities => Values::of(site.cities.iter().map(|c| CityRow::new(c, stats))),
            Table::Projects => Values::of(site.projects.iter().map(ProjectRow::new)),
            Table::Ambassadors => {
                Values::of(site.ambassadors.iter().filter_map(AmbassadorRow::new))
            }
            Table::News => Values::of(site.news.iter().map(NewsRow::new)),
            Table::Sources => Values::of(site.sources.iter().map(SourceRow::new)),
            Table::Pages => Values::of(site.pages.iter().map(PageRow::new)),
            Table::Provinces => Values::of(ProvinceId::all().map(|p| ProvinceRow::new(p, stats))),
            Table::Reported => Values::of(site.reported.iter().map(|r| ReportedRow::new(r, stats))),
        }
    }
}

/// Every data file: `data/summary.json`, a CSV and JSON per table, and
/// their catalogs, `data/datapackage.json` and `data/catalog.jsonld`.
pub fn data(site: &Site, stats: &Stats, theme: &Theme, urls: &Urls) -> Vec<OutFile> {
    let mut out = Vec::new();
    let mut summary = serde_json::to_vec_pretty(stats).unwrap_or_default();
    summary.push(b'\n');
    out.push(OutFile {
        path: "data/summary.json".into(),
        bytes: summary,
    });
    for table in TABLES {
        let name = table.name();
        let values = table.values(site, stats);
        out.push(OutFile {
            path: format!("data/{name}.csv"),
            bytes: values.csv(),
        });
        out.push(OutFile {
            path: format!("data/{name}.json"),
            bytes: values.json(),
        });
    }
    let about = About {
        site,
        stats,
        theme,
        urls,
        files: &out,
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
