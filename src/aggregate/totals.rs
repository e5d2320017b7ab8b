//! Aggregate: every figure of the site, by cohort, city, province,
//! domain, region, status and fiscal year.

use std::collections::{BTreeMap, BTreeSet};

use super::count::*;
use super::reconcile::reconcile;
use super::stats::*;
use crate::model::province::{Region4, Region6, registry};
use crate::model::vocab::Vocabulary;
use crate::model::*;

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
