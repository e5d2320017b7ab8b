//! Charts: what a chart builder gives ([`Draft`]) and the chart it becomes
//! ([`Chart`]): the SVG finished, the table folded when long, its CSV.

use std::collections::BTreeMap;

use serde::Serialize;

use super::draw::Role;
use super::names::*;
use super::table::*;
use crate::output::OutFile;
use crate::render::view::Fmt;

/// The charts that are tile maps: groups of links rather than images.
const MAPS: [&str; 2] = [SiteChart::ProvinceMap.key(), ProvinceChart::Locator.key()];

/// A table shown after this many rows is folded into a `<details>`.
pub(super) const SHORT_TABLE: usize = 8;

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
pub struct Download {
    pub href: String,
    /// `Download the data (CSV, 2 KB)`
    pub label: String,
}

/// What a chart builder gives: the parts that differ from chart to chart,
/// made a [`Chart`] by `finish`.
pub(super) struct Draft {
    pub(super) name: &'static str,
    /// The chart's key in the catalog, the tail of its element id, and its
    /// CSV's file name.
    pub(super) key: String,
    /// A CSV file name other than `key`, for a table that charts share.
    pub(super) csv_key: Option<String>,
    pub(super) caption: String,
    pub(super) desc: String,
    pub(super) table: Table,
    pub(super) svg: Option<String>,
    /// Said instead of drawing, when `svg` is `None`.
    pub(super) empty: String,
}

impl Draft {
    /// The chart, with its CSV file in `files` unless a chart that shares
    /// its table put it there first.
    pub(super) fn finish(self, f: &Fmt<'_>, files: &mut BTreeMap<String, OutFile>) -> Chart {
        let id = format!("chart-{}", self.key);
        let role = if MAPS.contains(&self.name) {
            Role::Links
        } else {
            Role::Image
        };
        let svg = self
            .svg
            .map(|s| super::draw::finish(&s, &id, &self.caption, &self.desc, role));
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
