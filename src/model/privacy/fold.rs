//! Model: text folded for comparing names: NFC, no case, no white space,
//! zero-width characters, soft hyphens, `-`, `_` or `.`, with a map back to
//! the bytes as written.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// A Latin letter or digit: a Latin name matches only as whole words.
pub(super) fn is_latin(c: char) -> bool {
    c.is_alphanumeric() && !('\u{0E00}'..='\u{0E7F}').contains(&c)
}

/// Characters that never separate what a reader sees as one name.
pub(super) fn ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                ..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '-' | '_' | '.'
        )
}

/// Where each folded character came from: `(folded byte, original start,
/// original end)`, in order.
pub(super) struct Map(pub(super) Vec<(usize, usize, usize)>);

impl Map {
    pub(super) fn entry(&self, folded: usize) -> usize {
        self.0.partition_point(|e| e.0 <= folded).saturating_sub(1)
    }

    pub(super) fn start(&self, folded: usize) -> usize {
        self.0[self.entry(folded)].1
    }

    pub(super) fn end(&self, folded_end: usize) -> usize {
        self.0[self.entry(folded_end.saturating_sub(1))].2
    }
}

/// `text` as names are compared: ignorable characters left out, each run
/// of a character and its combining marks in NFC (which also puts Thai
/// vowel and tone marks in one order), lower case.
pub(super) fn fold(text: &str) -> (String, Map) {
    fold_nfc(text).unwrap_or_else(|| fold_any(text))
}

/// [`fold`] of a text already in NFC (nearly every text: `load` makes
/// files NFC), character by character; `None` where it is not, or where
/// leaving out an ignorable character puts two combining marks side by
/// side (they might then need reordering).
pub(super) fn fold_nfc(text: &str) -> Option<(String, Map)> {
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    if is_nfc_quick(text.chars()) != IsNormalized::Yes {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() / 2);
    let mut skipped = false;
    for (i, c) in text.char_indices() {
        if ignorable(c) {
            skipped = true;
            continue;
        }
        if skipped && canonical_combining_class(c) != 0 {
            return None;
        }
        skipped = false;
        let end = i + c.len_utf8();
        for l in c.to_lowercase() {
            map.push((out.len(), i, end));
            out.push(l);
        }
    }
    Some((out, Map(map)))
}

/// [`fold`] of any text: each run of a starter and its combining marks
/// put in NFC.
pub(super) fn fold_any(text: &str) -> (String, Map) {
    let mut out = String::new();
    let mut map = Vec::new();
    let mut run = String::new();
    let mut run_at = 0..0;
    let mut flush = |run: &mut String, at: &Range<usize>, out: &mut String| {
        if run.is_empty() {
            return;
        }
        for c in run.nfc().flat_map(char::to_lowercase) {
            map.push((out.len(), at.start, at.end));
            out.push(c);
        }
        run.clear();
    };
    for (i, c) in text.char_indices() {
        if ignorable(c) {
            continue;
        }
        if canonical_combining_class(c) == 0 {
            flush(&mut run, &run_at, &mut out);
            run_at = i..i;
        }
        run.push(c);
        run_at.end = i + c.len_utf8();
    }
    flush(&mut run, &run_at, &mut out);
    (out, Map(map))
}
