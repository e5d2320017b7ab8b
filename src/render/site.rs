//! Render: the whole site of one build, or again only the pages of a
//! changed body (`serve`). Every file goes to a sink as it is made.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use tera::Tera;

use super::bodies::*;
use super::chrome::*;
use super::pages::*;
use super::templates::*;
use crate::aggregate::Stats;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Kind;
use crate::model::*;
use crate::output::{OutFile, Sink};
use crate::render::charts::Catalog;
use crate::render::urls::{Route, SECTIONS, Urls};
use crate::render::view::*;
use crate::theme::Theme;

/// How to render.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the site will be published: `https://example.org/report/`
    /// (checked, ending in `/`).
    pub base_url: String,
    /// Keep what a rebuild of a few pages needs ([`Kept`]): `serve` does,
    /// `build` does not (each language's rows are let go once its pages
    /// are made, so that a big site is never held twice).
    pub keep: bool,
    /// How the content folder is named in messages (`content`, or what
    /// `--content` gave).
    pub shown: String,
    /// Shards of each language's search index; `None`: no search page
    /// and no search index (mueang built without search).
    pub search: Option<usize>,
}

/// What a render is made of: the checked site, its figures, the theme,
/// and how to render.
#[derive(Clone, Copy)]
pub struct Input<'a> {
    pub site: &'a Site,
    pub stats: &'a Stats,
    /// The figures' history, where the content's repository gave one.
    pub history: Option<&'a crate::aggregate::history::History>,
    pub theme: &'a Theme,
    pub options: &'a Options,
}

/// What a render gives: what a rebuild of a few pages needs, where every
/// file was made (`None`: the reasons are in the diagnostics, or the sink
/// refused a file and knows why), and how long the charts and the rest
/// took.
#[derive(Debug)]
pub struct Rendered {
    pub kept: Option<Kept>,
    pub charts: std::time::Duration,
    pub pages: std::time::Duration,
}

/// What a render made that a rebuild of the pages of a changed body
/// ([`rerender`]) uses again: the parsed templates, the charts, every
/// rendered body, the lookups, and (with [`Options::keep`]) each
/// language's project rows.
pub struct Kept {
    pub(super) tera: Tera,
    pub(super) catalogs: BTreeMap<Lang, Catalog>,
    pub(super) bodies: Bodies,
    /// The files whose bodies gave a diagnostic as they rendered.
    pub(super) noisy: std::collections::HashSet<String>,
    pub(super) lookup: super::view::Lookup,
    pub(super) rows: BTreeMap<Lang, Arc<super::pages::Rows>>,
}

