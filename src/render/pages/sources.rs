//! Render: the sources page: every source and what cites it.

use std::collections::HashMap;

use serde::Serialize;

use super::planner::*;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::*;

impl<'a> Planner<'a> {
    pub(super) fn sources(&self) -> Planned {
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
            f.plain(f.t("sources.title")),
            List { sources },
        )
    }
}
