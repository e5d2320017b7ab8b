//! Text as editors write it: Thai digits, NFC, case-folding for
//! look-ups, and whole numbers with thousands separators.

pub mod hygiene;

use pulldown_cmark::Options;
use unicode_normalization::UnicodeNormalization;

/// The Markdown dialect of a body: tables, footnotes, strikethrough,
/// heading ids and smart punctuation. The render writes it; the privacy
/// scan reads it as the reader will.
pub const MARKDOWN: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_HEADING_ATTRIBUTES)
    .union(Options::ENABLE_SMART_PUNCTUATION);

/// Thai digits (`๐`–`๙`) as ASCII digits; everything else unchanged.
pub fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '๐'..='๙' => char::from(b'0' + (c as u32 - '๐' as u32) as u8),
            _ => c,
        })
        .collect()
}

/// The key a name is looked up by: NFC, Thai digits as ASCII, trimmed,
/// lower-cased, inner runs of white space made one space.
pub fn fold(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    ascii_digits(&nfc)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether an optional field's value says it is not known: `ไม่ระบุ`
/// ("not stated"), `ไม่ทราบ`, `ไม่มีข้อมูล` or a dash, which mean the same
/// as leaving the line out.
pub fn is_unstated(s: &str) -> bool {
    matches!(s.trim(), "-" | "–" | "—" | "ไม่ระบุ" | "ไม่ทราบ" | "ไม่มีข้อมูล")
}

/// A whole, non-negative number as an editor may write it: `49`, `๔๙`,
/// `1,000`. `None` when it is anything else.
pub fn parse_count(s: &str) -> Option<u64> {
    let s = ascii_digits(s.trim());
    let digits = strip_grouping(&s)?;
    digits.parse().ok()
}

/// Digits with optional comma grouping (`1,170,000`) as plain digits, or
/// `None` when the grouping is wrong (`1,17`) or anything else is there.
pub fn strip_grouping(s: &str) -> Option<String> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return None;
    }
    if s.contains(',') {
        let mut groups = s.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    Some(s.replace(',', ""))
}

/// `1234567` as `1,234,567`.
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let cases = [
            ("49", Some(49)),
            ("๔๙", Some(49)),
            (" 1,000 ", Some(1000)),
            ("1,17", None),
            (",100", None),
            ("-3", None),
            ("3.5", None),
            ("", None),
            ("abc", None),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_count(input), expected, "{input:?}");
        }
    }

    #[test]
    fn folding_and_grouping() {
        assert_eq!(fold("  Nakhon   Ratchasima "), "nakhon ratchasima");
        assert_eq!(ascii_digits("TH-๒๑"), "TH-21");
        assert_eq!(group_thousands(1_170_000_000), "1,170,000,000");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(0), "0");
    }
}
