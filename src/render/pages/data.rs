//! Render: the data page, listing every download with its size.

use serde::Serialize;

use super::planner::*;
use crate::output::OutFile;
use crate::render::data::TABLES;
use crate::render::urls::Route;

/// The data page: every file, with its size.
pub fn data_page(planner: &Planner<'_>, files: &[OutFile]) -> Planned {
    #[derive(Serialize)]
    struct Download {
        href: String,
        name: String,
        size: String,
    }
    #[derive(Serialize)]
    struct Row {
        label: String,
        files: Vec<Download>,
    }
    #[derive(Serialize)]
    struct Data {
        tables: Vec<Row>,
        privacy: String,
    }
    let f = &planner.f;
    let size = |bytes: usize| {
        if bytes < 1024 {
            f.fill_n("data.bytes", bytes as u64, &[])
        } else {
            f.fill("data.kb", &[("n", &f.count(bytes.div_ceil(1024) as u64))])
        }
    };
    let download = |path: String| {
        let bytes = files
            .iter()
            .find(|x| x.path == path)
            .map_or(0, |x| x.bytes.len());
        Download {
            href: f.urls.root(&path),
            name: path.trim_start_matches("data/").to_string(),
            size: size(bytes),
        }
    };
    let mut tables = vec![Row {
        label: f.t("data.summary"),
        files: vec![download("data/summary.json".into())],
    }];
    for table in TABLES {
        let name = table.name();
        tables.push(Row {
            label: f.t(&format!("data.{name}")),
            files: vec![
                download(format!("data/{name}.csv")),
                download(format!("data/{name}.json")),
            ],
        });
    }
    let data = Data {
        tables,
        privacy: f.t("data.privacy"),
    };
    let mut page = planner.page(Route::Data, "data.html", f.plain(f.t("data.title")), data);
    page.description = Some(f.plain(f.t("data.intro")));
    page
}
