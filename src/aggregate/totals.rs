//! Aggregate: every figure of the site, by cohort, city, province,
//! domain, region, status and fiscal year.

use std::collections::{BTreeMap, BTreeSet};

use super::count::*;
use super::reconcile::{computed_in, reconcile};
use super::stats::*;
use crate::model::province::{Region4, Region6, registry};
use crate::model::vocab::Vocabulary;
use crate::model::*;

/// Every figure of `site`: each group of figures is one function below,
/// reading the site (and the index of what each scope holds).
pub fn aggregate(site: &Site) -> Stats {
    let index = Index::new(site);
    let all = Slice {
        projects: site.projects.iter().collect(),
        cities: site.cities.iter().collect(),
        ambassadors: site.ambassadors.iter().collect(),
    };
    let covered = covered_provinces(&all);
    let (fiscal_years, fiscal_year_unknown) = by_fiscal_year(site);
    let (certified_over_time, certified_undated) = certified_over_time(&all);
    let (reconciliation, targets) = reconcile(&index);
    Stats {
        provinces_total: registry().len(),
        totals: totals(site, &index, &all, &covered),
        by_cohort: by_cohort(site, &index),
        by_city: by_city(site, &index),
        by_province: by_province(site),
        by_domain: by_domain(site),
        by_province_domain: by_province_domain(site),
        projects_by_status: projects_by_status(site),
        by_region: regions(
            site,
            &covered,
            |p| p.get().region6.key(),
            Region6::ALL.map(Region6::key),
        ),
        by_region_4: regions(
            site,
            &covered,
            |p| p.get().region4.key(),
            Region4::ALL.map(Region4::key),
        ),
        by_fiscal_year: fiscal_years,
        fiscal_year_unknown,
        cities_by_status: cities_by_status(site),
        certified_over_time,
        certified_undated,
        reconciliation,
        targets,
    }
}

fn totals(
    site: &Site,
    index: &Index<'_>,
    all: &Slice<'_>,
    covered: &BTreeSet<ProvinceId>,
) -> Totals {
    let regions_covered: BTreeSet<Region6> = covered.iter().map(|p| p.get().region6).collect();
    Totals {
        projects: site.projects.len() as u64,
        project_value_thb: value(&all.projects),
        projects_without_value: without_value(&all.projects),
        cities: site.cities.len() as u64,
        cities_certified: certified(&all.cities).count() as u64,
        cohorts: site.cohorts.len() as u64,
        ambassadors: site.ambassadors.len() as u64,
        provinces_covered: covered.len() as u64,
        regions_covered: regions_covered.len() as u64,
        provinces_certified: computed_in(index, &Scope::Site, Metric::CertifiedProvinces),
    }
}

fn by_cohort(site: &Site, index: &Index<'_>) -> BTreeMap<String, CohortStats> {
    site.cohorts
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
        .collect()
}

fn by_city(site: &Site, index: &Index<'_>) -> BTreeMap<String, Money> {
    site.cities
        .iter()
        .map(|c| {
            let slice = index.slice(&Scope::City(c.meta.id.clone()));
            (c.meta.id.0.clone(), money(&slice.projects))
        })
        .collect()
}

/// Every one of the 77 provinces, with or without records, by its code.
fn by_province(site: &Site) -> BTreeMap<String, ProvinceStats> {
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
    by_province
        .into_iter()
        .map(|(p, s)| (p.code().to_string(), s))
        .collect()
}

fn by_domain(site: &Site) -> BTreeMap<String, Money> {
    let mut by_domain: BTreeMap<String, Money> = Domain::ALL
        .iter()
        .map(|d| (d.key().to_string(), Money::default()))
        .collect();
    for p in &site.projects {
        for d in &p.domains {
            add(by_domain.entry(d.key().to_string()).or_default(), p);
        }
    }
    by_domain
}

fn by_province_domain(site: &Site) -> BTreeMap<String, BTreeMap<String, DomainTally>> {
    type Tallies = BTreeMap<String, BTreeMap<String, DomainTally>>;
    fn tally<'t>(out: &'t mut Tallies, prov: &ProvinceId, d: &Domain) -> &'t mut DomainTally {
        out.entry(prov.code().to_string())
            .or_default()
            .entry(d.key().to_string())
            .or_default()
    }
    let mut out = Tallies::new();
    for p in &site.projects {
        for prov in &p.provinces {
            for d in &p.domains {
                let t = tally(&mut out, prov, d);
                t.projects += 1;
                add_value(&mut t.project_value_thb, &mut t.projects_without_value, p);
            }
        }
    }
    for c in &site.cities {
        for prov in &c.provinces {
            for d in &c.domains {
                tally(&mut out, prov, d).cities += 1;
            }
        }
    }
    out
}

fn projects_by_status(site: &Site) -> BTreeMap<String, Money> {
    let mut out: BTreeMap<String, Money> = ProjectStatus::ALL
        .iter()
        .map(|s| s.key())
        .chain([UNSTATED])
        .map(|k| (k.to_string(), Money::default()))
        .collect();
    for p in &site.projects {
        let key = p.status.map_or(UNSTATED, |s| s.key());
        add(out.entry(key.to_string()).or_default(), p);
    }
    out
}

/// Projects by the Thai fiscal year they started in, and those whose
/// start does not say the year.
fn by_fiscal_year(site: &Site) -> (BTreeMap<String, Money>, Money) {
    let mut by_year: BTreeMap<String, Money> = BTreeMap::new();
    let mut unknown = Money::default();
    for p in &site.projects {
        match p.started.and_then(|d| d.fiscal_year_be()) {
            Some(fy) => add(by_year.entry(fy.to_string()).or_default(), p),
            None => add(&mut unknown, p),
        }
    }
    (by_year, unknown)
}

fn cities_by_status(site: &Site) -> BTreeMap<String, u64> {
    CityStatus::ALL
        .iter()
        .map(|s| {
            let n = site.cities.iter().filter(|c| c.status == *s).count() as u64;
            (s.key().to_string(), n)
        })
        .collect()
}

/// Certified cities by the day they were certified, with the running
/// total; and those with no `certified_on`.
fn certified_over_time(all: &Slice<'_>) -> (Vec<CertifiedStep>, u64) {
    let mut steps: BTreeMap<PartialDate, u64> = BTreeMap::new();
    let mut undated = 0;
    for c in certified(&all.cities) {
        match c.certified_on {
            Some(d) => *steps.entry(d).or_default() += 1,
            None => undated += 1,
        }
    }
    let mut total = 0;
    let over_time = steps
        .into_iter()
        .map(|(date, added)| {
            total += added;
            CertifiedStep { date, added, total }
        })
        .collect();
    (over_time, undated)
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
