//! Render: every page of one language. Each page is a route, a template
//! and a typed context (`Ctx<D>`): the interface strings `t`, the site
//! chrome `site`, what every page has `page`, and the page's own `data`.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::aggregate::Total;
use crate::load::Kind;
use crate::model::province::Region6;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::Bodies;
use crate::render::charts::{Catalog, Chart};
use crate::render::urls::Route;
use crate::render::view::*;

/// The site's chrome in one language: title, menu, footer links.
#[derive(Debug, Clone, Serialize)]
pub struct SiteCtx {
    pub lang: &'static str,
    pub title: String,
    pub description: Option<String>,
    pub licence: Option<String>,
    /// The base path of every link: `/` or `/report/`.
    pub base: String,
    pub assets: String,
    pub home: String,
    pub nav: Vec<Nav>,
    pub feed: String,
    pub news: String,
    pub sources: String,
    pub data: String,
    pub figures: String,
    /// The search page, where this build makes a search index.
    pub search: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Nav {
    pub key: &'static str,
    pub href: String,
    pub label: String,
}

/// What every page has.
#[derive(Debug, Clone, Serialize)]
pub struct PageInfo {
    pub title: Txt,
    pub description: String,
    /// The menu entry this page is under.
    pub section: &'static str,
    pub href: String,
    pub canonical: String,
    /// The same page in the other language, where the site has it.
    pub twin: Option<Twin>,
    pub alternates: Vec<Alternate>,
    /// Some of the page's text is shown in Thai for want of a translation.
    pub untranslated: bool,
    pub crumbs: Vec<Link>,
    /// The page's hidden search words, joined (empty for none).
    pub keywords: String,
    /// Whether the page is indexed for search (the theme marks its
    /// `<main>` with `data-pagefind-body`).
    pub search: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Twin {
    pub lang: &'static str,
    pub href: String,
    pub name: String,
    pub hint: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub lang: &'static str,
    pub href: String,
}

/// A rendered Markdown body, marked where it is Thai on an English page.
#[derive(Debug, Clone, Serialize)]
pub struct Html {
    pub html: std::sync::Arc<str>,
    pub lang: Option<&'static str>,
}

/// A page ready for its template.
pub struct Planned {
    pub route: Route,
    pub template: &'static str,
    pub title: Txt,
    pub description: Option<Txt>,
    pub section: &'static str,
    pub crumbs: Vec<Link>,
    pub data: Box<dyn erased_serde::Serialize + Send + Sync>,
    pub untranslated: bool,
    /// Words a reader may search the page by that it does not show: the
    /// other names of its provinces (`Korat`, `โคราช`).
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CityRow {
    pub href: String,
    pub title: Txt,
    pub status: String,
    pub status_key: &'static str,
    pub pilot: bool,
    pub provinces: Vec<Link>,
    pub certified_on: Option<String>,
    pub projects: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProjectRow {
    pub href: String,
    pub title: Txt,
    pub provinces: Vec<Link>,
    pub domains: Vec<Link>,
    pub value: Option<String>,
    pub status: Option<String>,
    pub started: Option<String>,
    pub cohort: Option<Link>,
    pub city: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AmbassadorRow {
    pub name: String,
    pub province: Link,
    pub cohort: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewsRow {
    pub href: String,
    pub title: Txt,
    pub date: String,
    pub iso_date: String,
    pub summary: Option<Txt>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CohortRow {
    pub href: String,
    pub title: Txt,
    pub number: String,
    pub started: String,
    pub ended: Option<String>,
    pub projects: String,
    pub value: String,
    pub ambassadors: String,
    pub provinces: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stat {
    pub label: String,
    pub value: String,
}

/// The most rows a list of projects shows on one page; the rest go on
/// pages 2, 3, … (`…/page/2/`), so that a list stays light on a phone
/// however big the programme grows.
pub const PAGE_SIZE: usize = 50;

/// Where a page stands among the pages of its list.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    /// `Page 2 of 7`
    pub label: String,
    pub first: Option<String>,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub last: Option<String>,
}

/// A list's rows split into pages of [`PAGE_SIZE`].
struct Paged {
    /// The rows the list's own page shows, and its pager (none when one
    /// page holds them all).
    rows: Vec<tera::Value>,
    pager: Option<Pager>,
    /// Pages 2, 3, …: route, rows and pager.
    rest: Vec<(Route, Vec<tera::Value>, Pager)>,
}

/// Builds the pages of one language.
pub struct Planner<'a> {
    pub f: Fmt<'a>,
    pub bodies: &'a Bodies,
    pub charts: &'a Catalog,
    /// Each project's row, in `site.projects` order, with its sort key:
    /// made once, as Tera's value, and shared by every page that lists
    /// the project (a project is in five lists or more).
    rows: Arc<Rows>,
}

/// Each project's row in one language, in `site.projects` order, with the
/// key it sorts by: what every list of projects is made of.
pub type Rows = Vec<(String, tera::Value)>;

impl<'a> Planner<'a> {
    pub fn new(f: Fmt<'a>, bodies: &'a Bodies, charts: &'a Catalog) -> tera::TeraResult<Self> {
        let mut planner = Planner::with_rows(f, bodies, charts, Arc::default());
        planner.rows = Arc::new(
            f.site
                .projects
                .par_iter()
                .map(|p| {
                    let row = planner.project_row(p);
                    Ok((
                        sort_key(&row.title.text),
                        tera::Value::try_from_serializable(&row)?,
                    ))
                })
                .collect::<tera::TeraResult<_>>()?,
        );
        Ok(planner)
    }

    /// A planner with the rows an earlier one made of the same site (a
    /// rebuild of a few pages need not make 10,000 rows again).
    pub fn with_rows(f: Fmt<'a>, bodies: &'a Bodies, charts: &'a Catalog, rows: Arc<Rows>) -> Self {
        Planner {
            f,
            bodies,
            charts,
            rows,
        }
    }

    /// The rows, to make another planner of the same site with.
    pub fn rows(&self) -> Arc<Rows> {
        Arc::clone(&self.rows)
    }

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

    /// The site's charts of `names`, for a page.
    fn charts(&self, names: &[&str]) -> Vec<Chart> {
        names
            .iter()
            .filter_map(|n| self.charts.get(n).cloned())
            .collect()
    }

    /// A chart of province `p`.
    fn province_chart(&self, name: &str, p: ProvinceId) -> Option<Chart> {
        self.charts.of_province(name, p).cloned()
    }

    fn body(&self, kind: Kind, id: &Id) -> Option<Html> {
        let text = self.bodies.get(&(kind, id.0.clone()))?;
        if text.th.trim().is_empty() {
            return None;
        }
        // As `Fmt::txt`: the Thai text, marked, where there is no English.
        Some(match (self.f.lang, &text.en) {
            (Lang::En, Some(en)) => Html {
                html: en.clone(),
                lang: None,
            },
            (Lang::En, None) => Html {
                html: text.th.clone(),
                lang: Some("th"),
            },
            (Lang::Th, _) => Html {
                html: text.th.clone(),
                lang: None,
            },
        })
    }

    fn untranslated(&self, title: &Text, meta: &Meta) -> bool {
        self.f.lang == Lang::En
            && (!title.is_translated()
                || meta.summary.as_ref().is_some_and(|s| !s.is_translated())
                || (!meta.body.th.trim().is_empty() && !meta.body.is_translated()))
    }

    fn crumb(&self, route: Route, key: &str) -> Link {
        let text = self.f.plain(self.f.t(key));
        self.f.link(route, text)
    }

    pub fn city_row(&self, c: &City) -> CityRow {
        let f = &self.f;
        let m = f
            .stats
            .by_city
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        CityRow {
            href: f.href(&Route::City(c.meta.id.clone())),
            title: f.txt(&c.title),
            status: f.t(&format!("status.{}", c.status.key())),
            status_key: c.status.key(),
            pilot: c.pilot,
            provinces: c.provinces.iter().map(|p| f.province(*p)).collect(),
            certified_on: c.certified_on.as_ref().map(|d| f.date(d)),
            projects: f.count(m.projects),
            value: f.total(m.total()),
        }
    }

    pub fn project_row(&self, p: &Project) -> ProjectRow {
        let f = &self.f;
        ProjectRow {
            href: f.href(&Route::Project(p.meta.id.clone())),
            title: f.txt(&p.title),
            provinces: p.provinces.iter().map(|x| f.province(*x)).collect(),
            domains: p.domains.iter().map(|d| f.domain(*d)).collect(),
            value: p.value_thb.map(|v| f.money(v.0)),
            status: p
                .status
                .map(|s| f.t(&format!("project_status.{}", s.key()))),
            started: p.started.as_ref().map(|d| f.date(d)),
            cohort: p.cohort.as_ref().and_then(|id| f.cohort(id)),
            city: p.city.as_ref().and_then(|id| f.city(id)),
        }
    }

    /// The public ambassadors of `list`, and the note that says how many
    /// more count but are not named, where there are any.
    fn ambassador_rows<'b>(
        &self,
        list: impl Iterator<Item = &'b Ambassador>,
    ) -> (Vec<AmbassadorRow>, Option<String>) {
        let mut rows = Vec::new();
        let mut private = 0;
        for a in list {
            if a.public {
                rows.push(AmbassadorRow {
                    name: a.name.get(self.f.lang).to_string(),
                    province: self.f.province(a.province),
                    cohort: self.f.cohort(&a.cohort),
                });
            } else {
                private += 1;
            }
        }
        let f = &self.f;
        let note = (private > 0).then(|| f.fill_n("cohorts.ambassadors_private", private, &[]));
        (rows, note)
    }

    pub fn news_row(&self, n: &News) -> NewsRow {
        let f = &self.f;
        NewsRow {
            href: f.href(&Route::Post(n.meta.id.clone())),
            title: f.txt(&n.title),
            date: f.date(&n.date),
            iso_date: n.date.iso(),
            summary: n.meta.summary.as_ref().map(|s| f.txt(s)),
        }
    }

    fn cohort_row(&self, c: &Cohort) -> CohortRow {
        let f = &self.f;
        let s = f
            .stats
            .by_cohort
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        CohortRow {
            href: f.href(&Route::Cohort(c.meta.id.clone())),
            title: f.txt(&c.title),
            number: f.count(c.number),
            started: f.date(&c.started),
            ended: c.ended.as_ref().map(|d| f.date(d)),
            projects: f.count(s.projects),
            value: f.total(s.total()),
            ambassadors: f.count(s.ambassadors),
            provinces: f.count(s.provinces_covered),
        }
    }

    fn sorted_cities<'b>(&self, cities: impl Iterator<Item = &'b City>) -> Vec<CityRow> {
        let mut rows: Vec<CityRow> = cities.map(|c| self.city_row(c)).collect();
        rows.sort_by_cached_key(|r| sort_key(&r.title.text));
        rows
    }

    /// The rows of `projects`, by title as a Thai dictionary orders
    /// words (a stable sort: equal titles keep their order).
    fn sorted_projects<'b>(&self, projects: impl Iterator<Item = &'b Project>) -> Vec<tera::Value> {
        let mut at: Vec<usize> = projects
            .filter_map(|p| self.f.lookup.places.project_at(&p.meta.id))
            .collect();
        at.sort_by(|a, b| self.rows[*a].0.cmp(&self.rows[*b].0));
        at.into_iter().map(|i| self.rows[i].1.clone()).collect()
    }

    /// `rows` of the list at `list`, split into pages.
    fn paged(&self, list: &Route, rows: Vec<tera::Value>) -> Paged {
        let f = &self.f;
        let pages = rows.len().div_ceil(PAGE_SIZE).max(1);
        let route = |n: usize| match n {
            1 => list.clone(),
            _ => Route::More(Box::new(list.clone()), n),
        };
        let pager = |n: usize| Pager {
            label: f.fill(
                "pager.label",
                &[("n", &f.count(n as u64)), ("pages", &f.count(pages as u64))],
            ),
            // First and last only where they are not also the previous
            // or the next page.
            first: (n > 2).then(|| f.href(&route(1))),
            prev: (n > 1).then(|| f.href(&route(n - 1))),
            next: (n < pages).then(|| f.href(&route(n + 1))),
            last: (n + 1 < pages).then(|| f.href(&route(pages))),
        };
        let mut chunks = rows.chunks(PAGE_SIZE).map(<[tera::Value]>::to_vec);
        let first = chunks.next().unwrap_or_default();
        Paged {
            rows: first,
            pager: (pages > 1).then(|| pager(1)),
            rest: chunks
                .enumerate()
                .map(|(i, rows)| (route(i + 2), rows, pager(i + 2)))
                .collect(),
        }
    }

    /// Pages 2, 3, … of the list whose own page is `first`: its title
    /// with the page's number, under the same crumbs and the list.
    fn more(&self, first: &Planned, rest: Vec<(Route, Vec<tera::Value>, Pager)>) -> Vec<Planned> {
        #[derive(Serialize)]
        struct More {
            list: Link,
            projects: Vec<tera::Value>,
            pager: Pager,
        }
        let f = &self.f;
        let list = Link {
            href: f.href(&first.route),
            text: first.title.clone(),
        };
        rest.into_iter()
            .map(|(route, projects, pager)| {
                let title = Txt {
                    text: f.fill(
                        "pager.title",
                        &[("title", &first.title.text), ("label", &pager.label)],
                    ),
                    lang: first.title.lang,
                };
                let mut crumbs = first.crumbs.clone();
                crumbs.push(list.clone());
                let mut p = self.page(
                    route,
                    "more.html",
                    first.section,
                    title,
                    More {
                        list: list.clone(),
                        projects,
                        pager,
                    },
                );
                p.crumbs = crumbs;
                p.untranslated = first.untranslated;
                p
            })
            .collect()
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

    pub(super) fn page(
        &self,
        route: Route,
        template: &'static str,
        section: &'static str,
        title: Txt,
        data: impl Serialize + Send + Sync + 'static,
    ) -> Planned {
        Planned {
            route,
            template,
            title,
            description: None,
            section,
            crumbs: Vec::new(),
            data: Box::new(data),
            untranslated: false,
            keywords: Vec::new(),
        }
    }

    fn home(&self) -> Planned {
        #[derive(Serialize)]
        struct Home {
            headlines: Vec<Headline>,
            news: Vec<NewsRow>,
            cohorts: Vec<CohortRow>,
            regions: Vec<RegionLink>,
            provinces_href: String,
            charts: Vec<Chart>,
        }
        #[derive(Serialize)]
        struct RegionLink {
            href: String,
            label: String,
            covered: String,
            total: String,
        }
        let f = &self.f;
        let regions = Region6::ALL
            .iter()
            .map(|r| {
                let s = f.stats.by_region.get(r.key()).copied().unwrap_or_default();
                RegionLink {
                    href: format!("{}#{}", f.href(&Route::Provinces), r.key()),
                    label: f.t(&format!("region.{}", r.key())),
                    covered: f.count(s.provinces_covered),
                    total: f.count(s.provinces),
                }
            })
            .collect();
        let data = Home {
            headlines: headlines(f),
            news: f
                .site
                .news
                .iter()
                .take(3)
                .map(|n| self.news_row(n))
                .collect(),
            cohorts: f.site.cohorts.iter().map(|c| self.cohort_row(c)).collect(),
            regions,
            provinces_href: f.href(&Route::Provinces),
            charts: self.charts(&["certified-over-time", "projects-by-domain", "province-map"]),
        };
        let mut p = self.page(
            Route::Home,
            "home.html",
            "home",
            f.txt(&f.site.config.title),
            data,
        );
        p.description = f.site.config.description.as_ref().map(|d| f.txt(d));
        p
    }

    fn cities(&self) -> Vec<Planned> {
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
            "cities",
            f.plain(f.t("cities.title")),
            List { groups, figures },
        )];
        for c in &f.site.cities {
            out.extend(self.city_pages(c));
        }
        out
    }

