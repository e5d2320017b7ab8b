//! Render: `&Site` and `&Stats` → every file of the site, in memory.
//! Pages (Tera templates fed typed contexts), Markdown bodies, data
//! downloads, feeds, the sitemap and the theme's static files. Pure apart
//! from reading nothing: the same input gives byte-identical files, in
//! path order. A template or shortcode error is a diagnostic; a site with
//! errors renders nothing.

pub mod charts;
mod dropped;
pub(crate) mod files;
pub mod markdown;
mod pages;
pub mod shortcode;
pub mod urls;
pub mod view;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::aggregate::Stats;
use crate::diag::{Diagnostic, Diagnostics, Spot};
use crate::load::Kind;
use crate::model::*;
use crate::output::{OutFile, Sink};
use crate::theme::Theme;

use self::charts::Catalog;
use self::pages::{Alternate, Nav, PageInfo, Planned, Planner, SiteCtx, Twin};
use self::shortcode::Body;
use self::urls::{Route, SECTIONS, Urls};
use self::view::Fmt;

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
    /// Shards of each language's search index; `None`: no search page
    /// and no search index (mueang built without search).
    pub search: Option<usize>,
}

/// What a render made that a rebuild of the pages of a changed body
/// ([`rerender`]) uses again: the parsed templates, the charts, every
/// rendered body, the lookups, and (with [`Options::keep`]) each
/// language's project rows.
pub struct Kept {
    tera: Tera,
    catalogs: BTreeMap<Lang, Catalog>,
    bodies: Bodies,
    /// The files whose bodies gave a diagnostic as they rendered.
    noisy: std::collections::HashSet<String>,
    lookup: view::Lookup,
    rows: BTreeMap<Lang, Arc<pages::Rows>>,
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

/// Rendered Markdown bodies, by (kind, id): HTML in Thai, and in English
/// where there is a translation.
pub type Bodies = BTreeMap<(Kind, String), BodyHtml>;

/// A record's rendered body: HTML in Thai, and in English where there is
/// a translation. Shared, not copied, by the page that shows it.
#[derive(Debug, Clone)]
pub struct BodyHtml {
    pub th: Arc<str>,
    pub en: Option<Arc<str>>,
}

/// Renders the whole site into `sink`. `None` when anything failed: the
/// reasons are in `diags`, or the sink refused a file (it knows why);
/// `charts_time` gets the time the charts took to draw.
pub fn render(
    site: &Site,
    stats: &Stats,
    theme: &Theme,
    options: &Options,
    charts_time: &mut std::time::Duration,
    diags: &mut Diagnostics,
    sink: &dyn Sink,
) -> Option<Kept> {
    let before = diags.error_count();
    check_page_ids(site, diags);
    let tera = engine(theme, diags);
    let urls = Urls::new(&options.base_url).with_search(options.search);
    let lookup = view::Lookup::new(site, stats);
    let fmt = |lang| Fmt {
        lang,
        site,
        stats,
        theme,
        urls: &urls,
        lookup: &lookup,
    };
    let started = std::time::Instant::now();
    let mut catalogs = BTreeMap::new();
    for lang in site.config.languages.iter().copied() {
        match Catalog::build(&fmt(lang)) {
            Ok(c) => {
                catalogs.insert(lang, c);
            }
            Err(e) => diags.push(
                Diagnostic::error("content", format!("the charts could not be drawn: {e}")).help(
                    "this is a fault in mueang; please report it with the content that caused it",
                ),
            ),
        }
    }
    *charts_time = started.elapsed();
    // The data files need only the figures: made beside the bodies.
    let ((bodies, noisy), data_files) = rayon::join(
        || bodies(site, stats, tera.as_ref(), theme, &catalogs, diags),
        || files::data(site, stats),
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
        let mut planned = planner.plan();
        planned.push(files::data_page(&planner, &data_files));
        if lang == site.config.default_language {
            routes.extend(planned.iter().map(|p| p.route.clone()));
        }
        if options.keep {
            kept_rows.insert(lang, planner.rows());
        }
        drop(planner);
        let shared = match shared(&f) {
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
        put(files::atom(&f, &tera, theme, diags)?);
    }
    for file in data_files {
        put(file);
    }
    put(files::sitemap(site, &urls, &routes));
    put(OutFile {
        path: "robots.txt".into(),
        bytes: format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            urls.full(&urls.root("sitemap.xml"))
        )
        .into_bytes(),
    });
    for file in files::root_pages(site, theme, &urls, &tera, diags)? {
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
/// shows a body or depends on one (see [`pages::Planner::pages_of`]).
///
/// `None` where a body or page gives any diagnostic, or `kept` lacks the
/// rows: the caller renders the whole site instead, so that diagnostics
/// come as a full render gives them.
pub fn rerender(
    site: &Site,
    stats: &Stats,
    theme: &Theme,
    options: &Options,
    kept: &mut Kept,
    changed: &[(Kind, Id)],
) -> Option<Vec<OutFile>> {
    let mut diags = Diagnostics::default();
    for (kind, id) in changed {
        let meta = site.meta_of(*kind, id)?;
        let html = body_html(
            site,
            stats,
            Some(&kept.tera),
            theme,
            &kept.catalogs,
            meta,
            &mut diags,
        );
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
        };
        let rows = kept.rows.get(&lang)?;
        let catalog = kept.catalogs.get(&lang)?;
        let planner = Planner::with_rows(f, &kept.bodies, catalog, Arc::clone(rows));
        let shared = shared(&f).ok()?;
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
/// strings for each page was most of a page's time.
fn shared(f: &Fmt<'_>) -> tera::TeraResult<(tera::Value, tera::Value)> {
    Ok((
        tera::Value::try_from_serializable(f.theme.strings_of(f.lang))?,
        tera::Value::try_from_serializable(&chrome(f))?,
    ))
}

/// One planned page through its template.
fn render_page(
    f: &Fmt<'_>,
    tera: &Tera,
    shared: &(tera::Value, tera::Value),
    p: &Planned,
) -> tera::TeraResult<OutFile> {
    let ctx = page_context(shared, &page_info(f, p), &*p.data)?;
    Ok(OutFile {
        path: f.urls.file(f.lang, &p.route),
        bytes: tera.render(p.template, &ctx)?.into_bytes(),
    })
}

/// Free pages live at `/th/ID/`, so an id may not be a section's name.
fn check_page_ids(site: &Site, diags: &mut Diagnostics) {
    for p in &site.pages {
        if SECTIONS.contains(&p.meta.id.as_str()) {
            diags.push(
                Diagnostic::error(
                    &p.meta.path,
                    format!(
                        "a page may not be called `{}`: the site has a section of that name",
                        p.meta.id
                    ),
                )
                .help(format!(
                    "rename the file; these names are taken: {}",
                    SECTIONS.join(", ")
                )),
            );
        }
    }
}

/// The templates, parsed once.
fn engine(theme: &Theme, diags: &mut Diagnostics) -> Option<Tera> {
    let mut tera = Tera::default();
    tera.autoescape_on([".html", ".xml"]);
    let templates = theme
        .templates
        .iter()
        .map(|(name, file)| (name.as_str(), file.text.as_str()));
    match tera.add_raw_templates(templates) {
        Ok(()) => Some(tera),
        Err(e) => {
            push_template_errors(theme, None, &e, diags);
            None
        }
    }
}

/// A Tera error as diagnostics at the templates' lines, into `diags`.
fn push_template_errors(
    theme: &Theme,
    rendering: Option<&str>,
    e: &tera::Error,
    diags: &mut Diagnostics,
) {
    for d in template_errors(theme, rendering, e) {
        diags.push(d);
    }
}

/// A Tera error as diagnostics at the templates' lines (checking all
/// templates at once, Tera reports every problem in one error).
fn template_errors(theme: &Theme, rendering: Option<&str>, e: &tera::Error) -> Vec<Diagnostic> {
    use tera::ErrorKind;
    let path_of = |name: &str| {
        theme.templates.get(name).map_or_else(
            || format!("themes/{}/templates/{name}", theme.name),
            |f| f.path.clone(),
        )
    };
    // Where no template line is known: the template being rendered.
    let fallback = || rendering.map_or_else(|| format!("themes/{}/templates", theme.name), path_of);
    let help = "fix the template; `mueang check` shows this without writing anything";
    match e.kind() {
        ErrorKind::SyntaxError(r) | ErrorKind::RenderingError(r) => {
            let file = theme.templates.get(r.filename());
            let mut d =
                Diagnostic::error(path_of(r.filename()), r.message().to_string()).help(help);
            if let Some(file) = file {
                let span = r.span();
                d = d.spot(Spot::at(&file.text, span.range.start, span.range.len()));
            }
            vec![d]
        }
        ErrorKind::CircularInclude { tpl, include_chain } => vec![
            Diagnostic::error(
                path_of(tpl),
                format!(
                    "this template includes itself: {}",
                    include_chain.join(" → ")
                ),
            )
            .help("remove the `{% include %}` that leads back to it"),
        ],
        ErrorKind::Msg(text) if text.starts_with("error: ") => text
            .split("\n\nerror: ")
            .map(|report| {
                let report = report.trim_start_matches("error: ");
                let message = report.lines().next().unwrap_or(report);
                // Tera's report points at `--> NAME:LINE:COLUMN`.
                let place = report
                    .lines()
                    .find_map(|l| l.trim_start().strip_prefix("--> "))
                    .and_then(|p| {
                        let mut parts = p.rsplitn(3, ':');
                        let column = parts.next()?.parse::<usize>().ok()?;
                        let line = parts.next()?.parse::<usize>().ok()?;
                        Some((parts.next()?, line, column))
                    });
                match place {
                    Some((name, line, column)) => {
                        let d = Diagnostic::error(path_of(name), message).help(help);
                        match theme.templates.get(name) {
                            Some(file) => d.spot(Spot::at_line_column(&file.text, line, column, 1)),
                            None => d,
                        }
                    }
                    None => Diagnostic::error(fallback(), message).help(help),
                }
            })
            .collect(),
        _ => vec![Diagnostic::error(fallback(), e.to_string()).help(help)],
    }
}

/// A page's context: the shared values (`t`, `site`) and its own.
fn page_context(
    shared: &(tera::Value, tera::Value),
    page: &PageInfo,
    data: &(dyn erased_serde::Serialize + Send + Sync),
) -> tera::TeraResult<Context> {
    let mut ctx = Context::new();
    ctx.insert_value("t", shared.0.clone());
    ctx.insert_value("site", shared.1.clone());
    ctx.insert_value("page", tera::Value::try_from_serializable(page)?);
    ctx.insert_value("data", tera::Value::try_from_serializable(data)?);
    Ok(ctx)
}

fn render_one<T: Serialize>(
    tera: &Tera,
    theme: &Theme,
    template: &str,
    ctx: &T,
    diags: &mut Diagnostics,
) -> Option<String> {
    let result = Context::from_serialize(ctx).and_then(|c| tera.render(template, &c));
    match result {
        Ok(s) => Some(s),
        Err(e) => {
            push_template_errors(theme, Some(template), &e, diags);
            None
        }
    }
}

/// Every record's body, with shortcodes expanded and Markdown rendered, in
/// each language it is written in; and the files whose bodies gave
/// diagnostics.
fn bodies(
    site: &Site,
    stats: &Stats,
    tera: Option<&Tera>,
    theme: &Theme,
    catalogs: &BTreeMap<Lang, Catalog>,
    diags: &mut Diagnostics,
) -> (Bodies, std::collections::HashSet<String>) {
    let metas: Vec<(Kind, &Meta)> = site
        .cohorts
        .iter()
        .map(|c| (Kind::Cohort, &c.meta))
        .chain(site.cities.iter().map(|c| (Kind::City, &c.meta)))
        .chain(site.projects.iter().map(|c| (Kind::Project, &c.meta)))
        .chain(site.news.iter().map(|c| (Kind::News, &c.meta)))
        .chain(site.pages.iter().map(|c| (Kind::Page, &c.meta)))
        .collect();
    // Each body is independent: Markdown and sanitising on every core,
    // diagnostics taken in record order.
    let done: Vec<(BodyHtml, Diagnostics)> = metas
        .par_iter()
        .map(|(_, meta)| {
            let mut local = Diagnostics::default();
            let html = body_html(site, stats, tera, theme, catalogs, meta, &mut local);
            (html, local)
        })
        .collect();
    let mut out = Bodies::new();
    let mut noisy = std::collections::HashSet::new();
    for ((kind, meta), (html, local)) in metas.iter().zip(done) {
        noisy.extend(local.paths().map(str::to_string));
        diags.extend(local);
        out.insert((*kind, meta.id.0.clone()), html);
    }
    (out, noisy)
}

/// One record's body, with shortcodes expanded and Markdown rendered, in
/// each language it is written in. Charts go in after Markdown, drawn by
/// the theme's `chart.html`, where there is a theme to draw them with.
fn body_html(
    site: &Site,
    stats: &Stats,
    tera: Option<&Tera>,
    theme: &Theme,
    catalogs: &BTreeMap<Lang, Catalog>,
    meta: &Meta,
    diags: &mut Diagnostics,
) -> BodyHtml {
    let html = |body: Body<'_>, lang: Lang, diags: &mut Diagnostics| {
        let expanded = shortcode::expand(body, lang, (site, stats, theme), diags);
        let (html, dropped) = markdown::to_html_checked(&expanded.text);
        if let Some(dropped) = dropped {
            diags.push(dropped_warning(body, &expanded, &dropped));
        }
        match (tera, catalogs.get(&lang)) {
            (Some(tera), Some(catalog)) => shortcode::place_charts(&html, |key| {
                let chart = catalog.get(key)?;
                let ctx = ChartCtx {
                    t: theme.strings_of(lang),
                    c: chart,
                };
                render_one(tera, theme, "chart.html", &ctx, diags)
            }),
            _ => html,
        }
    };
    let th = Body {
        text: &meta.body.th,
        path: &meta.path,
        first_line: meta.body_line,
    };
    let th = html(th, Lang::Th, diags);
    let en = match (&meta.body.en, &meta.en_path) {
        (Some(text), Some(path)) => {
            let body = Body {
                text,
                path,
                first_line: meta.en_body_line,
            };
            Some(html(body, Lang::En, diags))
        }
        _ => None,
    };
    BodyHtml {
        th: th.into(),
        en: en.map(Into::into),
    }
}

/// The warning for text of `body` that sanitising dropped (`dropped`
/// counts in the body as `expanded`).
fn dropped_warning(
    body: Body<'_>,
    expanded: &shortcode::Expanded,
    dropped: &dropped::Dropped,
) -> Diagnostic {
    let at = expanded.source_offset(dropped.at);
    let line_end = body.text[at..]
        .find('\n')
        .map_or(body.text.len(), |i| at + i);
    let spot = body.spot(at, line_end - at);
    let html_line = dropped
        .html_at
        .map(|h| body.spot(expanded.source_offset(h), 1).line);
    let (hides, fix) = match html_line {
        Some(line) if line == spot.line => (
            "the HTML on this line".to_string(),
            "remove that HTML".to_string(),
        ),
        Some(line) => (
            format!("the HTML on line {line}"),
            format!("remove the HTML on line {line}"),
        ),
        None => (
            "HTML in the text".to_string(),
            "remove the HTML".to_string(),
        ),
    };
    let n = dropped.chars;
    Diagnostic::warning(
        body.path,
        format!(
            "{n} character{} of text from here on {} left out of the page: {hides} hides {}",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" },
            if n == 1 { "it" } else { "them" },
        ),
    )
    .spot(spot)
    .help(format!(
        "a page keeps only safe HTML, and drops the text that HTML such as `<script>`, `<style>` \
         or `<math>` turns into code; {fix}, or write the text in Markdown"
    ))
}

/// What `chart.html` gets: the interface strings and the chart.
#[derive(Serialize)]
struct ChartCtx<'a> {
    t: &'a crate::theme::Strings,
    c: &'a charts::Chart,
}

fn chrome(f: &Fmt<'_>) -> SiteCtx {
    let nav_keys: [(&'static str, Route); 8] = [
        ("cities", Route::Cities),
        ("cohorts", Route::Cohorts),
        ("projects", Route::Projects),
        ("provinces", Route::Provinces),
        ("domains", Route::Domains),
        ("news", Route::News),
        ("figures", Route::Figures),
        ("data", Route::Data),
    ];
    let cfg = &f.site.config;
    SiteCtx {
        lang: f.lang.code(),
        title: cfg.title.get(f.lang).to_string(),
        description: cfg.description.as_ref().map(|d| d.get(f.lang).to_string()),
        licence: cfg.licence.as_ref().map(|d| d.get(f.lang).to_string()),
        base: f.urls.base_path().to_string(),
        assets: f.urls.root("assets/"),
        home: f.href(&Route::Home),
        nav: nav_keys
            .into_iter()
            .map(|(key, route)| Nav {
                key,
                href: f.href(&route),
                label: f.t(&format!("nav.{key}")),
            })
            .collect(),
        feed: f.urls.root(&format!("{}/atom.xml", f.lang.code())),
        news: f.href(&Route::News),
        sources: f.href(&Route::Sources),
        data: f.href(&Route::Data),
        figures: f.href(&Route::Figures),
        search: f.urls.has_search().then(|| f.href(&Route::Search)),
    }
}

fn page_info(f: &Fmt<'_>, p: &Planned) -> PageInfo {
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
    }
}
