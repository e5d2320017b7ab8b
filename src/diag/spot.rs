//! Diagnostics: where in a file one points.

/// Where in a file a diagnostic points: the 1-based line and column (in
/// characters), the text of that line, and the byte range to underline in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spot {
    pub line: usize,
    pub column: usize,
    pub line_text: String,
    pub underline: std::ops::Range<usize>,
    /// Characters of a very long line left out before `line_text`.
    pub cut: usize,
}

impl Spot {
    /// The spot covering `len` bytes from `byte_offset` in `text`, or the end
    /// of the text where the offset runs past it.
    pub fn at(text: &str, byte_offset: usize, len: usize) -> Spot {
        /// Of a very long line, this much either side of the spot is kept
        /// (the terminal shows less): a spot costs the same on any line.
        const WINDOW: usize = 1_000;
        let offset = floor_char_boundary(text, byte_offset.min(text.len()));
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
        let line = bytecount(&text.as_bytes()[..line_start], b'\n') + 1;
        let column = text[line_start..offset].chars().count() + 1;
        let keep_from = floor_char_boundary(text, offset.saturating_sub(WINDOW).max(line_start));
        let keep_to = ceil_char_boundary(text, (offset + len + WINDOW).min(line_end));
        let kept = &text[keep_from..keep_to];
        let start = offset - keep_from;
        let end = floor_char_boundary(kept, start + len.max(1));
        let end = if end <= start {
            // Underline at least one character, even at the end of a line.
            kept[start..]
                .chars()
                .next()
                .map_or(start, |c| start + c.len_utf8())
        } else {
            end
        };
        Spot {
            line,
            column,
            line_text: kept.to_string(),
            underline: start..end,
            cut: text[line_start..keep_from].chars().count(),
        }
    }

    /// The spot at a 1-based line and character column of `text`,
    /// underlining `chars` characters.
    pub fn at_line_column(text: &str, line: usize, column: usize, chars: usize) -> Spot {
        let mut offset = 0;
        for (i, l) in text.split_inclusive('\n').enumerate() {
            if i + 1 == line {
                let mut rest = l.chars().skip(column.saturating_sub(1));
                let col_bytes = l.len() - rest.clone().map(char::len_utf8).sum::<usize>();
                let len = rest.by_ref().take(chars).map(char::len_utf8).sum();
                return Spot::at(text, offset + col_bytes, len);
            }
            offset += l.len();
        }
        Spot::at(text, text.len(), chars)
    }
}

fn ceil_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// How many times `byte` is in `bytes` (a loop the compiler vectorises).
fn bytecount(bytes: &[u8], byte: u8) -> usize {
    bytes.iter().filter(|b| **b == byte).count()
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
