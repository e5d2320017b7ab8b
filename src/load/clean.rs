//! Load: Thai text hygiene. A file's hazards (`text::hygiene`) become
//! warnings at their line and column, with the text as found and as it
//! should be; the file is then read as it should be, so that pages, data
//! files and the search index hold the canonical text.

use std::ops::Range;

use super::text::SourceFile;
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
            Diagnostic::warning(
                &file.path,
                format!(
                    "this file has {} more places with characters like these (the first {shown} are shown)",
                    found.len() - shown
                ),
            )
            .help("run `mueang check --fix` to rewrite them all"),
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
    let message = match h.kind {
        Kind::SplitSaraAm => "SARA AM is written as two characters, NIKHAHIT and SARA AA (as text copied from a PDF often is): search and sorting do not match it with the word as typed".to_string(),
        Kind::ToneBeforeVowel => "a tone mark is typed before the vowel it belongs after: search and sorting do not match the word as typed".to_string(),
        Kind::ToneAfterSaraAm => "a tone mark is typed after SARA AM, which it belongs before: search and sorting do not match the word as typed".to_string(),
        Kind::DoubledMark => "the same mark is typed twice on one letter".to_string(),
        Kind::Invisible(c) => format!(
            "an invisible character, {} (U+{:04X}), is inside Thai text: search does not find the words it sits in",
            name(c),
            c as u32
        ),
        Kind::NoBreakSpace(c) => format!(
            "a {} (U+{:04X}) is between Thai words (as text pasted from Word or a PDF often has): the line cannot break there",
            name(c),
            c as u32
        ),
        Kind::EdgeSpace { leading: true } => "the text starts with a space".to_string(),
        Kind::EdgeSpace { leading: false } => "the text ends with a space".to_string(),
        Kind::Lookalike(_) => format!(
            "the Latin letter `{found}` is inside a Thai word: it looks like a Thai letter, but search and sorting read it as Latin"
        ),
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
        Kind::Lookalike(thai) => format!(
            "found `{as_found}`; if the Thai letter `{thai}` (U+{:04X}) was meant, it should be `{should}`: retype the letter in Thai (`mueang check --fix` leaves this one to you)",
            thai as u32
        ),
        _ => {
            let fixed = if h.fixed.is_empty() {
                "removed".to_string()
            } else {
                code_points(&h.fixed)
            };
            format!(
                "found `{as_found}` ({} → {fixed}), should be `{should}`; `mueang check --fix` rewrites it in the file",
                code_points(found)
            )
        }
    };
    let mut d = Diagnostic::warning(&file.path, message)
        .spot(Spot::at(text, h.range.start, h.range.len()))
        .help(help);
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
