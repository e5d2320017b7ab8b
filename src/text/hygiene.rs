//! Thai text hygiene: what copy and paste from PDFs, Word and LINE leaves
//! in Thai text that NFC does not remove, found in a file's prose (YAML
//! values, a Markdown body outside code) with the text it should be.
//!
//! The hazards:
//! - SARA AM as two characters, NIKHAHIT and SARA AA (`น◌ํา`), as PDF
//!   extraction yields it;
//! - a tone mark (or THANTHAKHAT) typed before the vowel it belongs after,
//!   or after SARA AM, which it belongs before; the same mark twice;
//! - zero-width characters and soft hyphens touching Thai text, and
//!   no-break spaces between Thai letters;
//! - space at the start or end of a field's text;
//! - a Latin letter that looks like a Thai one inside a Thai word.
//!
//! [`scan`] finds them; [`apply`] writes the text as it should be. A
//! Latin lookalike is only pointed out: which Thai letter was meant is
//! for the editor to say, so [`apply`] leaves it.
//!
//! Offsets are bytes of the text given, which may be a file as saved
//! (with CRLF line ends) or as loaded: `check --fix` and `load` use the
//! same scan.

use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

mod prose;
mod yaml;

pub use prose::{Hazard, Kind, is_mark};
use prose::{is_invisible, scan_prose};
use yaml::scan_yaml;

/// The hazards of a file's text: `yaml` is its YAML (front matter, or the
/// whole of a `.yaml` file), `body` its Markdown body. Comments, keys and
/// code are not prose and are left alone. In order, not overlapping.
pub fn scan(text: &str, yaml: Range<usize>, body: Option<Range<usize>>) -> Vec<Hazard<'_>> {
    let mut out = Vec::new();
    scan_yaml(text, yaml, &mut out);
    if let Some(body) = body {
        let start = out.len();
        scan_prose(text, body.clone(), None, &mut out);
        if out.len() > start {
            // Both in order: one pass drops what falls in code.
            let code = code_ranges(&text[body.clone()], body.start);
            let mut kept = out.split_off(start);
            let mut next = 0;
            kept.retain(|h| {
                while code.get(next).is_some_and(|c| c.end <= h.range.start) {
                    next += 1;
                }
                code.get(next).is_none_or(|c| c.start >= h.range.end)
            });
            out.extend(kept);
        }
    }
    out.sort_by_key(|h| h.range.start);
    let mut end = 0;
    out.retain(|h| {
        let keep = h.range.start >= end;
        if keep {
            end = h.range.end;
        }
        keep
    });
    out
}

