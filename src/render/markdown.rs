//! Render: Markdown bodies to safe HTML. pulldown-cmark with tables,
//! footnotes, strikethrough, heading ids and smart punctuation; every
//! heading gets an id (its own `{#id}` or one made from its text); then
//! ammonia's allow-list removes script, event handlers and any link scheme
//! but http(s), mailto and relative ones, keeping `id` and `class`.

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// The Markdown dialect of a body.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_HEADING_ATTRIBUTES)
    .union(Options::ENABLE_SMART_PUNCTUATION);

/// How deep quotes, lists, emphasis and HTML tags may nest in a body.
/// Writing needs a handful of levels; the HTML sanitiser's time grows with
/// the square of the depth (100,000 nested `>` took over 20 s).
pub const MAX_NESTING: usize = 32;

/// Where a body first nests deeper than [`MAX_NESTING`] (a byte offset in
/// it), counting Markdown's containers and the tags of raw HTML.
pub fn too_deep(markdown: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(html) | Event::InlineHtml(html) => {
                for (at, change) in tag_changes(&html) {
                    if change > 0 {
                        depth += 1;
                        if depth > MAX_NESTING {
                            return Some(range.start + at);
                        }
                    } else {
                        depth = depth.saturating_sub(1);
                    }
                }
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            return Some(range.start);
        }
    }
    None
}

/// Each tag of a piece of raw HTML that opens (+1) or closes (-1) an
/// element, with its byte offset. Void and self-closed tags do neither.
fn tag_changes(html: &str) -> impl Iterator<Item = (usize, i8)> + '_ {
    const VOID: [&str; 14] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    ];
    html.match_indices('<').filter_map(|(at, _)| {
        let rest = &html[at + 1..];
        let (closing, rest) = match rest.strip_prefix('/') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(rest.len());
        let name = rest[..name_len].to_ascii_lowercase();
        if name.is_empty() || !rest.as_bytes()[0].is_ascii_alphabetic() {
            return None;
        }
        if closing {
            return Some((at, -1));
        }
        let tag_end = rest.find('>').map_or(rest.len(), |i| i);
        let self_closed = rest[..tag_end].ends_with('/');
        (!VOID.contains(&name.as_str()) && !self_closed).then_some((at, 1))
    })
}

/// Markdown to sanitised HTML.
pub fn to_html(markdown: &str) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, OPTIONS).collect();
    let events = with_heading_ids(events);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, events.into_iter());
    images_with_alt(&SANITIZER.clean(&raw).to_string())
}

/// Every image of a sanitised body has an `alt` (an empty one, marking it
/// as decoration, where the text gave none), and an image left without a
/// `src` by the sanitiser (a `data:` or `javascript:` one) is removed: it
/// would show nothing, and screen readers would read its file name.
/// ammonia writes tags as `<img src="…" alt="…">`, with `"` escaped in
/// values, so a tag ends at the first `>` outside quotes.
fn images_with_alt(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<img") {
        out.push_str(&rest[..start]);
        let tag = &rest[start..];
        let mut quoted = false;
        let end = tag
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '>' && !quoted
            })
            .map_or(tag.len(), |(i, _)| i + 1);
        let (tag, after) = tag.split_at(end);
        let names = attribute_names(tag);
        let has = |attr: &str| names.contains(&attr);
        if has("src") {
            if has("alt") {
                out.push_str(tag);
            } else {
                let body = tag.trim_end_matches('>').trim_end_matches('/');
                out.push_str(body);
                out.push_str(" alt=\"\">");
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"])
        .url_schemes(HashSet::from(["http", "https", "mailto"]))
        // No `target` is allowed, so links need no `rel="noopener"`.
        .link_rel(None)
        .add_tags(["figure", "figcaption", "section"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .attribute_filter(|_, attr, value| {
            if attr != "style" {
                return Some(value.into());
            }
            // Only the column alignment pulldown-cmark writes for tables.
            matches!(
                value,
                "text-align: left" | "text-align: center" | "text-align: right"
            )
            .then(|| value.into())
        });
    b
});

/// Gives every heading without an explicit id one made from its text,
/// unique within the body.
fn with_heading_ids(mut events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut used: BTreeSet<String> = BTreeSet::new();
    for e in &events {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = e {
            used.insert(id.to_string());
        }
    }
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { id: None, .. }) = &events[i] {
            let mut text = String::new();
            for e in &events[i + 1..] {
                match e {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => text.push_str(t),
                    _ => {}
                }
            }
            let base = slug(&text);
            let base = if base.is_empty() {
                "section".to_string()
            } else {
                base
            };
            let mut id = base.clone();
            let mut n = 2;
            while used.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            used.insert(id.clone());
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i] {
                *slot = Some(CowStr::from(id));
            }
        }
        i += 1;
    }
    events
}

