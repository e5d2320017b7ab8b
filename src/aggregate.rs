//! Aggregate: `&Site` → [`Stats`], every figure the site shows, computed
//! once. Pure: no I/O, no clock. `summary.json` is this value serialized.
//!
//! Counting rules, so that every figure can be traced:
//! - a province is *covered* when a city, project or ambassador record is in it;
//! - a project in several provinces or domains counts once in each, with its
//!   whole value (per-province and per-domain values can sum to more than
//!   the total; the totals count each project once);
//! - *cities* in a reported figure means certified smart-city areas.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::places::Places;
use crate::model::province::{Region4, Region6, registry};
use crate::model::vocab::Vocabulary;
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

/// The records a scope holds: itself and what points at it.
struct Slice<'a> {
    projects: Vec<&'a Project>,
    cities: Vec<&'a City>,
    ambassadors: Vec<&'a Ambassador>,
}

pub fn aggregate(site: &Site) -> Stats {
    let index = Index::new(site);
    let all = Slice {
        projects: site.projects.iter().collect(),
        cities: site.cities.iter().collect(),
        ambassadors: site.ambassadors.iter().collect(),
    };
    let covered = covered_provinces(&all);
    let regions_covered: BTreeSet<Region6> = covered.iter().map(|p| p.get().region6).collect();
    let totals = Totals {
        projects: site.projects.len() as u64,
        project_value_thb: value(&all.projects),
        projects_without_value: without_value(&all.projects),
        cities: site.cities.len() as u64,
        cities_certified: certified(&all.cities).count() as u64,
        cohorts: site.cohorts.len() as u64,
        ambassadors: site.ambassadors.len() as u64,
        provinces_covered: covered.len() as u64,
        regions_covered: regions_covered.len() as u64,
    };

    let by_cohort = site
        .cohorts
        .iter()
        .map(|c| {
            let slice = index.slice(&Scope::Cohort(c.meta.id.clone()));
            let stats = CohortStats {
                projects: slice.projects.len() as u64,
                project_value_thb: value(&slice.projects),
                projects_without_value: without_value(&slice.projects),
                ambassadors: slice.ambassadors.len() as u64,
                provinces_covered: covered_provinces(&slice).len() as u64,
            };
            (c.meta.id.0.clone(), stats)
        })
        .collect();

    let by_city = site
        .cities
        .iter()
        .map(|c| {
            let slice = index.slice(&Scope::City(c.meta.id.clone()));
            (c.meta.id.0.clone(), money(&slice.projects))
        })
        .collect();

    let mut by_province: BTreeMap<ProvinceId, ProvinceStats> = ProvinceId::all()
        .map(|p| (p, ProvinceStats::default()))
        .collect();
    for p in &site.projects {
        for prov in &p.provinces {
            let s = by_province.entry(*prov).or_default();
            s.projects += 1;
            add_value(&mut s.project_value_thb, &mut s.projects_without_value, p);
        }
    }
    for c in &site.cities {
        for prov in &c.provinces {
            by_province.entry(*prov).or_default().cities += 1;
        }
    }
    for a in &site.ambassadors {
        by_province.entry(a.province).or_default().ambassadors += 1;
    }

    let mut by_domain: BTreeMap<String, Money> = Domain::ALL
        .iter()
        .map(|d| (d.key().to_string(), Money::default()))
        .collect();
    for p in &site.projects {
        for d in &p.domains {
            add(by_domain.entry(d.key().to_string()).or_default(), p);
        }
    }

    let mut by_province_domain: BTreeMap<String, BTreeMap<String, DomainTally>> = BTreeMap::new();
    for p in &site.projects {
        for prov in &p.provinces {
            for d in &p.domains {
                let t = by_province_domain
                    .entry(prov.code().to_string())
                    .or_default()
                    .entry(d.key().to_string())
                    .or_default();
                t.projects += 1;
                add_value(&mut t.project_value_thb, &mut t.projects_without_value, p);
            }
        }
    }
    for c in &site.cities {
        for prov in &c.provinces {
            for d in &c.domains {
                by_province_domain
                    .entry(prov.code().to_string())
                    .or_default()
                    .entry(d.key().to_string())
                    .or_default()
                    .cities += 1;
            }
        }
    }

    let mut projects_by_status: BTreeMap<String, Money> = ProjectStatus::ALL
        .iter()
        .map(|s| s.key())
        .chain([UNSTATED])
        .map(|k| (k.to_string(), Money::default()))
        .collect();
    for p in &site.projects {
        let key = p.status.map_or(UNSTATED, |s| s.key());
        add(projects_by_status.entry(key.to_string()).or_default(), p);
    }

    let by_region = regions(
        site,
        &covered,
        |p| p.get().region6.key(),
        Region6::ALL.map(Region6::key),
    );
    let by_region_4 = regions(
        site,
        &covered,
        |p| p.get().region4.key(),
        Region4::ALL.map(Region4::key),
    );

    let mut by_fiscal_year: BTreeMap<String, Money> = BTreeMap::new();
    let mut fiscal_year_unknown = Money::default();
    for p in &site.projects {
        match p.started.and_then(|d| d.fiscal_year_be()) {
            Some(fy) => add(by_fiscal_year.entry(fy.to_string()).or_default(), p),
            None => add(&mut fiscal_year_unknown, p),
        }
    }

    let cities_by_status = CityStatus::ALL
        .iter()
        .map(|s| {
            let n = site.cities.iter().filter(|c| c.status == *s).count() as u64;
            (s.key().to_string(), n)
        })
        .collect();

    let mut steps: BTreeMap<PartialDate, u64> = BTreeMap::new();
    let mut certified_undated = 0;
    for c in certified(&all.cities) {
        match c.certified_on {
            Some(d) => *steps.entry(d).or_default() += 1,
            None => certified_undated += 1,
        }
    }
    let mut total = 0;
    let certified_over_time = steps
        .into_iter()
        .map(|(date, added)| {
            total += added;
            CertifiedStep { date, added, total }
        })
        .collect();

    let (reconciliation, targets) = reconcile(&index);
    Stats {
        provinces_total: registry().len(),
        totals,
        by_cohort,
        by_city,
        by_province: by_province
            .into_iter()
            .map(|(p, s)| (p.code().to_string(), s))
            .collect(),
        by_domain,
        by_province_domain,
        projects_by_status,
        by_region,
        by_region_4,
        by_fiscal_year,
        fiscal_year_unknown,
        cities_by_status,
        certified_over_time,
        certified_undated,
        reconciliation,
        targets,
    }
}

