//! Charts: what a reader takes away from a chart. The chart as an image
//! of its own (an SVG with its caption and source line, for a slide or a
//! report), the code that embeds its page in another site, and how to
//! cite it: a sentence, a BibTeX entry and a CSL-JSON item, all naming
//! the site, the chart, the date of the data and the chart's address.

use serde::Serialize;

use super::draw::{INK, MUTED, hex, plain_font_sizes, size_of};
use super::width::{fit, width, wrap};
use crate::escape::xml_escape;
use crate::render::view::Fmt;

/// Space around the caption and the source line, in the chart's units.
const PAD: u32 = 16;
const CAPTION_SIZE: f64 = 17.0;
const CAPTION_LINE: u32 = 24;
const SOURCE_SIZE: f64 = 12.0;
const SOURCE_LINE: u32 = 18;
/// What the embedded page adds to the chart's height: caption, the
/// finding, the source line and the link back.
const EMBED_EXTRA: u32 = 190;

/// A chart's ways to be embedded elsewhere.
#[derive(Debug, Clone, Serialize)]
pub struct Embed {
    /// The chart's own page, with no site around it.
    pub href: String,
    /// The `<iframe>` to paste into another page.
    pub code: String,
}

/// A chart's citation, in three forms.
#[derive(Debug, Clone, Serialize)]
pub struct Cite {
    /// `Site. “Caption”. Data as of 24 August 2022. https://…`
    pub text: String,
    pub bibtex: String,
    /// A CSL-JSON item, as Zotero and citation processors read it.
    pub csl: String,
}

/// What the reuse of one chart needs to know.
pub(super) struct About<'a> {
    /// The chart's key: `projects-by-domain`.
    pub key: &'a str,
    pub caption: &'a str,
    pub desc: &'a str,
    /// The chart's address on the page that shows it, absolute where the
    /// site's `base_url` has a host.
    pub url: &'a str,
}

/// The source line under an image of the chart: the site (its address
/// goes on a line of its own).
pub(super) fn source_line(f: &Fmt<'_>) -> String {
    f.fill(
        "chart.source_line",
        &[("site", f.site.config.title.get(f.lang))],
    )
}

/// The fonts an image of a chart asks for: the theme's, then the Thai
/// fonts Windows, macOS and Android have, since an image opened on its
/// own has no web font.
const IMAGE_FONTS: &str =
    "Sarabun, 'Noto Sans Thai', 'Leelawadee UI', Tahoma, Thonburi, sans-serif";

/// The chart as an SVG document of its own: `raw` (as plotters drew it)
/// under its caption, over its source line, on white, in the theme's font.
pub(super) fn standalone(f: &Fmt<'_>, raw: &str, about: &About<'_>) -> String {
    let (w, h) = size_of(raw);
    let body = raw.split_once(">\n").map_or(raw, |(_, body)| body);
    let lines = wrap(about.caption, CAPTION_SIZE, true, f64::from(w - 2 * PAD));
    let head = PAD + CAPTION_LINE * lines.len() as u32;
    let url_lines = break_anywhere(about.url, SOURCE_SIZE, f64::from(w - 2 * PAD)).len() as u32;
    let total = head + h + (1 + url_lines) * SOURCE_LINE + PAD;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {total}\" width=\"{w}\" height=\"{total}\" \
         role=\"img\" aria-labelledby=\"title\" aria-describedby=\"desc\">\n\
         <title id=\"title\">{}</title>\n<desc id=\"desc\">{}</desc>\n\
         <style>text {{ font-family: {IMAGE_FONTS}; }}</style>\n\
         <rect width=\"{w}\" height=\"{total}\" fill=\"#ffffff\"/>\n",
        xml_escape(about.caption),
        xml_escape(about.desc),
    );
    for (i, line) in lines.iter().enumerate() {
        let y = PAD + CAPTION_LINE * (i as u32 + 1) - 6;
        out.push_str(&format!(
            "<text x=\"{PAD}\" y=\"{y}\" font-size=\"{CAPTION_SIZE}\" font-weight=\"bold\" fill=\"{}\">{}</text>\n",
            hex(INK),
            xml_escape(line)
        ));
    }
    out.push_str(&format!(
        "<svg x=\"0\" y=\"{head}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n{}",
        plain_font_sizes(body.trim_end())
    ));
    out.push('\n');
    let room = f64::from(w - 2 * PAD);
    let mut foot = vec![fit(&source_line(f), SOURCE_SIZE, false, room)];
    foot.extend(break_anywhere(about.url, SOURCE_SIZE, room));
    for (i, line) in foot.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"{PAD}\" y=\"{}\" font-size=\"{SOURCE_SIZE}\" fill=\"{}\">{}</text>\n",
            head + h + SOURCE_LINE * (i as u32 + 1),
            hex(MUTED),
            xml_escape(line)
        ));
    }
    out.push_str("</svg>\n");
    out
}

