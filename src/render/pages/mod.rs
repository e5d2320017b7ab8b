//! Render: every page of one language. Each page is a route, a template
//! and a typed context (`Ctx<D>`): the interface strings `t`, the site
//! chrome `site`, what every page has `page`, and the page's own `data`.

mod cities;
mod cohorts;
mod data;
mod domains;
mod figures;
mod free;
mod history;
mod home;
mod news;
mod paging;
mod planner;
mod projects;
mod provinces;
mod rows;
mod search;
mod sources;

use rayon::prelude::*;

use crate::load::Kind;
use crate::model::*;

pub use data::data_page;
pub use planner::{Planned, Planner, Rows, page_info};

impl<'a> Planner<'a> {
    /// The pages that show the record `id` of `kind` itself, with its
    /// body: its own page, and the further pages of its list of projects.
    /// No other page shows a body, or depends on one.
    pub fn pages_of(&self, kind: Kind, id: &Id) -> Vec<Planned> {
        let site = self.f.site;
        let places = &self.f.lookup.places;
        match kind {
            Kind::City => places
                .city(site, id)
                .map(|c| self.city_pages(c))
                .unwrap_or_default(),
            Kind::Cohort => places
                .cohort(site, id)
                .map(|c| self.cohort_pages(c))
                .unwrap_or_default(),
            Kind::Project => places
                .project_at(id)
                .map(|i| vec![self.project_page(i, &site.projects[i])])
                .unwrap_or_default(),
            Kind::News => site
                .news
                .iter()
                .filter(|n| n.meta.id == *id)
                .map(|n| self.post_page(n))
                .collect(),
            Kind::Page => site
                .pages
                .iter()
                .filter(|p| p.meta.id == *id)
                .map(|p| self.free_page(p))
                .collect(),
            Kind::Ambassador => Vec::new(),
        }
    }

    /// Every page of the language, in a fixed order. The sections are
    /// planned on every core.
    pub fn plan(&self) -> Vec<Planned> {
        type Section<'s> = &'s (dyn Fn() -> Vec<Planned> + Sync);
        let sections: [Section<'_>; 10] = [
            &|| vec![self.home()],
            &|| self.cities(),
            &|| self.cohorts(),
            &|| self.projects(),
            &|| self.provinces(),
            &|| self.domains(),
            &|| self.news(),
            &|| vec![self.sources()],
            &|| {
                let mut out = Vec::new();
                if self.f.urls.has_search() {
                    out.push(self.search());
                }
                out.push(self.figures());
                out
            },
            &|| self.free_pages(),
        ];
        let planned: Vec<Vec<Planned>> = sections.par_iter().map(|section| section()).collect();
        planned.into_iter().flatten().collect()
    }
}
