//! Render: the home page and its headline figures.

use serde::Serialize;

use super::planner::*;
use super::rows::*;
use crate::model::province::Region6;
use crate::render::charts::Chart;
use crate::render::charts::SiteChart;
use crate::render::headlines::*;
use crate::render::urls::Route;

impl<'a> Planner<'a> {
    pub(super) fn home(&self) -> Planned {
        #[derive(Serialize)]
        struct Home {
            headlines: Vec<Headline>,
            news: Vec<NewsRow>,
            cohorts: Vec<CohortRow>,
            regions: Vec<RegionLink>,
            provinces_href: String,
            charts: Vec<Chart>,
        }
        #[derive(Serialize)]
        struct RegionLink {
            href: String,
            label: String,
            covered: String,
            total: String,
        }
        let f = &self.f;
        let regions = Region6::ALL
            .iter()
            .map(|r| {
                let s = f.stats.by_region.get(r.key()).copied().unwrap_or_default();
                RegionLink {
                    href: format!("{}#{}", f.href(&Route::Provinces), r.key()),
                    label: f.t(&format!("region.{}", r.key())),
                    covered: f.count(s.provinces_covered),
                    total: f.count(s.provinces),
                }
            })
            .collect();
        let data = Home {
            headlines: headlines(f),
            news: f
                .site
                .news
                .iter()
                .take(3)
                .map(|n| self.news_row(n))
                .collect(),
            cohorts: f.site.cohorts.iter().map(|c| self.cohort_row(c)).collect(),
            regions,
            provinces_href: f.href(&Route::Provinces),
            charts: self.charts(&[
                SiteChart::CertifiedOverTime,
                SiteChart::ProjectsByDomain,
                SiteChart::ProvinceMap,
            ]),
        };
        let mut p = self.page(Route::Home, "home.html", f.txt(&f.site.config.title), data);
        p.description = f.site.config.description.as_ref().map(|d| f.txt(d));
        p
    }
}
