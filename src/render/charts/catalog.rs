//! Charts: every chart of the site in one language, drawn once.

use std::collections::BTreeMap;

use rayon::prelude::*;

use super::certified::*;
use super::cohorts::*;
use super::domains::*;
use super::draft::*;
use super::draw::DrawError;
use super::names::*;
use super::projects::*;
use super::provinces::*;
use super::reported::*;
use crate::model::*;
use crate::output::OutFile;
use crate::render::raster::svg_to_png;
use crate::render::urls::Route;
use crate::render::view::Fmt;

/// A chart's PNG is drawn at twice its size, sharp on a slide or a phone.
const PNG_SCALE: f32 = 2.0;

/// Every chart of one language, by key: the name for the site's charts,
/// `province-domains-rayong` for a province's.
pub struct Catalog {
    pub(super) charts: BTreeMap<String, Chart>,
    /// The charts' CSV files by path; charts that share a table share one.
    pub(super) files: BTreeMap<String, OutFile>,
    /// What each CSV file holds, by path.
    pub(super) tables: BTreeMap<String, CsvTable>,
}

impl Catalog {
    pub fn build(f: &Fmt<'_>) -> Result<Catalog, DrawError> {
        let mut drafts = Vec::new();
        let tiles = base_tiles(f);
        // Each name has its builder: a chart a page asks for is always
        // there.
        for chart in SiteChart::ALL {
            let draft = match chart {
                SiteChart::CertifiedOverTime => certified_over_time(f)?,
                SiteChart::ProjectsByDomain => projects_by_domain(f)?,
                SiteChart::ProvinceMap => province_map(f, &tiles),
                SiteChart::CohortsAmbassadors => cohorts(f, Metric::Ambassadors)?,
                SiteChart::CohortsProvinces => cohorts(f, Metric::Provinces)?,
                SiteChart::ProjectsByProvince => projects_by_province(f)?,
                SiteChart::ProjectsByStatus => projects_by_status(f)?,
                SiteChart::ProjectsByFiscalYear => projects_by_fiscal_year(f)?,
                SiteChart::ReportedVsRecords => reported_vs_records(f)?,
            };
            drafts.push((draft, chart.home()));
        }
        for p in ProvinceId::all() {
            for chart in ProvinceChart::ALL {
                let draft = match chart {
                    ProvinceChart::Locator => province_locator(f, p, &tiles),
                    ProvinceChart::Domains => province_domains(f, p)?,
                };
                drafts.push((draft, Route::Province(p)));
            }
        }
        let (mut files, mut tables) = (BTreeMap::new(), BTreeMap::new());
        let mut charts: BTreeMap<String, Chart> = drafts
            .into_iter()
            .map(|(d, home)| (d.key.clone(), d.finish(f, &home, &mut files, &mut tables)))
            .collect();
        // Each chart's image drawn again as a PNG, on every core.
        let pngs: Vec<(String, OutFile)> = charts
            .par_iter()
            .filter(|(_, c)| c.image.is_some())
            .map(|(key, _)| {
                let svg = format!("data/charts/{}/{key}.svg", f.lang.code());
                let path = format!("data/charts/{}/{key}.png", f.lang.code());
                let svg = std::str::from_utf8(&files[&svg].bytes).map_err(|e| e.to_string())?;
                let bytes = svg_to_png(svg, PNG_SCALE).map_err(|e| format!("{key}: {e}"))?;
                Ok((key.clone(), OutFile { path, bytes }))
            })
            .collect::<Result<_, DrawError>>()?;
        for (key, file) in pngs {
            let chart = charts.get_mut(&key).expect("a chart of the catalog");
            chart.png = Some(Download {
                href: f.urls.root(&file.path),
                label: f.fill(
                    "chart.download_png",
                    &[("size", &file.bytes.len().div_ceil(1024).to_string())],
                ),
            });
            files.insert(file.path.clone(), file);
        }
        Ok(Catalog {
            charts,
            files,
            tables,
        })
    }

    /// A chart of the whole programme ([`Catalog::build`] draws every one).
    pub fn site(&self, chart: SiteChart) -> &Chart {
        &self.charts[chart.key()]
    }

    /// A chart of province `p` ([`Catalog::build`] draws every one).
    pub fn province(&self, chart: ProvinceChart, p: ProvinceId) -> &Chart {
        &self.charts[&chart.key_of(p)]
    }

    /// The chart a text placed by its key (`chart()`'s mark), if it is one.
    pub fn get(&self, key: &str) -> Option<&Chart> {
        self.charts.get(key)
    }

    /// Every chart, by key.
    pub fn charts(&self) -> impl Iterator<Item = (&String, &Chart)> {
        self.charts.iter()
    }

    /// What each chart CSV holds, by path, once each.
    pub fn tables(&self) -> impl Iterator<Item = &CsvTable> {
        self.tables.values()
    }

    /// The chart file at `path` (`data/charts/th/province-map.csv`).
    pub fn file(&self, path: &str) -> Option<&OutFile> {
        self.files.get(path)
    }

    /// The CSV files of every chart, once each.
    pub fn files(&self) -> impl Iterator<Item = &OutFile> {
        self.files.values()
    }
}