/// An address in lines no wider than `max` at `size`, broken anywhere:
/// the whole of it is shown, since a cut address leads nowhere.
fn break_anywhere(text: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines = vec![String::new()];
    for c in text.chars() {
        let line = lines.last_mut().expect("a line");
        line.push(c);
        if width(line, size, false) > max && line.chars().count() > 1 {
            line.pop();
            lines.push(c.to_string());
        }
    }
    lines
}

/// The chart's embed code: an `<iframe>` of its page of its own, tall
/// enough for the chart at its natural size.
pub(super) fn embed(f: &Fmt<'_>, href: &str, about: &About<'_>, raw: &str) -> Embed {
    let (w, h) = size_of(raw);
    let src = f.urls.full(href);
    Embed {
        code: format!(
            "<iframe src=\"{}\" title=\"{}\" width=\"{w}\" height=\"{}\" style=\"width: 100%; max-width: {w}px; border: 0;\" loading=\"lazy\"></iframe>",
            xml_escape(&src),
            xml_escape(about.caption),
            h + EMBED_EXTRA
        ),
        href: href.to_string(),
    }
}

/// How to cite a chart or a figure (`key`, its element id without its
/// prefix) titled `title` at `url`, dated by the data it shows (the
/// latest date the records give), never by the day it was built.
pub fn cite(f: &Fmt<'_>, key: &str, title: &str, url: &str) -> Cite {
    let about = About {
        key,
        caption: title,
        desc: "",
        url,
    };
    let site = f.site.config.title.get(f.lang);
    let date = f.site.data_date();
    let text = match &date {
        Some(d) => f.fill(
            "chart.cite_text",
            &[
                ("site", site),
                ("title", about.caption),
                ("date", &f.date(d)),
                ("url", about.url),
            ],
        ),
        None => f.fill(
            "chart.cite_text_undated",
            &[("site", site), ("title", about.caption), ("url", about.url)],
        ),
    };
    let id = format!("{}-{}", about.key, f.lang.code());
    let mut bibtex = format!(
        "@misc{{{id},\n  author = {{{{{}}}}},\n  title = {{{{{}}}}},\n",
        bibtex_escape(site),
        bibtex_escape(about.caption)
    );
    if let Some(d) = &date {
        bibtex.push_str(&format!("  year = {{{}}},\n", d.year));
        if d.month.is_some() {
            bibtex.push_str(&format!("  date = {{{}}},\n", d.iso()));
        }
    }
    bibtex.push_str(&format!(
        "  url = {{{}}},\n  langid = {{{}}},\n}}\n",
        // biblatex reads `url` verbatim: as written, not escaped.
        about.url,
        match f.lang {
            crate::model::Lang::Th => "thai",
            crate::model::Lang::En => "english",
        }
    ));
    let mut csl = serde_json::json!({
        "id": id,
        "type": "dataset",
        "title": about.caption,
        "author": [{ "literal": site }],
        "publisher": site,
        "URL": about.url,
        "language": f.lang.code(),
    });
    if let Some(d) = &date {
        let parts: Vec<i64> = [
            Some(i64::from(d.year)),
            d.month.map(i64::from),
            d.day.map(i64::from),
        ]
        .into_iter()
        .flatten()
        .collect();
        csl["issued"] = serde_json::json!({ "date-parts": [parts] });
    }
    Cite {
        text,
        bibtex,
        csl: serde_json::to_string_pretty(&csl).unwrap_or_default(),
    }
}

/// BibTeX's special characters made literal.
fn bibtex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_broken_anywhere_and_kept_whole() {
        let url = "https://example.org/report/th/provinces/rayong/#chart-province-locator-rayong";
        let lines = break_anywhere(url, 12.0, 150.0);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), url);
        assert!(lines.iter().all(|l| width(l, 12.0, false) <= 150.0));
        assert_eq!(break_anywhere("x", 12.0, 1.0), ["x"]);
    }

    #[test]
    fn bibtex_special_characters_are_literal() {
        assert_eq!(
            bibtex_escape("50% of {x} & y_z \\ ~^ #$"),
            "50\\% of \\{x\\} \\& y\\_z \\textbackslash{} \\textasciitilde{}\\textasciicircum{} \\#\\$"
        );
    }
}
