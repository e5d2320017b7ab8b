//! Render: the list of domains and each domain's page.

use serde::Serialize;

use super::paging::*;
use super::planner::*;
use super::rows::*;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::urls::Route;

impl<'a> Planner<'a> {
    pub(super) fn domains(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct Row {
            href: String,
            key: &'static str,
            name: String,
            projects: String,
            value: String,
            cities: String,
        }
        #[derive(Serialize)]
        struct List {
            domains: Vec<Row>,
        }
        #[derive(Serialize)]
        struct One {
            domain: Row,
            projects: Vec<tera::Value>,
            pager: Option<Pager>,
            cities: Vec<CityRow>,
        }
        let f = &self.f;
        let row = |d: Domain| {
            let m = f.stats.by_domain.get(d.key()).copied().unwrap_or_default();
            Row {
                href: f.href(&Route::Domain(d)),
                key: d.key(),
                name: f.t(&format!("domain.{}", d.key())),
                projects: f.count(m.projects),
                value: f.total(m.total()),
                cities: f.count(
                    f.site
                        .cities
                        .iter()
                        .filter(|c| c.domains.contains(&d))
                        .count() as u64,
                ),
            }
        };
        let mut out = vec![self.page(
            Route::Domains,
            "domains.html",
            f.plain(f.t("domains.title")),
            List {
                domains: Domain::ALL.iter().map(|d| row(*d)).collect(),
            },
        )];
        for d in Domain::ALL {
            let paged = self.paged(
                &Route::Domain(*d),
                self.sorted_projects(f.site.projects.iter().filter(|p| p.domains.contains(d))),
            );
            let data = One {
                domain: row(*d),
                projects: paged.rows,
                pager: paged.pager,
                cities: self.sorted_cities(f.site.cities.iter().filter(|c| c.domains.contains(d))),
            };
            let mut p = self.page(
                Route::Domain(*d),
                "domain.html",
                f.plain(f.t(&format!("domain.{}", d.key()))),
                data,
            );
            p.crumbs = vec![self.crumb(Route::Domains, "domains.title")];
            let more = self.more(&p, paged.rest);
            out.push(p);
            out.extend(more);
        }
        out
    }
}
