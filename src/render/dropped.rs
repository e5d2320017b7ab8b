//! Render: text the HTML sanitiser dropped. ammonia removes what is not
//! safe, and with it any text inside: `<script>` and `<style>` hold text,
//! and some HTML (`<math><mtext><table><mglyph><style>`) makes a browser,
//! and so the sanitiser, read all the text after it as the inside of a
//! `<style>`. Such text vanishes from the page without a word; this
//! finds where, so that the build can say so.
//!
//! What was written is counted from the Markdown events (text, code, and
//! the text between raw HTML tags); what is shown, from the sanitised
//! HTML: characters outside tags and comments, white space not counted, a
//! character reference as one. Only where fewer are shown than written
//! is the place looked for: the first event whose text the sanitiser drops
//! when it is given the body up to there.

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

/// Past this many bytes of Markdown, the place is not looked for (each
/// look sanitises the body again); the first raw HTML is named instead.
const MAX_SEARCHED: usize = 256 * 1024;

/// Text of a body that the sanitised page does not show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// Where the first text dropped is written (a byte offset in the
    /// Markdown), or the first raw HTML of a body too big to search.
    pub at: usize,
    /// Where the last raw HTML before it starts: what hides it.
    pub html_at: Option<usize>,
    /// How many characters (not counting white space) are not shown.
    pub chars: usize,
}

/// Where the sanitised `clean` HTML of `events` (at `ranges` of a body of
/// `len` bytes) shows less text than they hold; `sanitise` makes the
/// sanitised HTML of the events up to a point.
pub fn find(
    events: &[Event<'_>],
    ranges: &[Range<usize>],
    len: usize,
    clean: &str,
    sanitise: impl Fn(&[Event<'_>]) -> String,
) -> Option<Dropped> {
    let written = written(events);
    let total: usize = written.iter().sum();
    let shown = Visible::default().count(clean);
    if shown >= total {
        return None;
    }
    let html = |upto: usize| {
        events[..upto]
            .iter()
            .rposition(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
            .map(|i| ranges[i].start)
    };
    let chars = total - shown;
    if len > MAX_SEARCHED {
        let first = events
            .iter()
            .position(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))?;
        return Some(Dropped {
            at: ranges[first].start,
            html_at: Some(ranges[first].start),
            chars,
        });
    }
    let mut before = Vec::with_capacity(written.len() + 1);
    before.push(0);
    for n in &written {
        before.push(before.last().copied().unwrap_or(0) + n);
    }
    // The first `k` events lose text, the first `lo` do not: halve.
    let loses = |k: usize| Visible::default().count(&sanitise(&events[..k])) < before[k];
    let (mut lo, mut hi) = (0, events.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if loses(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    let first = hi - 1;
    Some(Dropped {
        at: ranges[first].start,
        html_at: html(hi),
        chars,
    })
}

/// The characters each event holds as text a reader should see.
fn written(events: &[Event<'_>]) -> Vec<usize> {
    let mut html = Visible::default();
    let mut in_image = 0usize;
    events
        .iter()
        .map(|e| match e {
            // An image's text is its `alt`, an attribute.
            Event::Start(Tag::Image { .. }) => {
                in_image += 1;
                0
            }
            Event::End(TagEnd::Image) => {
                in_image = in_image.saturating_sub(1);
                0
            }
            Event::Text(t) | Event::Code(t) if in_image == 0 => {
                t.chars().filter(|c| !c.is_whitespace()).count()
            }
            Event::Html(t) | Event::InlineHtml(t) => html.count(t),
            _ => 0,
        })
        .collect()
}

/// Counts the characters of HTML a reader sees, fed in pieces: a tag or
/// comment may end in a later piece (an HTML block comes a line at a time).
#[derive(Default)]
struct Visible {
    state: State,
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum State {
    #[default]
    Text,
    /// Inside a tag; in a quoted value, with its quote.
    Tag(Option<char>),
    Comment,
}

impl Visible {
    fn count(&mut self, html: &str) -> usize {
        let mut n = 0;
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            let mut step = c.len_utf8();
            match self.state {
                State::Comment => match rest.find("-->") {
                    Some(i) => {
                        step = i + 3;
                        self.state = State::Text;
                    }
                    None => step = rest.len(),
                },
                State::Tag(quote) => match (quote, c) {
                    (None, '>') => self.state = State::Text,
                    (None, '"' | '\'') => self.state = State::Tag(Some(c)),
                    (Some(q), c) if c == q => self.state = State::Tag(None),
                    _ => {}
                },
                State::Text => {
                    let after = &rest[c.len_utf8()..];
                    if c == '<' && after.starts_with("!--") {
                        self.state = State::Comment;
                        step = 4;
                    } else if c == '<'
                        && after.starts_with(|c: char| {
                            c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?'
                        })
                    {
                        self.state = State::Tag(None);
                    } else if c == '&' {
                        n += 1;
                        step += reference_len(after);
                    } else if !c.is_whitespace() {
                        n += 1;
                    }
                }
            }
            rest = &rest[step..];
        }
        n
    }
}

/// The length of the rest of a character reference after its `&`
/// (`amp;`, `#60;`), or 0 where there is none.
fn reference_len(after: &str) -> usize {
    let body = after.strip_prefix('#').unwrap_or(after);
    let name = body
        .bytes()
        .take(32)
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let hash = after.len() - body.len();
    match body.as_bytes().get(name) {
        Some(b';') if name > 0 => hash + name + 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_a_reader_sees_is_counted() {
        let count = |html: &str| Visible::default().count(html);
        assert_eq!(count("<p class=\"a > b\">ab c</p>"), 3);
        assert_eq!(count("a &amp; b &#60; &lt;x&gt; &nope"), 12);
        assert_eq!(count("<!-- hidden <b> --> shown"), 5);
        assert_eq!(count("a < b"), 3);
        let mut pieces = Visible::default();
        assert_eq!(
            pieces.count("<div\n") + pieces.count(" class=\"x\">kept\n"),
            4
        );
    }
}
