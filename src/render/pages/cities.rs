//! Render: the list of cities and each city's page.

use serde::Serialize;

use super::paging::*;
use super::planner::*;
use super::rows::*;
use crate::load::Kind;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn cities(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct Group {
            key: &'static str,
            label: String,
            count: String,
            cities: Vec<CityRow>,
        }
        #[derive(Serialize)]
        struct List {
            groups: Vec<Group>,
            figures: Vec<FigureRow>,
        }
        let f = &self.f;
        let groups = CityStatus::ALL
            .iter()
            .map(|s| {
                let cities = self.sorted_cities(f.site.cities.iter().filter(|c| c.status == *s));
                Group {
                    key: s.key(),
                    label: f.t(&format!("status.{}", s.key())),
                    count: f.fill_n("cities.count", cities.len() as u64, &[]),
                    cities,
                }
            })
            .collect();
        let figures = f
            .figures_of(&Scope::Site)
            .into_iter()
            .filter(|r| r.anchor.ends_with("-cities") || r.anchor.ends_with("-promotion_zones"))
            .collect();
        let mut out = vec![self.page(
            Route::Cities,
            "cities.html",
            f.plain(f.t("cities.title")),
            List { groups, figures },
        )];
        for c in &f.site.cities {
            out.extend(self.city_pages(c));
        }
        out
    }

    /// A city's page, and the further pages of its list of projects.
    pub(super) fn city_pages(&self, c: &City) -> Vec<Planned> {
        #[derive(Serialize)]
        struct One {
            city: CityRow,
            summary: Option<Txt>,
            domains: Vec<Link>,
            projects: Vec<tera::Value>,
            pager: Option<Pager>,
            ambassadors: Vec<AmbassadorRow>,
            body: Option<Html>,
            sources: Vec<SourceRef>,
            figures: Vec<FigureRow>,
            targets: Vec<TargetRow>,
            history: Option<super::history::HistoryView>,
        }
        let f = &self.f;
        let scope = Scope::City(c.meta.id.clone());
        let projects = f.lookup.places.projects_of_city(f.site, &c.meta.id);
        let (ambassadors, _) = self.ambassador_rows(
            f.lookup
                .places
                .ambassadors(f.site, projects.iter().flat_map(|p| &p.ambassadors))
                .into_iter(),
        );
        let route = Route::City(c.meta.id.clone());
        let paged = self.paged(&route, self.sorted_projects(projects.iter().copied()));
        let data = One {
            city: self.city_row(c),
            summary: c.meta.summary.as_ref().map(|s| f.txt(s)),
            domains: c.domains.iter().map(|d| f.domain(*d)).collect(),
            projects: paged.rows,
            pager: paged.pager,
            ambassadors,
            body: self.body(Kind::City, &c.meta.id),
            sources: f.sources(&c.meta.sources),
            figures: f.figures_of(&scope),
            targets: f.targets_of(&scope),
            history: f.history_of(&format!("city:{}", c.meta.id.0)),
        };
        let mut p = self.page(route, "city.html", f.txt(&c.title), data);
        p.description = c.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::Cities, "cities.title")];
        p.untranslated = self.untranslated(&c.title, &c.meta);
        p.keywords = keywords(&c.provinces);
        let more = self.more(&p, paged.rest);
        let mut out = vec![p];
        out.extend(more);
        out
    }
}