fn add(m: &mut Money, p: &Project) {
    m.projects += 1;
    add_value(&mut m.project_value_thb, &mut m.projects_without_value, p);
}

/// Adds a project's value to `sum`, or counts it in `unvalued` where it
/// states none, saturating. Amounts are capped at `MAX_BAHT`, so only
/// millions of records at the cap could reach the limit; this is the one
/// place values are summed.
fn add_value(sum: &mut u64, unvalued: &mut u64, p: &Project) {
    match p.value_thb {
        Some(v) => *sum = sum.saturating_add(v.0),
        None => *unvalued += 1,
    }
}

fn without_value(projects: &[&Project]) -> u64 {
    projects.iter().filter(|p| p.value_thb.is_none()).count() as u64
}

fn money(projects: &[&Project]) -> Money {
    let mut m = Money::default();
    for p in projects {
        add(&mut m, p);
    }
    m
}

fn value(projects: &[&Project]) -> u64 {
    let (mut sum, mut unvalued) = (0, 0);
    for p in projects {
        add_value(&mut sum, &mut unvalued, p);
    }
    sum
}

fn certified<'a>(cities: &'a [&'a City]) -> impl Iterator<Item = &'a City> {
    cities
        .iter()
        .copied()
        .filter(|c| c.status == CityStatus::Certified)
}

fn covered_provinces(s: &Slice<'_>) -> BTreeSet<ProvinceId> {
    let mut out = BTreeSet::new();
    out.extend(s.projects.iter().flat_map(|p| p.provinces.iter().copied()));
    out.extend(s.cities.iter().flat_map(|c| c.provinces.iter().copied()));
    out.extend(s.ambassadors.iter().map(|a| a.province));
    out
}

fn regions(
    site: &Site,
    covered: &BTreeSet<ProvinceId>,
    region: impl Fn(ProvinceId) -> &'static str,
    keys: impl IntoIterator<Item = &'static str>,
) -> BTreeMap<String, RegionStats> {
    let mut out: BTreeMap<String, RegionStats> = keys
        .into_iter()
        .map(|k| (k.to_string(), RegionStats::default()))
        .collect();
    for p in ProvinceId::all() {
        let s = out.entry(region(p).to_string()).or_default();
        s.provinces += 1;
        if covered.contains(&p) {
            s.provinces_covered += 1;
        }
    }
    for p in &site.projects {
        let touched: BTreeSet<&str> = p.provinces.iter().map(|prov| region(*prov)).collect();
        for r in touched {
            let s = out.entry(r.to_string()).or_default();
            s.projects += 1;
            add_value(&mut s.project_value_thb, &mut s.projects_without_value, p);
        }
    }
    out
}

/// The site with its [`Places`], so that a scope's records are found
/// without scanning the site again (a scan per cohort, city or reported
/// figure made the stage grow with the square of the site).
struct Index<'a> {
    site: &'a Site,
    places: Places,
}

