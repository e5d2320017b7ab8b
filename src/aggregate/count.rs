//! Aggregate: the records a scope holds, and how they are counted and
//! summed (values saturate at the cap rather than overflow).

use std::collections::BTreeSet;

use super::stats::Money;
use crate::model::places::Places;
use crate::model::*;

/// The records a scope holds: itself and what points at it.
pub(super) struct Slice<'a> {
    pub(super) projects: Vec<&'a Project>,
    pub(super) cities: Vec<&'a City>,
    pub(super) ambassadors: Vec<&'a Ambassador>,
}

/// The site with its [`Places`], so that a scope's records are found
/// without scanning the site again (a scan per cohort, city or reported
/// figure made the stage grow with the square of the site).
pub(super) struct Index<'a> {
    pub(super) site: &'a Site,
    places: Places,
}

impl<'a> Index<'a> {
    pub(super) fn new(site: &'a Site) -> Self {
        Index {
            site,
            places: Places::new(site),
        }
    }

    /// The records of a scope: the whole site; a cohort's projects and
    /// ambassadors; a city and its projects (and their ambassadors); a
    /// project and its ambassadors. Records keep their file order.
    pub(super) fn slice(&self, scope: &Scope) -> Slice<'a> {
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

pub(super) fn add(m: &mut Money, p: &Project) {
    m.projects += 1;
    add_value(&mut m.project_value_thb, &mut m.projects_without_value, p);
}

/// Adds a project's value to `sum`, or counts it in `unvalued` where it
/// states none, saturating. Amounts are capped at `MAX_BAHT`, so only
/// millions of records at the cap could reach the limit; this is the one
/// place values are summed.
pub(super) fn add_value(sum: &mut u64, unvalued: &mut u64, p: &Project) {
    match p.value_thb {
        Some(v) => *sum = sum.saturating_add(v.0),
        None => *unvalued += 1,
    }
}

pub(super) fn without_value(projects: &[&Project]) -> u64 {
    projects.iter().filter(|p| p.value_thb.is_none()).count() as u64
}

pub(super) fn money(projects: &[&Project]) -> Money {
    let mut m = Money::default();
    for p in projects {
        add(&mut m, p);
    }
    m
}

pub(super) fn value(projects: &[&Project]) -> u64 {
    let (mut sum, mut unvalued) = (0, 0);
    for p in projects {
        add_value(&mut sum, &mut unvalued, p);
    }
    sum
}

pub(super) fn certified<'a>(cities: &'a [&'a City]) -> impl Iterator<Item = &'a City> {
    cities
        .iter()
        .copied()
        .filter(|c| c.status == CityStatus::Certified)
}

pub(super) fn covered_provinces(s: &Slice<'_>) -> BTreeSet<ProvinceId> {
    let mut out = BTreeSet::new();
    out.extend(s.projects.iter().flat_map(|p| p.provinces.iter().copied()));
    out.extend(s.cities.iter().flat_map(|c| c.provinces.iter().copied()));
    out.extend(s.ambassadors.iter().map(|a| a.province));
    out
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
