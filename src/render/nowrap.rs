//! Render: figures that never break across lines. The templates'
//! `figures` filter escapes a text as Tera's autoescape does and puts
//! each figure in it in `<span class="nw">`, which the theme keeps on one
//! line: a number with its unit (`1,170 ล้านบาท`, `THB 1,170 million`,
//! `32 จาก 77 จังหวัด`), a date (`24 ธันวาคม 2564`, `24 August 2022`) and
//! a fiscal year (`ปีงบประมาณ 2566`). Browsers break Thai where their
//! dictionary finds a word (between ล้าน and บาท), so the spaces alone do
//! not decide it; and the text itself stays as written (no joiners, no
//! no-break spaces), for search and copying.
//!
//! A figure is read from the words around a number: a word the site
//! writes before a number (`THB`, `พ.ศ.`, a month), between two (`จาก`, a
//! month) or after one (`ล้านบาท`, `จังหวัด`). The months and the money
//! words come from the formatters themselves ([`PartialDate::format`],
//! [`Baht::display`]); the words of the theme's own sentences from its
//! `figure_words` strings. Text with no figure is escaped and nothing
//! more, byte for byte as `{{ value }}` prints it.

use std::collections::HashSet;
use std::ops::Range;

use crate::lang::Lang;
use crate::model::date::PartialDate;
use crate::model::money::Baht;
use crate::theme::Theme;

/// The words that stay on a line with a number, in both languages.
#[derive(Debug, Default)]
pub struct Figures {
    before: HashSet<String>,
    between: HashSet<String>,
    after: HashSet<String>,
}

/// Opening marks a figure may follow without a space: `(24 …`.
const OPENING: &[char] = &['(', '[', '“', '‘', '"', '\''];
/// Closing marks and punctuation a figure may be followed by: `… 2564)`.
const CLOSING: &[char] = &[
    ')', ']', '”', '’', '"', '\'', ',', ';', ':', '.', '!', '?', '·',
];

impl Figures {
    pub fn new(theme: &Theme) -> Figures {
        let mut words = Figures::default();
        for lang in Lang::ALL {
            // Dates: a month goes before a year and between a day and
            // one; a year alone may have its era before it (`พ.ศ. 2565`).
            for month in 1..=12 {
                let date = PartialDate::day(2000, month, 1).format(lang);
                for word in date.split(' ').filter(|w| !is_number(w)) {
                    words.before.insert(word.to_string());
                    words.between.insert(word.to_string());
                }
            }
            let year = PartialDate {
                year: 2000,
                month: None,
                day: None,
            };
            words.add_around_number(&year.format(lang));
            // Money, in every unit it is shown in.
            for baht in [1_234, 1_000_000, 10_000_000_000] {
                words.add_around_number(&Baht(baht).display(lang));
            }
            for (key, set) in [
                ("figure_words.before", &mut words.before),
                ("figure_words.between", &mut words.between),
                ("figure_words.after", &mut words.after),
            ] {
                let list = theme.t(lang, key);
                if list != key {
                    set.extend(list.split_whitespace().map(str::to_string));
                }
            }
        }
        words
    }

    /// The words before and after the number of `example`, as words
    /// before and after a number.
    fn add_around_number(&mut self, example: &str) {
        let words: Vec<&str> = example.split(' ').collect();
        let Some(at) = words.iter().position(|w| is_number(w)) else {
            return;
        };
        self.before
            .extend(words[..at].iter().map(|w| (*w).to_string()));
        self.after
            .extend(words[at + 1..].iter().map(|w| (*w).to_string()));
    }

    /// `text` escaped for HTML, with each figure in `<span class="nw">`.
    pub fn html(&self, text: &str) -> String {
        let mut out = Vec::with_capacity(text.len() + 32);
        let mut at = 0;
        for span in self.spans(text) {
            escape(&text[at..span.start], &mut out);
            out.extend_from_slice(b"<span class=\"nw\">");
            escape(&text[span.clone()], &mut out);
            out.extend_from_slice(b"</span>");
            at = span.end;
        }
        escape(&text[at..], &mut out);
        // Escaping keeps UTF-8 whole: only ASCII bytes are replaced.
        String::from_utf8(out).unwrap_or_default()
    }

    /// Where the figures of `text` are: `[before] NUMBER (between
    /// NUMBER)* [after]`, over words a space apart, of two words or more
    /// (one number alone does not break, but for a range: `2564–2565`).
    pub fn spans(&self, text: &str) -> Vec<Range<usize>> {
        let words = words(text);
        let is = |i: usize, set: &HashSet<String>| {
            words
                .get(i)
                .is_some_and(|w| set.contains(&text[w.core.clone()]))
        };
        let num = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| is_number(&text[w.core.clone()]))
        };
        let mut spans = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let first = i;
            // A word before a number, joined to it by a bare space.
            let mut n =
                if is(i, &self.before) && !words[i].closed && num(i + 1) && !words[i + 1].opened {
                    i + 1
                } else {
                    i
                };
            if !num(n) {
                i += 1;
                continue;
            }
            while !words[n].closed
                && is(n + 1, &self.between)
                && !words[n + 1].opened
                && !words[n + 1].closed
                && num(n + 2)
                && !words[n + 2].opened
            {
                n += 2;
            }
            if !words[n].closed && is(n + 1, &self.after) && !words[n + 1].opened {
                n += 1;
            }
            let (start, end) = (words[first].core.start, words[n].core.end);
            if n > first || text[start..end].contains('–') {
                spans.push(start..end);
            }
            i = n + 1;
        }
        spans
    }
}

