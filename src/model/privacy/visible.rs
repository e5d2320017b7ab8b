//! Model: a body as the reader sees it: through Markdown, raw HTML, character
//! references, link targets and attribute values.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

/// The text a reader sees of a Markdown body, with where each piece is
/// written: text, code, link targets and titles, and the text and
/// attribute values of raw HTML (character references decoded), so that a
/// name split by markup (`นรีรัตน์ **ไกร**ทอง`) or written as references
/// (`&#xE19;…`) is found as the reader would see it. Pieces that are not
/// read together are kept apart.
pub(super) fn visible(body: &str) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut flowing = Piece::default();
    let flow = |text: &str, at: Range<usize>, flowing: &mut Piece| {
        // Where the text is written as it reads within its event (a code
        // span's text inside its backticks), a hit points at its letters.
        let within = body
            .get(at.clone())
            .and_then(|written| written.find(text))
            .filter(|_| !text.is_empty());
        let part = match within {
            Some(i) => (at.start + i..at.start + i + text.len(), true),
            None => (at, false),
        };
        flowing.parts.push((flowing.text.len(), part.0, part.1));
        flowing.text.push_str(text);
    };
    let options = crate::text::MARKDOWN;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        match event {
            Event::Text(t) | Event::Code(t) | Event::FootnoteReference(t) => {
                flow(&t, range, &mut flowing)
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                let (text, attributes) = html_text(&h);
                flow(&text, range.clone(), &mut flowing);
                pieces.extend(attributes.into_iter().map(|a| Piece::at(a, range.clone())));
            }
            Event::Start(Tag::Link {
                dest_url, title, ..
            })
            | Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                let url = percent_encoding::percent_decode_str(&dest_url).decode_utf8_lossy();
                pieces.push(Piece::at(url.into_owned(), range.clone()));
                pieces.push(Piece::at(title.to_string(), range));
            }
            _ => {}
        }
    }
    pieces.push(flowing);
    pieces
}

/// Text a reader reads as one, and where its parts are written: each
/// part's start in `text`, its place in the body, and whether it is
/// written there as it reads (else a hit points at the whole part).
#[derive(Debug, Default)]
pub(super) struct Piece {
    pub(super) text: String,
    pub(super) parts: Vec<(usize, Range<usize>, bool)>,
}

impl Piece {
    pub(super) fn at(text: String, at: Range<usize>) -> Piece {
        Piece {
            parts: vec![(0, at, false)],
            text,
        }
    }

    /// Where in the body the piece's bytes `range` are written.
    pub(super) fn source(&self, range: &Range<usize>) -> Range<usize> {
        let part = |i: usize| {
            let n = self.parts.partition_point(|p| p.0 <= i).saturating_sub(1);
            &self.parts[n]
        };
        let (from, at, exact) = part(range.start);
        let start = if *exact {
            at.start + range.start - from
        } else {
            at.start
        };
        let (from, at, exact) = part(range.end.saturating_sub(1).max(range.start));
        let end = if *exact {
            at.start + range.end - from
        } else {
            at.end
        };
        start..end.max(start)
    }
}

/// The text of an HTML fragment, and its attribute values, as a browser
/// reads them (character references decoded).
pub(super) fn html_text(html: &str) -> (String, Vec<String>) {
    use html5gum::{Token, Tokenizer};
    let mut text = String::new();
    let mut attributes = Vec::new();
    for Ok(token) in Tokenizer::new(html) {
        match token {
            Token::String(s) => text.push_str(&String::from_utf8_lossy(&s.value)),
            Token::StartTag(tag) => attributes.extend(
                tag.attributes
                    .values()
                    .map(|v| String::from_utf8_lossy(&v.value).into_owned()),
            ),
            _ => {}
        }
    }
    (text, attributes)
}
