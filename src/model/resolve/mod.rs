//! Model: raw records into the typed [`Site`], checking every value and
//! every reference, and collecting every problem rather than the first.

mod config;
mod fields;
mod known;
mod opendata;
mod records;
mod reported;
mod resolver;
mod translations;

use crate::diag::Diagnostics;
use crate::load::RawSite;
use crate::model::bounds::{self, BuildDate};
use crate::model::site::*;
use known::*;
use rayon::prelude::*;
use resolver::*;
use translations::*;

/// Checks and converts everything `load` read. Returns the site only where
/// there is no error; warnings (missing translations) go into `diags`
/// either way. `epoch` is `SOURCE_DATE_EPOCH`, where it is set and valid:
/// no figure may be reported as of a later day ([`BuildDate`]).
pub fn resolve(raw: &RawSite, epoch: Option<u64>, diags: &mut Diagnostics) -> Option<Site> {
    let known = Known::collect(raw, diags);
    let translations = translations(raw, &known, diags);
    let build_date = BuildDate::new(epoch, raw);
    let mut r = Resolver {
        known: &known,
        translations: &translations,
        build_date: build_date.as_ref(),
        diags,
        reported: Vec::new(),
    };
    let config = raw.config.as_ref().and_then(|doc| r.config(doc));
    let sources = r.sources(raw);
    let mut cohorts: Vec<Cohort> = raw.cohorts.iter().filter_map(|d| r.cohort(d)).collect();
    let mut cities: Vec<City> = raw.cities.iter().filter_map(|d| r.city(d)).collect();
    // Projects are most of a big site and each stands alone: they are
    // resolved on every core, each with its own diagnostics and reported
    // figures, which are then taken in file order.
    let done: Vec<(Option<Project>, Diagnostics, Vec<Reported>)> = raw
        .projects
        .par_iter()
        .map(|d| {
            let mut local = Diagnostics::default();
            let mut one = Resolver {
                known: &known,
                translations: &translations,
                build_date: build_date.as_ref(),
                diags: &mut local,
                reported: Vec::new(),
            };
            let project = one.project(d);
            let reported = std::mem::take(&mut one.reported);
            (project, local, reported)
        })
        .collect();
    let mut projects: Vec<Project> = Vec::with_capacity(done.len());
    for (project, local, reported) in done {
        r.diags.extend(local);
        r.reported.extend(reported);
        projects.extend(project);
    }
    if let Some(d) = bounds::total_value(raw) {
        r.error(d);
    }
    let mut ambassadors: Vec<Ambassador> = raw
        .ambassadors
        .iter()
        .filter_map(|d| r.ambassador(d))
        .collect();
    let mut news: Vec<News> = raw.news.iter().filter_map(|d| r.news(d)).collect();
    let mut pages: Vec<Page> = raw.pages.iter().filter_map(|d| r.page(d)).collect();
    r.unique_cohort_numbers(&cohorts);
    let reported = std::mem::take(&mut r.reported);

    if diags.has_errors() {
        return None;
    }
    cohorts.sort_by(|a, b| (a.number, &a.meta.id).cmp(&(b.number, &b.meta.id)));
    cities.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    projects.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    ambassadors.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    news.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.meta.id.cmp(&b.meta.id)));
    pages.sort_by(|a, b| (a.order, &a.meta.id).cmp(&(b.order, &b.meta.id)));
    Some(Site {
        config: config?,
        build_date: build_date.map(|b| b.date),
        sources,
        cohorts,
        cities,
        projects,
        ambassadors,
        news,
        pages,
        reported,
    })
}
