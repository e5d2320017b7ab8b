//! Render: `data/datapackage.json`, a Frictionless Tabular Data Package
//! that describes every CSV table ([`TABLES`]) with its Table Schema
//! (each column's type, format, meaning in Thai and English, unit, the
//! primary and foreign keys) and `summary.json`; with the licence, the
//! sources, the publisher and the date of the data. The columns are the
//! row structs' own ([`super::columns`]), so the package and the files
//! cannot disagree.

use serde_json::{Map, Value, json};

use super::about::{About, ChartTable};
use super::columns::{Column, Doc, Unit, doc};
use super::table::{TABLES, Table};
use crate::lang::Lang;
use crate::model::vocab::Vocabulary;

/// A field of a Table Schema.
fn field(c: &Column) -> Value {
    let mut f = Map::new();
    f.insert("name".into(), c.name.into());
    f.insert("type".into(), c.kind.into());
    f.insert("format".into(), c.doc.format.unwrap_or("default").into());
    f.insert("title".into(), c.doc.title.0.clone().into());
    f.insert("description".into(), c.doc.description.0.clone().into());
    f.insert("title_en".into(), c.doc.title.1.clone().into());
    f.insert("description_en".into(), c.doc.description.1.clone().into());
    if let Some(unit) = c.doc.unit {
        f.insert("unit".into(), unit.key().into());
    }
    if c.list {
        f.insert("separator".into(), "; ".into());
    }
    if c.kind == "boolean" {
        f.insert("trueValues".into(), json!(["true"]));
        f.insert("falseValues".into(), json!(["false"]));
    }
    let mut constraints = Map::new();
    if c.required {
        constraints.insert("required".into(), true.into());
    }
    if let Some((least, most)) = c.doc.range {
        constraints.insert("minimum".into(), least.into());
        constraints.insert("maximum".into(), most.into());
    }
    if let Some(values) = &c.doc.values {
        constraints.insert("enum".into(), json!(values));
    }
    if !constraints.is_empty() {
        f.insert("constraints".into(), constraints.into());
    }
    f.into()
}

/// A table's Table Schema: its fields, primary key and foreign keys.
fn schema(table: Table) -> Value {
    let mut s = Map::new();
    let fields: Vec<Value> = table.columns().iter().map(field).collect();
    s.insert("fields".into(), fields.into());
    s.insert("missingValues".into(), json!([""]));
    if let Some(key) = table.primary_key() {
        s.insert("primaryKey".into(), json!([key]));
    }
    let foreign: Vec<Value> = table
        .foreign_keys()
        .iter()
        .map(|(column, other, key)| {
            json!({ "fields": [column], "reference": { "resource": other.name(), "fields": [key] } })
        })
        .collect();
    if !foreign.is_empty() {
        s.insert("foreignKeys".into(), foreign.into());
    }
    s.into()
}

