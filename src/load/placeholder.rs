//! Load: the example values `mueang new` writes, found in a record before
//! its front matter is read. Each line still holding one is an error at
//! that line; a front-matter line is read as if it were not there (made
//! spaces, so that every other place stays where it was), so that nothing
//! else is said of its field: not "unknown province `ชื่อจังหวัด`", and not
//! "missing required field".
//!
//! The scaffolds in `src/scaffold/` are the one list: they are included
//! here, and `mueang new` writes them from here. An example is a line of a
//! scaffold's front matter, `field: value` at the first column, or a line
//! of its body, except where `new` fills in a real value (`{today}`,
//! `{cohort}`, `{number}`, `{id}`) or writes a choice already made
//! (`public: false`). A commented line (`# value_thb: 12 ล้านบาท`) shows
//! the form of a value a real record may hold, so it is not an example.
//! The examples are written so that no real record holds them
//! (`province: ชื่อจังหวัด`, never a real province): the check never rests
//! on a real value.

use crate::catalogue::Said;
use std::ops::Range;
use std::sync::LazyLock;

use super::source::Kind;
use super::text::SourceFile;
use crate::diag::{Diagnostic, Spot};

/// The Thai record `mueang new` writes for `kind`, before its values are
/// filled in.
pub fn template(kind: Kind) -> &'static str {
    match kind {
        Kind::Cohort => include_str!("../scaffold/cohorts.md"),
        Kind::City => include_str!("../scaffold/cities.md"),
        Kind::Project => include_str!("../scaffold/projects.md"),
        Kind::Ambassador => include_str!("../scaffold/ambassadors.md"),
        Kind::News => include_str!("../scaffold/news.md"),
        Kind::Page => include_str!("../scaffold/pages.md"),
    }
}

/// The English translation `mueang new` writes beside the record.
pub fn translation_template(kind: Kind) -> &'static str {
    match kind {
        // A person's name is not translated: their English file has no title.
        Kind::Ambassador => include_str!("../scaffold/ambassador.en.md"),
        _ => include_str!("../scaffold/translation.en.md"),
    }
}

/// Which scaffold an example comes from: it says what to write instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scaffold {
    Record(Kind),
    Translation,
}

/// One example line of a scaffold.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Example {
    /// The field, or `None` for a line of the body.
    field: Option<&'static str>,
    /// The value after `field:`, or the body's line, trimmed.
    value: &'static str,
    from: Scaffold,
}

/// Every scaffold's examples, read once.
static EXAMPLES: LazyLock<Vec<Example>> = LazyLock::new(|| {
    let mut all = Vec::new();
    for kind in Kind::ALL {
        all.extend(examples(template(kind), Scaffold::Record(kind)));
    }
    // Both translations: an example is one wherever it is found.
    for kind in [Kind::Project, Kind::Ambassador] {
        all.extend(examples(translation_template(kind), Scaffold::Translation));
    }
    all
});

/// The example lines of one scaffold.
fn examples(text: &'static str, from: Scaffold) -> Vec<Example> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    if lines.next() != Some("---") {
        return out;
    }
    let mut in_body = false;
    for line in lines {
        if !in_body && line == "---" {
            in_body = true;
            continue;
        }
        if fills(line) {
            continue;
        }
        let example = if in_body {
            let value = line.trim();
            (!value.is_empty()).then_some(Example {
                field: None,
                value,
                from,
            })
        } else {
            field_line(line)
                .filter(|(_, value)| !value.is_empty() && !matches!(*value, "true" | "false"))
                .map(|(field, value)| Example {
                    field: Some(field),
                    value,
                    from,
                })
        };
        out.extend(example);
    }
    out
}

/// Whether `new` fills in a value on this line: a `{word}` (never a
/// shortcode's `{{`).
fn fills(line: &str) -> bool {
    line.split('{').skip(1).any(|rest| {
        rest.split_once('}').is_some_and(|(word, _)| {
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())
        })
    })
}

/// A top-level `field: value` line's field and trimmed value.
fn field_line(line: &str) -> Option<(&str, &str)> {
    if line.starts_with([' ', '\t', '#']) {
        return None;
    }
    let (field, value) = line.split_once(':')?;
    let field = field.trim_end();
    let named = !field.is_empty()
        && field
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    named.then_some((field, value.trim()))
}

/// A value as compared with an example: without a trailing ` # comment`
/// or the quotes around it.
fn bare(value: &str) -> &str {
    let value = value.split(" #").next().unwrap_or(value).trim();
    ['"', '\'']
        .into_iter()
        .find_map(|q| value.strip_prefix(q)?.strip_suffix(q))
        .unwrap_or(value)
}

/// What [`find`] found in a file.
#[derive(Default)]
pub(super) struct Found {
    /// One error for each line still holding an example, naming its field.
    pub(super) errors: Vec<Diagnostic>,
    /// The file with its front matter's example lines made spaces, to be
    /// read instead of it; `None` where the front matter holds none.
    pub(super) blanked: Option<SourceFile>,
}