/// `text` with every sure hazard (from [`scan`] of the same text)
/// rewritten, and nothing else changed.
pub fn apply(text: &str, hazards: &[Hazard]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for h in hazards.iter().filter(|h| h.sure()) {
        out.push_str(&text[at..h.range.start]);
        out.push_str(&h.fixed);
        at = h.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// A stretch of text as an editor can see it: every invisible or unusual
/// space character written as `<U+200B>`.
pub fn visible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_invisible(c) || (c.is_whitespace() && c != ' ' && c != '\n') {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The code points of a text: `U+0E4D U+0E32`.
pub fn code_points(s: &str) -> String {
    let codes: Vec<String> = s.chars().map(|c| format!("U+{:04X}", c as u32)).collect();
    codes.join(" ")
}

/// The Unicode name of the characters the hazards are about.
pub fn name(c: char) -> &'static str {
    match c {
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200C}' => "ZERO WIDTH NON-JOINER",
        '\u{200D}' => "ZERO WIDTH JOINER",
        '\u{2060}' => "WORD JOINER",
        '\u{00AD}' => "SOFT HYPHEN",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{00A0}' => "NO-BREAK SPACE",
        '\u{202F}' => "NARROW NO-BREAK SPACE",
        '\u{2007}' => "FIGURE SPACE",
        _ => "character",
    }
}

/// The byte ranges (offset by `base`) of a Markdown body's code: spans
/// and blocks, whose text is shown as written.
fn code_ranges(body: &str, base: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (event, range) in Parser::new_ext(body, super::MARKDOWN).into_offset_iter() {
        match event {
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => {
                out.push(base + range.start..base + range.end);
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix_yaml(text: &str) -> String {
        apply(text, &scan(text, 0..text.len(), None))
    }

    fn kinds(text: &str) -> Vec<(Kind, &str, String)> {
        scan(text, 0..text.len(), None)
            .into_iter()
            .map(|h| (h.kind, h.field.unwrap_or(""), text[h.range].to_string()))
            .collect()
    }

    #[test]
    fn each_hazard_is_found_and_fixed() {
        let cases = [
            // SARA AM in two characters, with and without a tone mark.
            ("title: น\u{0E4D}\u{0E32}ร่อง\n", "title: นำร่อง\n"),
            ("title: น\u{0E49}\u{0E4D}\u{0E32}\n", "title: น้ำ\n"),
            ("title: น\u{0E4D}\u{0E49}\u{0E32}\n", "title: น้ำ\n"),
            // A tone mark before its vowel, after SARA AM, or twice.
            ("title: ก\u{0E48}\u{0E34}น\n", "title: กิ่น\n"),
            ("title: ก\u{0E49}\u{0E38}ง\n", "title: กุ้ง\n"),
            ("title: น\u{0E33}\u{0E49}\n", "title: น้ำ\n"),
            ("title: ก\u{0E48}\u{0E48}อน\n", "title: ก่อน\n"),
            // Invisible characters touching Thai; no-break space inside it.
            ("title: เมือง\u{200B}อัจฉริยะ\n", "title: เมืองอัจฉริยะ\n"),
            ("title: เมือง\u{00AD}\u{200D}อัจฉริยะ\n", "title: เมืองอัจฉริยะ\n"),
            ("title: เมือง\u{00A0}อัจฉริยะ\n", "title: เมือง อัจฉริยะ\n"),
            // Space at the edges of a field.
            ("title: \" โครงการ \"\n", "title: \"โครงการ\"\n"),
            ("title: โครงการ\u{00A0}\n", "title: โครงการ\n"),
            (
                "summary: { th: ' ข้อ', en: x }\n",
                "summary: { th: 'ข้อ', en: x }\n",
            ),
        ];
        for (found, fixed) in cases {
            assert_eq!(fix_yaml(found), fixed, "{found:?}");
            // Fixed text has nothing left to fix.
            assert_eq!(kinds(fixed), [], "{fixed:?}");
        }
    }

    #[test]
    fn what_each_hazard_is_called() {
        assert_eq!(
            kinds("title: น\u{0E4D}\u{0E32}ร่อง\n"),
            [(Kind::SplitSaraAm, "title", "\u{0E4D}\u{0E32}".into())]
        );
        assert_eq!(
            kinds("- title: ก\u{0E48}\u{0E34}น\n"),
            [(Kind::ToneBeforeVowel, "title", "\u{0E48}\u{0E34}".into())]
        );
        assert_eq!(
            kinds("x: น\u{0E33}\u{0E49}\n"),
            [(Kind::ToneAfterSaraAm, "x", "\u{0E33}\u{0E49}".into())]
        );
        assert_eq!(
            kinds("x: ก\u{0E48}\u{0E48}\n"),
            [(Kind::DoubledMark, "x", "\u{0E48}\u{0E48}".into())]
        );
        assert_eq!(
            kinds("x: สนามบuน\n"),
            [(Kind::Lookalike('บ'), "x", "u".into())]
        );
    }

    #[test]
    fn what_is_not_prose_or_not_a_hazard_is_left_alone() {
        for text in [
            // Comments, keys, and ZWJ in an emoji or Latin text.
            "# น\u{0E4D}\u{0E32}\u{200B}ร่อง\ntitle: x # ก\u{0E48}\u{0E34}\n",
            "title: \"👨\u{200D}👩\u{200D}👧\"\n",
            // A no-break space beside a number keeps it with its unit.
            "title: 32\u{00A0}จาก 77\u{00A0}จังหวัด\n",
            // Latin words beside Thai, and a lone letter beside a space.
            "title: แอปLINE และ iPhone n ตัว\n",
            // Already right.
            "title: น้ำ กิ่ง กุ้ง ก็ สิทธิ์ ทำ\n",
            // Plain text's ASCII spaces are YAML's to drop.
            "title:    โครงการ   \n",
            // Quotes inside plain text are characters, not a field's edges.
            "title: ABC-\" x \", ก, ' ข '\n",
        ] {
            assert_eq!(kinds(text), [], "{text:?}");
        }
    }

    #[test]
    fn quoted_text_over_lines_and_block_scalars_are_prose() {
        let text = "summary: \"แรก\n  น\u{0E4D}\u{0E32}\" # ก\u{0E48}\u{0E34}\nbody: |\n  ก\u{0E48}\u{0E34}\nnext: x\n";
        assert_eq!(
            kinds(text),
            [
                (Kind::SplitSaraAm, "summary", "\u{0E4D}\u{0E32}".into()),
                (Kind::ToneBeforeVowel, "body", "\u{0E48}\u{0E34}".into()),
            ]
        );
    }

    #[test]
    fn a_body_is_prose_but_its_code() {
        let text = "---\ntitle: x\n---\nน\u{0E4D}\u{0E32} `น\u{0E4D}\u{0E32}`\n\n```\nก\u{0E48}\u{0E34}\n```\n";
        let body = text.find("---\nน").unwrap() + 4;
        let hazards = scan(text, 4..15, Some(body..text.len()));
        assert_eq!(hazards.len(), 1);
        assert_eq!(hazards[0].range.start, body + "น".len());
        assert_eq!(hazards[0].field, None);
    }

    #[test]
    fn crlf_files_are_scanned_and_kept_as_they_are() {
        let text = "title: น\u{0E4D}\u{0E32}\r\nsummary: ' x '\r\n";
        assert_eq!(fix_yaml(text), "title: นำ\r\nsummary: 'x'\r\n");
    }

    #[test]
    fn visible_shows_what_the_eye_cannot() {
        assert_eq!(visible("ก\u{200B}ข\u{00A0}ค ง"), "ก<U+200B>ข<U+00A0>ค ง");
        assert_eq!(code_points("\u{0E4D}\u{0E32}"), "U+0E4D U+0E32");
    }
}
