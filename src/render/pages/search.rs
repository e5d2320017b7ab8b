//! Render: the search page, with the bundles of the index it loads.

use serde::Serialize;

use super::planner::*;
use crate::render::urls::Route;

impl<'a> Planner<'a> {
    /// The search page: Pagefind's UI over the index of this language.
    pub(super) fn search(&self) -> Planned {
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
}
