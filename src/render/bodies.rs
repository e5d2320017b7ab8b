//! Render: every record's Markdown body to safe HTML, once, with the
//! warnings of what the sanitiser dropped.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Tera;

use super::templates::*;
use crate::aggregate::Stats;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Kind;
use crate::model::*;
use crate::render::charts::Catalog;
use crate::render::shortcode::Body;
use crate::theme::Theme;

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

/// What a body is rendered with: the site and its figures (for
/// shortcodes), the theme and its templates (for charts), and the charts.
#[derive(Clone, Copy)]
pub(super) struct Makers<'a> {
    pub(super) site: &'a Site,
    pub(super) stats: &'a Stats,
    pub(super) theme: &'a Theme,
    /// The parsed templates, where they parsed (charts go in with them).
    pub(super) tera: Option<&'a Tera>,
    pub(super) catalogs: &'a BTreeMap<Lang, Catalog>,
}

/// Every record's body, with shortcodes expanded and Markdown rendered, in
/// each language it is written in; and the files whose bodies gave
/// diagnostics.
pub(super) fn bodies(
    m: Makers<'_>,
    diags: &mut Diagnostics,
) -> (Bodies, std::collections::HashSet<String>) {
    let site = m.site;
    // Every record with a body of its own (an ambassador's is never shown).
    let metas: Vec<(Kind, &Meta)> = [
        Kind::Cohort,
        Kind::City,
        Kind::Project,
        Kind::News,
        Kind::Page,
    ]
    .into_iter()
    .flat_map(|kind| site.metas(kind).map(move |meta| (kind, meta)))
    .collect();
    // Each body is independent: Markdown and sanitising on every core,
    // diagnostics taken in record order.
    let done: Vec<(BodyHtml, Diagnostics)> = metas
        .par_iter()
        .map(|(_, meta)| {
            let mut local = Diagnostics::default();
            let html = body_html(m, meta, &mut local);
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
pub(super) fn body_html(m: Makers<'_>, meta: &Meta, diags: &mut Diagnostics) -> BodyHtml {
    let Makers {
        site,
        stats,
        theme,
        tera,
        catalogs,
    } = m;
    let html = |body: Body<'_>, lang: Lang, diags: &mut Diagnostics| {
        let expanded = super::shortcode::expand(body, lang, (site, stats, theme), diags);
        let (html, dropped) = super::markdown::to_html_checked(&expanded.text);
        if let Some(dropped) = dropped {
            diags.push(dropped_warning(body, &expanded, &dropped));
        }
        match (tera, catalogs.get(&lang)) {
            (Some(tera), Some(catalog)) => super::shortcode::place_charts(&html, |key| {
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
    let th = html(Body::thai(meta), Lang::Th, diags);
    let en = Body::english(meta).map(|body| html(body, Lang::En, diags));
    BodyHtml {
        th: th.into(),
        en: en.map(Into::into),
    }
}

/// The warning for text of `body` that sanitising dropped (`dropped`
/// counts in the body as `expanded`).
pub(super) fn dropped_warning(
    body: Body<'_>,
    expanded: &super::shortcode::Expanded,
    dropped: &super::dropped::Dropped,
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
            Said::new("dropped-html-this-line"),
            Said::new("dropped-fix-that-html"),
        ),
        Some(line) => (
            Said::new("dropped-html-on-line").arg("line", line.to_string()),
            Said::new("dropped-fix-html-on-line").arg("line", line.to_string()),
        ),
        None => (
            Said::new("dropped-html-in-text"),
            Said::new("dropped-fix-html"),
        ),
    };
    Diagnostic::warning(body.path, "")
        .words(
            Said::new("dropped-text")
                .count("n", dropped.chars)
                .said("hides", hides),
            Some(Said::new("dropped-text-help").said("fix", fix)),
        )
        .spot(spot)
}

/// What `chart.html` gets: the interface strings and the chart.
#[derive(Serialize)]
pub(super) struct ChartCtx<'a> {
    pub(super) t: &'a crate::theme::Strings,
    pub(super) c: &'a super::charts::Chart,
}

#[cfg(test)]
mod tests {
    use crate::catalogue::Said;
    use crate::lang::Lang;

    /// Text dropped where no HTML comes before it (no test site makes
    /// this): the words, in both languages.
    #[test]
    fn text_hidden_by_no_html_on_a_line_is_said_in_thai_and_english() {
        let message = Said::new("dropped-text")
            .count("n", 2)
            .said("hides", Said::new("dropped-html-in-text"));
        let help = Said::new("dropped-text-help").said("fix", Said::new("dropped-fix-html"));
        let said = [Lang::En, Lang::Th]
            .map(|lang| format!("{} | {}", message.text(lang), help.text(lang)));
        assert_eq!(
            said,
            [
                "2 characters of text from here on are left out of the page: HTML in the text hides them | a page keeps only safe HTML, and drops the text that HTML such as `<script>`, `<style>` or `<math>` turns into code; remove the HTML, or write the text in Markdown",
                "ข้อความ 2 ตัวอักษรนับจากตรงนี้จะไม่แสดงบนหน้าเว็บ: HTML ในข้อความ ซ่อนข้อความนี้ไว้ | หน้าเว็บเก็บไว้เฉพาะ HTML ที่ปลอดภัย ข้อความที่ HTML เช่น `<script>`, `<style>` หรือ `<math>` ทำให้กลายเป็นโค้ดจะถูกตัดทิ้ง: ลบ HTML ออก หรือเขียนข้อความนั้นด้วย Markdown",
            ]
        );
    }
}
