//! Charts: the names of the charts, as pages and texts ask for them.

use crate::model::ProvinceId;
use crate::render::urls::{Route, province_slug};

/// The charts of the whole programme, as pages and the `chart()`
/// shortcode name them. Every one is drawn in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteChart {
    CertifiedOverTime,
    ProjectsByDomain,
    ProvinceMap,
    CohortsAmbassadors,
    CohortsProvinces,
    ProjectsByProvince,
    ProjectsByStatus,
    ProjectsByFiscalYear,
    ReportedVsRecords,
}

impl SiteChart {
    pub const ALL: [SiteChart; 9] = [
        SiteChart::CertifiedOverTime,
        SiteChart::ProjectsByDomain,
        SiteChart::ProvinceMap,
        SiteChart::CohortsAmbassadors,
        SiteChart::CohortsProvinces,
        SiteChart::ProjectsByProvince,
        SiteChart::ProjectsByStatus,
        SiteChart::ProjectsByFiscalYear,
        SiteChart::ReportedVsRecords,
    ];

    /// Its name in the `chart()` shortcode, its key in the catalog, the
    /// tail of its element id and its CSV's file name.
    pub const fn key(self) -> &'static str {
        match self {
            SiteChart::CertifiedOverTime => "certified-over-time",
            SiteChart::ProjectsByDomain => "projects-by-domain",
            SiteChart::ProvinceMap => "province-map",
            SiteChart::CohortsAmbassadors => "cohorts-ambassadors",
            SiteChart::CohortsProvinces => "cohorts-provinces",
            SiteChart::ProjectsByProvince => "projects-by-province",
            SiteChart::ProjectsByStatus => "projects-by-status",
            SiteChart::ProjectsByFiscalYear => "projects-by-fiscal-year",
            SiteChart::ReportedVsRecords => "reported-vs-records",
        }
    }

    /// The chart the shortcode's `name="…"` names.
    pub fn parse(name: &str) -> Option<SiteChart> {
        SiteChart::ALL.into_iter().find(|c| c.key() == name)
    }

    /// The page that shows the chart: where its citation and its embedded
    /// page link to.
    pub fn home(self) -> Route {
        match self {
            SiteChart::CertifiedOverTime | SiteChart::ProjectsByDomain | SiteChart::ProvinceMap => {
                Route::Home
            }
            SiteChart::CohortsAmbassadors | SiteChart::CohortsProvinces => Route::Cohorts,
            SiteChart::ProjectsByProvince
            | SiteChart::ProjectsByStatus
            | SiteChart::ProjectsByFiscalYear => Route::Projects,
            SiteChart::ReportedVsRecords => Route::Figures,
        }
    }
}

/// The charts of one province (the shortcode names one with
/// `province="…"`). Every one is drawn for every province.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProvinceChart {
    Locator,
    Domains,
}

impl ProvinceChart {
    pub const ALL: [ProvinceChart; 2] = [ProvinceChart::Locator, ProvinceChart::Domains];

    pub const fn key(self) -> &'static str {
        match self {
            ProvinceChart::Locator => "province-locator",
            ProvinceChart::Domains => "province-domains",
        }
    }

    pub fn parse(name: &str) -> Option<ProvinceChart> {
        ProvinceChart::ALL.into_iter().find(|c| c.key() == name)
    }

    /// Its key in the catalog for province `p`:
    /// `province-locator-nakhon-ratchasima`.
    pub fn key_of(self, p: ProvinceId) -> String {
        format!("{}-{}", self.key(), province_slug(p))
    }
}
