//! Load: how deep a body nests. A body that nests deeper than
//! [`MAX_NESTING`] is refused as it is read, before anything renders it
//! (the renderer's sanitiser takes time growing with the square of the
//! depth).

use pulldown_cmark::{Event, Parser};

use crate::text::MARKDOWN as OPTIONS;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
