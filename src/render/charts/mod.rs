//! Render: charts, drawn at build time as SVG in the page's language from
//! `Stats` alone, so that every bar is a figure of `summary.json`. Each
//! chart is a figure with a caption, an SVG image with a `<title>` and a
//! `<desc>` that states its main finding, the same data as a table, and
//! the table as a CSV file. A chart with nothing to show says so in words.
//!
//! The charts of the site are drawn once per language into a [`Catalog`];
//! pages and the `chart()` shortcode take them from there.

pub mod bars;
pub mod draw;
pub mod map;
pub mod timeline;
pub mod width;

use std::collections::BTreeMap;

use plotters::style::RGBColor;
use serde::Serialize;

use crate::aggregate::{ProvinceStats, Total, UNSTATED};
use crate::model::date::BE_OFFSET;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::output::OutFile;
use crate::render::urls::{Route, province_slug};
use crate::render::view::{Fmt, sort_key};

use self::bars::{Bar, Bars, Row};
use self::draw::{DrawError, INK, MUTED, PAPER, Role, SERIES};
use self::map::{Paint, Tile, TileMap};
use self::timeline::Timeline;

/// The charts of the whole site, by name, for the `chart()` shortcode.
pub const NAMES: [&str; 9] = [
    "certified-over-time",
    "projects-by-domain",
    "province-map",
    "cohorts-ambassadors",
    "cohorts-provinces",
    "projects-by-province",
    "projects-by-status",
    "projects-by-fiscal-year",
    "reported-vs-records",
];

/// The charts of one province, named with `province="…"`.
pub const PROVINCE_NAMES: [&str; 2] = ["province-locator", "province-domains"];

/// The charts that are tile maps: groups of links rather than images.
const MAPS: [&str; 2] = ["province-map", "province-locator"];

/// A table shown after this many rows is folded into a `<details>`.
const SHORT_TABLE: usize = 8;

/// A chart ready for its page, in one language.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Its element id on the page: `chart-projects-by-domain`.
    pub id: String,
    pub name: &'static str,
    /// Names the measure, the place and the time.
    pub caption: String,
    /// The main finding in words.
    pub desc: String,
    /// The inline `<svg>`; `None` when there is nothing to draw.
    pub svg: Option<String>,
    /// Why there is no chart, in words.
    pub empty: Option<String>,
    pub table: Table,
    /// The table is long, so folded.
    pub long: bool,
    pub csv: Option<Download>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    /// Which columns hold numbers, to align their headings.
    pub num: Vec<bool>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub text: String,
    /// A number, right-aligned.
    pub num: bool,
    pub href: Option<String>,
    /// What the CSV file holds of it.
    #[serde(skip)]
    raw: Raw,
}

/// A cell in the CSV file: one column of plain values, or, for a date or
/// a fiscal year, numbers a spreadsheet reads as such (one type to a
/// column) followed by the text the page shows.
#[derive(Debug, Clone, PartialEq)]
enum Raw {
    /// Digits for numbers, no formatting.
    One(String),
    /// The year (Common Era), month and day, each empty where the date
    /// does not say; then the date as the page writes it.
    Date(Option<PartialDate>),
    /// The fiscal year's Buddhist-era number, empty where there is none;
    /// then the text.
    FiscalYear(Option<i32>),
}

impl Raw {
    /// The CSV headings of a column headed `head` whose cells are like
    /// this one.
    fn headings(&self, f: &Fmt<'_>, head: &str) -> Vec<String> {
        let sub = |key: &str| f.fill(key, &[("col", head)]);
        match self {
            Raw::One(_) => vec![head.to_string()],
            Raw::Date(_) => vec![
                sub("chart.csv.year"),
                sub("chart.csv.month"),
                sub("chart.csv.day"),
                head.to_string(),
            ],
            Raw::FiscalYear(_) => vec![sub("chart.csv.fiscal_year"), head.to_string()],
        }
    }

    /// The CSV values of a cell showing `text`.
    fn values(&self, text: &str) -> Vec<String> {
        let number = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
        match self {
            Raw::One(raw) => vec![raw.clone()],
            Raw::Date(d) => vec![
                d.map(|d| d.year.to_string()).unwrap_or_default(),
                number(d.and_then(|d| d.month)),
                number(d.and_then(|d| d.day)),
                text.to_string(),
            ],
            Raw::FiscalYear(fy) => vec![
                fy.map(|fy| fy.to_string()).unwrap_or_default(),
                text.to_string(),
            ],
        }
    }

    /// Whether two cells make the same CSV columns.
    fn same_shape(&self, other: &Raw) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

impl Table {
    /// A table whose heading is the strings `head`.
    fn new(f: &Fmt<'_>, head: &[&str], rows: Vec<Vec<Cell>>) -> Table {
        let num = (0..head.len())
            .map(|i| rows.iter().any(|r| r.get(i).is_some_and(|c| c.num)))
            .collect();
        Table {
            head: head.iter().map(|k| f.t(k)).collect(),
            rows,
            num,
        }
    }
}

impl Cell {
    fn label(s: impl Into<String>, href: Option<String>) -> Cell {
        Cell {
            href,
            ..Cell::text(s)
        }
    }

    fn text(s: impl Into<String>) -> Cell {
        let text = s.into();
        Cell {
            raw: Raw::One(text.clone()),
            text,
            num: false,
            href: None,
        }
    }

    /// A date as the page writes it (`24 สิงหาคม 2565`); in the CSV, its
    /// year, month and day, then that text. Empty where there is none.
    fn date(f: &Fmt<'_>, d: Option<&PartialDate>) -> Cell {
        Cell {
            text: d.map(|d| f.date(d)).unwrap_or_default(),
            num: false,
            href: None,
            raw: Raw::Date(d.copied()),
        }
    }

    /// A row's label that names a fiscal year (`fy`, Buddhist-era), or
    /// says there is none; in the CSV, the year's number, then the label.
    fn fiscal_year(label: String, fy: Option<i32>) -> Cell {
        Cell {
            text: label,
            num: false,
            href: None,
            raw: Raw::FiscalYear(fy),
        }
    }

