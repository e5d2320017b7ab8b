//! Load: Thai text hygiene. A file's hazards (`text::hygiene`) become
//! warnings at their line and column, with the text as found and as it
//! should be; the file is then read as it should be, so that pages, data
//! files and the search index hold the canonical text.

use std::ops::Range;

use super::text::SourceFile;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, MAX_PER_FILE, Spot};
use crate::text::hygiene::{self, Hazard, Kind, code_points, is_mark, name, visible};

/// Where a file's prose is: its YAML, and its Markdown body if it has
/// one (`front_matter::prose`); `None` where the front matter cannot be
/// found (that error is the reader's to report).
pub(super) type Prose = Option<(Range<usize>, Option<Range<usize>>)>;

/// The hazards of a file's text (as saved, or as loaded).
pub(super) fn hazards(file: &SourceFile, prose: Prose) -> Vec<Hazard<'_>> {
    match prose {
        Some((yaml, body)) => hygiene::scan(&file.text, yaml, body),
        None => Vec::new(),
    }
}

/// The file's text as it should be, and a warning for each hazard in it.
pub(super) fn clean(file: SourceFile, prose: Prose, warnings: &mut Vec<Diagnostic>) -> SourceFile {
    let found = hazards(&file, prose);
    if found.is_empty() {
        return file;
    }
    // A file keeps MAX_PER_FILE diagnostics: past it, one says how many more.
    let shown = if found.len() > MAX_PER_FILE {
        MAX_PER_FILE - 1
    } else {
        found.len()
    };
    for h in &found[..shown] {
        warnings.push(warning(&file, h));
    }
    if shown < found.len() {
        warnings.push(
            Diagnostic::warning(&file.path, "").words(
                Said::new("hazard-more")
                    .count("more", found.len() - shown)
                    .count("shown", shown),
                Some(Said::new("hazard-more-help")),
            ),
        );
    }
    let text = hygiene::apply(&file.text, &found);
    SourceFile {
        path: file.path,
        text,
    }
}

/// The warning for one hazard.
fn warning(file: &SourceFile, h: &Hazard) -> Diagnostic {
    let text = &file.text;
    let found = &text[h.range.clone()];
    let point = |c: char| format!("U+{:04X}", c as u32);
    let message = match h.kind {
        Kind::SplitSaraAm => Said::new("hazard-split-sara-am"),
        Kind::ToneBeforeVowel => Said::new("hazard-tone-before-vowel"),
        Kind::ToneAfterSaraAm => Said::new("hazard-tone-after-sara-am"),
        Kind::DoubledMark => Said::new("hazard-doubled-mark"),
        Kind::Invisible(c) => Said::new("hazard-invisible")
            .arg("name", name(c))
            .arg("point", point(c)),
        Kind::NoBreakSpace(c) => Said::new("hazard-no-break-space")
            .arg("name", name(c))
            .arg("point", point(c)),
        Kind::EdgeSpace { leading: true } => Said::new("hazard-leading-space"),
        Kind::EdgeSpace { leading: false } => Said::new("hazard-trailing-space"),
        Kind::Lookalike(_) => Said::new("hazard-lookalike").arg("found", found),
    };
    let (before, after) = context(text, h.range.clone());
    let as_found = visible(&text[before..after]);
    let should = visible(&format!(
        "{}{}{}",
        &text[before..h.range.start],
        h.fixed,
        &text[h.range.end..after]
    ));
    let help = match h.kind {
        Kind::Lookalike(thai) => Said::new("hazard-lookalike-help")
            .arg("found", as_found)
            .arg("thai", thai.to_string())
            .arg("point", point(thai))
            .arg("should", should),
        _ => {
            let fixed = if h.fixed.is_empty() {
                Said::new("hazard-removed")
            } else {
                Said::new("as-is").arg("text", code_points(&h.fixed))
            };
            Said::new("hazard-help")
                .arg("found", as_found)
                .arg("points", code_points(found))
                .said("fixed", fixed)
                .arg("should", should)
        }
    };
    let mut d = Diagnostic {
        severity: crate::diag::Severity::Warning,
        ..Diagnostic::said(&file.path, message, Some(help))
    }
    .spot(Spot::at(text, h.range.start, h.range.len()));
    if let Some(field) = h.field {
        d = d.field(field);
    }
    d
}

/// The word around a hazard, to show it in: up to 12 characters either
/// side, within the line and up to a space, not starting on a mark.
fn context(text: &str, range: Range<usize>) -> (usize, usize) {
    const EACH_SIDE: usize = 12;
    let stop = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    let mut before = range.start;
    let mut on_mark = false;
    for (n, c) in text[..range.start].chars().rev().enumerate() {
        if stop(c) || (n >= EACH_SIDE && !on_mark) {
            break;
        }
        before -= c.len_utf8();
        on_mark = is_mark(c);
    }
    let mut after = range.end;
    for (n, c) in text[range.end..].chars().enumerate() {
        if stop(c) || n >= EACH_SIDE {
            break;
        }
        after += c.len_utf8();
    }
    (before, after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn hazards_past_the_limit_are_counted_in_thai_and_english() {
        let text = format!("title: {}\n", vec!["ก\u{200B}ข"; 60].join(" "));
        let yaml = 0..text.len();
        let file = SourceFile {
            path: "content/cities/x.yaml".into(),
            text,
        };
        let mut warnings = Vec::new();
        clean(file, Some((yaml, None)), &mut warnings);
        assert_eq!(warnings.len(), MAX_PER_FILE);
        let last = &warnings[MAX_PER_FILE - 1];
        let said = [Lang::En, Lang::Th].map(|lang| {
            format!(
                "{} | {}",
                last.message_in(lang),
                last.help_in(lang).unwrap_or_default()
            )
        });
        assert_eq!(
            said,
            [
                "this file has 11 more places with characters like these (the first 49 are shown) | run `mueang check --fix` to rewrite them all",
                "ไฟล์นี้ยังมีตัวอักษรแบบนี้อีก 11 แห่ง (แสดงเฉพาะ 49 แห่งแรก) | สั่ง `mueang check --fix` เพื่อแก้ทั้งหมดในคราวเดียว",
            ]
        );
    }
}