    /// A city's page, and the further pages of its list of projects.
    fn city_pages(&self, c: &City) -> Vec<Planned> {
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
        };
        let mut p = self.page(route, "city.html", "cities", f.txt(&c.title), data);
        p.description = c.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::Cities, "cities.title")];
        p.untranslated = self.untranslated(&c.title, &c.meta);
        p.keywords = keywords(&c.provinces);
        let more = self.more(&p, paged.rest);
        let mut out = vec![p];
        out.extend(more);
        out
    }

    fn cohorts(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct List {
            cohorts: Vec<CohortRow>,
            charts: Vec<Chart>,
        }
        let f = &self.f;
        let mut out = vec![self.page(
            Route::Cohorts,
            "cohorts.html",
            "cohorts",
            f.plain(f.t("cohorts.title")),
            List {
                cohorts: f.site.cohorts.iter().map(|c| self.cohort_row(c)).collect(),
                charts: self.charts(&["cohorts-ambassadors", "cohorts-provinces"]),
            },
        )];
        for c in &f.site.cohorts {
            out.extend(self.cohort_pages(c));
        }
        out
    }

    /// A cohort's page, and the further pages of its list of projects.
    fn cohort_pages(&self, c: &Cohort) -> Vec<Planned> {
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
        };
        let mut p = self.page(route, "cohort.html", "cohorts", f.txt(&c.title), data);
        p.description = c.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::Cohorts, "cohorts.title")];
        p.untranslated = self.untranslated(&c.title, &c.meta);
        let more = self.more(&p, paged.rest);
        let mut out = vec![p];
        out.extend(more);
        out
    }

    fn projects(&self) -> Vec<Planned> {
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
            "projects",
            f.plain(f.t("projects.title")),
            List {
                total,
                projects: paged.rows,
                pager: paged.pager,
                charts: self.charts(&[
                    "projects-by-province",
                    "projects-by-status",
                    "projects-by-fiscal-year",
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
    fn project_page(&self, i: usize, pr: &Project) -> Planned {
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
            "projects",
            f.txt(&pr.title),
            data,
        );
        p.description = pr.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::Projects, "projects.title")];
        p.untranslated = self.untranslated(&pr.title, &pr.meta);
        p.keywords = keywords(&pr.provinces);
        p
    }

    fn provinces(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct Row {
            href: String,
            name: String,
            code: &'static str,
            projects: String,
            value: String,
            cities: String,
            ambassadors: String,
            has_records: bool,
        }
        #[derive(Serialize)]
        struct Region {
            key: &'static str,
            label: String,
            covered: String,
            provinces: Vec<Row>,
        }
        #[derive(Serialize)]
        struct List {
            covered: String,
            regions: Vec<Region>,
        }
        #[derive(Serialize)]
        struct One {
            name: String,
            other_name: Txt,
            other_lang: &'static str,
            code: &'static str,
            region: Link,
            has_records: bool,
            stats: Vec<Stat>,
            cities: Vec<CityRow>,
            projects: Vec<tera::Value>,
            pager: Option<Pager>,
            locator: Option<Chart>,
            domains: Option<Chart>,
            ambassadors: Vec<AmbassadorRow>,
            private_note: Option<String>,
        }
        let f = &self.f;

        let regions = Region6::ALL
            .iter()
            .map(|r| {
                let mut provinces: Vec<Row> = ProvinceId::all()
                    .filter(|p| p.get().region6 == *r)
                    .map(|p| {
                        let s = f.stats.province(p);
                        Row {
                            href: f.href(&Route::Province(p)),
                            name: f.province_name(p),
                            code: p.code(),
                            projects: f.count(s.projects),
                            value: f.total(s.total()),
                            cities: f.count(s.cities),
                            ambassadors: f.count(s.ambassadors),
                            has_records: s.records() > 0,
                        }
                    })
                    .collect();
                provinces.sort_by_cached_key(|row| sort_key(&row.name));
                let rs = f.stats.by_region.get(r.key()).copied().unwrap_or_default();
                Region {
                    key: r.key(),
                    label: f.t(&format!("region.{}", r.key())),
                    covered: f.fill(
                        "provinces.covered",
                        &[
                            ("covered", &f.count(rs.provinces_covered)),
                            ("total", &f.count(rs.provinces)),
                        ],
                    ),
                    provinces,
                }
            })
            .collect();
        let covered = f.fill(
            "provinces.covered",
            &[
                ("covered", &f.count(f.stats.totals.provinces_covered)),
                ("total", &f.count(f.stats.provinces_total as u64)),
            ],
        );
        let mut out = vec![self.page(
            Route::Provinces,
            "provinces.html",
            "provinces",
            f.plain(f.t("provinces.title")),
            List { covered, regions },
        )];
        for p in ProvinceId::all() {
            let info = p.get();
            let s = f.stats.province(p);
            let projects: Vec<&Project> = f
                .site
                .projects
                .iter()
                .filter(|x| x.provinces.contains(&p))
                .collect();
            let (ambassadors, private_note) =
                self.ambassador_rows(f.site.ambassadors.iter().filter(|a| a.province == p));
            let (other_name, other_lang) = match f.lang {
                Lang::Th => (info.name_en.clone(), "en"),
                Lang::En => (info.name_th.clone(), "th"),
            };
            let stats = vec![
                Stat {
                    label: f.t("field.cities"),
                    value: f.count(s.cities),
                },
                Stat {
                    label: f.t("field.projects"),
                    value: f.count(s.projects),
                },
                Stat {
                    label: f.t("field.value"),
                    // Projects whose value no source states are not "0 baht".
                    value: f.total(s.total()),
                },
                Stat {
                    label: f.t("field.ambassadors"),
                    value: f.count(s.ambassadors),
                },
            ];
            let paged = self.paged(
                &Route::Province(p),
                self.sorted_projects(projects.iter().copied()),
            );
            let data = One {
                name: f.province_name(p),
                other_name: Txt {
                    text: other_name,
                    lang: Some(other_lang),
                },
                other_lang,
                code: p.code(),
                region: Link {
                    href: format!("{}#{}", f.href(&Route::Provinces), info.region6.key()),
                    text: f.plain(f.t(&format!("region.{}", info.region6.key()))),
                },
                has_records: s.records() > 0,
                stats,
                cities: self
                    .sorted_cities(f.site.cities.iter().filter(|c| c.provinces.contains(&p))),
                projects: paged.rows,
                pager: paged.pager,
                locator: self.province_chart("province-locator", p),
                domains: self.province_chart("province-domains", p),
                ambassadors,
                private_note,
            };
            let mut page = self.page(
                Route::Province(p),
                "province.html",
                "provinces",
                f.plain(f.province_name(p)),
                data,
            );
            page.crumbs = vec![self.crumb(Route::Provinces, "provinces.title")];
            page.keywords = keywords(&[p]);
            let more = self.more(&page, paged.rest);
            out.push(page);
            out.extend(more);
        }
        out
    }

    fn domains(&self) -> Vec<Planned> {
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
            "domains",
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
                "domains",
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

    fn news(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct List {
            news: Vec<NewsRow>,
        }
        let f = &self.f;
        let mut out = vec![self.page(
            Route::News,
            "news.html",
            "news",
            f.plain(f.t("news.title")),
            List {
                news: f.site.news.iter().map(|n| self.news_row(n)).collect(),
            },
        )];
        out.extend(f.site.news.iter().map(|n| self.post_page(n)));
        out
    }

    /// A news item's page.
    fn post_page(&self, n: &News) -> Planned {
        #[derive(Serialize)]
        struct One {
            post: NewsRow,
            body: Option<Html>,
            sources: Vec<SourceRef>,
        }
        let f = &self.f;
        let data = One {
            post: self.news_row(n),
            body: self.body(Kind::News, &n.meta.id),
            sources: f.sources(&n.meta.sources),
        };
        let mut p = self.page(
            Route::Post(n.meta.id.clone()),
            "post.html",
            "news",
            f.txt(&n.title),
            data,
        );
        p.description = n.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::News, "news.title")];
        p.untranslated = self.untranslated(&n.title, &n.meta);
        p
    }

    /// The search page: Pagefind's UI over the index of this language.
    fn search(&self) -> Planned {
        #[derive(Serialize)]
        struct Search {
            /// Where the index's first shard and the UI are:
            /// `/report/pagefind/th/1/`.
            bundle: String,
            /// The other shards, merged into the first in the browser.
            merge: Vec<String>,
            /// What result addresses are relative to: `/report/`.
            base: String,
        }
        let f = &self.f;
        let mut bundles = f.urls.search_bundles(f.lang);
        let mut page = self.page(
            Route::Search,
            "search.html",
            "search",
            f.plain(f.t("search.title")),
            Search {
                bundle: bundles.remove(0),
                merge: bundles,
                base: f.urls.base_path().to_string(),
            },
        );
        page.description = Some(f.plain(f.t("search.intro")));
        page
    }

    fn sources(&self) -> Planned {
        #[derive(Serialize)]
        struct Cite {
            href: String,
            scope: Link,
            metric: String,
            value: String,
            as_of: Option<String>,
            target: bool,
        }
        #[derive(Serialize)]
        struct Entry {
            source: SourceRef,
            figures: Vec<Cite>,
            records: Vec<Link>,
        }
        #[derive(Serialize)]
        struct List {
            sources: Vec<Entry>,
        }
        let f = &self.f;
        let site = f.site;
        // Who cites each source, gathered in one pass (not a scan of the
        // site per source): figures in file order; records by kind, then
        // in the order of their kind.
        let mut reports: HashMap<&Id, Vec<&Reported>> = HashMap::new();
        for r in &site.reported {
            reports.entry(&r.source).or_default().push(r);
        }
        let mut citing: HashMap<&Id, Vec<Link>> = HashMap::new();
        let mut cite = |meta: &'a Meta, link: &dyn Fn() -> Link| {
            for (i, id) in meta.sources.iter().enumerate() {
                // A record that names a source twice is listed once.
                if !meta.sources[..i].contains(id) {
                    citing.entry(id).or_default().push(link());
                }
            }
        };
        for c in &site.cohorts {
            cite(&c.meta, &|| {
                f.link(Route::Cohort(c.meta.id.clone()), f.txt(&c.title))
            });
        }
        for c in &site.cities {
            cite(&c.meta, &|| {
                f.link(Route::City(c.meta.id.clone()), f.txt(&c.title))
            });
        }
        for c in &site.projects {
            cite(&c.meta, &|| {
                f.link(Route::Project(c.meta.id.clone()), f.txt(&c.title))
            });
        }
        for c in &site.news {
            cite(&c.meta, &|| {
                f.link(Route::Post(c.meta.id.clone()), f.txt(&c.title))
            });
        }
        for c in &site.pages {
            cite(&c.meta, &|| {
                f.link(Route::Page(c.meta.id.clone()), f.txt(&c.title))
            });
        }
        let sources = site
            .sources
            .iter()
            .filter_map(|s| {
                let figures = reports
                    .get(&s.id)
                    .map_or(&[][..], |v| v)
                    .iter()
                    .map(|r| Cite {
                        href: format!(
                            "{}#{}",
                            f.href(&Route::Figures),
                            match r.kind {
                                ReportKind::Target => Fmt::target_anchor(&r.scope, r.metric),
                                ReportKind::Outcome => Fmt::anchor(&r.scope, r.metric),
                            }
                        ),
                        scope: f.scope(&r.scope),
                        metric: f.metric(r.metric),
                        value: f.value(r.metric, r.value),
                        as_of: r.as_of.as_ref().map(|d| f.date(d)),
                        target: r.kind == ReportKind::Target,
                    })
                    .collect();
                let records = citing.remove(&s.id).unwrap_or_default();
                Some(Entry {
                    source: f.source(&s.id)?,
                    figures,
                    records,
                })
            })
            .collect();
        self.page(
            Route::Sources,
            "sources.html",
            "sources",
            f.plain(f.t("sources.title")),
            List { sources },
        )
    }

    fn figures(&self) -> Planned {
        #[derive(Serialize)]
        struct Figures {
            rules: Vec<String>,
            figures: Vec<FigureRow>,
            targets: Vec<TargetRow>,
            totals: Vec<Stat>,
            chart: Option<Chart>,
        }
        let f = &self.f;
        let t = &f.stats.totals;
        let totals = [
            ("cities", f.count(t.cities)),
            ("cities_certified", f.count(t.cities_certified)),
            ("cohorts", f.count(t.cohorts)),
            ("projects", f.count(t.projects)),
            ("project_value_thb", f.total(t.total())),
            ("ambassadors", f.count(t.ambassadors)),
            ("provinces_covered", f.count(t.provinces_covered)),
            ("regions_covered", f.count(t.regions_covered)),
        ]
        .into_iter()
        .map(|(k, v)| Stat {
            label: f.t(&format!("figures.totals.{k}")),
            value: v,
        })
        .collect();
        let data = Figures {
            rules: [
                "rule_covered",
                "rule_multi",
                "rule_current",
                "rule_fiscal",
                "rule_share",
                "rule_reported_only",
                "rule_private",
            ]
            .iter()
            .map(|k| f.t(&format!("figures.{k}")))
            .collect(),
            figures: f
                .stats
                .reconciliation
                .iter()
                .filter_map(|r| f.figure(r))
                .collect(),
            targets: f.stats.targets.iter().filter_map(|r| f.target(r)).collect(),
            totals,
            chart: self.charts.get("reported-vs-records").cloned(),
        };
        self.page(
            Route::Figures,
            "figures.html",
            "figures",
            f.plain(f.t("figures.title")),
            data,
        )
    }

    fn free_pages(&self) -> Vec<Planned> {
        self.f
            .site
            .pages
            .iter()
            .map(|pg| self.free_page(pg))
            .collect()
    }

    /// A free page.
    fn free_page(&self, pg: &Page) -> Planned {
        #[derive(Serialize)]
        struct One {
            summary: Option<Txt>,
            body: Option<Html>,
            sources: Vec<SourceRef>,
        }
        let f = &self.f;
        let data = One {
            summary: pg.meta.summary.as_ref().map(|s| f.txt(s)),
            body: self.body(Kind::Page, &pg.meta.id),
            sources: f.sources(&pg.meta.sources),
        };
        let mut p = self.page(
            Route::Page(pg.meta.id.clone()),
            "page.html",
            "page",
            f.txt(&pg.title),
            data,
        );
        p.description = pg.meta.summary.as_ref().map(|s| f.txt(s));
        p.untranslated = self.untranslated(&pg.title, &pg.meta);
        p
    }
}