/// The examples still in a record or translation: its front matter is
/// `front`, its body starts at `body_start`.
pub(super) fn find(file: &SourceFile, front: &Range<usize>, body_start: usize) -> Found {
    let text = &file.text;
    let mut errors = Vec::new();
    let mut blank: Vec<Range<usize>> = Vec::new();
    let block = &text[front.clone()];
    let mut offset = front.start;
    let mut lines = block.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let start = offset;
        offset += line.len();
        let Some((field, value)) = field_line(line) else {
            continue;
        };
        // An indented line after it carries the value on: it is not the example.
        let continued = lines.peek().is_some_and(|next| {
            next.starts_with([' ', '\t'])
                && !next.trim().is_empty()
                && !next.trim_start().starts_with('#')
        });
        let found = EXAMPLES
            .iter()
            .find(|e| e.field == Some(field) && e.value == bare(value));
        let (Some(example), false) = (found, continued) else {
            continue;
        };
        // The value as written, quotes and all, without a comment after it.
        let after = &line[line.find(':').map_or(0, |colon| colon + 1)..];
        let at = start + line.len() - after.trim_start().len();
        let written = value.split(" #").next().unwrap_or(value).trim_end();
        errors.push(
            Diagnostic::said(&file.path, Said::new("example-value"), Some(help(example)))
                .spot(Spot::at(text, at, written.len()))
                .field(field),
        );
        blank.push(start..start + line.trim_end_matches(['\n', '\r']).len());
    }
    let body = &text[body_start..];
    for example in EXAMPLES.iter().filter(|e| e.field.is_none()) {
        for (at, _) in body.match_indices(example.value) {
            errors.push(
                Diagnostic::said(&file.path, Said::new("example-text"), Some(help(example)))
                    .spot(Spot::at(text, body_start + at, example.value.len()))
                    // The body is no field, but an error of no field would
                    // stand for the whole file and hide its missing fields.
                    .field("body"),
            );
        }
    }
    let blanked = (!blank.is_empty()).then(|| {
        let mut text = text.clone().into_bytes();
        for range in blank {
            // Spaces for a whole line keep the text UTF-8.
            text[range].fill(b' ');
        }
        SourceFile {
            path: file.path.clone(),
            text: String::from_utf8_lossy(&text).into_owned(),
        }
    });
    Found { errors, blanked }
}

/// What to write in place of an example.
fn help(example: &Example) -> Said {
    let field = example.field.unwrap_or("");
    let id = match (example.field, example.from) {
        (None, Scaffold::Translation) => "example-body-en-help",
        (None, Scaffold::Record(kind)) => {
            return Said::new("example-body-help").said("kind", noun(kind));
        }
        (Some("title"), Scaffold::Translation) => "example-title-en-help",
        (Some("title"), Scaffold::Record(kind)) => {
            return Said::new("example-title-help").said("what", title(kind));
        }
        (Some("name"), _) => "example-name-help",
        (Some("province"), _) => "example-province-help",
        (Some("domains"), _) => "example-domains-help",
        (Some("status"), _) => "example-status-help",
        (Some("summary"), Scaffold::Translation) => "example-summary-en-help",
        (Some("summary"), _) => "example-summary-help",
        (Some(_), _) => return Said::new("example-other-help").arg("field", field),
    };
    Said::new(id)
}

/// What a record of `kind` is called in a help.
fn noun(kind: Kind) -> Said {
    Said::new(match kind {
        Kind::Cohort => "kind-cohort",
        Kind::City => "kind-city",
        Kind::Project => "kind-project",
        Kind::Ambassador => "example-person",
        Kind::News => "kind-news",
        Kind::Page => "kind-page",
    })
}

