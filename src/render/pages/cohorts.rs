//! Render: the list of cohorts and each cohort's page.

use serde::Serialize;

use super::paging::*;
use super::planner::*;
use super::rows::*;
use crate::load::Kind;
use crate::model::*;
use crate::render::charts::Chart;
use crate::render::charts::SiteChart;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn cohorts(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct List {
            cohorts: Vec<CohortRow>,
            charts: Vec<Chart>,
        }
        let f = &self.f;
        let mut out = vec![self.page(
            Route::Cohorts,
            "cohorts.html",
            f.plain(f.t("cohorts.title")),
            List {
                cohorts: f.site.cohorts.iter().map(|c| self.cohort_row(c)).collect(),
                charts: self.charts(&[SiteChart::CohortsAmbassadors, SiteChart::CohortsProvinces]),
            },
        )];
        for c in &f.site.cohorts {
            out.extend(self.cohort_pages(c));
        }
        out
    }

    /// A cohort's page, and the further pages of its list of projects.
    pub(super) fn cohort_pages(&self, c: &Cohort) -> Vec<Planned> {
        #[derive(Serialize)]
        struct One {
            cohort: CohortRow,
            summary: Option<Txt>,
            planned_ambassadors: Option<String>,
            partners: Vec<Txt>,
            figures: Vec<FigureRow>,
            targets: Vec<TargetRow>,
            ambassadors: Vec<AmbassadorRow>,
            private_note: Option<String>,
            projects: Vec<tera::Value>,
            pager: Option<Pager>,
            body: Option<Html>,
            sources: Vec<SourceRef>,
            history: Option<super::history::HistoryView>,
        }
        let f = &self.f;
        let scope = Scope::Cohort(c.meta.id.clone());
        let places = &f.lookup.places;
        let (ambassadors, private_note) =
            self.ambassador_rows(places.ambassadors_of_cohort(f.site, &c.meta.id).into_iter());
        let route = Route::Cohort(c.meta.id.clone());
        let rows = self.sorted_projects(places.projects_of_cohort(f.site, &c.meta.id).into_iter());
        let paged = self.paged(&route, rows);
        let data = One {
            cohort: self.cohort_row(c),
            summary: c.meta.summary.as_ref().map(|s| f.txt(s)),
            planned_ambassadors: c.planned_ambassadors.map(|n| f.count(n)),
            partners: c.partners.iter().map(|p| f.txt(p)).collect(),
            figures: f.figures_of(&scope),
            targets: f.targets_of(&scope),
            ambassadors,
            private_note,
            projects: paged.rows,
            pager: paged.pager,
            body: self.body(Kind::Cohort, &c.meta.id),
            sources: f.sources(&c.meta.sources),
            history: f.history_of(&format!("cohort:{}", c.meta.id.0)),
        };
        let mut p = self.page(route, "cohort.html", f.txt(&c.title), data);
        p.description = c.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::Cohorts, "cohorts.title")];
        p.untranslated = self.untranslated(&c.title, &c.meta);
        let more = self.more(&p, paged.rest);
        let mut out = vec![p];
        out.extend(more);
        out
    }
}
