//! Text hygiene: the hazards, and the scan of a stretch of prose for them
//! (character by character, with the marks of each Thai letter taken
//! together).

use std::borrow::Cow;
use std::ops::Range;

const NIKHAHIT: char = '\u{0E4D}';
const SARA_AA: char = '\u{0E32}';
const SARA_AM: char = '\u{0E33}';

/// What is wrong with a stretch of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// SARA AM written as NIKHAHIT and SARA AA.
    SplitSaraAm,
    /// A tone mark or THANTHAKHAT before the vowel it belongs after.
    ToneBeforeVowel,
    /// A tone mark after SARA AM, which it belongs before.
    ToneAfterSaraAm,
    /// One mark typed twice on the same letter.
    DoubledMark,
    /// A zero-width character or soft hyphen touching Thai text.
    Invisible(char),
    /// A no-break space between two Thai letters.
    NoBreakSpace(char),
    /// Space at the start (`true`) or end of a field's text.
    EdgeSpace { leading: bool },
    /// A Latin letter inside a Thai word, and the Thai letter it looks like.
    Lookalike(char),
}

/// One hazard: where it is, what it is, and what the text should be there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hazard<'a> {
    pub kind: Kind,
    /// Bytes of the scanned text.
    pub range: Range<usize>,
    /// The text the range should be (for a lookalike, the likely letter).
    pub fixed: Cow<'static, str>,
    /// The YAML field the hazard is in, where the line names one.
    pub field: Option<&'a str>,
}

impl Hazard<'_> {
    /// Whether [`super::apply`] rewrites it: every hazard but a lookalike, whose
    /// letter the editor chooses.
    pub fn sure(&self) -> bool {
        !matches!(self.kind, Kind::Lookalike(_))
    }
}

// ------------------------------------------------------------ characters

/// Zero-width characters and the soft hyphen: nothing to see, but search
/// and sorting see them.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}'
    )
}

fn is_no_break_space(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// A Thai letter, vowel, mark or digit.
fn is_thai(c: char) -> bool {
    ('\u{0E01}'..='\u{0E5B}').contains(&c)
}

/// A Thai letter or vowel (no digits or signs): what a word is made of.
fn is_thai_letter(c: char) -> bool {
    ('\u{0E01}'..='\u{0E4E}').contains(&c) && c != '\u{0E3F}'
}

/// Whether `c` is a mark written above or below a Thai letter.
pub fn is_mark(c: char) -> bool {
    mark_class(c).is_some()
}

/// Marks written above or below a letter: vowels first, then tone marks.
fn mark_class(c: char) -> Option<u8> {
    match c {
        '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}' | NIKHAHIT => Some(0),
        '\u{0E48}'..='\u{0E4C}' | '\u{0E4E}' => Some(1),
        _ => None,
    }
}

/// The Thai letter a lone Latin letter inside a Thai word most often
/// stands for (in the loopless Thai type of slides and posters, and in
/// text read from scans).
fn lookalike(c: char) -> Option<char> {
    Some(match c {
        'n' => 'ก',
        'u' | 'U' => 'บ',
        'w' | 'W' => 'พ',
        's' | 'S' => 'ร',
        'o' | 'O' => 'อ',
        _ => return None,
    })
}

// ------------------------------------------------------------ prose

/// The hazards in `text[range]`, a stretch of prose.
pub(super) fn scan_prose<'a>(
    text: &'a str,
    range: Range<usize>,
    field: Option<&'a str>,
    out: &mut Vec<Hazard<'a>>,
) {
    let s = &text[range.clone()];
    let base = range.start;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        let len = c.len_utf8();
        if is_invisible(c) {
            let run = s[i..]
                .char_indices()
                .find(|(_, c)| !is_invisible(*c))
                .map_or(s.len() - i, |(j, _)| j);
            let next = s[i + run..].chars().next();
            if prev.is_some_and(is_thai) || next.is_some_and(is_thai) {
                out.push(Hazard {
                    kind: Kind::Invisible(c),
                    range: base + i..base + i + run,
                    fixed: Cow::Borrowed(""),
                    field,
                });
            }
            prev = s[..i + run].chars().next_back();
            i += run;
            continue;
        }
        if is_no_break_space(c) {
            let next = s[i + len..].chars().next();
            if prev.is_some_and(is_thai_letter) && next.is_some_and(is_thai_letter) {
                out.push(Hazard {
                    kind: Kind::NoBreakSpace(c),
                    range: base + i..base + i + len,
                    fixed: Cow::Borrowed(" "),
                    field,
                });
            }
        } else if mark_class(c).is_some() || c == SARA_AM {
            let (end, hazard) = cluster(s, i);
            if let Some((kind, fixed)) = hazard {
                out.push(Hazard {
                    kind,
                    range: base + i..base + end,
                    fixed: Cow::Owned(fixed),
                    field,
                });
            }
            prev = s[..end].chars().next_back();
            i = end;
            continue;
        } else if c.is_ascii_alphabetic() {
            let next = s[i + len..].chars().next();
            if let Some(thai) = lookalike(c)
                && prev.is_some_and(is_thai_letter)
                && next.is_some_and(is_thai_letter)
            {
                out.push(Hazard {
                    kind: Kind::Lookalike(thai),
                    range: base + i..base + i + len,
                    fixed: Cow::Owned(thai.to_string()),
                    field,
                });
            }
        }
        prev = Some(c);
        i += len;
    }
}

