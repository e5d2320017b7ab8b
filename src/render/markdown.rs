//! Render: Markdown bodies to safe HTML. pulldown-cmark with tables,
//! footnotes, strikethrough, heading ids and smart punctuation; every
//! heading gets an id (its own `{#id}` or one made from its text); then
//! ammonia's allow-list removes script, event handlers and any link scheme
//! but http(s), mailto and relative ones, keeping `id` and `class`.

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Parser, Tag, TagEnd, html};

use super::dropped::Dropped;
use crate::model::text::MARKDOWN as OPTIONS;

/// How deep elements may nest in a body: quotes, lists (a list and its
/// item are two levels), emphasis and HTML tags. Writing needs a dozen or
/// so; the HTML sanitiser's time grows with the square of the depth
/// (100,000 nested `>` took over 20 s), and 100 levels take microseconds.
pub const MAX_NESTING: usize = 100;

/// Where a body first nests deeper than [`MAX_NESTING`] (a byte offset in
/// it), counting Markdown's containers and the elements that raw HTML
/// opens, as a browser would.
pub fn too_deep(markdown: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut html = OpenElements::default();
    for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(text) | Event::InlineHtml(text) => {
                if let Some(at) = html.feed(&text, MAX_NESTING.saturating_sub(depth)) {
                    return Some(range.start + at);
                }
            }
            _ => {}
        }
        if depth + html.stack.len() > MAX_NESTING {
            return Some(range.start);
        }
    }
    None
}

/// The elements raw HTML has opened and not closed, a simplified version
/// of a browser's stack: end tags close the nearest open element of their
/// name (and those inside it), an end tag with nothing to close is
/// ignored, and `<p>`, `<li>`, `<td>`, `<tr>`, `<dt>`, `<dd>` and
/// `<option>` close the one before them, as HTML says. Comments are
/// skipped, and so is the text of `<script>`, `<style>` and `<textarea>`.
#[derive(Default)]
struct OpenElements {
    stack: Vec<String>,
    /// Inside a comment, or the raw text of the element named.
    skipping: Option<&'static str>,
}

impl OpenElements {
    /// Reads more HTML; the offset in it where the stack passes `room`.
    fn feed(&mut self, html: &str, room: usize) -> Option<usize> {
        const VOID: [&str; 14] = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
            "source", "track", "wbr",
        ];
        /// Elements whose text is not HTML, and how that text ends.
        const RAW: [(&str, &str); 3] = [
            ("script", "</script"),
            ("style", "</style"),
            ("textarea", "</textarea"),
        ];
        let mut at = 0;
        while at < html.len() {
            if let Some(end) = self.skipping {
                match html[at..].find(end) {
                    Some(i) => {
                        at += i + end.len();
                        self.skipping = None;
                    }
                    None => return None,
                }
                continue;
            }
            let i = html[at..].find('<')?;
            let tag_at = at + i;
            let rest = &html[tag_at + 1..];
            at = tag_at + 1;
            if rest.starts_with("!--") {
                self.skipping = Some("-->");
                at += 3;
                continue;
            }
            let (closing, rest) = match rest.strip_prefix('/') {
                Some(r) => (true, r),
                None => (false, rest),
            };
            if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                continue;
            }
            let name_len = rest
                .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .unwrap_or(rest.len());
            let name = rest[..name_len].to_ascii_lowercase();
            if closing {
                if let Some(i) = self.stack.iter().rposition(|n| *n == name) {
                    self.stack.truncate(i);
                }
                continue;
            }
            if VOID.contains(&name.as_str()) {
                continue;
            }
            // `/>` does not close an HTML element: `<div/>` opens one.
            // (the elements this one closes, the ones that stop the search)
            let (closes, within): (&[&str], &[&str]) = match name.as_str() {
                "li" => (&["li"], &["ul", "ol"]),
                "dt" | "dd" => (&["dt", "dd"], &["dl"]),
                "td" | "th" => (&["td", "th"], &["tr", "table"]),
                "tr" => (&["tr"], &["table"]),
                "option" => (&["option"], &["select"]),
                "p" => (&["p"], &[]),
                _ => (&[], &[]),
            };
            for i in (0..self.stack.len()).rev() {
                let open = self.stack[i].as_str();
                if within.contains(&open) {
                    break;
                }
                if closes.contains(&open) {
                    self.stack.truncate(i);
                    break;
                }
            }
            if let Some((_, end)) = RAW.iter().find(|(raw, _)| *raw == name) {
                self.skipping = Some(end);
                continue;
            }
            self.stack.push(name);
            if self.stack.len() > room {
                return Some(tag_at);
            }
        }
        None
    }
}

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
    fn nesting_past_the_limit_is_found_where_it_passes_it() {
        let fine = format!(
            "{}x\n\n<div><p>a<br>b<img src=x /></p></div>",
            "> ".repeat(10)
        );
        assert_eq!(too_deep(&fine), None);
        // Each `>` is a quote inside a quote, and the text a paragraph:
        // 100 quotes and the paragraph pass; the 101st quote (byte 200) not.
        assert_eq!(too_deep(&format!("{}x", "> ".repeat(99))), None);
        assert_eq!(too_deep(&format!("{}x", "> ".repeat(101))), Some(200));
        // The paragraph is one level: the 100th `<span>` is the 101st.
        assert_eq!(
            too_deep(&format!("a {}", "<span>".repeat(120))),
            Some(2 + 6 * 99)
        );
        // `<div/>` opens a div, as a browser reads it.
        assert!(too_deep(&"<div/>".repeat(200)).is_some());
        // Closed tags, void ones and stray end tags do not add up.
        assert_eq!(too_deep(&"<b>x</b><br>".repeat(200)), None);
        assert!(too_deep(&"<div></x>".repeat(200)).is_some());
        let nested = "- a\n".to_string()
            + &(1..60)
                .map(|i| format!("{}- a\n", "  ".repeat(i)))
                .collect::<String>();
        assert!(too_deep(&nested).is_some());
    }

    #[test]
    fn ordinary_html_is_not_mistaken_for_deep_nesting() {
        let cells =
            "<table>\n".to_string() + &"<tr><td>1<td>b<td>c<td>d\n".repeat(200) + "</table>\n";
        assert_eq!(too_deep(&cells), None);
        let items = "<ul>\n".to_string() + &"<li>item\n".repeat(200) + "</ul>\n";
        assert_eq!(too_deep(&items), None);
        assert_eq!(too_deep(&"<p>para\n\n".repeat(200)), None);
        let comment = format!("<!-- {} -->\n\ntext", "<div>".repeat(200));
        assert_eq!(too_deep(&comment), None);
        let style = format!("<style>{}</style>\n\ntext", "<div>".repeat(200));
        assert_eq!(too_deep(&style), None);
        let code = format!(
            "```\n{}\n```\n\n`{}`",
            "<div>".repeat(200),
            "<div>".repeat(200)
        );
        assert_eq!(too_deep(&code), None);
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
