//! Render: a list too long for one page, in pages of [`PAGE_SIZE`] rows.

use serde::Serialize;

use super::planner::*;
use crate::render::urls::Route;
use crate::render::view::*;

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
pub(super) struct Paged {
    /// The rows the list's own page shows, and its pager (none when one
    /// page holds them all).
    pub(super) rows: Vec<tera::Value>,
    pub(super) pager: Option<Pager>,
    /// Pages 2, 3, …: route, rows and pager.
    pub(super) rest: Vec<(Route, Vec<tera::Value>, Pager)>,
}

impl<'a> Planner<'a> {
    /// `rows` of the list at `list`, split into pages.
    pub(super) fn paged(&self, list: &Route, rows: Vec<tera::Value>) -> Paged {
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
    pub(super) fn more(
        &self,
        first: &Planned,
        rest: Vec<(Route, Vec<tera::Value>, Pager)>,
    ) -> Vec<Planned> {
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
}
