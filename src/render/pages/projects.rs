//! Render: the list of projects and each project's page.

use rayon::prelude::*;
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
    pub(super) fn projects(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct List {
            total: String,
            projects: Vec<tera::Value>,
            pager: Option<Pager>,
            charts: Vec<Chart>,
        }
        let f = &self.f;
        let t = &f.stats.totals;
        let total = f.fill_n(
            "projects.total",
            t.projects,
            &[("value", &f.total(t.total()))],
        );
        let paged = self.paged(
            &Route::Projects,
            self.sorted_projects(f.site.projects.iter()),
        );
        let list = self.page(
            Route::Projects,
            "projects.html",
            f.plain(f.t("projects.title")),
            List {
                total,
                projects: paged.rows,
                pager: paged.pager,
                charts: self.charts(&[
                    SiteChart::ProjectsByProvince,
                    SiteChart::ProjectsByStatus,
                    SiteChart::ProjectsByFiscalYear,
                ]),
            },
        );
        let mut out = self.more(&list, paged.rest);
        out.insert(0, list);
        let pages: Vec<Planned> = f
            .site
            .projects
            .par_iter()
            .enumerate()
            .map(|(i, pr)| self.project_page(i, pr))
            .collect();
        out.extend(pages);
        out
    }

    /// Project `i` of `site.projects`'s page.
    pub(super) fn project_page(&self, i: usize, pr: &Project) -> Planned {
        #[derive(Serialize)]
        struct One {
            project: tera::Value,
            summary: Option<Txt>,
            fiscal_year: Option<String>,
            partners: Vec<Txt>,
            ambassadors: Vec<AmbassadorRow>,
            private_note: Option<String>,
            body: Option<Html>,
            sources: Vec<SourceRef>,
            figures: Vec<FigureRow>,
            targets: Vec<TargetRow>,
        }
        let f = &self.f;
        let scope = Scope::Project(pr.meta.id.clone());
        let (ambassadors, private_note) = self.ambassador_rows(
            f.lookup
                .places
                .ambassadors(f.site, &pr.ambassadors)
                .into_iter(),
        );
        let data = One {
            project: self.rows[i].1.clone(),
            summary: pr.meta.summary.as_ref().map(|s| f.txt(s)),
            fiscal_year: pr
                .started
                .and_then(|d| d.fiscal_year_be())
                .map(|fy| f.fiscal_year(fy)),
            partners: pr.partners.iter().map(|p| f.txt(p)).collect(),
            ambassadors,
            private_note,
            body: self.body(Kind::Project, &pr.meta.id),
            sources: f.sources(&pr.meta.sources),
            figures: f.figures_of(&scope),
            targets: f.targets_of(&scope),
        };
        let mut p = self.page(
            Route::Project(pr.meta.id.clone()),
            "project.html",
            f.txt(&pr.title),
            data,
        );
        p.description = pr.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::Projects, "projects.title")];
        p.untranslated = self.untranslated(&pr.title, &pr.meta);
        p.keywords = keywords(&pr.provinces);
        p
    }
}
