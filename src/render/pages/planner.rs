//! Render: the planner of one language's pages, and what it plans: each
//! page a route, a template and a typed context.

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::load::Kind;
use crate::model::*;
use crate::render::bodies::*;
use crate::render::charts::{Catalog, Chart, ProvinceChart, SiteChart};
use crate::render::chrome::{Alternate, CardRef, PageInfo, Twin, locale};
use crate::render::urls::{Route, Section};
use crate::render::view::*;

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
    pub section: Section,
    pub crumbs: Vec<Link>,
    pub data: Box<dyn erased_serde::Serialize + Send + Sync>,
    pub untranslated: bool,
    /// Words a reader may search the page by that it does not show: the
    /// other names of its provinces (`Korat`, `โคราช`).
    pub keywords: Vec<String>,
}

/// Builds the pages of one language.
pub struct Planner<'a> {
    pub f: Fmt<'a>,
    pub bodies: &'a Bodies,
    pub charts: &'a Catalog,
    /// Each project's row, in `site.projects` order, with its sort key:
    /// made once, as Tera's value, and shared by every page that lists
    /// the project (a project is in five lists or more).
    pub(super) rows: Arc<Rows>,
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

    /// The site's charts of `names`, for a page.
    pub(super) fn charts(&self, names: &[SiteChart]) -> Vec<Chart> {
        names.iter().map(|n| self.charts.site(*n).clone()).collect()
    }

    /// A chart of province `p`.
    pub(super) fn province_chart(&self, chart: ProvinceChart, p: ProvinceId) -> Chart {
        self.charts.province(chart, p).clone()
    }

    pub(super) fn body(&self, kind: Kind, id: &Id) -> Option<Html> {
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

    pub(super) fn untranslated(&self, title: &Text, meta: &Meta) -> bool {
        self.f.lang == Lang::En
            && (!title.is_translated()
                || meta.summary.as_ref().is_some_and(|s| !s.is_translated())
                || (!meta.body.th.trim().is_empty() && !meta.body.is_translated()))
    }

    pub(super) fn crumb(&self, route: Route, key: &str) -> Link {
        let text = self.f.plain(self.f.t(key));
        self.f.link(route, text)
    }

    pub(super) fn page(
        &self,
        route: Route,
        template: &'static str,
        title: Txt,
        data: impl Serialize + Send + Sync + 'static,
    ) -> Planned {
        Planned {
            section: route.section(),
            route,
            template,
            title,
            description: None,
            crumbs: Vec::new(),
            data: Box::new(data),
            untranslated: false,
            keywords: Vec::new(),
        }
    }
}

pub fn page_info(f: &Fmt<'_>, p: &Planned, cards: &crate::render::cards::Cards) -> PageInfo {
    let other = match f.lang {
        Lang::Th => Lang::En,
        Lang::En => Lang::Th,
    };
    let href = f.href(&p.route);
    let twin_href = f.urls.href(other, &p.route);
    let description = p
        .description
        .as_ref()
        .map(|d| d.text.clone())
        .or_else(|| {
            f.site
                .config
                .description
                .as_ref()
                .map(|d| d.get(f.lang).to_string())
        })
        .unwrap_or_default();
    PageInfo {
        title: p.title.clone(),
        description,
        section: p.section,
        canonical: f.urls.full(&href),
        twin: f.site.config.languages.contains(&other).then(|| Twin {
            lang: other.code(),
            name: f.theme.t(other, "language_name"),
            hint: f.t("switch_language"),
            href: twin_href,
        }),
        alternates: f
            .site
            .config
            .languages
            .iter()
            .map(|l| Alternate {
                lang: l.code(),
                href: f.urls.full(&f.urls.href(*l, &p.route)),
            })
            .collect(),
        href,
        untranslated: p.untranslated,
        crumbs: p.crumbs.clone(),
        keywords: p.keywords.join(" · "),
        search: f.urls.has_search() && p.route.searchable(),
        card: CardRef::new(f, &cards.of_route(f, &p.route)),
        locale: locale(f.lang),
        locales: f
            .site
            .config
            .languages
            .iter()
            .filter(|l| **l != f.lang)
            .map(|l| locale(*l))
            .collect(),
    }
}

/// The names of `provinces` a reader may search by (see
/// [`crate::model::province::Registry::search_names`]).
pub(super) fn keywords(provinces: &[ProvinceId]) -> Vec<String> {
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