    fn link(s: impl Into<String>, href: String) -> Cell {
        Cell::label(s, Some(href))
    }

    fn count(f: &Fmt<'_>, n: u64) -> Cell {
        Cell {
            text: f.count(n),
            num: true,
            href: None,
            raw: Raw::One(n.to_string()),
        }
    }

    /// Money; none recorded shows as a dash rather than as 0 baht, which
    /// a project whose value is not known would misstate.
    fn money(f: &Fmt<'_>, baht: u64) -> Cell {
        Cell {
            text: if baht == 0 {
                "–".into()
            } else {
                f.money(baht)
            },
            num: true,
            href: None,
            raw: Raw::One(baht.to_string()),
        }
    }

    fn empty() -> Cell {
        Cell::text("")
    }

    /// A total of project values ([`Fmt::total`]); in the CSV the value,
    /// or nothing where no project states one (unknown is not 0).
    fn total(f: &Fmt<'_>, t: Total) -> Cell {
        Cell {
            text: if t.projects == 0 {
                "–".into()
            } else {
                f.total(t)
            },
            num: true,
            href: None,
            // Nothing is a sum of 0; projects that state no value are not.
            raw: Raw::One(if t.projects == 0 || t.known() {
                t.value.to_string()
            } else {
                String::new()
            }),
        }
    }

