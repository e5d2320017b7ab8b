//! Links: each broken link said where it can be fixed. A link on a
//! record's page is found in the text of the record (its translation
//! first, on an English page), through the routes the renderer gives
//! each record's page; else it is said at the rendered page, for a link a
//! template made.

use std::collections::HashMap;

use super::check::{Broken, Why};
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Spot};
use crate::lang::Lang;
use crate::load::Kind;
use crate::model::{Meta, Site};
use crate::render::shortcode::Body;
use crate::render::urls::{Route, Urls};

/// Each broken link of the rendered site as an error. `in_output` names
/// the output folder where the links were checked in a built site on disk
/// (`check --links`): its pages are said as they are there, not mapped
/// to records.
pub fn diagnostics(broken: &[Broken], site: &Site, in_output: Option<&str>) -> Vec<Diagnostic> {
    let records = if in_output.is_none() {
        record_pages(site)
    } else {
        HashMap::new()
    };
    broken
        .iter()
        .map(|b| {
            let source = records
                .get(b.page.as_str())
                .and_then(|(lang, meta)| find_in_record(meta, *lang, &b.link));
            let (why, fix) = match b.why {
                Why::Missing => (Said::new("link-missing"), Said::new("link-missing-help")),
                Why::NoAnchor => (
                    Said::new("link-no-anchor"),
                    Said::new("link-no-anchor-help"),
                ),
                Why::Outside => (
                    Said::new("broken-link-outside"),
                    Said::new("broken-link-outside-help"),
                ),
            };
            // As the editor wrote it: Thai, not percent-encoded.
            let written = percent_encoding::percent_decode_str(&b.link).decode_utf8_lossy();
            let message = Said::new("link-broken")
                .arg("link", written)
                .said("why", why);
            match source {
                Some((path, spot)) => Diagnostic::said(path, message, Some(fix)).spot(spot),
                None => {
                    let page = match in_output {
                        Some(out) => format!("{out}/{}", b.page),
                        None => format!("{} (as rendered)", b.page),
                    };
                    Diagnostic::said(page, message, Some(Said::new("link-from-template-help")))
                }
            }
        })
        .collect()
}

/// The page of every record with a text of its own, by its file in the
/// output, with the language of the page.
fn record_pages(site: &Site) -> HashMap<String, (Lang, &Meta)> {
    let urls = Urls::new(&site.config.base_url);
    let mut out = HashMap::new();
    for kind in Kind::ALL {
        for meta in site.metas(kind) {
            let Some(route) = Route::record(kind, meta.id.clone()) else {
                continue;
            };
            for lang in &site.config.languages {
                out.insert(urls.file(*lang, &route), (*lang, meta));
            }
        }
    }
    out
}

/// Where `link` is written in the text a record's page in `lang` shows:
/// the translation's on an English page, then the Thai text (which the
/// page shows where there is no translation). The file and the spot.
fn find_in_record(meta: &Meta, lang: Lang, link: &str) -> Option<(String, Spot)> {
    let english = Body::english(meta).filter(|_| lang == Lang::En);
    english
        .into_iter()
        .chain([Body::thai(meta)])
        .find_map(|body| {
            let (at, len) = find_link(body.text, link)?;
            Some((body.path.to_string(), body.spot(at, len)))
        })
}

/// Where a link, as the page holds it, is written in Markdown: as a link's
/// target (`](…)`), an autolink or raw `href`, and only then anywhere;
/// as the page holds it or percent-decoded (Thai anchors and paths are
/// encoded on the page). The byte offset and length of the link.
fn find_link(text: &str, link: &str) -> Option<(usize, usize)> {
    let decoded = percent_encoding::percent_decode_str(link)
        .decode_utf8_lossy()
        .into_owned();
    for form in [link, decoded.as_str()] {
        for (before, after) in [("](", ")"), ("](", " "), ("<", ">"), ("href=\"", "\"")] {
            if let Some(i) = text.find(&format!("{before}{form}{after}")) {
                return Some((i + before.len(), form.len()));
            }
        }
    }
    [link, decoded.as_str()]
        .iter()
        .find_map(|form| text.find(form).map(|i| (i, form.len())))
}
