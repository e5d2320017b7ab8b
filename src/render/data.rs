//! Render: the data downloads, each table as CSV and JSON, and
//! `summary.json`.

use serde_json::{Map, Value};

use crate::aggregate::Stats;
use crate::escape::csv_bytes;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::output::OutFile;

/// The tables offered for download, in the order the data page lists them.
pub(super) const TABLES: [&str; 9] = [
    "cohorts",
    "cities",
    "projects",
    "ambassadors",
    "news",
    "sources",
    "pages",
    "provinces",
    "reported",
];

/// A table of plain values, written as CSV and as JSON.
pub(super) struct Table {
    pub(super) columns: Vec<&'static str>,
    pub(super) rows: Vec<Vec<Value>>,
}

impl Table {
    fn new(columns: &[&'static str]) -> Table {
        Table {
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    fn push(&mut self, row: Vec<Value>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
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
            self.rows.iter().map(|row| row.iter().map(cell).collect()),
        )
    }

    fn json(&self) -> Vec<u8> {
        let rows: Vec<Value> = self
            .rows
            .iter()
            .map(|row| {
                let map: Map<String, Value> = self
                    .columns
                    .iter()
                    .map(|c| c.to_string())
                    .zip(row.iter().cloned())
                    .collect();
                Value::Object(map)
            })
            .collect();
        let mut out = serde_json::to_vec_pretty(&rows).unwrap_or_default();
        out.push(b'\n');
        out
    }
}

pub(super) fn s(v: impl Into<String>) -> Value {
    Value::String(v.into())
}

pub(super) fn opt(v: Option<impl Into<String>>) -> Value {
    v.map_or(Value::Null, |v| Value::String(v.into()))
}

pub(super) fn n(v: u64) -> Value {
    Value::from(v)
}

/// A total of project values: empty where projects are counted and none
/// states a value (unknown, not 0).
pub(super) fn total(t: crate::aggregate::Total) -> Value {
    if t.projects > 0 && !t.known() {
        Value::Null
    } else {
        n(t.value)
    }
}

pub(super) fn list<T: ToString>(items: impl IntoIterator<Item = T>) -> Value {
    Value::Array(
        items
            .into_iter()
            .map(|i| Value::String(i.to_string()))
            .collect(),
    )
}

/// A date as the three columns `_year`, `_month` and `_day`: numbers (the
/// Common-Era year), empty where the date does not say. No day is made up
/// for a date known to the month, and each column holds one type, so a
/// spreadsheet reads `2021` and `2022-08-24` alike.
pub(super) fn date(d: Option<PartialDate>) -> [Value; 3] {
    match d {
        None => [Value::Null, Value::Null, Value::Null],
        Some(d) => [
            Value::from(d.year),
            d.month.map_or(Value::Null, Value::from),
            d.day.map_or(Value::Null, Value::from),
        ],
    }
}

pub(super) fn en(t: &Text) -> Value {
    opt(t.en.clone())
}

pub(super) fn provinces(ps: &[ProvinceId]) -> [Value; 3] {
    [
        list(ps.iter().map(|p| p.code())),
        list(ps.iter().map(|p| p.get().name_th.clone())),
        list(ps.iter().map(|p| p.get().name_en.clone())),
    ]
}

/// Every data file: `data/summary.json` and a CSV and JSON per table.
pub fn data(site: &Site, stats: &Stats) -> Vec<OutFile> {
    let mut out = Vec::new();
    let mut summary = serde_json::to_vec_pretty(stats).unwrap_or_default();
    summary.push(b'\n');
    out.push(OutFile {
        path: "data/summary.json".into(),
        bytes: summary,
    });
    for name in TABLES {
        let table = table(name, site, stats);
        out.push(OutFile {
            path: format!("data/{name}.csv"),
            bytes: table.csv(),
        });
        out.push(OutFile {
            path: format!("data/{name}.json"),
            bytes: table.json(),
        });
    }
    out
}

pub(super) fn table(name: &str, site: &Site, stats: &Stats) -> Table {
    let summary = |m: &Meta| {
        [
            opt(m.summary.as_ref().map(|t| t.th.clone())),
            opt(m.summary.as_ref().and_then(|t| t.en.clone())),
        ]
    };
    match name {
        "cohorts" => {
            let mut t = Table::new(&[
                "id",
                "number",
                "title_th",
                "title_en",
                "started_year",
                "started_month",
                "started_day",
                "ended_year",
                "ended_month",
                "ended_day",
                "planned_ambassadors",
                "partners",
                "projects",
                "project_value_thb",
                "projects_without_value",
                "ambassadors",
                "provinces_covered",
                "sources",
                "summary_th",
                "summary_en",
            ]);
            for c in &site.cohorts {
                let st = stats
                    .by_cohort
                    .get(c.meta.id.as_str())
                    .copied()
                    .unwrap_or_default();
                let [sum_th, sum_en] = summary(&c.meta);
                let [started_y, started_m, started_d] = date(Some(c.started));
                let [ended_y, ended_m, ended_d] = date(c.ended);
                t.push(vec![
                    s(c.meta.id.as_str()),
                    n(c.number),
                    s(&c.title.th),
                    en(&c.title),
                    started_y,
                    started_m,
                    started_d,
                    ended_y,
                    ended_m,
                    ended_d,
                    c.planned_ambassadors.map_or(Value::Null, n),
                    list(c.partners.iter().map(|p| p.th.clone())),
                    n(st.projects),
                    total(st.total()),
                    n(st.projects_without_value),
                    n(st.ambassadors),
                    n(st.provinces_covered),
                    list(&c.meta.sources),
                    sum_th,
                    sum_en,
                ]);
            }
            t
        }
        "cities" => {
            let mut t = Table::new(&[
                "id",
                "title_th",
                "title_en",
                "status",
                "pilot",
                "certified_on_year",
                "certified_on_month",
                "certified_on_day",
                "provinces",
                "provinces_th",
                "provinces_en",
                "domains",
                "projects",
                "project_value_thb",
                "projects_without_value",
                "sources",
                "summary_th",
                "summary_en",
            ]);
            for c in &site.cities {
                let m = stats
                    .by_city
                    .get(c.meta.id.as_str())
                    .copied()
                    .unwrap_or_default();
                let [codes, th, en_names] = provinces(&c.provinces);
                let [sum_th, sum_en] = summary(&c.meta);
                let [on_y, on_m, on_d] = date(c.certified_on);
                t.push(vec![
                    s(c.meta.id.as_str()),
                    s(&c.title.th),
                    en(&c.title),
                    s(c.status.key()),
                    Value::Bool(c.pilot),
                    on_y,
                    on_m,
                    on_d,
                    codes,
                    th,
                    en_names,
                    list(c.domains.iter().map(|d| d.key())),
                    n(m.projects),
                    total(m.total()),
                    n(m.projects_without_value),
                    list(&c.meta.sources),
                    sum_th,
                    sum_en,
                ]);
            }
            t
        }
        "projects" => {
            let mut t = Table::new(&[
                "id",
                "title_th",
                "title_en",
                "provinces",
                "provinces_th",
                "provinces_en",
                "domains",
                "value_thb",
                "status",
                "started_year",
                "started_month",
                "started_day",
                "fiscal_year_be",
                "cohort",
                "city",
                "ambassadors",
                "partners",
                "sources",
                "summary_th",
                "summary_en",
            ]);
            for p in &site.projects {
                let [codes, th, en_names] = provinces(&p.provinces);
                let [sum_th, sum_en] = summary(&p.meta);
                let [started_y, started_m, started_d] = date(p.started);
                t.push(vec![
                    s(p.meta.id.as_str()),
                    s(&p.title.th),
                    en(&p.title),
                    codes,
                    th,
                    en_names,
                    list(p.domains.iter().map(|d| d.key())),
                    p.value_thb.map_or(Value::Null, |v| n(v.0)),
                    opt(p.status.map(|s| s.key())),
                    started_y,
                    started_m,
                    started_d,
                    p.started
                        .and_then(|d| d.fiscal_year_be())
                        .map_or(Value::Null, Value::from),
                    opt(p.cohort.as_ref().map(|c| c.0.clone())),
                    opt(p.city.as_ref().map(|c| c.0.clone())),
                    n(p.ambassadors.len() as u64),
                    list(p.partners.iter().map(|x| x.th.clone())),
                    list(&p.meta.sources),
                    sum_th,
                    sum_en,
                ]);
            }
            t
        }
        "ambassadors" => {
            let mut t = Table::new(&[
                "id",
                "name",
                "name_en",
                "cohort",
                "province",
                "province_th",
                "province_en",
                "sources",
            ]);
            for a in site.ambassadors.iter().filter(|a| a.public) {
                let p = a.province.get();
                t.push(vec![
                    s(a.meta.id.as_str()),
                    s(&a.name.th),
                    s(a.name.get(Lang::En)),
                    s(a.cohort.as_str()),
                    s(a.province.code()),
                    s(&p.name_th),
                    s(&p.name_en),
                    list(&a.meta.sources),
                ]);
            }
            t
        }
        "news" => {
            let mut t = Table::new(&[
                "id",
                "date_year",
                "date_month",
                "date_day",
                "title_th",
                "title_en",
                "summary_th",
                "summary_en",
                "sources",
            ]);
            for x in &site.news {
                let [sum_th, sum_en] = summary(&x.meta);
                let [y, m, d] = date(Some(x.date));
                t.push(vec![
                    s(x.meta.id.as_str()),
                    y,
                    m,
                    d,
                    s(&x.title.th),
                    en(&x.title),
                    sum_th,
                    sum_en,
                    list(&x.meta.sources),
                ]);
            }
            t
        }
        "sources" => {
            let mut t = Table::new(&[
                "id",
                "publisher_th",
                "publisher_en",
                "title_th",
                "title_en",
                "date_year",
                "date_month",
                "date_day",
                "url",
            ]);
            for x in &site.sources {
                let [y, m, d] = date(Some(x.date));
                t.push(vec![
                    s(x.id.as_str()),
                    s(&x.publisher.th),
                    en(&x.publisher),
                    s(&x.title.th),
                    en(&x.title),
                    y,
                    m,
                    d,
                    opt(x.url.clone()),
                ]);
            }
            t
        }
        "pages" => {
            let mut t = Table::new(&[
                "id",
                "order",
                "title_th",
                "title_en",
                "summary_th",
                "summary_en",
            ]);
            for x in &site.pages {
                let [sum_th, sum_en] = summary(&x.meta);
                t.push(vec![
                    s(x.meta.id.as_str()),
                    n(x.order),
                    s(&x.title.th),
                    en(&x.title),
                    sum_th,
                    sum_en,
                ]);
            }
            t
        }
        "provinces" => {
            let mut t = Table::new(&[
                "code",
                "name_th",
                "name_en",
                "region",
                "region_4",
                "projects",
                "project_value_thb",
                "projects_without_value",
                "cities",
                "ambassadors",
            ]);
            for p in ProvinceId::all() {
                let info = p.get();
                let st = stats.by_province.get(p.code()).copied().unwrap_or_default();
                t.push(vec![
                    s(p.code()),
                    s(&info.name_th),
                    s(&info.name_en),
                    s(info.region6.key()),
                    s(info.region4.key()),
                    n(st.projects),
                    total(st.total()),
                    n(st.projects_without_value),
                    n(st.cities),
                    n(st.ambassadors),
                ]);
            }
            t
        }
        _ => {
            let mut t = Table::new(&[
                "scope",
                "metric",
                "kind",
                "value",
                "as_of_year",
                "as_of_month",
                "as_of_day",
                "source",
                "current",
                "computed",
                "verdict",
                "note_th",
                "note_en",
            ]);
            for r in &site.reported {
                let current = stats.reconciliation.iter().find(|c| {
                    c.scope == r.scope
                        && c.metric == r.metric
                        && c.source == r.source
                        && c.as_of == r.as_of
                        && c.reported == r.value
                });
                let verdict = current.map(|c| c.verdict.key());
                let [y, m, d] = date(r.as_of);
                t.push(vec![
                    s(r.scope.key()),
                    s(r.metric.key()),
                    s(r.kind.key()),
                    n(r.value),
                    y,
                    m,
                    d,
                    s(r.source.as_str()),
                    Value::Bool(current.is_some()),
                    current.and_then(|c| c.computed).map_or(Value::Null, n),
                    opt(verdict),
                    opt(r.note.as_ref().map(|t| t.th.clone())),
                    opt(r.note.as_ref().and_then(|t| t.en.clone())),
                ]);
            }
            t
        }
    }
}
