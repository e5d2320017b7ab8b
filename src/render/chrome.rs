//! Render: what every page has around its own content: the site's
//! header, navigation and footer (`site`), and the page's title,
//! addresses and twins in the other language (`page`).

use serde::Serialize;

use crate::model::Lang;
use crate::render::urls::{Route, Section};
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
    pub key: Section,
    pub href: String,
    pub label: String,
}

/// What every page has.
#[derive(Debug, Clone, Serialize)]
pub struct PageInfo {
    pub title: Txt,
    pub description: String,
    /// The menu entry this page is under.
    pub section: Section,
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
    /// The picture a link to the page shows where it is shared.
    pub card: CardRef,
    /// `th_TH`, and the page's other languages: OpenGraph's locales.
    pub locale: &'static str,
    pub locales: Vec<&'static str>,
}

/// A social card as a page's `<head>` names it.
#[derive(Debug, Clone, Serialize)]
pub struct CardRef {
    /// Absolute, as OpenGraph asks.
    pub href: String,
    pub alt: String,
    pub width: u32,
    pub height: u32,
}

impl CardRef {
    pub fn new(f: &Fmt<'_>, card: &crate::render::cards::Card) -> CardRef {
        CardRef {
            href: f
                .urls
                .full(&f.urls.root(&crate::render::cards::path(f, &card.key))),
            alt: card.alt(f),
            width: crate::render::cards::WIDTH,
            height: crate::render::cards::HEIGHT,
        }
    }
}

/// OpenGraph's name of a language: `th_TH`, `en_US`.
pub fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Th => "th_TH",
        Lang::En => "en_US",
    }
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

pub(super) fn chrome(f: &Fmt<'_>) -> SiteCtx {
    let nav = [
        Route::Cities,
        Route::Cohorts,
        Route::Projects,
        Route::Provinces,
        Route::Domains,
        Route::News,
        Route::Figures,
        Route::Data,
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
        nav: nav
            .into_iter()
            .map(|route| Nav {
                key: route.section(),
                href: f.href(&route),
                label: f.t(&format!("nav.{}", route.section().key())),
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