/// `history.csv`'s columns: `super::history_files` writes them in this
/// order, each row's cells in the same.
pub(super) fn history_columns() -> Vec<Column> {
    // The first three are never empty; `moved_by` is a list.
    let column = |name: &'static str, kind, doc: Doc| Column {
        name,
        kind,
        list: name == "moved_by",
        required: matches!(name, "date" | "commit" | "status"),
        doc,
    };
    vec![
        column(
            "date",
            "date",
            doc(
                "วันที่",
                "Date",
                "วันที่ของคอมมิต (วันที่ผู้คอมมิต ตามเขตเวลาที่คอมมิต)",
                "The commit's date (the committer's, in the time zone it was made in).",
            ),
        ),
        column(
            "commit",
            "string",
            doc(
                "คอมมิต",
                "Commit",
                "รหัสคอมมิตใน git ของเนื้อหา 12 หลักแรก",
                "The commit's id in the content's git repository, its first 12 digits.",
            ),
        ),
        column(
            "status",
            "string",
            doc(
                "สถานะ",
                "Status",
                "moved: คอมมิตนี้ทำให้ตัวเลขในแถวเปลี่ยน skipped: เนื้อหา ณ คอมมิตนี้ไม่ผ่าน mueang check จึงไม่ทราบตัวเลข",
                "moved: the commit moved the row's figure; skipped: the content at the commit fails mueang check, so its figures are not known.",
            )
            .values(["moved", "skipped"]),
        ),
        column(
            "scope",
            "string",
            doc(
                "ขอบเขต",
                "Scope",
                "site คือทั้งโครงการ cohort:รหัส คือรุ่นหนึ่ง (ดู cohorts.csv) city:รหัส คือพื้นที่หนึ่ง (ดู cities.csv)",
                "site for the whole programme, cohort:ID for one cohort (see cohorts.csv), city:ID for one area (see cities.csv).",
            ),
        ),
        column(
            "figure",
            "string",
            doc(
                "ตัวเลข",
                "Figure",
                "ชื่อตัวเลขตามที่ summary.json ใช้ เช่น projects หรือ status.certified",
                "The figure's key as summary.json names it, such as projects or status.certified.",
            ),
        ),
        column(
            "before",
            "integer",
            doc(
                "ก่อน",
                "Before",
                "ค่าก่อนคอมมิต (จำนวน หรือบาทสำหรับมูลค่า) ว่างไว้ถ้ายังไม่มี หรือไม่มีโครงการใดระบุมูลค่า",
                "The value before the commit (a count, or baht for a value); empty where there was none, or no project stated a value.",
            ),
        ),
        column(
            "after",
            "integer",
            doc(
                "หลัง",
                "After",
                "ค่าหลังคอมมิต ว่างไว้ถ้าไม่มีโครงการใดระบุมูลค่า",
                "The value after the commit; empty where no project states a value.",
            ),
        ),
        column(
            "moved_by",
            "string",
            doc(
                "เปลี่ยนเพราะ",
                "Moved by",
                "ระเบียนที่เพิ่ม ลบ หรือแก้ไขจนตัวเลขเปลี่ยน เช่น projects/rayong-ev คั่นด้วยเครื่องหมายอัฒภาค (;)",
                "The records added, removed or changed that moved the figure, such as projects/rayong-ev, separated by semicolons.",
            ),
        ),
        column(
            "errors",
            "integer",
            doc(
                "ข้อผิดพลาด",
                "Errors",
                "จำนวนข้อผิดพลาดของคอมมิตที่ข้าม",
                "How many errors a skipped commit's content has.",
            )
            .unit(Unit::Count),
        ),
    ]
}

/// `history.csv`, where the build read the figures' history.
fn history_resource(about: &About<'_>) -> Option<Value> {
    let bytes = about.size("data/history.csv");
    (bytes > 0).then(|| {
        let fields: Vec<Value> = history_columns().iter().map(field).collect();
        json!({
            "name": "history",
            "path": "history.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": bytes,
            "title": about.t(Lang::Th, "changes.heading"),
            "title_en": about.t(Lang::En, "changes.heading"),
            "description": about.t(Lang::Th, "changes.lede"),
            "description_en": about.t(Lang::En, "changes.lede"),
            "dialect": { "delimiter": ",", "header": true },
            "schema": { "fields": fields, "missingValues": [""] },
        })
    })
}

/// A chart's CSV as a resource, each column typed as its cells are
/// ([`crate::render::charts::Kind`]), titled in Thai and English.
fn chart_resource(about: &About<'_>, chart: &ChartTable<'_>) -> Value {
    let fields: Vec<Value> = chart
        .table
        .columns
        .iter()
        .zip(chart.th.columns.iter().zip(&chart.en.columns))
        .map(|(c, (th, en))| {
            let mut f = Map::new();
            f.insert("name".into(), c.name.clone().into());
            f.insert("type".into(), c.kind.schema_type().into());
            f.insert("format".into(), "default".into());
            f.insert("title".into(), th.name.clone().into());
            f.insert("title_en".into(), en.name.clone().into());
            let about_column = |lang, t: &crate::render::charts::CsvTable, col: &str| {
                about
                    .t(lang, "data.chart_column")
                    .replace("{col}", col)
                    .replace("{chart}", &t.caption)
            };
            f.insert(
                "description".into(),
                about_column(Lang::Th, chart.th, &th.name).into(),
            );
            f.insert(
                "description_en".into(),
                about_column(Lang::En, chart.en, &en.name).into(),
            );
            if let Some(unit) = c.kind.unit() {
                f.insert("unit".into(), unit.into());
            }
            if let Some((least, most)) = c.kind.range() {
                let mut range = Map::new();
                range.insert("minimum".into(), least.into());
                if most < i64::MAX {
                    range.insert("maximum".into(), most.into());
                }
                f.insert("constraints".into(), range.into());
            }
            f.into()
        })
        .collect();
    json!({
        "name": chart.id(),
        "path": chart.file(),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": about.size(&chart.table.path),
        "title": chart.th.caption,
        "title_en": chart.en.caption,
        "description": chart.th.desc,
        "description_en": chart.en.desc,
        "language": chart.lang.code(),
        "dialect": { "delimiter": ",", "header": true },
        "schema": { "fields": fields, "missingValues": [""] },
    })
}