    /// A number as written (`66.7`), the same in the table and the CSV.
    fn decimal(s: String) -> Cell {
        Cell {
            raw: Raw::One(s.clone()),
            text: s,
            num: true,
            href: None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Download {
    pub href: String,
    /// `Download the data (CSV, 2 KB)`
    pub label: String,
}

/// Every chart of one language, by key: the name for the site's charts,
/// `province-domains-rayong` for a province's.
pub struct Catalog {
    charts: BTreeMap<String, Chart>,
    /// The charts' CSV files by path; charts that share a table share one.
    files: BTreeMap<String, OutFile>,
}

impl Catalog {
    pub fn build(f: &Fmt<'_>) -> Result<Catalog, DrawError> {
        let mut drafts = Vec::new();
        let tiles = base_tiles(f);
        let site = [
            certified_over_time(f)?,
            projects_by_domain(f)?,
            province_map(f, &tiles),
            cohorts(f, Metric::Ambassadors)?,
            cohorts(f, Metric::Provinces)?,
            projects_by_province(f)?,
            projects_by_status(f)?,
            projects_by_fiscal_year(f)?,
            reported_vs_records(f)?,
        ];
        drafts.extend(site);
        for p in ProvinceId::all() {
            drafts.push(province_locator(f, p, &tiles));
            drafts.push(province_domains(f, p)?);
        }
        let mut files = BTreeMap::new();
        let charts = drafts
            .into_iter()
            .map(|d| (d.key.clone(), d.finish(f, &mut files)))
            .collect();
        Ok(Catalog { charts, files })
    }

    /// A chart of the site by name.
    pub fn get(&self, name: &str) -> Option<&Chart> {
        self.charts.get(name)
    }

    /// A chart of a province by name.
    pub fn of_province(&self, name: &str, p: ProvinceId) -> Option<&Chart> {
        self.charts.get(&format!("{name}-{}", province_slug(p)))
    }

    /// The CSV files of every chart, once each.
    pub fn files(&self) -> impl Iterator<Item = &OutFile> {
        self.files.values()
    }
}

/// What a chart builder gives: the parts that differ from chart to chart,
/// made a [`Chart`] by `finish`.
struct Draft {
    name: &'static str,
    /// The chart's key in the catalog, the tail of its element id, and its
    /// CSV's file name.
    key: String,
    /// A CSV file name other than `key`, for a table that charts share.
    csv_key: Option<String>,
    caption: String,
    desc: String,
    table: Table,
    svg: Option<String>,
    /// Said instead of drawing, when `svg` is `None`.
    empty: String,
}

impl Draft {
    /// The chart, with its CSV file in `files` unless a chart that shares
    /// its table put it there first.
    fn finish(self, f: &Fmt<'_>, files: &mut BTreeMap<String, OutFile>) -> Chart {
        let id = format!("chart-{}", self.key);
        let role = if MAPS.contains(&self.name) {
            Role::Links
        } else {
            Role::Image
        };
        let svg = self
            .svg
            .map(|s| draw::finish(&s, &id, &self.caption, &self.desc, role));
        let csv = svg.as_ref().map(|_| {
            let name = self.csv_key.as_deref().unwrap_or(&self.key);
            let path = format!("data/charts/{}/{name}.csv", f.lang.code());
            let file = files.entry(path.clone()).or_insert_with(|| OutFile {
                bytes: csv(f, &self.table),
                path: path.clone(),
            });
            let kb = file.bytes.len().div_ceil(1024).to_string();
            Download {
                href: f.urls.root(&path),
                label: f.fill("chart.download", &[("size", &kb)]),
            }
        });
        Chart {
            long: self.table.rows.len() > SHORT_TABLE,
            empty: svg.is_none().then_some(self.empty),
            id,
            name: self.name,
            caption: self.caption,
            desc: self.desc,
            svg,
            table: self.table,
            csv,
        }
    }
}

/// The table as CSV: UTF-8 with a BOM and CRLF, as the other data files.
/// A column of dates is four columns (year, month, day, then the text as
/// shown) and a column of fiscal years two, as the first row's cells are.
fn csv(f: &Fmt<'_>, table: &Table) -> Vec<u8> {
    let shapes: Vec<&Raw> = table
        .rows
        .first()
        .map(|r| r.iter().map(|c| &c.raw).collect())
        .unwrap_or_default();
    let head: Vec<String> = table
        .head
        .iter()
        .enumerate()
        .flat_map(|(i, h)| match shapes.get(i) {
            Some(raw) => raw.headings(f, h),
            None => vec![h.clone()],
        })
        .collect();
    debug_assert!(
        table
            .rows
            .iter()
            .all(|r| r.len() == shapes.len()
                && r.iter().zip(&shapes).all(|(c, s)| c.raw.same_shape(s))),
        "every cell of a column makes the same CSV columns"
    );
    crate::escape::csv_bytes(
        &head,
        table
            .rows
            .iter()
            .map(|r| r.iter().flat_map(|c| c.raw.values(&c.text)).collect()),
    )
}

/// The names that share the largest value, for a sentence: listed where
/// there are up to three (`A and B`), else counted (`4 domains`); and
/// whether they are tied, to pick the sentence that says so.
fn leaders<T>(
    f: &Fmt<'_>,
    items: &[T],
    value: impl Fn(&T) -> u64,
    name: impl Fn(&T) -> String,
    what: &str,
) -> Option<(String, u64, bool)> {
    let top = items.iter().map(&value).max().filter(|v| *v > 0)?;
    let names: Vec<String> = items.iter().filter(|i| value(i) == top).map(name).collect();
    let tied = names.len() > 1;
    let text = if names.len() > 3 {
        f.fill(
            "chart.tied",
            &[
                ("n", &f.count(names.len() as u64)),
                ("what", &f.t(&format!("chart.tied_what.{what}"))),
            ],
        )
    } else {
        f.list(&names)
    };
    Some((text, top, tied))
}

/// `key`, or `key_tie` where the leaders are tied.
fn tie_key(key: &str, tied: bool) -> String {
    if tied {
        format!("{key}_tie")
    } else {
        key.to_string()
    }
}

/// A year as the page's language counts it: 2565 in Thai, 2022 in English.
fn year(f: &Fmt<'_>, ce: i32) -> String {
    match f.lang {
        Lang::Th => (ce + BE_OFFSET).to_string(),
        Lang::En => ce.to_string(),
    }
}

/// A date as a year and its fraction, at the middle of the period it names.
fn year_fraction(d: &PartialDate) -> f64 {
    let y = f64::from(d.year);
    match (d.month, d.day) {
        (Some(m), Some(day)) => y + (f64::from(m) - 1.0 + (f64::from(day) - 0.5) / 31.0) / 12.0,
        (Some(m), None) => y + (f64::from(m) - 0.5) / 12.0,
        _ => y + 0.5,
    }
}

fn certified_over_time(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let steps = &f.stats.certified_over_time;
    let mut reports: Vec<&crate::aggregate::Report> = Vec::new();
    let mut latest = None;
    for r in &f.stats.reconciliation {
        if r.scope == Scope::Site && r.metric == Metric::Cities {
            latest = Some(r);
            reports.extend(
                r.history
                    .iter()
                    .chain(&r.disagreeing)
                    .chain(&r.corroborating),
            );
        }
    }
    let latest_report = latest.map(|r| (r.reported, r.as_of, &r.source));
    // Every dated report of the total: when, how many, whose.
    let mut reported: Vec<(PartialDate, u64, &Id)> = Vec::new();
    if let Some((value, Some(date), source)) = latest_report {
        reported.push((date, value, source));
    }
    reported.extend(
        reports
            .iter()
            .filter_map(|r| Some((r.as_of?, r.value, &r.source))),
    );
    let years = || {
        steps
            .iter()
            .map(|s| s.date.year)
            .chain(reported.iter().map(|(d, ..)| d.year))
    };
    let (first, last) = (years().min(), years().max());
    // The table: by date, the records' step before a report of that date.
    let mut rows: Vec<((PartialDate, bool), Vec<Cell>)> = steps
        .iter()
        .map(|s| {
            (
                (s.date, false),
                vec![
                    Cell::date(f, Some(&s.date)),
                    Cell::text(f.t("chart.in_records")),
                    Cell::count(f, s.added),
                    Cell::count(f, s.total),
                ],
            )
        })
        .collect();
    for (date, value, source) in &reported {
        let by = f
            .source(source)
            .map_or_else(|| source.to_string(), |s| s.publisher.text);
        rows.push((
            (*date, true),
            vec![
                Cell::date(f, Some(date)),
                Cell::text(f.fill("chart.reported_by", &[("source", &by)])),
                Cell::empty(),
                Cell::count(f, *value),
            ],
        ));
    }
    rows.sort_by_key(|(key, _)| *key);
    let mut rows: Vec<Vec<Cell>> = rows.into_iter().map(|(_, r)| r).collect();
    // Certified areas without a date are not on the chart's time line, but
    // they are in the records, so the table and its CSV end with them: the
    // last total is every certified area, as the headline counts them.
    if f.stats.certified_undated > 0 {
        let dated = steps.last().map_or(0, |s| s.total);
        rows.push(vec![
            Cell {
                text: f.t("chart.no_date"),
                ..Cell::date(f, None)
            },
            Cell::text(f.t("chart.in_records_undated")),
            Cell::count(f, f.stats.certified_undated),
            Cell::count(f, dated + f.stats.certified_undated),
        ]);
    }
    let table = Table::new(
        f,
        &[
            "chart.col.date",
            "chart.col.what",
            "chart.col.added",
            "chart.col.total",
        ],
        rows,
    );
    let (Some(first), Some(last)) = (first, last) else {
        return Ok(Draft {
            name: "certified-over-time",
            key: "certified-over-time".into(),
            csv_key: None,
            caption: f.t("chart.certified.caption_undated"),
            desc: String::new(),
            table,
            svg: None,
            empty: f.t("chart.certified.empty"),
        });
    };
    let mut desc = Vec::new();
    if let Some(s) = steps.last() {
        desc.push(f.fill_n(
            "chart.certified.desc_records",
            s.total,
            &[("date", &f.date(&s.date))],
        ));
    }
    if f.stats.certified_undated > 0 {
        desc.push(f.fill_n(
            "chart.certified.desc_undated",
            f.stats.certified_undated,
            &[],
        ));
    }
    if let Some((value, as_of, _)) = latest_report {
        desc.push(match as_of {
            Some(d) => f.fill(
                "chart.certified.desc_report",
                &[("n", &f.count(value)), ("date", &f.date(&d))],
            ),
            None => f.fill(
                "chart.certified.desc_report_undated",
                &[("n", &f.count(value))],
            ),
        });
    }
    let timeline = Timeline {
        years: (first..=last).map(|y| (y, year(f, y))).collect(),
        steps: steps
            .iter()
            .map(|s| (year_fraction(&s.date), s.total))
            .collect(),
        reports: reported
            .iter()
            .map(|(d, v, _)| (year_fraction(d), *v))
            .collect(),
        legend: vec![
            (f.t("chart.legend.records_cumulative"), SERIES[0]),
            (f.t("chart.legend.reported"), SERIES[1]),
        ],
    };
    Ok(Draft {
        name: "certified-over-time",
        key: "certified-over-time".into(),
        csv_key: None,
        caption: f.fill(
            "chart.certified.caption",
            &[("from", &year(f, first)), ("to", &year(f, last))],
        ),
        desc: desc.join(" "),
        table,
        svg: timeline::draw(&timeline)?,
        empty: f.t("chart.certified.empty"),
    })
}

/// `3 projects · THB 120 million`; `4 projects · THB 120 million from 3`
/// where some state no value; `2 projects` where none does.
fn projects_and_value(f: &Fmt<'_>, t: Total) -> String {
    if !t.known() {
        f.fill_n("chart.projects_n", t.projects, &[])
    } else if t.without_value > 0 {
        let valued = f.count(t.projects - t.without_value);
        f.fill_n(
            "chart.projects_value_partly",
            t.projects,
            &[("value", &f.money(t.value)), ("valued", &valued)],
        )
    } else {
        f.fill_n(
            "chart.projects_value",
            t.projects,
            &[("value", &f.money(t.value))],
        )
    }
}

fn projects_by_domain(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let mut rows: Vec<(Domain, crate::aggregate::Money)> = Domain::ALL
        .iter()
        .map(|d| {
            (
                *d,
                f.stats.by_domain.get(d.key()).copied().unwrap_or_default(),
            )
        })
        .collect();
    // Most projects first; the domains' own order breaks ties.
    rows.sort_by_key(|(_, m)| {
        (
            std::cmp::Reverse(m.projects),
            std::cmp::Reverse(m.project_value_thb),
        )
    });
    let labelled: Vec<ProjectRow> = rows
        .iter()
        .map(|(d, m)| {
            let l = f.domain(*d);
            (l.text.text, Some(l.href), *m)
        })
        .collect();
    let (bars, table) = project_rows(f, "chart.col.domain", &labelled);
    let desc = leaders(
        f,
        &rows,
        |(_, m)| m.projects,
        |(d, _)| f.domain(*d).text.text,
        "domains",
    )
    .map(|(names, n, tied)| {
        f.fill(
            &tie_key("chart.domain.desc", tied),
            &[
                ("domain", &names),
                ("n", &f.count(n)),
                ("total", &f.count(f.stats.totals.projects)),
            ],
        )
    })
    .unwrap_or_default();
    Ok(Draft {
        name: "projects-by-domain",
        key: "projects-by-domain".into(),
        csv_key: None,
        caption: f.t("chart.domain.caption"),
        desc,
        table,
        svg: bars::draw(&bars)?,
        empty: f.t("chart.no_projects"),
    })
}

fn short(f: &Fmt<'_>, p: ProvinceId) -> String {
    match f.lang {
        Lang::Th => p.get().short_th.clone(),
        Lang::En => p.get().short_en.clone(),
    }
}

/// The map's classes of the number of records: none, 1, 2–4, 5–9, 10+.
const CLASSES: [(u64, RGBColor, RGBColor); 4] = [
    (1, RGBColor(0xc6, 0xdb, 0xef), INK),
    (2, RGBColor(0x6b, 0xae, 0xd6), INK),
    (5, RGBColor(0x21, 0x71, 0xb5), PAPER),
    (10, RGBColor(0x08, 0x30, 0x6b), PAPER),
];

const NONE_PAINT: Paint = Paint {
    fill: PAPER,
    stroke: Some(MUTED),
    ink: MUTED,
};

/// A class's paint. Light fills get an outline of 3:1 or more against
/// the page, so that every tile with records stands out by its edge too.
fn class_paint(n: u64) -> Paint {
    CLASSES
        .iter()
        .rev()
        .find(|(from, ..)| n >= *from)
        .map_or(NONE_PAINT, |(_, fill, ink)| Paint {
            fill: *fill,
            stroke: (*ink == INK).then_some(TILE_EDGE),
            ink: *ink,
        })
}

/// The outline of light tiles: 4.9:1 against white.
const TILE_EDGE: RGBColor = RGBColor(0x21, 0x71, 0xb5);

/// `Rayong: 3 records (1 area, 2 projects, 0 ambassadors)`
fn tile_title(f: &Fmt<'_>, p: ProvinceId, s: &ProvinceStats) -> String {
    f.fill(
        "chart.map.tile",
        &[
            ("province", &f.province_name(p)),
            ("n", &f.count(s.records())),
            ("cities", &f.count(s.cities)),
            ("projects", &f.count(s.projects)),
            ("ambassadors", &f.count(s.ambassadors)),
        ],
    )
}

/// Provinces with their records, each linking to its page; with its
/// region where the provinces are of more than one.
fn province_table(f: &Fmt<'_>, provinces: &[ProvinceId], with_region: bool) -> Table {
    let mut head = vec!["chart.col.province"];
    if with_region {
        head.push("chart.col.region");
    }
    head.extend([
        "chart.col.records",
        "chart.col.cities",
        "chart.col.projects",
        "chart.col.ambassadors",
    ]);
    let rows = provinces
        .iter()
        .map(|p| {
            let s = f.stats.province(*p);
            let mut row = vec![Cell::link(
                f.province_name(*p),
                f.href(&Route::Province(*p)),
            )];
            if with_region {
                row.push(Cell::text(
                    f.t(&format!("region.{}", p.get().region6.key())),
                ));
            }
            row.extend([
                Cell::count(f, s.records()),
                Cell::count(f, s.cities),
                Cell::count(f, s.projects),
                Cell::count(f, s.ambassadors),
            ]);
            row
        })
        .collect();
    Table::new(f, &head, rows)
}

fn province_map(f: &Fmt<'_>, base: &[Tile]) -> Draft {
    let tiles = ProvinceId::all()
        .zip(base)
        .map(|(p, tile)| {
            let n = f.stats.province(p).records();
            Tile {
                value: (n > 0).then(|| f.count(n)),
                paint: class_paint(n),
                ..tile.clone()
            }
        })
        .collect();
    let legend = [
        ("chart.map.none", 0),
        ("chart.map.one", 1),
        ("chart.map.few", 2),
        ("chart.map.several", 5),
        ("chart.map.many", 10),
    ]
    .map(|(k, n)| (f.t(k), class_paint(n)))
    .to_vec();
    let mut order: Vec<ProvinceId> = ProvinceId::all().collect();
    order.sort_by_key(|p| {
        (
            std::cmp::Reverse(f.stats.province(*p).records()),
            sort_key(&f.province_name(*p)),
        )
    });
    let table = province_table(f, &order, true);
    let covered = f.stats.totals.provinces_covered;
    let top = leaders(
        f,
        &order,
        |p| f.stats.province(*p).records(),
        |p| f.province_name(*p),
        "provinces",
    );
    let desc = top
        .as_ref()
        .map(|(names, n, tied)| {
            f.fill(
                &tie_key("chart.map.desc", *tied),
                &[
                    ("covered", &f.count(covered)),
                    ("total", &f.count(f.stats.provinces_total as u64)),
                    ("province", names),
                    ("n", &f.count(*n)),
                ],
            )
        })
        .unwrap_or_default();
    let caption = f.fill(
        "chart.map.caption",
        &[("total", &f.count(f.stats.provinces_total as u64))],
    );

    let map = TileMap {
        tiles,
        legend,
        focusable: true,
    };
    Draft {
        name: "province-map",
        key: "province-map".into(),
        csv_key: None,
        svg: top.is_some().then(|| map::draw(&map)),
        caption,
        desc,
        table,
        empty: f.t("chart.map.empty"),
    }
}

/// A tile per province, unpainted: where it goes, its link, its short name
/// and its title. The same for every map of a language, so made once.
fn base_tiles(f: &Fmt<'_>) -> Vec<Tile> {
    ProvinceId::all()
        .map(|p| Tile {
            col: p.get().grid_col,
            row: p.get().grid_row,
            href: f.href(&Route::Province(p)),
            short: short(f, p),
            value: None,
            title: tile_title(f, p, &f.stats.province(p)),
            paint: NONE_PAINT,
            bold: false,
        })
        .collect()
}

fn province_locator(f: &Fmt<'_>, here: ProvinceId, base: &[Tile]) -> Draft {
    let region = here.get().region6;
    // White on Okabe–Ito blue: 5.1:1, enough for its small bold name.
    let this = Paint {
        fill: SERIES[0],
        stroke: None,
        ink: PAPER,
    };
    let same = Paint {
        fill: RGBColor(0xde, 0xeb, 0xf7),
        stroke: Some(TILE_EDGE),
        ink: INK,
    };
    let other = Paint {
        fill: RGBColor(0xf3, 0xf5, 0xf7),
        stroke: None,
        ink: MUTED,
    };
    let tiles = ProvinceId::all()
        .zip(base)
        .map(|(p, tile)| Tile {
            paint: if p == here {
                this
            } else if p.get().region6 == region {
                same
            } else {
                other
            },
            bold: p == here,
            ..tile.clone()
        })
        .collect();
    let region_name = f.t(&format!("region.{}", region.key()));
    let legend = vec![
        (f.province_name(here), this),
        (
            f.fill("chart.locator.same", &[("region", &region_name)]),
            same,
        ),
        (f.t("chart.locator.other"), other),
    ];
    let mut in_region: Vec<ProvinceId> = ProvinceId::all()
        .filter(|p| p.get().region6 == region)
        .collect();
    in_region.sort_by_cached_key(|p| sort_key(&f.province_name(*p)));
    let table = province_table(f, &in_region, false);
    let covered = in_region
        .iter()
        .filter(|p| f.stats.province(**p).records() > 0)
        .count();
    let desc = f.fill(
        "chart.locator.desc",
        &[
            ("province", &f.province_name(here)),
            ("region", &region_name),
            ("n", &f.count(in_region.len() as u64)),
            ("covered", &f.count(covered as u64)),
        ],
    );
    let caption = f.fill(
        "chart.locator.caption",
        &[
            ("province", &f.province_name(here)),
            ("region", &region_name),
        ],
    );
    let key = format!("province-locator-{}", province_slug(here));
    let map = TileMap {
        tiles,
        legend,
        focusable: false,
    };
    Draft {
        name: "province-locator",
        svg: Some(map::draw(&map)),
        key,
        csv_key: Some(format!("provinces-{}", region.key())),
        caption,
        desc,
        table,
        empty: String::new(),
    }
}

fn province_domains(f: &Fmt<'_>, p: ProvinceId) -> Result<Draft, DrawError> {
    let empty = BTreeMap::new();
    let tallies = f.stats.by_province_domain.get(p.code()).unwrap_or(&empty);
    let rows: Vec<(Domain, crate::aggregate::DomainTally)> = Domain::ALL
        .iter()
        .filter_map(|d| tallies.get(d.key()).map(|t| (*d, *t)))
        .collect();
    let name = f.province_name(p);
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(d, t)| Row {
                label: f.domain(*d).text.text,
                bars: vec![
                    Bar {
                        value: t.cities,
                        colour: SERIES[0],
                        text: f.fill_n("chart.areas_n", t.cities, &[]),
                    },
                    Bar {
                        value: t.projects,
                        colour: SERIES[1],
                        text: f.fill_n("chart.projects_n", t.projects, &[]),
                    },
                ],
            })
            .collect(),
        legend: vec![
            (f.t("chart.legend.areas"), SERIES[0]),
            (f.t("chart.legend.projects"), SERIES[1]),
        ],
        reference: None,
    };
    let table = Table::new(
        f,
        &["chart.col.domain", "chart.col.cities", "chart.col.projects"],
        rows.iter()
            .map(|(d, t)| {
                let l = f.domain(*d);
                vec![
                    Cell::link(l.text.text, l.href),
                    Cell::count(f, t.cities),
                    Cell::count(f, t.projects),
                ]
            })
            .collect(),
    );
    let top = leaders(
        f,
        &rows,
        |(_, t)| t.cities + t.projects,
        |(d, _)| f.domain(*d).text.text,
        "domains",
    );
    let desc = top
        .map(|(names, n, tied)| {
            // Untied, the one domain's two counts; tied, the shared total.
            let (cities, projects) = rows
                .iter()
                .find(|(_, t)| t.cities + t.projects == n)
                .map_or((0, 0), |(_, t)| (t.cities, t.projects));
            f.fill(
                &tie_key("chart.province_domains.desc", tied),
                &[
                    ("province", &name),
                    ("domain", &names),
                    ("n", &f.count(n)),
                    ("cities", &f.count(cities)),
                    ("projects", &f.count(projects)),
                ],
            )
        })
        .unwrap_or_default();
    Ok(Draft {
        name: "province-domains",
        key: format!("province-domains-{}", province_slug(p)),
        csv_key: None,
        caption: f.fill("chart.province_domains.caption", &[("province", &name)]),
        desc,
        table,
        svg: bars::draw(&bars)?,
        empty: f.fill("chart.province_domains.empty", &[("province", &name)]),
    })
}

fn cohorts(f: &Fmt<'_>, metric: Metric) -> Result<Draft, DrawError> {
    let name = match metric {
        Metric::Ambassadors => "cohorts-ambassadors",
        _ => "cohorts-provinces",
    };
    let reported = |id: &Id| {
        f.stats
            .reconciliation
            .iter()
            .find(|r| r.scope == Scope::Cohort(id.clone()) && r.metric == metric)
    };
    let target = |id: &Id| {
        f.stats
            .targets
            .iter()
            .find(|r| r.scope == Scope::Cohort(id.clone()) && r.metric == metric)
    };
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut desc = Vec::new();
    for c in &f.site.cohorts {
        let id = &c.meta.id;
        let s = f
            .stats
            .by_cohort
            .get(id.as_str())
            .copied()
            .unwrap_or_default();
        let in_records = match metric {
            Metric::Ambassadors => s.ambassadors,
            _ => s.provinces_covered,
        };
        let label = f.txt(&c.title).text;
        let (r, t) = (reported(id), target(id));
        // In the records, reported, target: the bars there are, each
        // saying its value, and the description saying the same.
        let bars: Vec<Bar> = [
            Some(("chart.cohort.records", in_records, SERIES[0])),
            r.map(|r| ("chart.cohort.reported", r.reported, SERIES[1])),
            t.map(|t| ("chart.cohort.target", t.value, SERIES[2])),
        ]
        .into_iter()
        .flatten()
        .map(|(key, value, colour)| Bar {
            value,
            colour,
            text: f.fill(key, &[("n", &f.count(value))]),
        })
        .collect();
        let parts: Vec<String> = bars.iter().map(|b| b.text.clone()).collect();
        desc.push(f.fill(
            "chart.cohort.desc",
            &[("cohort", &label), ("parts", &f.list(&parts))],
        ));
        cells.push(vec![
            Cell::link(label.clone(), f.href(&Route::Cohort(id.clone()))),
            Cell::count(f, in_records),
            r.map_or_else(Cell::empty, |r| Cell::count(f, r.reported)),
            Cell::date(f, r.and_then(|r| r.as_of).as_ref()),
            t.map_or_else(Cell::empty, |t| Cell::count(f, t.value)),
        ]);
        rows.push(Row { label, bars });
    }
    // A key to the series that some cohort has.
    let legend = [
        ("chart.legend.records", SERIES[0]),
        ("chart.legend.reported", SERIES[1]),
        ("chart.legend.target", SERIES[2]),
    ]
    .into_iter()
    .filter(|(_, colour)| {
        rows.iter()
            .flat_map(|r: &Row| &r.bars)
            .any(|b| b.colour == *colour)
    })
    .map(|(key, colour)| (f.t(key), colour))
    .collect();
    let chart = Bars {
        rows,
        legend,
        reference: None,
    };
    let measure = f.metric(metric);
    Ok(Draft {
        name,
        key: name.into(),
        csv_key: None,
        caption: f.fill("chart.cohort.caption", &[("measure", &measure)]),
        desc: desc.join(" "),
        table: Table::new(
            f,
            &[
                "chart.col.cohort",
                "chart.col.in_records",
                "chart.col.reported",
                "chart.col.as_of",
                "chart.col.target",
            ],
            cells,
        ),
        svg: bars::draw(&chart)?,
        empty: f.fill("chart.cohort.empty", &[("measure", &measure)]),
    })
}

fn projects_by_province(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    const TOP: usize = 15;
    let mut with: Vec<(ProvinceId, ProvinceStats)> = ProvinceId::all()
        .map(|p| (p, f.stats.province(p)))
        .filter(|(_, s)| s.projects > 0)
        .collect();
    with.sort_by_key(|(p, s)| {
        (
            std::cmp::Reverse(s.project_value_thb),
            std::cmp::Reverse(s.projects),
            sort_key(&f.province_name(*p)),
        )
    });
    let rest = if with.len() > TOP {
        with.split_off(TOP)
    } else {
        Vec::new()
    };
    let mut rows: Vec<(String, Option<String>, Total)> = with
        .iter()
        .map(|(p, s)| {
            (
                f.province_name(*p),
                Some(f.href(&Route::Province(*p))),
                s.total(),
            )
        })
        .collect();
    if !rest.is_empty() {
        let sum: Total = rest.iter().map(|(_, s)| s.total()).sum();
        rows.push((f.fill_n("chart.others", rest.len() as u64, &[]), None, sum));
    }
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(label, _, t)| Row {
                label: label.clone(),
                bars: vec![Bar {
                    value: t.value,
                    colour: SERIES[0],
                    text: projects_and_value(f, *t),
                }],
            })
            .collect(),
        legend: Vec::new(),
        reference: None,
    };
    let desc = leaders(
        f,
        &with,
        |(_, s)| s.project_value_thb,
        |(p, _)| f.province_name(*p),
        "provinces",
    )
    .map(|(names, value, tied)| {
        f.fill(
            &tie_key("chart.by_province.desc", tied),
            &[("province", &names), ("value", &f.money(value))],
        )
    })
    .unwrap_or_default();
    Ok(Draft {
        name: "projects-by-province",
        key: "projects-by-province".into(),
        csv_key: None,
        caption: f.t("chart.by_province.caption"),
        desc,
        table: Table::new(
            f,
            &[
                "chart.col.province",
                "chart.col.projects",
                "chart.col.value",
                "chart.col.without_value",
            ],
            rows.into_iter()
                .map(|(label, href, t)| {
                    vec![
                        Cell::label(label, href),
                        Cell::count(f, t.projects),
                        Cell::total(f, t),
                        Cell::count(f, t.without_value),
                    ]
                })
                .collect(),
        ),
        svg: bars::draw(&bars)?,
        empty: f.t("chart.no_value"),
    })
}

