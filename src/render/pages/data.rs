//! Render: the data page: every download with its size, each table's
//! columns with their meanings, units and types (from the row structs,
//! as the files and the Data Package have them), the links to the
//! open-data catalogs, and a schema.org `Dataset` for search engines.

use std::collections::BTreeMap;

use serde::Serialize;

use super::planner::*;
use crate::lang::Lang;
use crate::output::OutFile;
use crate::render::charts::Catalog;
use crate::render::data::{About, TABLES, schema_org_dataset};
use crate::render::urls::Route;

#[derive(Serialize)]
struct Download {
    href: String,
    name: String,
    size: String,
}

#[derive(Serialize)]
struct ColumnView {
    name: &'static str,
    title: String,
    meaning: String,
    unit: Option<String>,
    kind: String,
}

#[derive(Serialize)]
struct Row {
    name: &'static str,
    label: String,
    about: String,
    files: Vec<Download>,
    columns: Vec<ColumnView>,
}

#[derive(Serialize)]
struct Data {
    tables: Vec<Row>,
    /// Each chart's table in the page's language, titled by its caption.
    charts: Vec<Download>,
    catalogs: Vec<Download>,
    privacy: String,
    /// The schema.org `Dataset`, escaped for its `<script>` element.
    jsonld: String,
}

/// The data page.
pub fn data_page(
    planner: &Planner<'_>,
    files: &[OutFile],
    charts: &BTreeMap<Lang, Catalog>,
) -> Planned {
    let f = &planner.f;
    let size = |bytes: usize| {
        if bytes < 1024 {
            f.fill_n("data.bytes", bytes as u64, &[])
        } else {
            f.fill("data.kb", &[("n", &f.count(bytes.div_ceil(1024) as u64))])
        }
    };
    let download = |path: String, name: Option<String>| {
        let bytes = files
            .iter()
            .find(|x| x.path == path)
            .or_else(|| charts.get(&f.lang).and_then(|c| c.file(&path)))
            .map_or(0, |x| x.bytes.len());
        Download {
            href: f.urls.root(&path),
            name: name.unwrap_or_else(|| path.trim_start_matches("data/").to_string()),
            size: size(bytes),
        }
    };
    let th = f.lang == Lang::Th;
    let mut tables = vec![Row {
        name: "summary",
        label: f.t("data.summary"),
        about: f.t("data.about_summary"),
        files: vec![download("data/summary.json".into(), None)],
        columns: Vec::new(),
    }];
    for table in TABLES {
        let name = table.name();
        let columns = table
            .columns()
            .into_iter()
            .map(|c| {
                let pick = |(t, e): (String, String)| if th { t } else { e };
                let kind = if c.list { "list" } else { c.kind };
                ColumnView {
                    name: c.name,
                    title: pick(c.doc.title),
                    meaning: pick(c.doc.description),
                    unit: c.doc.unit.map(|u| f.t(&format!("data.unit_{}", u.key()))),
                    kind: f.t(&format!("data.type_{kind}")),
                }
            })
            .collect();
        tables.push(Row {
            name,
            label: f.t(&format!("data.{name}")),
            about: f.t(&format!("data.about_{name}")),
            files: vec![
                download(format!("data/{name}.csv"), None),
                download(format!("data/{name}.json"), None),
            ],
            columns,
        });
    }
    let catalogs = vec![
        download(
            "data/datapackage.json".into(),
            Some(f.t("data.datapackage")),
        ),
        download("data/catalog.jsonld".into(), Some(f.t("data.catalog"))),
    ];
    let chart_files = charts
        .get(&f.lang)
        .into_iter()
        .flat_map(|c| c.tables())
        .map(|t| download(t.path.clone(), Some(t.caption.clone())))
        .collect();
    let about = About {
        site: f.site,
        stats: f.stats,
        theme: f.theme,
        urls: f.urls,
        files,
        charts,
    };
    let data = Data {
        tables,
        charts: chart_files,
        catalogs,
        privacy: f.t("data.privacy"),
        jsonld: schema_org_dataset(&about, f.lang),
    };
    let mut page = planner.page(Route::Data, "data.html", f.plain(f.t("data.title")), data);
    page.description = Some(f.plain(f.t("data.intro")));
    page
}