impl Kept {
    /// Whether the body of the file `path` gave a diagnostic as it
    /// rendered (a rebuild of only its pages could not take it back).
    pub fn noisy(&self, path: &str) -> bool {
        self.noisy.contains(path)
    }
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kept")
            .field("bodies", &self.bodies.len())
            .field("rows", &self.rows.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// Renders the whole site into `sink`. `None` when anything failed: the
/// reasons are in `diags`, or the sink refused a file (it knows why);
/// `charts_time` gets the time the charts took to draw.
pub fn render(input: Input<'_>, diags: &mut Diagnostics, sink: &dyn Sink) -> Rendered {
    let started = std::time::Instant::now();
    let mut charts = std::time::Duration::ZERO;
    let kept = render_into(input, &mut charts, diags, sink);
    Rendered {
        kept,
        charts,
        pages: started.elapsed().saturating_sub(charts),
    }
}

fn render_into(
    input: Input<'_>,
    charts_time: &mut std::time::Duration,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
) -> Option<Kept> {
    let Input {
        site,
        stats,
        history,
        theme,
        options,
    } = input;
    let before = diags.error_count();
    check_page_ids(site, diags);
    let tera = engine(theme, diags);
    let urls = Urls::new(&options.base_url).with_search(options.search);
    let lookup = super::view::Lookup::new(site, stats);
    let fmt = |lang| Fmt {
        lang,
        site,
        stats,
        theme,
        urls: &urls,
        lookup: &lookup,
        history,
    };
    let started = std::time::Instant::now();
    let mut catalogs = BTreeMap::new();
    for lang in site.config.languages.iter().copied() {
        match Catalog::build(&fmt(lang)) {
            Ok(c) => {
                catalogs.insert(lang, c);
            }
            Err(e) => diags.push(Diagnostic::said(
                &options.shown,
                Said::new("charts-not-drawn").arg("detail", e.to_string()),
                Some(Said::new("fault-in-mueang")),
            )),
        }
    }
    *charts_time = started.elapsed();
    // The data files need only the figures: made beside the bodies.
    let ((bodies, noisy), data_files) = rayon::join(
        || {
            let makers = Makers {
                site,
                stats,
                theme,
                tera: tera.as_ref(),
                catalogs: &catalogs,
            };
            bodies(makers, diags)
        },
        || super::data::data(site, stats, history, theme, &urls, &catalogs),
    );
    let tera = tera?;
    if diags.error_count() > before {
        return None;
    }
    let mut routes: Vec<Route> = Vec::new();
    let mut kept_rows = BTreeMap::new();
    // A file the sink refuses stops the render; the sink knows why.
    let refused = AtomicBool::new(false);
    let put = |file: OutFile| {
        let ok = !refused.load(Ordering::Relaxed) && sink.put(file).is_ok();
        if !ok {
            refused.store(true, Ordering::Relaxed);
        }
        ok
    };
    for (lang, catalog) in &catalogs {
        let lang = *lang;
        let f = fmt(lang);
        for file in catalog.files() {
            put(file.clone());
        }
        let planner = match Planner::new(f, &bodies, catalog) {
            Ok(planner) => planner,
            Err(e) => {
                push_template_errors(theme, None, &e, diags);
                return None;
            }
        };
        // The language's social cards, drawn beside its pages' plan.
        let cards = super::cards::Cards::new(&f);
        let (drawn, mut planned) = rayon::join(|| cards.files(&f, catalog), || planner.plan());
        match drawn {
            Ok(cards) => {
                for file in cards {
                    put(file);
                }
            }
            Err(e) => {
                diags.push(Diagnostic::said(
                    &options.shown,
                    Said::new("cards-not-drawn").arg("detail", e.to_string()),
                    Some(Said::new("fault-in-mueang")),
                ));
                return None;
            }
        }
        planned.push(super::pages::data_page(&planner, &data_files, &catalogs));
        if lang == site.config.default_language {
            routes.extend(planned.iter().map(|p| p.route.clone()));
        }
        if options.keep {
            kept_rows.insert(lang, planner.rows());
        }
        drop(planner);
        let shared = match shared(&f, cards) {
            Ok(shared) => shared,
            Err(e) => {
                push_template_errors(theme, None, &e, diags);
                return None;
            }
        };
        // Pages are independent: render them on every core and hand each
        // to the sink as it is made (a build writes it at once, so pages
        // are never all held), then take any template errors in plan order.
        let pages: Vec<Diagnostics> = planned
            .par_iter()
            .map(|p| {
                let mut local = Diagnostics::default();
                if refused.load(Ordering::Relaxed) {
                    return local;
                }
                match render_page(&f, &tera, &shared, p) {
                    Ok(file) => {
                        put(file);
                    }
                    Err(e) => push_template_errors(theme, Some(p.template), &e, &mut local),
                }
                local
            })
            .collect();
        drop(planned);
        for local in pages {
            diags.extend(local);
        }
        if diags.error_count() > before || refused.load(Ordering::Relaxed) {
            return None;
        }
        put(super::feeds::atom(&f, &tera, theme, diags)?);
        for file in super::embeds::pages(&f, &tera, catalog, diags)? {
            put(file);
        }
    }
    for file in data_files {
        put(file);
    }
    put(super::feeds::sitemap(site, &urls, &routes));
    put(OutFile {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            urls.full(&urls.root("sitemap.xml"))
        )
        .into_bytes(),
    });
    for file in super::feeds::root_pages(site, theme, &urls, &tera, diags)? {
        put(file);
    }
    for (name, bytes) in &theme.statics {
        put(OutFile {
            path: format!("assets/{name}"),
            bytes: bytes.clone(),
        });
    }
    (!refused.load(Ordering::Relaxed)).then_some(Kept {
        tera,
        catalogs,
        bodies,
        noisy,
        lookup,
        rows: kept_rows,
    })
}

/// The pages of `changed` records rendered again after only their bodies
/// changed (in `site`, which is otherwise the one `kept` was made of): each
/// body, then every page that shows it, in each language. Every other
/// file of the site is as the last render made it, since no other page
/// shows a body or depends on one (see [`super::pages::Planner::pages_of`]).
///
/// `None` where a body or page gives any diagnostic, or `kept` lacks the
/// rows: the caller renders the whole site instead, so that diagnostics
/// come as a full render gives them.
pub fn rerender(input: Input<'_>, kept: &mut Kept, changed: &[(Kind, Id)]) -> Option<Vec<OutFile>> {
    let Input {
        site,
        stats,
        history,
        theme,
        options,
    } = input;
    let mut diags = Diagnostics::default();
    for (kind, id) in changed {
        let meta = site.meta_of(*kind, id)?;
        let makers = Makers {
            site,
            stats,
            theme,
            tera: Some(&kept.tera),
            catalogs: &kept.catalogs,
        };
        let html = body_html(makers, meta, &mut diags);
        kept.bodies.insert((*kind, id.0.clone()), html);
    }
    if !diags.is_empty() {
        return None;
    }
    let urls = Urls::new(&options.base_url).with_search(options.search);
    let mut out = Vec::new();
    for lang in site.config.languages.iter().copied() {
        let f = Fmt {
            lang,
            site,
            stats,
            theme,
            urls: &urls,
            lookup: &kept.lookup,
            history,
        };
        let rows = kept.rows.get(&lang)?;
        let catalog = kept.catalogs.get(&lang)?;
        let planner = Planner::with_rows(f, &kept.bodies, catalog, Arc::clone(rows));
        let shared = shared(&f, super::cards::Cards::new(&f)).ok()?;
        for (kind, id) in changed {
            for p in planner.pages_of(*kind, id) {
                out.push(render_page(&f, &kept.tera, &shared, &p).ok()?);
            }
        }
    }
    Some(out)
}

/// What every page of a language shares, converted to Tera's values once:
/// cloning one is a reference count, where converting the interface
/// strings for each page was most of a page's time. The cards of the
/// sections too, which most pages show.
pub(super) fn shared(f: &Fmt<'_>, cards: super::cards::Cards) -> tera::TeraResult<Shared> {
    Ok(Shared {
        strings: tera::Value::try_from_serializable(f.theme.strings_of(f.lang))?,
        chrome: tera::Value::try_from_serializable(&chrome(f))?,
        cards,
    })
}

/// One planned page through its template.
pub(super) fn render_page(
    f: &Fmt<'_>,
    tera: &Tera,
    shared: &Shared,
    p: &Planned,
) -> tera::TeraResult<OutFile> {
    let ctx = page_context(shared, &page_info(f, p, &shared.cards), &*p.data)?;
    Ok(OutFile {
        path: f.urls.file(f.lang, &p.route),
        bytes: tera.render(p.template, &ctx)?.into_bytes(),
    })
}

/// Free pages live at `/th/ID/`, so an id may not be a section's name.
pub(super) fn check_page_ids(site: &Site, diags: &mut Diagnostics) {
    for p in &site.pages {
        if SECTIONS.contains(&p.meta.id.as_str()) {
            diags.push(Diagnostic::said(
                &p.meta.path,
                Said::new("page-id-is-a-section").arg("id", p.meta.id.as_str()),
                Some(Said::new("page-id-is-a-section-help").arg("taken", SECTIONS.join(", "))),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// Charts that cannot be drawn are a fault no content can cause (no
    /// test site makes one): the words, in both languages.
    #[test]
    fn charts_not_drawn_are_said_in_thai_and_english() {
        let message = Said::new("charts-not-drawn").arg("detail", "no font");
        let help = Said::new("fault-in-mueang");
        let said = [Lang::En, Lang::Th]
            .map(|lang| format!("{} | {}", message.text(lang), help.text(lang)));
        assert_eq!(
            said,
            [
                "the charts could not be drawn: no font | this is a fault in mueang; please report it with the content that caused it",
                "วาดแผนภูมิไม่ได้: no font | นี่เป็นความผิดพลาดของโปรแกรม mueang เอง โปรดแจ้งปัญหานี้พร้อมเนื้อหาที่ทำให้เกิด",
            ]
        );
    }
}