/// What the title of a record of `kind` is, in a help.
fn title(kind: Kind) -> Said {
    match kind {
        Kind::News => Said::new("what-headline"),
        Kind::Page => Said::new("what-page-title"),
        k => Said::new("what-name").said("kind", noun(k)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn listed() -> Vec<(Option<&'static str>, &'static str)> {
        EXAMPLES.iter().map(|e| (e.field, e.value)).collect()
    }

    #[test]
    fn the_examples_are_the_scaffolds_lines_new_does_not_fill_in() {
        assert_eq!(
            listed(),
            [
                (None, "เขียนเนื้อหาภาษาไทยของรุ่นนี้ที่นี่ (Markdown)"),
                (Some("title"), "ชื่อพื้นที่เมืองอัจฉริยะ"),
                (Some("province"), "ชื่อจังหวัด"),
                (Some("status"), "สถานะ"),
                (None, "เขียนเนื้อหาภาษาไทยของพื้นที่นี้ที่นี่ (Markdown)"),
                (Some("title"), "ชื่อโครงการ"),
                (Some("province"), "ชื่อจังหวัด"),
                (Some("domains"), "[ด้าน]"),
                (None, "เขียนเนื้อหาภาษาไทยของโครงการนี้ที่นี่ (Markdown)"),
                (Some("name"), "ชื่อ นามสกุล"),
                (Some("province"), "ชื่อจังหวัด"),
                (Some("summary"), "สรุปสั้น ๆ เกี่ยวกับบุคคลนี้"),
                (Some("title"), "หัวข้อข่าว"),
                (
                    None,
                    "เขียนเนื้อหาข่าวภาษาไทยที่นี่ (Markdown) ตัวเลขใช้ {{ figure(metric=\"projects\") }} เพื่อให้เป็นปัจจุบันเสมอ"
                ),
                (Some("title"), "ชื่อหน้า"),
                (None, "เขียนเนื้อหาภาษาไทยของหน้านี้ที่นี่ (Markdown)"),
                (Some("title"), "Title in English"),
                (None, "Write the English text here (Markdown)."),
                (Some("summary"), "A one-sentence summary in English"),
            ]
        );
    }

    #[test]
    fn every_example_has_its_own_help() {
        for e in EXAMPLES.iter() {
            let help = help(e);
            assert!(!help.text(Lang::En).contains("the real value"), "{e:?}");
            assert!(!help.text(Lang::Th).contains("ค่าจริง"), "{e:?}");
        }
    }

    #[test]
    fn fills_are_single_braced_words() {
        assert!(fills("started: {today}"));
        assert!(fills("title: รุ่นที่ {number}"));
        assert!(!fills("ตัวเลขใช้ {{ figure(metric=\"projects\") }}"));
        assert!(!fills("title: { th: ก, en: A }"));
    }

    #[test]
    fn a_value_is_compared_without_its_comment_or_quotes() {
        assert_eq!(bare("ชื่อจังหวัด # เดี๋ยวแก้"), "ชื่อจังหวัด");
        assert_eq!(bare("\"ชื่อโครงการ\""), "ชื่อโครงการ");
        assert_eq!(bare("'ชื่อโครงการ'"), "ชื่อโครงการ");
        assert_eq!(bare("ระยอง"), "ระยอง");
    }

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: "content/projects/x.md".into(),
            text: text.into(),
        }
    }

    fn found(text: &str) -> (Vec<(usize, Option<String>)>, Option<String>) {
        let f = file(text);
        let end = text.rfind("---\n").expect("a closing line");
        let got = find(&f, &(4..end), end + 4);
        (
            got.errors
                .iter()
                .map(|d| (d.spot.as_ref().map_or(0, |s| s.line), d.field.clone()))
                .collect(),
            got.blanked.map(|f| f.text),
        )
    }

    #[test]
    fn example_lines_are_found_and_made_spaces() {
        let text = "---\ntitle: ชื่อโครงการ\nprovince: ชื่อจังหวัด\ndomains: [energy]\n---\nข้อความ\n";
        let (errors, blanked) = found(text);
        assert_eq!(
            errors,
            [(2, Some("title".into())), (3, Some("province".into()))]
        );
        let spaces = |line: &str| " ".repeat(line.len());
        assert_eq!(
            blanked.as_deref(),
            Some(
                format!(
                    "---\n{}\n{}\ndomains: [energy]\n---\nข้อความ\n",
                    spaces("title: ชื่อโครงการ"),
                    spaces("province: ชื่อจังหวัด")
                )
                .as_str()
            )
        );
    }

    #[test]
    fn real_values_and_filled_lines_are_not_examples() {
        // A real Bangkok project, a real cohort title and a date `new` wrote.
        let (errors, blanked) = found(
            "---\ntitle: นักดิจิทัลพัฒนาเมืองรุ่นใหม่ รุ่นที่ 3\nprovince: กรุงเทพมหานคร\ndomains: [governance]\npublic: false\nstarted: 2026-11-21\n# title: ชื่อโครงการ\n---\nเนื้อหา\n",
        );
        assert_eq!(errors, []);
        assert_eq!(blanked, None);
    }

    #[test]
    fn a_value_carried_on_the_next_line_is_not_the_example() {
        let (errors, _) = found("---\ntitle: ชื่อโครงการ\n  รถเมล์ขอนแก่น\n---\n");
        assert_eq!(errors, []);
    }

    #[test]
    fn the_body_example_is_found_wherever_it_is_in_the_text() {
        let (errors, blanked) = found(
            "---\ntitle: รถเมล์\n---\nข้อความจริง\n\nเขียนเนื้อหาภาษาไทยของโครงการนี้ที่นี่ (Markdown) และต่อท้าย\n",
        );
        assert_eq!(errors, [(6, Some("body".into()))]);
        assert_eq!(blanked, None);
    }
}