/// Where the marks from `s[start..]` on end, if they are as they should
/// be: each mark once, vowels before tone marks, none after SARA AM, no
/// SARA AA after NIKHAHIT. Nearly every Thai letter's marks are, and this
/// says so without allocating.
fn in_order(s: &str, start: usize) -> Option<usize> {
    let bit = |c: char| 1u32 << (c as u32 - 0x0E31);
    let mut seen = 0u32;
    let mut class = 0;
    let mut am = false;
    let mut end = start;
    for c in s[start..].chars() {
        match mark_class(c) {
            Some(_) if am => return None,
            Some(k) if seen & bit(c) != 0 || k < class => return None,
            Some(k) => {
                seen |= bit(c);
                class = k;
            }
            None if am => break,
            None if c == SARA_AM => am = true,
            None if c == SARA_AA && seen & bit(NIKHAHIT) != 0 => return None,
            None => break,
        }
        end += c.len_utf8();
    }
    Some(end)
}

/// The marks from `s[start..]` on (with SARA AM, or NIKHAHIT and SARA AA,
/// and the tone marks typed after it): where they end, and what is wrong
/// with them and how they should be, if anything.
fn cluster(s: &str, start: usize) -> (usize, Option<(Kind, String)>) {
    if let Some(end) = in_order(s, start) {
        return (end, None);
    }
    let mut marks: Vec<char> = Vec::new();
    let mut am: Option<bool> = None; // Some(true): split into two characters
    let mut after_am = false;
    let mut end = start;
    for c in s[start..].chars() {
        match am {
            None if mark_class(c).is_some() => marks.push(c),
            None if c == SARA_AM => am = Some(false),
            None if c == SARA_AA && marks.contains(&NIKHAHIT) => am = Some(true),
            Some(_) if mark_class(c) == Some(1) => {
                marks.push(c);
                after_am = true;
            }
            _ => break,
        }
        end += c.len_utf8();
    }
    let mut canon = marks.clone();
    if am == Some(true)
        && let Some(k) = canon.iter().position(|&c| c == NIKHAHIT)
    {
        canon.remove(k);
    }
    let mut seen = Vec::with_capacity(canon.len());
    canon.retain(|c| {
        let new = !seen.contains(c);
        seen.push(*c);
        new
    });
    let doubled = seen.len() != canon.len();
    canon.sort_by_key(|&c| mark_class(c));
    let mut fixed: String = canon.into_iter().collect();
    if am.is_some() {
        fixed.push(SARA_AM);
    }
    if fixed == s[start..end] {
        return (end, None);
    }
    let kind = if am == Some(true) {
        Kind::SplitSaraAm
    } else if doubled {
        Kind::DoubledMark
    } else if after_am {
        Kind::ToneAfterSaraAm
    } else {
        Kind::ToneBeforeVowel
    };
    (end, Some((kind, fixed)))
}