/// A row of a chart of projects: its label, the page it links to in the
/// table, and the projects' count and value.
type ProjectRow = (String, Option<String>, crate::aggregate::Money);

/// Bars of a count of projects with their value, one row per label, and
/// the same as a table.
fn project_rows(f: &Fmt<'_>, first_col: &str, rows: &[ProjectRow]) -> (Bars, Table) {
    let bars = Bars {
        rows: rows
            .iter()
            .map(|(label, _, m)| Row {
                label: label.clone(),
                bars: vec![Bar {
                    value: m.projects,
                    colour: SERIES[0],
                    text: projects_and_value(f, m.total()),
                }],
            })
            .collect(),
        legend: Vec::new(),
        reference: None,
    };
    let table = project_table(
        f,
        first_col,
        rows.iter()
            .map(|(label, href, m)| (Cell::label(label.clone(), href.clone()), *m)),
    );
    (bars, table)
}

/// A table of projects and their value, one row per first cell.
fn project_table(
    f: &Fmt<'_>,
    first_col: &str,
    rows: impl Iterator<Item = (Cell, crate::aggregate::Money)>,
) -> Table {
    Table::new(
        f,
        &[
            first_col,
            "chart.col.projects",
            "chart.col.value",
            "chart.col.without_value",
        ],
        rows.map(|(first, m)| {
            vec![
                first,
                Cell::count(f, m.projects),
                Cell::total(f, m.total()),
                Cell::count(f, m.projects_without_value),
            ]
        })
        .collect(),
    )
}

