//! Render: the list of news and each post.

use serde::Serialize;

use super::planner::*;
use super::rows::*;
use crate::load::Kind;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn news(&self) -> Vec<Planned> {
        #[derive(Serialize)]
        struct List {
            news: Vec<NewsRow>,
        }
        let f = &self.f;
        let mut out = vec![self.page(
            Route::News,
            "news.html",
            f.plain(f.t("news.title")),
            List {
                news: f.site.news.iter().map(|n| self.news_row(n)).collect(),
            },
        )];
        out.extend(f.site.news.iter().map(|n| self.post_page(n)));
        out
    }

    /// A news item's page.
    pub(super) fn post_page(&self, n: &News) -> Planned {
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
            f.txt(&n.title),
            data,
        );
        p.description = n.meta.summary.as_ref().map(|s| f.txt(s));
        p.crumbs = vec![self.crumb(Route::News, "news.title")];
        p.untranslated = self.untranslated(&n.title, &n.meta);
        p
    }
}
