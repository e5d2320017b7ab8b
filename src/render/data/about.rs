//! Render: what the catalogs say of the data as a whole, shared by the
//! Data Package, the DCAT catalog and the data page's schema.org
//! `Dataset`: the theme's words in both languages, addresses, the files'
//! sizes, the period and the provinces the records cover, the keywords,
//! and the fields data.go.th's CKAN asks for.

use serde_json::{Value, json};

use std::collections::BTreeMap;

use crate::aggregate::Stats;
use crate::lang::Lang;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::output::OutFile;
use crate::render::charts::{Catalog, CsvTable};
use crate::render::urls::Urls;
use crate::theme::Theme;

/// A chart's table in one language (`table`), with the same table in
/// Thai and in English (one of which is `table`; both are `table` where
/// the site has one language).
pub struct ChartTable<'a> {
    pub lang: Lang,
    pub table: &'a CsvTable,
    pub th: &'a CsvTable,
    pub en: &'a CsvTable,
}

impl ChartTable<'_> {
    /// Its name in the catalogs: `chart-th-province-map`.
    pub fn id(&self) -> String {
        format!("chart-{}-{}", self.lang.code(), self.table.name)
    }

    /// Its path from `data/`: `charts/th/province-map.csv`.
    pub fn file(&self) -> &str {
        self.table.path.trim_start_matches("data/")
    }
}

/// The site and its data files, for the catalogs.
pub struct About<'a> {
    pub site: &'a Site,
    pub stats: &'a Stats,
    pub theme: &'a Theme,
    pub urls: &'a Urls,
    /// The data files made so far (the tables and summary.json).
    pub files: &'a [OutFile],
    /// The charts of each language, whose tables are CSV files too.
    pub charts: &'a BTreeMap<Lang, Catalog>,
}

impl About<'_> {
    pub fn t(&self, lang: Lang, key: &str) -> String {
        self.theme.t(lang, key)
    }

    /// The string `key` in Thai and in English.
    pub fn both(&self, key: &str) -> (String, String) {
        (self.t(Lang::Th, key), self.t(Lang::En, key))
    }

    /// The size in bytes of the file at `path` (`data/cohorts.csv`,
    /// `data/charts/th/province-map.csv`).
    pub fn size(&self, path: &str) -> usize {
        self.files
            .iter()
            .find(|f| f.path == path)
            .or_else(|| self.charts.values().find_map(|c| c.file(path)))
            .map_or(0, |f| f.bytes.len())
    }

    /// Every chart's table, in each language, in path order: with the
    /// same table in the other language where there is one (for its
    /// titles in both).
    pub fn chart_tables(&self) -> Vec<ChartTable<'_>> {
        let mut out = Vec::new();
        for (lang, catalog) in self.charts {
            for table in catalog.tables() {
                let other = self
                    .charts
                    .iter()
                    .find(|(l, _)| *l != lang)
                    .and_then(|(_, c)| c.tables().find(|t| t.name == table.name))
                    .filter(|t| t.columns.len() == table.columns.len());
                let (th, en) = match (lang, other) {
                    (Lang::Th, Some(o)) => (table, o),
                    (Lang::En, Some(o)) => (o, table),
                    (_, None) => (table, table),
                };
                out.push(ChartTable {
                    lang: *lang,
                    table,
                    th,
                    en,
                });
            }
        }
        out
    }

    /// The full address of `rel`, a path from the site's root.
    pub fn full(&self, rel: &str) -> String {
        self.urls.full(&self.urls.root(rel))
    }

    /// The full address of the data page in `lang`.
    pub fn data_page(&self, lang: Lang) -> String {
        self.urls
            .full(&self.urls.href(lang, &crate::render::urls::Route::Data))
    }

    /// The package's name: the site's address as a slug
    /// (`example-org-report`), which the Data Package asks to be lower
    /// case letters, digits, `-`, `.` and `_`.
    pub fn package_name(&self) -> String {
        let base = self.site.config.base_url.as_str();
        let rest = base.split_once("://").map_or(base, |(_, r)| r);
        let mut name = String::new();
        for c in rest.chars() {
            if c.is_ascii_alphanumeric() {
                name.push(c.to_ascii_lowercase());
            } else if !name.is_empty() && !name.ends_with('-') {
                name.push('-');
            }
        }
        let name = name.trim_end_matches('-');
        if name.is_empty() {
            "mueang-data".into()
        } else {
            name.into()
        }
    }

    /// Every keyword in each language it has: Thai first, then English.
    pub fn keywords(&self) -> Vec<(Lang, String)> {
        let kws = &self.site.config.data.keywords;
        let mut out: Vec<(Lang, String)> = kws.iter().map(|k| (Lang::Th, k.th.clone())).collect();
        out.extend(
            kws.iter()
                .filter_map(|k| k.en.clone().map(|en| (Lang::En, en))),
        );
        out
    }

    /// The earliest and the latest date the records give (sources,
    /// cohorts, cities, projects, news and reported figures), each as
    /// precise as written.
    pub fn period(&self) -> Option<(PartialDate, PartialDate)> {
        let s = self.site;
        let dates = s
            .sources
            .iter()
            .map(|x| Some(x.date))
            .chain(s.cohorts.iter().flat_map(|c| [Some(c.started), c.ended]))
            .chain(s.cities.iter().map(|c| c.certified_on))
            .chain(s.projects.iter().map(|p| p.started))
            .chain(s.news.iter().map(|n| Some(n.date)))
            .chain(s.reported.iter().map(|r| r.as_of))
            .flatten();
        let mut period: Option<(PartialDate, PartialDate)> = None;
        for d in dates {
            period = Some(match period {
                None => (d, d),
                Some((first, last)) => (
                    if d.span().0 < first.span().0 {
                        d
                    } else {
                        first
                    },
                    if d.span().1 > last.span().1 { d } else { last },
                ),
            });
        }
        period
    }

    /// When the data was first published: `data.created`, else the
    /// earliest date in the records.
    pub fn created(&self) -> Option<PartialDate> {
        self.site
            .config
            .data
            .created
            .or_else(|| self.period().map(|p| p.0))
    }

    /// The provinces with a record (a city, project or ambassador), in
    /// code order.
    pub fn provinces(&self) -> Vec<ProvinceId> {
        ProvinceId::all()
            .filter(|p| self.stats.province(*p).records() > 0)
            .collect()
    }

    /// The fields data.go.th's CKAN asks for, under their CKAN names,
    /// with the words its forms offer.
    pub fn ckan(&self) -> Value {
        let data = &self.site.config.data;
        let label =
            |aliases: &[&str], key: &str| aliases.first().copied().unwrap_or(key).to_string();
        let languages: Vec<&str> = self
            .site
            .config
            .languages
            .iter()
            .map(|l| match l {
                Lang::Th => "ไทย",
                Lang::En => "อังกฤษ",
            })
            .collect();
        let email = data
            .contact
            .as_deref()
            .and_then(|c| c.strip_prefix("mailto:"));
        json!({
            "update_frequency_unit": label(data.update_frequency.aliases(), data.update_frequency.key()),
            "geo_coverage": label(data.coverage.aliases(), data.coverage.key()),
            "data_category": label(data.category.aliases(), data.category.key()),
            "data_language": languages,
            "created_date": self.created().map(|d| d.iso()),
            "last_updated_date": self.site.build_date.map(|d| d.iso()),
            "license_id": data.licence.key(),
            "maintainer": data.publisher.th,
            "maintainer_email": email,
            "tags": data.keywords.iter().map(|k| k.th.as_str()).collect::<Vec<_>>(),
        })
    }
}