/// The package, as pretty JSON with a final line end.
pub(super) fn datapackage(about: &About<'_>) -> Vec<u8> {
    let site = about.site;
    let data = &site.config.data;
    let mut resources = vec![json!({
        "name": "summary",
        "path": "summary.json",
        "profile": "data-resource",
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "bytes": about.size("data/summary.json"),
        "title": about.t(Lang::Th, "data.summary"),
        "title_en": about.t(Lang::En, "data.summary"),
    })];
    for table in TABLES {
        let name = table.name();
        let (title, title_en) = about.both(&format!("data.{name}"));
        let (description, description_en) = about.both(&format!("data.about_{name}"));
        resources.push(json!({
            "name": name,
            "path": format!("{name}.csv"),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": about.size(&format!("data/{name}.csv")),
            "title": title,
            "title_en": title_en,
            "description": description,
            "description_en": description_en,
            "dialect": { "delimiter": ",", "header": true },
            "schema": schema(table),
        }));
    }
    resources.extend(history_resource(about));
    resources.extend(
        about
            .chart_tables()
            .iter()
            .map(|c| chart_resource(about, c)),
    );
    let mut contributor = Map::new();
    contributor.insert("title".into(), data.publisher.th.clone().into());
    contributor.insert("role".into(), "publisher".into());
    match data.contact.as_deref() {
        Some(mail) if mail.starts_with("mailto:") => {
            contributor.insert("email".into(), mail["mailto:".len()..].into());
        }
        Some(web) => {
            contributor.insert("path".into(), web.into());
        }
        None => {}
    }
    let sources: Vec<Value> = site
        .sources
        .iter()
        .map(|s| {
            let mut v = Map::new();
            v.insert("title".into(), s.title.th.clone().into());
            if let Some(url) = &s.url {
                v.insert("path".into(), url.clone().into());
            }
            v.into()
        })
        .collect();
    let mut package = Map::new();
    package.insert("profile".into(), "data-package".into());
    package.insert("name".into(), about.package_name().into());
    package.insert("title".into(), site.config.title.th.clone().into());
    package.insert("title_en".into(), site.config.title.get(Lang::En).into());
    if let Some(d) = &site.config.description {
        package.insert("description".into(), d.th.clone().into());
        package.insert("description_en".into(), d.get(Lang::En).into());
    }
    package.insert("homepage".into(), about.full("").into());
    // The date of the data: the build's, as precise as it is known
    // (`2022` where the latest date in the content is a year);
    // `created`, which the Data Package holds to a moment, only where it
    // is known to the day, so that no day is made up.
    if let Some(date) = &site.build_date {
        if date.day.is_some() {
            package.insert("created".into(), crate::render::feeds::rfc3339(date).into());
        }
        package.insert("last_updated".into(), date.iso().into());
    }
    package.insert(
        "keywords".into(),
        json!(
            about
                .keywords()
                .into_iter()
                .map(|(_, k)| k)
                .collect::<Vec<_>>()
        ),
    );
    package.insert(
        "licenses".into(),
        json!([{
            "name": data.licence.key(),
            "path": data.licence.url(),
            "title": data.licence.title(),
        }]),
    );
    package.insert("contributors".into(), json!([contributor]));
    package.insert("sources".into(), sources.into());
    package.insert("data_go_th".into(), about.ckan());
    package.insert("resources".into(), resources.into());
    let mut out = serde_json::to_vec_pretty(&Value::Object(package)).unwrap_or_default();
    out.push(b'\n');
    out
}
