//! Render: each chart on a page of its own (`data/charts/th/KEY.html`),
//! for other sites to embed in an `<iframe>`: the chart, its finding, its
//! source line and a link back to the page that shows it, with none of
//! the site around it. Not in the sitemap, and marked `noindex`: the
//! chart's own page is the one to find.

use serde::Serialize;
use tera::Tera;

use super::charts::{Catalog, Chart, embed_path};
use super::chrome::{CardRef, locale};
use super::templates::render_one;
use super::view::Fmt;
use crate::diag::Diagnostics;
use crate::output::OutFile;

#[derive(Serialize)]
struct Embedded<'a> {
    lang: &'static str,
    site_title: &'a str,
    assets: String,
    /// The chart on the page that shows it, absolute.
    canonical: String,
    see_on_site: String,
    /// The chart's social card.
    card: CardRef,
    locale: &'static str,
    c: &'a Chart,
}

/// The embeddable page of every chart of `catalog` that has an image.
pub(super) fn pages(
    f: &Fmt<'_>,
    tera: &Tera,
    catalog: &Catalog,
    diags: &mut Diagnostics,
) -> Option<Vec<OutFile>> {
    let site_title = f.site.config.title.get(f.lang);
    let see_on_site = f.fill("chart.see_on_site", &[("site", site_title)]);
    catalog
        .charts()
        .filter(|(_, c)| c.embed.is_some())
        .map(|(key, c)| {
            let page = Embedded {
                lang: f.lang.code(),
                site_title,
                assets: f.urls.root("assets/"),
                canonical: f.urls.full(&c.home),
                see_on_site: see_on_site.clone(),
                card: CardRef::new(f, &super::cards::of_chart(key, &c.caption, &c.desc)),
                locale: locale(f.lang),
                c,
            };
            let html = render_one(tera, f.theme, "embed.html", &page, diags)?;
            Some(OutFile {
                path: embed_path(f, key),
                bytes: html.into_bytes(),
            })
        })
        .collect()
}