/// A headline figure on the home page.
#[derive(Debug, Clone, Serialize)]
pub struct Headline {
    pub key: &'static str,
    pub label: String,
    pub value: String,
    /// `of 77 provinces`
    pub of: Option<String>,
    /// Where the figure comes from, one line each.
    pub lines: Vec<String>,
    pub href: String,
    /// The scopes of the reports it sets beside the records (`site`,
    /// `cohort:sca-1`), space-separated; empty where there is no report.
    pub scopes: String,
    /// The report, or the sum of the reports, as a plain number.
    pub reported: Option<u64>,
    /// What the records of the same scopes itemise, as a plain number.
    pub itemised: Option<u64>,
}

/// The home page's figures: the current report where there is one (the
/// programme's, else the sum of the cohorts'), always beside what the
/// records of the same scope itemise, and saying which scope that is;
/// each links to its line on the figures page.
pub fn headlines(f: &Fmt<'_>) -> Vec<Headline> {
    let t = &f.stats.totals;
    let zones = f
        .stats
        .cities_by_status
        .get("promotion-zone")
        .copied()
        .unwrap_or(0);
    let items = [
        ("cities", Metric::Cities, t.cities_certified),
        ("promotion_zones", Metric::PromotionZones, zones),
        ("provinces", Metric::Provinces, t.provinces_covered),
        ("ambassadors", Metric::Ambassadors, t.ambassadors),
        ("projects", Metric::Projects, t.projects),
        ("value_thb", Metric::ValueThb, t.project_value_thb),
    ];
    let figures = f.href(&Route::Figures);
    // A figure as the card shows it: a total of values says how many
    // projects state none.
    let shown = |metric: Metric, value: u64, total: Option<Total>| match total {
        Some(total) if metric == Metric::ValueThb => f.total(total),
        _ => f.value(metric, value),
    };
    items
        .into_iter()
        .map(|(key, metric, all)| {
            let recon = &f.stats.reconciliation;
            let site = recon
                .iter()
                .find(|r| r.scope == Scope::Site && r.metric == metric);
            let cohorts: Vec<_> = recon
                .iter()
                .filter(|r| matches!(r.scope, Scope::Cohort(_)) && r.metric == metric)
                .filter(|_| {
                    matches!(
                        metric,
                        Metric::Projects | Metric::ValueThb | Metric::Ambassadors
                    )
                })
                .collect();
            let reports: Vec<&crate::aggregate::Reconciliation> = match site {
                Some(r) => vec![r],
                None => cohorts,
            };
            let all_total = (metric == Metric::ValueThb).then(|| t.total());
            let Some(first) = reports.first() else {
                return Headline {
                    key,
                    label: f.t(&format!("headline.{key}")),
                    value: shown(metric, all, all_total),
                    of: of(f, metric),
                    lines: vec![f.t("home.no_report")],
                    href: format!("{figures}#computed"),
                    scopes: String::new(),
                    reported: None,
                    itemised: None,
                };
            };
            let sum = |v: &dyn Fn(&crate::aggregate::Reconciliation) -> u64| {
                reports.iter().fold(0u64, |s, r| s.saturating_add(v(r)))
            };
            let reported = sum(&|r| r.reported);
            let itemised = sum(&|r| r.computed.unwrap_or_default());
            let itemised_total = (metric == Metric::ValueThb)
                .then(|| reports.iter().filter_map(|r| r.total).sum::<Total>());
            let scope_names: Vec<String> = reports
                .iter()
                .map(|r| f.scope(&r.scope).text.text)
                .collect();
            let scope = f.list(&scope_names);
            let value = f.value(metric, reported);
            let mut lines = vec![if reports.len() == 1 {
                let when = first
                    .as_of
                    .as_ref()
                    .map_or_else(|| f.t("unknown"), |d| f.date(d));
                f.fill(
                    "home.reported_on",
                    &[("value", &value), ("date", &when), ("scope", &scope)],
                )
            } else {
                f.fill("home.reported_sum", &[("value", &value), ("scope", &scope)])
            }];
            lines.push(f.fill(
                if site.is_some() {
                    "home.itemised"
                } else {
                    "home.itemised_cohorts"
                },
                &[("computed", &shown(metric, itemised, itemised_total))],
            ));
            // Reports of cohorts cover only their records: the records of
            // the whole programme are said apart where they differ.
            if site.is_none() && (all != itemised || all_total != itemised_total) {
                lines.push(f.fill(
                    "home.all_records",
                    &[("computed", &shown(metric, all, all_total))],
                ));
            }
            let href = match reports.as_slice() {
                [one] => format!("{figures}#{}", Fmt::anchor(&one.scope, metric)),
                _ => format!("{figures}#reported"),
            };
            Headline {
                key,
                label: f.t(&format!("headline.{key}")),
                // The larger of the report and the records leads, so that
                // the public never sees less than is known (a cohort's
                // report covers part of the programme, so all the records
                // count too); each is shown with its scope.
                value: f.value(metric, reported.max(all)),
                of: of(f, metric),
                lines,
                href,
                scopes: reports
                    .iter()
                    .map(|r| r.scope.key())
                    .collect::<Vec<_>>()
                    .join(" "),
                reported: Some(reported),
                // Unknown is not zero: no value where no project states one.
                itemised: Some(itemised).filter(|_| itemised_total.is_none_or(|t| t.known())),
            }
        })
        .collect()
}

/// `of 77 provinces`, on the card of provinces.
fn of(f: &Fmt<'_>, metric: Metric) -> Option<String> {
    (metric == Metric::Provinces).then(|| {
        f.fill(
            "home.of_provinces",
            &[("total", &f.count(f.stats.provinces_total as u64))],
        )
    })
}

/// The names of `provinces` a reader may search by (see
/// [`crate::model::province::Registry::search_names`]).
fn keywords(provinces: &[ProvinceId]) -> Vec<String> {
    let registry = crate::model::province::registry();
    let mut out: Vec<String> = Vec::new();
    for p in provinces {
        for name in registry.search_names(*p) {
            if !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}