impl<'a> Index<'a> {
    fn new(site: &'a Site) -> Self {
        Index {
            site,
            places: Places::new(site),
        }
    }

    /// The records of a scope: the whole site; a cohort's projects and
    /// ambassadors; a city and its projects (and their ambassadors); a
    /// project and its ambassadors. Records keep their file order.
    fn slice(&self, scope: &Scope) -> Slice<'a> {
        let (site, places) = (self.site, &self.places);
        let ambassadors_of = |projects: &[&'a Project]| {
            places.ambassadors(site, projects.iter().flat_map(|p| &p.ambassadors))
        };
        match scope {
            Scope::Site => Slice {
                projects: site.projects.iter().collect(),
                cities: site.cities.iter().collect(),
                ambassadors: site.ambassadors.iter().collect(),
            },
            Scope::Cohort(id) => Slice {
                projects: places.projects_of_cohort(site, id),
                cities: Vec::new(),
                ambassadors: places.ambassadors_of_cohort(site, id),
            },
            Scope::City(id) => {
                let projects = places.projects_of_city(site, id);
                Slice {
                    ambassadors: ambassadors_of(&projects),
                    cities: places.city(site, id).into_iter().collect(),
                    projects,
                }
            }
            Scope::Project(id) => {
                let projects: Vec<&Project> = places.project(site, id).into_iter().collect();
                Slice {
                    ambassadors: ambassadors_of(&projects),
                    cities: Vec::new(),
                    projects,
                }
            }
        }
    }
}

/// What the records in `scope` itemise of `metric`.
pub fn computed(site: &Site, scope: &Scope, metric: Metric) -> u64 {
    computed_in(&Index::new(site), scope, metric)
}

fn computed_in(index: &Index<'_>, scope: &Scope, metric: Metric) -> u64 {
    let s = index.slice(scope);
    let n = |x: usize| x as u64;
    match metric {
        Metric::Projects => n(s.projects.len()),
        Metric::ValueThb => value(&s.projects),
        Metric::Ambassadors => n(s.ambassadors.len()),
        Metric::Provinces => n(covered_provinces(&s).len()),
        Metric::CertifiedProvinces => {
            let set: BTreeSet<ProvinceId> = certified(&s.cities)
                .flat_map(|c| c.provinces.iter().copied())
                .collect();
            n(set.len())
        }
        Metric::Cities => n(certified(&s.cities).count()),
        Metric::PromotionZones => n(s
            .cities
            .iter()
            .filter(|c| c.status == CityStatus::PromotionZone)
            .count()),
        // No kind of record itemises these ([`Metric::itemised`]).
        Metric::Captains | Metric::PeopleTrained => 0,
    }
}

