//! Aggregate: the figures, as `summary.json` holds them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::*;

/// The `projects_by_status` key of projects with no `status`.
pub const UNSTATED: &str = "unstated";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub provinces_total: usize,
    pub totals: Totals,
    pub by_cohort: BTreeMap<String, CohortStats>,
    pub by_city: BTreeMap<String, Money>,
    pub by_province: BTreeMap<String, ProvinceStats>,
    pub by_domain: BTreeMap<String, Money>,
    /// Per province that has any, its cities and projects by domain.
    pub by_province_domain: BTreeMap<String, BTreeMap<String, DomainTally>>,
    /// Projects by status; `unstated` where the record gives none.
    pub projects_by_status: BTreeMap<String, Money>,
    /// The six-region system.
    pub by_region: BTreeMap<String, RegionStats>,
    /// The four-region system the Thai press uses.
    pub by_region_4: BTreeMap<String, RegionStats>,
    /// Thai fiscal years by Buddhist-era year (`"2566"`), from projects'
    /// `started`.
    pub by_fiscal_year: BTreeMap<String, Money>,
    /// Projects whose start is unknown or known only to the year.
    pub fiscal_year_unknown: Money,
    pub cities_by_status: BTreeMap<String, u64>,
    pub certified_over_time: Vec<CertifiedStep>,
    /// Certified cities with no `certified_on`.
    pub certified_undated: u64,
    pub reconciliation: Vec<Reconciliation>,
    pub targets: Vec<Report>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub projects: u64,
    /// The summed value of the projects that state one.
    pub project_value_thb: u64,
    /// Projects with no `value_thb`: their value is unknown, not 0.
    pub projects_without_value: u64,
    pub cities: u64,
    pub cities_certified: u64,
    pub cohorts: u64,
    pub ambassadors: u64,
    pub provinces_covered: u64,
    pub regions_covered: u64,
    /// Provinces with a certified city, for `check`'s summary (as the
    /// records itemise a reported `certified_provinces`). Not in
    /// `summary.json`, whose fields SPEC fixes.
    #[serde(skip)]
    pub provinces_certified: u64,
}

/// Cities and projects in one domain of one province.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct DomainTally {
    pub cities: u64,
    pub projects: u64,
    pub project_value_thb: u64,
    pub projects_without_value: u64,
}

/// A count of projects and their summed value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Money {
    pub projects: u64,
    /// The summed value of those that state one.
    pub project_value_thb: u64,
    /// Those that state none: their value is unknown, not 0.
    pub projects_without_value: u64,
}

/// A total of project values with what it is over: how many projects,
/// and how many of them state no value. Every total the site shows is
/// one of these, so that unknown never reads as zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Total {
    pub projects: u64,
    pub value: u64,
    pub without_value: u64,
}

impl std::iter::Sum for Total {
    /// Totals of projects counted apart (the cohorts reporting one
    /// figure, the provinces past the chart's top rows), added up.
    fn sum<I: Iterator<Item = Total>>(iter: I) -> Total {
        iter.fold(Total::default(), |a, b| Total {
            projects: a.projects + b.projects,
            value: a.value.saturating_add(b.value),
            without_value: a.without_value + b.without_value,
        })
    }
}

impl Total {
    /// Whether any project in it states a value.
    pub fn known(&self) -> bool {
        self.without_value < self.projects
    }
}

macro_rules! total_of {
    ($($t:ty),*) => {$(
        impl $t {
            /// Its projects' value, with how many state none.
            pub fn total(&self) -> Total {
                Total {
                    projects: self.projects,
                    value: self.project_value_thb,
                    without_value: self.projects_without_value,
                }
            }
        }
    )*};
}
total_of!(
    Totals,
    DomainTally,
    Money,
    CohortStats,
    ProvinceStats,
    RegionStats
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct CohortStats {
    pub projects: u64,
    pub project_value_thb: u64,
    pub projects_without_value: u64,
    pub ambassadors: u64,
    pub provinces_covered: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ProvinceStats {
    pub projects: u64,
    pub project_value_thb: u64,
    pub projects_without_value: u64,
    pub cities: u64,
    pub ambassadors: u64,
}

impl ProvinceStats {
    /// The records in the province: cities, projects and ambassadors. A
    /// province with any is covered.
    pub fn records(&self) -> u64 {
        self.cities + self.projects + self.ambassadors
    }
}

impl Stats {
    /// The figures of province `p` (none where it has no records).
    pub fn province(&self, p: ProvinceId) -> ProvinceStats {
        self.by_province.get(p.code()).copied().unwrap_or_default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct RegionStats {
    pub projects: u64,
    pub project_value_thb: u64,
    pub projects_without_value: u64,
    pub provinces_covered: u64,
    pub provinces: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertifiedStep {
    pub date: PartialDate,
    pub added: u64,
    pub total: u64,
}

/// One reported figure as stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub scope: Scope,
    pub metric: Metric,
    pub value: u64,
    pub as_of: Option<PartialDate>,
    pub source: Id,
    pub note: Option<Text>,
    /// Where it is written.
    #[serde(skip)]
    pub at: At,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The itemised records add up to the report.
    Matches,
    /// The records itemise less than the report (`1 of 49`).
    PartlyItemised,
    /// The records hold more than the report says.
    Exceeds,
    /// Two reports of the same date (or undated) give different values.
    SourcesDisagree,
    /// No kind of record itemises the metric (people trained): the report
    /// is shown as it is, with nothing to set beside it.
    ReportedOnly,
}

impl Verdict {
    /// As serialized: `partly_itemised`.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Matches => "matches",
            Verdict::PartlyItemised => "partly_itemised",
            Verdict::Exceeds => "exceeds",
            Verdict::SourcesDisagree => "sources_disagree",
            Verdict::ReportedOnly => "reported_only",
        }
    }
}

/// The current report of one metric in one scope, beside what the records
/// itemise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reconciliation {
    pub scope: Scope,
    pub metric: Metric,
    pub reported: u64,
    /// What the records itemise; `None` where no kind of record itemises
    /// the metric (`null` in summary.json: unknown, not zero).
    pub computed: Option<u64>,
    /// Of `value_thb`: how many projects in scope state no value (their
    /// value is unknown, so `computed` is a floor).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projects_without_value: Option<u64>,
    /// Of `value_thb`: the total `computed` is, with its projects.
    #[serde(skip)]
    pub total: Option<Total>,
    pub verdict: Verdict,
    pub source: Id,
    pub as_of: Option<PartialDate>,
    pub note: Option<Text>,
    #[serde(skip)]
    pub at: At,
    /// Earlier reports, oldest first.
    pub history: Vec<Report>,
    /// Reports of the same date, or undated, whose value differs.
    pub disagreeing: Vec<Report>,
    /// Reports of the same date, or undated, that give the same value.
    pub corroborating: Vec<Report>,
}
