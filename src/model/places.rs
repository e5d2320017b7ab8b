//! Model: where each record stands in the site's lists, by id, and which
//! records point at which, gathered in one pass. Finding a record, a
//! city's projects or a project's ambassadors is then a lookup, not a
//! scan of the site (a scan per record made big sites grow with the
//! square of their size). Aggregate and render both use it.

use std::collections::{BTreeSet, HashMap};

use super::site::{Ambassador, City, Cohort, Id, Project, Site, Source};

/// Places (indexes into the site's lists), by id.
#[derive(Debug, Default)]
pub struct Places {
    sources: HashMap<Id, usize>,
    cohorts: HashMap<Id, usize>,
    cities: HashMap<Id, usize>,
    projects: HashMap<Id, usize>,
    ambassadors: HashMap<Id, usize>,
    /// A cohort's and a city's projects, and a cohort's ambassadors, in
    /// file order.
    projects_of_cohort: HashMap<Id, Vec<usize>>,
    projects_of_city: HashMap<Id, Vec<usize>>,
    ambassadors_of_cohort: HashMap<Id, Vec<usize>>,
}

impl Places {
    pub fn new(site: &Site) -> Self {
        fn first<'a>(ids: impl Iterator<Item = &'a Id>) -> HashMap<Id, usize> {
            let mut out = HashMap::new();
            for (i, id) in ids.enumerate() {
                // The first of a repeated id, as a scan would find.
                out.entry(id.clone()).or_insert(i);
            }
            out
        }
        Places {
            sources: first(site.sources.iter().map(|s| &s.id)),
            cohorts: first(site.cohorts.iter().map(|c| &c.meta.id)),
            cities: first(site.cities.iter().map(|c| &c.meta.id)),
            projects: first(site.projects.iter().map(|p| &p.meta.id)),
            ambassadors: first(site.ambassadors.iter().map(|a| &a.meta.id)),
            projects_of_cohort: groups(site.projects.iter().map(|p| p.cohort.clone())),
            projects_of_city: groups(site.projects.iter().map(|p| p.city.clone())),
            ambassadors_of_cohort: groups(site.ambassadors.iter().map(|a| Some(a.cohort.clone()))),
        }
    }

    pub fn source<'s>(&self, site: &'s Site, id: &Id) -> Option<&'s Source> {
        Some(&site.sources[*self.sources.get(id)?])
    }

    pub fn cohort<'s>(&self, site: &'s Site, id: &Id) -> Option<&'s Cohort> {
        Some(&site.cohorts[*self.cohorts.get(id)?])
    }

    pub fn city<'s>(&self, site: &'s Site, id: &Id) -> Option<&'s City> {
        Some(&site.cities[*self.cities.get(id)?])
    }

    pub fn project<'s>(&self, site: &'s Site, id: &Id) -> Option<&'s Project> {
        Some(&site.projects[self.project_at(id)?])
    }

    /// A project's place in `site.projects`.
    pub fn project_at(&self, id: &Id) -> Option<usize> {
        self.projects.get(id).copied()
    }

    /// A cohort's projects, in file order.
    pub fn projects_of_cohort<'s>(&self, site: &'s Site, cohort: &Id) -> Vec<&'s Project> {
        pick(&site.projects, self.projects_of_cohort.get(cohort))
    }

    /// A city's projects, in file order.
    pub fn projects_of_city<'s>(&self, site: &'s Site, city: &Id) -> Vec<&'s Project> {
        pick(&site.projects, self.projects_of_city.get(city))
    }

    /// A cohort's ambassadors, in file order.
    pub fn ambassadors_of_cohort<'s>(&self, site: &'s Site, cohort: &Id) -> Vec<&'s Ambassador> {
        pick(&site.ambassadors, self.ambassadors_of_cohort.get(cohort))
    }

    /// The ambassadors named by `ids` that exist, in file order, once each.
    pub fn ambassadors<'s>(
        &self,
        site: &'s Site,
        ids: impl IntoIterator<Item = &'s Id>,
    ) -> Vec<&'s Ambassador> {
        let at: BTreeSet<usize> = ids
            .into_iter()
            .filter_map(|id| self.ambassadors.get(id).copied())
            .collect();
        at.into_iter().map(|i| &site.ambassadors[i]).collect()
    }
}

/// Each key's places, in order, from each record's key (if any).
pub fn groups<K: std::hash::Hash + Eq>(
    keys: impl Iterator<Item = Option<K>>,
) -> HashMap<K, Vec<usize>> {
    let mut out: HashMap<K, Vec<usize>> = HashMap::new();
    for (i, k) in keys.enumerate() {
        if let Some(k) = k {
            out.entry(k).or_default().push(i);
        }
    }
    out
}

fn pick<'s, T>(list: &'s [T], at: Option<&Vec<usize>>) -> Vec<&'s T> {
    at.map_or(&[][..], |v| v)
        .iter()
        .map(|i| &list[*i])
        .collect()
}
