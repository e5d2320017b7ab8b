//! Render: the free pages (`content/pages/`).

use serde::Serialize;

use super::planner::*;
use crate::load::Kind;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn free_pages(&self) -> Vec<Planned> {
        self.f
            .site
            .pages
            .iter()
            .map(|pg| self.free_page(pg))
            .collect()
    }

    /// A free page.
    pub(super) fn free_page(&self, pg: &Page) -> Planned {
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
            f.txt(&pg.title),
            data,
        );
        p.description = pg.meta.summary.as_ref().map(|s| f.txt(s));
        p.untranslated = self.untranslated(&pg.title, &pg.meta);
        p
    }
}