fn reconcile(index: &Index<'_>) -> (Vec<Reconciliation>, Vec<Report>) {
    let site = index.site;
    let mut groups: BTreeMap<(Scope, Metric), Vec<Report>> = BTreeMap::new();
    let mut targets = Vec::new();
    for r in &site.reported {
        let report = Report {
            scope: r.scope.clone(),
            metric: r.metric,
            value: r.value,
            as_of: r.as_of,
            source: r.source.clone(),
            note: r.note.clone(),
            at: r.at.clone(),
        };
        match r.kind {
            ReportKind::Target => targets.push(report),
            ReportKind::Outcome => groups
                .entry((r.scope.clone(), r.metric))
                .or_default()
                .push(report),
        }
    }
    let mut out = Vec::new();
    for ((scope, metric), mut reports) in groups {
        // Stable: reports of the same date keep their file order.
        reports.sort_by_key(|r| r.as_of);
        let latest = reports.iter().filter_map(|r| r.as_of).max();
        let (current, history): (Vec<Report>, Vec<Report>) = reports
            .into_iter()
            .partition(|r| r.as_of.is_none() || r.as_of == latest);
        let mut current = current;
        // The dated report leads; undated ones are compared with it.
        current.sort_by_key(|r| std::cmp::Reverse(r.as_of));
        let mut current = current.into_iter();
        let Some(head) = current.next() else { continue };
        let (corroborating, disagreeing): (Vec<Report>, Vec<Report>) =
            current.partition(|r| r.value == head.value);
        let computed = metric
            .itemised()
            .then(|| computed_in(index, &scope, metric));
        let total = (metric == Metric::ValueThb).then(|| {
            let projects = index.slice(&scope).projects;
            Total {
                projects: projects.len() as u64,
                value: value(&projects),
                without_value: without_value(&projects),
            }
        });
        let verdict = if !disagreeing.is_empty() {
            Verdict::SourcesDisagree
        } else if computed.is_none() {
            Verdict::ReportedOnly
        } else if computed == Some(head.value) {
            Verdict::Matches
        } else if computed < Some(head.value) {
            Verdict::PartlyItemised
        } else {
            Verdict::Exceeds
        };
        out.push(Reconciliation {
            scope,
            metric,
            reported: head.value,
            computed,
            projects_without_value: total.map(|t| t.without_value),
            total,
            verdict,
            source: head.source,
            as_of: head.as_of,
            note: head.note,
            at: head.at,
            history,
            disagreeing,
            corroborating,
        });
    }
    (out, targets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::money::MAX_BAHT;

    fn project(value: u64) -> Project {
        Project {
            meta: Meta {
                id: Id("p".into()),
                path: "content/projects/p.md".into(),
                summary: None,
                body: Text::default(),
                body_line: 1,
                en_path: None,
                en_body_line: 0,
                sources: Vec::new(),
            },
            title: Text::same("p"),
            provinces: vec![ProvinceId::all().next().expect("77 provinces")],
            domains: vec![Domain::Energy],
            value_thb: Some(Baht(value)),
            status: None,
            started: None,
            cohort: None,
            city: None,
            ambassadors: Vec::new(),
            partners: Vec::new(),
        }
    }

    #[test]
    fn sums_of_values_at_the_cap_saturate_rather_than_overflow() {
        // 20,000 × 10^15 is past u64::MAX (≈ 1.8 × 10^19).
        let projects: Vec<Project> = (0..20_000).map(|_| project(MAX_BAHT)).collect();
        let refs: Vec<&Project> = projects.iter().collect();
        assert_eq!(value(&refs), u64::MAX);
        assert_eq!(money(&refs).project_value_thb, u64::MAX);
        assert_eq!(value(&refs[..3]), 3 * MAX_BAHT);
    }
}
