//! Charts: what a chart builder gives ([`Draft`]) and the chart it becomes
//! ([`Chart`]): the SVG finished, the table folded when long, its CSV.

use std::collections::BTreeMap;

use serde::Serialize;

use super::draw::Role;
use super::names::*;
use super::reuse::{About, Cite, Embed};
use super::table::*;
use crate::output::OutFile;
use crate::render::urls::Route;
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
    /// The chart as an image of its own, with its caption and source line.
    pub image: Option<Download>,
    /// The same image as a PNG, for a slide or a message.
    pub png: Option<Download>,
    pub embed: Option<Embed>,
    pub cite: Option<Cite>,
    /// The chart on the page that shows it: `/th/#chart-province-map`.
    pub home: String,
    /// Under an image of the chart: the site whose chart it is.
    pub source: String,
}

/// A chart's CSV as the catalogs describe it: its file's name without
/// the extension (`projects-by-domain`), the caption and finding of the
/// first chart that shows it, and its columns.
#[derive(Debug, Clone)]
pub struct CsvTable {
    pub name: String,
    pub path: String,
    pub caption: String,
    pub desc: String,
    pub columns: Vec<CsvColumn>,
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
    /// A table that charts share, in a CSV file of its own name.
    pub(super) shared_table: Option<SharedTable>,
    pub(super) caption: String,
    pub(super) desc: String,
    pub(super) table: Table,
    pub(super) svg: Option<String>,
    /// Said instead of drawing, when `svg` is `None`.
    pub(super) empty: String,
}

/// A table several charts show: its CSV file's name, and its caption and
/// finding in the catalogs.
pub(super) struct SharedTable {
    pub(super) key: String,
    pub(super) caption: String,
    pub(super) desc: String,
}

impl Draft {
    /// The chart, shown on the page of `home`, with its CSV file in
    /// `files` (and what it holds in `tables`) unless a chart that shares
    /// its table put it there first, and its image of its own.
    pub(super) fn finish(
        self,
        f: &Fmt<'_>,
        home: &Route,
        files: &mut BTreeMap<String, OutFile>,
        tables: &mut BTreeMap<String, CsvTable>,
    ) -> Chart {
        let id = format!("chart-{}", self.key);
        let home = format!("{}#{id}", f.href(home));
        let url = f.urls.full(&home);
        let about = About {
            key: &self.key,
            caption: &self.caption,
            desc: &self.desc,
            url: &url,
        };
        let source = super::reuse::source_line(f);
        // A province's locator is the province map with that province
        // marked: a way about the site, whose figures are the province
        // map's. It is not offered as an image of its own (it would be a
        // sixth of the site's bytes).
        let reusable = self.name != ProvinceChart::Locator.key();
        let reuse = self.svg.as_ref().filter(|_| reusable).map(|raw| {
            let path = format!("data/charts/{}/{}.svg", f.lang.code(), self.key);
            let bytes = super::reuse::standalone(f, raw, &about).into_bytes();
            let image = Download {
                href: f.urls.root(&path),
                label: f.fill(
                    "chart.download_svg",
                    &[("size", &bytes.len().div_ceil(1024).to_string())],
                ),
            };
            files.insert(path.clone(), OutFile { path, bytes });
            let page = f.urls.root(&embed_path(f, &self.key));
            let embed = super::reuse::embed(f, &page, &about, raw);
            (
                image,
                embed,
                super::reuse::cite(f, &self.key, &self.caption, &url),
            )
        });
        let role = if MAPS.contains(&self.name) {
            Role::Links
        } else {
            Role::Image
        };
        let svg = self
            .svg
            .map(|s| super::draw::finish(&s, &id, &self.caption, &self.desc, role));
        let csv = svg.as_ref().map(|_| {
            let (name, caption, desc) = match &self.shared_table {
                Some(t) => (t.key.as_str(), &t.caption, &t.desc),
                None => (self.key.as_str(), &self.caption, &self.desc),
            };
            let path = format!("data/charts/{}/{name}.csv", f.lang.code());
            let file = files.entry(path.clone()).or_insert_with(|| {
                tables.insert(
                    path.clone(),
                    CsvTable {
                        name: name.to_string(),
                        path: path.clone(),
                        caption: caption.clone(),
                        desc: desc.clone(),
                        columns: csv_columns(f, &self.table),
                    },
                );
                OutFile {
                    bytes: csv(f, &self.table),
                    path: path.clone(),
                }
            });
            let kb = file.bytes.len().div_ceil(1024).to_string();
            Download {
                href: f.urls.root(&path),
                label: f.fill("chart.download", &[("size", &kb)]),
            }
        });
        let (image, embed, cite) = match reuse {
            Some((image, embed, cite)) => (Some(image), Some(embed), Some(cite)),
            None => (None, None, None),
        };
        Chart {
            image,
            png: None,
            embed,
            cite,
            home,
            source,
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

/// The page of a chart of its own, for other sites to embed, in the
/// output: `data/charts/th/province-map.html`.
pub fn embed_path(f: &Fmt<'_>, key: &str) -> String {
    format!("data/charts/{}/{key}.html", f.lang.code())
}