fn projects_by_status(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let keys = ProjectStatus::ALL.iter().map(|s| s.key()).chain([UNSTATED]);
    let rows: Vec<ProjectRow> = keys
        .map(|k| {
            let label = if k == UNSTATED {
                f.t("unknown")
            } else {
                f.t(&format!("project_status.{k}"))
            };
            (
                label,
                None,
                f.stats
                    .projects_by_status
                    .get(k)
                    .copied()
                    .unwrap_or_default(),
            )
        })
        .collect();
    let (bars, table) = project_rows(f, "chart.col.status", &rows);
    let total = f.stats.totals.projects;
    let desc = leaders(
        f,
        &rows,
        |(_, _, m)| m.projects,
        |(label, _, _)| label.clone(),
        "statuses",
    )
    .map(|(names, n, tied)| {
        let values = [
            ("n", f.count(n)),
            ("total", f.count(total)),
            ("status", names),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // A tie is of two statuses or more, so of two projects or more.
        if tied {
            f.fill("chart.status.desc_tie", &values)
        } else {
            f.fill_counted("chart.status.desc", total, &values)
        }
    })
    .unwrap_or_default();
    Ok(Draft {
        name: "projects-by-status",
        key: "projects-by-status".into(),
        csv_key: None,
        caption: f.t("chart.status.caption"),
        desc,
        table,
        svg: bars::draw(&bars)?,
        empty: f.t("chart.no_projects"),
    })
}

fn projects_by_fiscal_year(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let years: Vec<(i32, crate::aggregate::Money)> = f
        .stats
        .by_fiscal_year
        .iter()
        .filter_map(|(fy, m)| Some((fy.parse().ok()?, *m)))
        .collect();
    // The table and the text name each year in full; the bars, short of
    // room, by its number.
    let mut rows: Vec<ProjectRow> = years
        .iter()
        .map(|(fy, m)| (f.fiscal_year(*fy), None, *m))
        .collect();
    let mut short: Vec<ProjectRow> = years
        .iter()
        .map(|(fy, m)| (f.fiscal_year_short(*fy), None, *m))
        .collect();
    let busiest = leaders(
        f,
        &rows,
        |(_, _, m)| m.projects,
        |(label, _, _)| label.clone(),
        "years",
    );
    let unknown = f.stats.fiscal_year_unknown;
    if unknown.projects > 0 {
        rows.push((f.t("chart.fiscal.unknown"), None, unknown));
        short.push((f.t("chart.fiscal.unknown"), None, unknown));
    }
    // In the CSV, each year's number beside its name.
    let numbers = years.iter().map(|(fy, _)| Some(*fy)).chain([None]);
    let table = project_table(
        f,
        "chart.col.fiscal_year",
        rows.iter()
            .zip(numbers)
            .map(|((label, _, m), fy)| (Cell::fiscal_year(label.clone(), fy), *m)),
    );
    let (bars, _) = project_rows(f, "chart.col.fiscal_year", &short);
    let mut desc = Vec::new();
    if let Some((names, n, tied)) = &busiest {
        desc.push(f.fill(
            &tie_key("chart.fiscal.desc", *tied),
            &[("year", names), ("n", &f.count(*n))],
        ));
    }
    if unknown.projects > 0 {
        desc.push(f.fill_n("chart.fiscal.desc_unknown", unknown.projects, &[]));
    }
    Ok(Draft {
        name: "projects-by-fiscal-year",
        key: "projects-by-fiscal-year".into(),
        csv_key: None,
        caption: f.t("chart.fiscal.caption"),
        desc: desc.join(" "),
        table,
        svg: if busiest.is_some() {
            bars::draw(&bars)?
        } else {
            None
        },
        empty: f.t("chart.fiscal.empty"),
    })
}

fn reported_vs_records(f: &Fmt<'_>) -> Result<Draft, DrawError> {
    let figures: Vec<&crate::aggregate::Reconciliation> = f
        .stats
        .reconciliation
        .iter()
        .filter(|r| r.scope == Scope::Site && r.reported > 0)
        .collect();
    // Tenths of a per cent, rounded as the page says (`share_tenths`);
    // `None` where no kind of record itemises the figure.
    let share = |r: &crate::aggregate::Reconciliation| {
        r.computed
            .and_then(|c| crate::render::view::share_tenths(c, r.reported))
    };
    let percent =
        |r: &crate::aggregate::Reconciliation| r.computed.and_then(|c| f.share(c, r.reported));
    let bars = Bars {
        rows: figures
            .iter()
            .map(|r| Row {
                label: f.metric(r.metric),
                bars: vec![Bar {
                    value: share(r).unwrap_or(0),
                    colour: SERIES[0],
                    text: match (r.computed, percent(r)) {
                        (Some(computed), Some(share)) => f.fill(
                            "chart.reconcile.bar",
                            &[
                                ("computed", &f.value(r.metric, computed)),
                                ("reported", &f.value(r.metric, r.reported)),
                                ("share", &share),
                            ],
                        ),
                        _ => f.fill(
                            "chart.reconcile.bar_reported_only",
                            &[("reported", &f.value(r.metric, r.reported))],
                        ),
                    },
                }],
            })
            .collect(),
        legend: Vec::new(),
        reference: Some((1000, f.t("chart.reconcile.reference"))),
    };
    let table = Table::new(
        f,
        &[
            "chart.col.figure",
            "chart.col.reported",
            "chart.col.as_of",
            "chart.col.in_records",
            "chart.col.share",
        ],
        figures
            .iter()
            .map(|r| {
                let value = |v| match r.metric {
                    Metric::ValueThb => Cell::money(f, v),
                    _ => Cell::count(f, v),
                };
                vec![
                    Cell::link(
                        f.metric(r.metric),
                        format!(
                            "{}#{}",
                            f.href(&Route::Figures),
                            Fmt::anchor(&r.scope, r.metric)
                        ),
                    ),
                    value(r.reported),
                    Cell::date(f, r.as_of.as_ref()),
                    match (r.computed, r.total) {
                        (_, Some(total)) => Cell::total(f, total),
                        (Some(v), None) => value(v),
                        (None, None) => Cell {
                            raw: Raw::One(String::new()),
                            ..Cell::text(f.t("figures.not_itemised"))
                        },
                    },
                    percent(r).map_or_else(Cell::empty, Cell::decimal),
                ]
            })
            .collect(),
    );
    // Only what records can itemise is measured against its report.
    let measured: Vec<&&crate::aggregate::Reconciliation> =
        figures.iter().filter(|r| r.computed.is_some()).collect();
    let full = measured
        .iter()
        .filter(|r| r.computed >= Some(r.reported))
        .count();
    let behind: Vec<&&&crate::aggregate::Reconciliation> = measured
        .iter()
        .filter(|r| r.computed < Some(r.reported))
        .collect();
    let lowest = behind.iter().filter_map(|r| share(r)).min();
    let desc = match lowest {
        _ if measured.is_empty() => String::new(),
        None => f.fill_n("chart.reconcile.desc_all", measured.len() as u64, &[]),
        Some(low) => {
            let names: Vec<String> = behind
                .iter()
                .filter(|r| share(r) == Some(low))
                .map(|r| f.metric(r.metric))
                .collect();
            let key = if names.len() > 1 {
                "chart.reconcile.desc_tie"
            } else {
                "chart.reconcile.desc"
            };
            f.fill_n(
                key,
                measured.len() as u64,
                &[
                    ("full", &f.count(full as u64)),
                    ("figure", &f.list(&names)),
                    ("share", &format!("{}.{}", f.count(low / 10), low % 10)),
                ],
            )
        }
    };
    Ok(Draft {
        name: "reported-vs-records",
        key: "reported-vs-records".into(),
        csv_key: None,
        caption: f.t("chart.reconcile.caption"),
        desc,
        table,
        svg: if figures.is_empty() {
            None
        } else {
            bars::draw(&bars)?
        },
        empty: f.t("chart.reconcile.empty"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.1 relative luminance and contrast ratio.
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let lum = |c: RGBColor| {
            let ch = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.040_45 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn colours_stand_out_from_the_page_and_text_from_its_tile() {
        for c in SERIES {
            assert!(contrast(c, PAPER) >= 3.0, "{c:?}");
        }
        assert!(contrast(TILE_EDGE, PAPER) >= 3.0);
        assert!(contrast(NONE_PAINT.stroke.unwrap(), PAPER) >= 3.0);
        for n in [0, 1, 2, 5, 10] {
            let p = class_paint(n);
            assert!(contrast(p.ink, p.fill) >= 4.5, "class of {n}");
            let edge = p.stroke.unwrap_or(p.fill);
            assert!(contrast(edge, PAPER) >= 3.0, "class of {n}");
        }
        // The locator's own province, white on blue.
        assert!(contrast(PAPER, SERIES[0]) >= 4.5);
    }
}
