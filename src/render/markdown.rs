//! Render: Markdown bodies to safe HTML. pulldown-cmark with tables,
//! footnotes, strikethrough, heading ids and smart punctuation; every
//! heading gets an id (its own `{#id}` or one made from its text); then
//! ammonia's allow-list removes script, event handlers and any link scheme
//! but http(s), mailto and relative ones, keeping `id` and `class`.

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};

use super::dropped::Dropped;
use crate::text::MARKDOWN as OPTIONS;

/// Markdown to sanitised HTML.
pub fn to_html(markdown: &str) -> String {
    to_html_checked(markdown).0
}

/// Markdown to sanitised HTML, and where sanitising dropped text the
/// Markdown holds (see [`super::dropped`]).
pub fn to_html_checked(markdown: &str) -> (String, Option<Dropped>) {
    let (events, ranges): (Vec<Event<'_>>, Vec<_>) = Parser::new_ext(markdown, OPTIONS)
        .into_offset_iter()
        .unzip();
    let events = with_heading_ids(events);
    let clean = sanitise(&events, markdown.len() * 3 / 2);
    let dropped = super::dropped::find(&events, &ranges, markdown.len(), &clean, |some| {
        sanitise(some, markdown.len())
    });
    (images_with_alt(&clean), dropped)
}

/// `events` as HTML, then sanitised.
fn sanitise(events: &[Event<'_>], capacity: usize) -> String {
    let mut raw = String::with_capacity(capacity);
    html::push_html(&mut raw, events.iter().cloned());
    SANITIZER.clean(&raw).to_string()
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
    fn text_the_sanitiser_drops_is_found_where_it_is_written() {
        let body = "Before.\n\n<math><mtext><table><mglyph><style>\n\nLost paragraph.\n\n## Lost heading\n";
        let (html, dropped) = to_html_checked(body);
        assert!(!html.contains("Lost"), "{html}");
        assert_eq!(
            dropped,
            Some(Dropped {
                at: body.find("Lost paragraph").unwrap(),
                html_at: Some(body.find("<style>").unwrap()),
                chars: "Lostparagraph.Lostheading".len(),
            })
        );
        // Inline script: its text is dropped too, and said.
        let body = "a <script>alert(1)</script> b";
        let (_, dropped) = to_html_checked(body);
        assert_eq!(
            dropped.map(|d| (d.at, d.chars)),
            Some((body.find("alert").unwrap(), 8))
        );
    }

    #[test]
    fn what_the_sanitiser_keeps_or_makes_is_not_called_dropped() {
        for body in [
            "| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~ \"new\"[^1] -- x...\n\n[^1]: A note.\n",
            "![Rayong's belt](belt.png) ![x](data:image/png;base64,AAAA) [a](javascript:x)\n",
            "<div\n  class=\"note\" title=\"a > b\">kept &amp; &copy; &nope; a < b</div>\n",
            "```\n<div>{{ x }}</div> & <script>\n```\n\n`<b>` &lt; &#60;\n",
            "<!-- a comment -->\n\n<select><option>one</option></select> <textarea>two</textarea>\n",
            "## Own {#mine}\n\nA&nbsp;b <https://example.org/>\n",
        ] {
            assert_eq!(to_html_checked(body).1, None, "{body}");
        }
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
