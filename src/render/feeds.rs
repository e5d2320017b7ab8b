//! Render: the files beside the pages: each language's Atom feed, the
//! sitemap, and the root's pages that lead to a language.

use serde::Serialize;
use tera::Tera;

use super::templates::*;
use crate::diag::Diagnostics;
use crate::escape::xml_escape;
use crate::model::*;
use crate::output::OutFile;
use crate::render::urls::{Route, Urls};
use crate::render::view::*;
use crate::theme::{Strings, Theme};

/// `2022-08-24T00:00:00Z`: a partial date at its first day.
pub(super) fn rfc3339(d: &PartialDate) -> String {
    let ((y, m, day), _) = d.span();
    format!("{y:04}-{m:02}-{day:02}T00:00:00Z")
}

/// The Atom feed of one language's news.
pub fn atom(f: &Fmt<'_>, tera: &Tera, theme: &Theme, diags: &mut Diagnostics) -> Option<OutFile> {
    #[derive(Serialize)]
    struct Entry {
        title: Txt,
        href: String,
        updated: String,
        summary: Option<Txt>,
    }
    #[derive(Serialize)]
    struct Feed<'a> {
        t: &'a Strings,
        lang: &'static str,
        title: String,
        id: String,
        href: String,
        alternate: String,
        updated: String,
        entries: Vec<Entry>,
    }
    let path = format!("{}/atom.xml", f.lang.code());
    let href = f.urls.full(&f.urls.root(&path));
    let entries: Vec<Entry> = f
        .site
        .news
        .iter()
        .map(|x| Entry {
            title: f.txt(&x.title),
            href: f.urls.full(&f.href(&Route::Post(x.meta.id.clone()))),
            updated: rfc3339(&x.date),
            summary: x.meta.summary.as_ref().map(|s| f.txt(s)),
        })
        .collect();
    let updated = f
        .site
        .news
        .iter()
        .map(|x| rfc3339(&x.date))
        .max()
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let feed = Feed {
        t: theme.strings_of(f.lang),
        lang: f.lang.code(),
        title: format!(
            "{} · {}",
            f.site.config.title.get(f.lang),
            f.t("feed.title")
        ),
        id: href.clone(),
        alternate: f.urls.full(&f.href(&Route::News)),
        href,
        updated,
        entries,
    };
    let xml = render_one(tera, theme, "atom.xml", &feed, diags)?;
    Some(OutFile {
        path,
        bytes: xml.into_bytes(),
    })
}

/// Every page, once, with its twins in every language as alternates.
pub fn sitemap(site: &Site, urls: &Urls, routes: &[Route]) -> OutFile {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // The search page has no content of its own to find.
    for route in routes.iter().filter(|r| **r != Route::Search) {
        for lang in &site.config.languages {
            xml.push_str("  <url>\n");
            let loc = urls.full(&urls.href(*lang, route));
            xml.push_str(&format!("    <loc>{}</loc>\n", xml_escape(&loc)));
            for alt in &site.config.languages {
                let href = urls.full(&urls.href(*alt, route));
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    alt.code(),
                    xml_escape(&href)
                ));
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    OutFile {
        path: "sitemap.xml".into(),
        bytes: xml.into_bytes(),
    }
}

/// The root `index.html`, which sends a reader to their language, and the
/// bilingual `404.html`.
pub fn root_pages(
    site: &Site,
    theme: &Theme,
    urls: &Urls,
    tera: &Tera,
    diags: &mut Diagnostics,
) -> Option<Vec<OutFile>> {
    #[derive(Serialize)]
    struct RootLang<'a> {
        lang: &'static str,
        name: String,
        title: String,
        href: String,
        full: String,
        t: &'a Strings,
    }
    #[derive(Serialize)]
    struct Root<'a> {
        default_lang: &'static str,
        default_href: String,
        assets: String,
        canonical: String,
        langs: Vec<RootLang<'a>>,
    }
    let mut langs: Vec<Lang> = site.config.languages.clone();
    langs.sort_by_key(|l| *l != site.config.default_language);
    let root = Root {
        default_lang: site.config.default_language.code(),
        default_href: urls.href(site.config.default_language, &Route::Home),
        assets: urls.root("assets/"),
        canonical: urls.full(&urls.root("")),
        langs: langs
            .iter()
            .map(|l| RootLang {
                lang: l.code(),
                name: theme.t(*l, "language_name"),
                title: site.config.title.get(*l).to_string(),
                href: urls.href(*l, &Route::Home),
                full: urls.full(&urls.href(*l, &Route::Home)),
                t: theme.strings_of(*l),
            })
            .collect(),
    };
    let index = render_one(tera, theme, "root.html", &root, diags)?;
    let not_found = render_one(tera, theme, "404.html", &root, diags)?;
    Some(vec![
        OutFile {
            path: "index.html".into(),
            bytes: index.into_bytes(),
        },
        OutFile {
            path: "404.html".into(),
            bytes: not_found.into_bytes(),
        },
    ])
}