/// A word of a text, between spaces: where it is without the marks
/// around it, and whether a mark opens or closes it (a figure neither
/// runs into the word before an opening mark nor past a closing one).
struct Word {
    core: Range<usize>,
    opened: bool,
    closed: bool,
}

fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = 0;
    for piece in text.split(' ') {
        let end = start + piece.len();
        let inner = piece.trim_start_matches(OPENING);
        let core_start = end - inner.len();
        let mut core = inner.trim_end_matches(CLOSING);
        // `พ.ศ.` and `ต.ค.` end in a full stop of their own, which a
        // number never does.
        if inner[core.len()..].starts_with('.') && core.contains('.') && !core.ends_with(is_digit) {
            core = &inner[..core.len() + 1];
        }
        words.push(Word {
            core: core_start..core_start + core.len(),
            opened: core_start > start,
            closed: core_start + core.len() < end,
        });
        start = end + 1;
    }
    words
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('๐'..='๙').contains(&c)
}

/// `1,170`, `12.5`, `56.3%`, a range `2564–2565`.
fn is_number(word: &str) -> bool {
    word.split('–').all(|part| {
        let part = part.strip_suffix('%').unwrap_or(part);
        !part.is_empty()
            && part.starts_with(is_digit)
            && part.ends_with(is_digit)
            && part.chars().all(|c| is_digit(c) || c == ',' || c == '.')
            && !part.contains(",,")
            && !part.contains("..")
    })
}

fn escape(text: &str, out: &mut Vec<u8>) {
    // Tera's own escaping, so that text without a figure prints as
    // `{{ value }}` would.
    let _ = tera::escape_html(text, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of the default theme.
    fn figures() -> Figures {
        let mut diags = crate::diag::Diagnostics::default();
        let theme = crate::theme::load(
            std::path::Path::new("no-such-site"),
            "content",
            "default",
            false,
            &mut diags,
        )
        .expect("the default theme");
        Figures::new(&theme)
    }

    fn marked(text: &str) -> String {
        figures()
            .html(text)
            .replace("<span class=\"nw\">", "[")
            .replace("</span>", "]")
    }

    #[test]
    fn numbers_keep_their_units_dates_and_fiscal_years() {
        let cases = [
            ("1,170 ล้านบาท", "[1,170 ล้านบาท]"),
            ("THB 1,170 million", "[THB 1,170 million]"),
            ("THB 12.5 billion", "[THB 12.5 billion]"),
            ("1,234,567 บาท", "[1,234,567 บาท]"),
            ("THB 1,234", "[THB 1,234]"),
            ("32 จาก 77 จังหวัด", "[32 จาก 77 จังหวัด]"),
            ("of 77 provinces", "of [77 provinces]"),
            (
                "ทั้งโครงการ: รายงาน 58 (24 ธันวาคม 2564)",
                "ทั้งโครงการ: รายงาน 58 ([24 ธันวาคม 2564])",
            ),
            ("24 August 2022", "[24 August 2022]"),
            ("August 2022", "[August 2022]"),
            ("(พ.ศ. 2565)", "([พ.ศ. 2565])"),
            ("ทั่วประเทศ พ.ศ. 2564–2565", "ทั่วประเทศ [พ.ศ. 2564–2565]"),
            ("all of Thailand, 2021–2022", "all of Thailand, [2021–2022]"),
            (
                "ปีงบประมาณ 2567 (ต.ค. 2566 – ก.ย. 2567)",
                "[ปีงบประมาณ 2567] ([ต.ค. 2566] – [ก.ย. 2567])",
            ),
            (
                "FY 2567 (Oct 2023 – Sep 2024)",
                "[FY 2567] ([Oct 2023] – [Sep 2024])",
            ),
            (
                "1,170 ล้านบาท จาก 2 ใน 3 โครงการ ไม่ระบุมูลค่า 1 โครงการ",
                "[1,170 ล้านบาท] จาก 2 ใน [3 โครงการ] ไม่ระบุมูลค่า [1 โครงการ]",
            ),
            ("ไม่ระบุมูลค่า (1 โครงการ)", "ไม่ระบุมูลค่า ([1 โครงการ])"),
            ("18 of 32 (56.3%)", "[18 of 32] (56.3%)"),
            ("ร้อยละ 56.3", "[ร้อยละ 56.3]"),
        ];
        for (text, want) in cases {
            assert_eq!(marked(text), want, "{text}");
        }
    }

    #[test]
    fn words_alone_or_across_marks_are_not_figures() {
        let cases = [
            // A number alone does not break.
            "30",
            "รายงาน 30",
            // A unit word with no number, a month with no year.
            "โครงการ จังหวัด",
            "ธันวาคม",
            // `of` between a number and a word is no figure.
            "The records itemise 18 of the 32 reported",
            // A mark stands between the words.
            "30 (พ.ศ.",
            "2564, จังหวัด",
            // A longer Thai run is not the unit.
            "อีก 5 พื้นที่ไม่มีวันที่ในบันทึก",
        ];
        for text in cases {
            assert_eq!(marked(text), text, "{text}");
        }
    }

    #[test]
    fn text_is_escaped_as_tera_escapes_it() {
        assert_eq!(
            figures().html("<b> & \"1,170 ล้านบาท\" </b>"),
            "&lt;b&gt; &amp; &quot;<span class=\"nw\">1,170 ล้านบาท</span>&quot; &lt;/b&gt;"
        );
        let mut plain = Vec::new();
        tera::escape_html("a < b & 'c' \"d\"", &mut plain).unwrap();
        assert_eq!(
            figures().html("a < b & 'c' \"d\""),
            String::from_utf8(plain).unwrap()
        );
    }
}