/// Letters and digits of any script, lower-cased, words joined by `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || is_thai_mark(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Thai vowel and tone marks are not `alphanumeric`, but are part of a word.
fn is_thai_mark(c: char) -> bool {
    ('\u{0E31}'..='\u{0E4E}').contains(&c)
}

/// The attribute names of one tag as ammonia writes it
/// (`<img src="a" alt="b">`): a value's text is never taken for a name.
fn attribute_names(tag: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = tag
        .strip_prefix("<img")
        .unwrap_or(tag)
        .trim_end_matches('>')
        .trim_end_matches('/');
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        names.push(&rest[..end]);
        rest = &rest[end..];
        if let Some(value) = rest.strip_prefix('=') {
            rest = match value.strip_prefix('"') {
                Some(quoted) => &quoted[quoted.find('"').map_or(quoted.len(), |i| i + 1)..],
                None => &value[value.find(char::is_whitespace).unwrap_or(value.len())..],
            };
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_image_has_an_alt_and_one_without_a_source_is_gone() {
        assert_eq!(
            to_html("![Rayong's belt](belt.png) ![](x.png)"),
            "<p><img src=\"belt.png\" alt=\"Rayong’s belt\"> <img src=\"x.png\" alt=\"\"></p>\n"
        );
        assert_eq!(
            to_html(
                "a <img src=\"y.png\"> b <img src=\"data:image/png;base64,AAAA\"> c <img title=\"a > b\" src=\"z.png\">"
            ),
            "<p>a <img src=\"y.png\" alt=\"\"> b  c <img title=\"a &gt; b\" src=\"z.png\" alt=\"\"></p>\n"
        );
        // An attribute's value is not an attribute.
        assert_eq!(
            to_html("<img src=\"a.png\" title=\" alt=\">"),
            "<img src=\"a.png\" title=\" alt=\" alt=\"\">"
        );
        assert_eq!(to_html("<img title=\" src=\" alt=\"x\">"), "");
    }

    #[test]
    fn nesting_past_the_limit_is_found_where_it_passes_it() {
        let fine = format!(
            "{}x\n\n<div><p>a<br>b<img src=x /></p></div>",
            "> ".repeat(10)
        );
        assert_eq!(too_deep(&fine), None);
        // 33 quotes: the 33rd `>` (at byte 64) is one too many.
        assert_eq!(too_deep(&format!("{}x", "> ".repeat(33))), Some(64));
        // The paragraph is one level: the 32nd `<span>` is the 33rd.
        assert_eq!(
            too_deep(&format!("a {}", "<span>".repeat(40))),
            Some(2 + 6 * 31)
        );
        // Closed tags and void ones do not add up.
        assert_eq!(too_deep(&"<b>x</b><br>".repeat(100)), None);
        let nested = "- a\n".to_string()
            + &(1..40)
                .map(|i| format!("{}- a\n", "  ".repeat(i)))
                .collect::<String>();
        assert!(too_deep(&nested).is_some());
    }

    #[test]
    fn tables_footnotes_strikethrough_and_smart_quotes() {
        let html =
            to_html("| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ \"new\"[^1]\n\n[^1]: A note.\n");
        assert_eq!(
            html,
            "<table><thead><tr><th>a</th><th style=\"text-align: right\">b</th></tr></thead><tbody>\n\
             <tr><td>1</td><td style=\"text-align: right\">2</td></tr>\n</tbody></table>\n\
             <p><del>old</del> “new”<sup class=\"footnote-reference\"><a href=\"#1\">1</a></sup></p>\n\
             <div class=\"footnote-definition\" id=\"1\"><sup class=\"footnote-definition-label\">1</sup>\n\
             <p>A note.</p>\n</div>\n"
        );
    }

    #[test]
    fn headings_get_unique_ids_in_any_script() {
        assert_eq!(
            to_html("## ผลการดำเนินงาน\n\n## Results\n\n## Results\n\n## Own {#mine}\n"),
            "<h2 id=\"ผลการดำเนินงาน\">ผลการดำเนินงาน</h2>\n<h2 id=\"results\">Results</h2>\n\
             <h2 id=\"results-2\">Results</h2>\n<h2 id=\"mine\">Own</h2>\n"
        );
    }

    #[test]
    fn script_handlers_and_bad_schemes_are_removed() {
        let html = to_html(
            "<script>alert(1)</script><img src=x onerror=alert(1)>\n\n\
             [a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) \
             [d](https://example.org/) [e](/th/cities/) [f](mailto:a@example.org)\n\n\
             <div class=\"note\" id=\"n\" style=\"color:red\">kept</div>\n",
        );
        assert_eq!(
            html,
            "<img src=\"x\" alt=\"\">\n<p><a>a</a> <a>b</a> \
             <a>c</a> <a href=\"https://example.org/\">d</a> \
             <a href=\"/th/cities/\">e</a> \
             <a href=\"mailto:a@example.org\">f</a></p>\n\
             <div class=\"note\" id=\"n\">kept</div>\n"
        );
    }
}
