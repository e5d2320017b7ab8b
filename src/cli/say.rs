//! The command line: the language it speaks, and the diagnostics it prints.

use std::io::Write;

use clap::ValueEnum;

use crate::catalogue::Said;
use crate::lang::Lang;
use crate::pipeline;

/// `--lang th` or `--lang en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Th,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Th => Lang::Th,
            LangArg::En => Lang::En,
        }
    }
}

/// Prints every diagnostic once: errors in full, warnings short unless
/// `verbose`; then the stage timings when `verbose`.
pub(super) fn print_diagnostics(outcome: &pipeline::Outcome, verbose: bool, lang: Lang) {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{}", outcome.diagnostics.terminal_text(verbose, lang));
    if verbose {
        for (stage, took) in &outcome.timings {
            let _ = writeln!(
                err,
                "timing: {stage:<10} {:>8.2} ms",
                took.as_secs_f64() * 1000.0
            );
        }
    }
}

/// The content folder as messages name it: `content`, not `content/`.
pub(super) fn shown(path: &std::path::Path) -> String {
    let s = path.to_string_lossy();
    let trimmed = s.trim_end_matches('/');
    if trimmed.is_empty() {
        s.to_string()
    } else {
        trimmed.to_string()
    }
}

/// What `check --fix` changed: a line a file, with its lines.
pub fn print_fixed(fixed: &[crate::load::Fixed], lang: Lang) {
    let mut err = std::io::stderr().lock();
    if fixed.is_empty() {
        let _ = writeln!(err, "{}", Said::new("fix-nothing").text(lang));
    }
    for f in fixed {
        let lines: Vec<String> = f.lines.iter().map(usize::to_string).collect();
        let said = Said::new("fix-fixed")
            .arg("path", f.path.as_str())
            .count("places", f.places)
            .count("count", f.lines.len())
            .arg("lines", lines.join(", "));
        let _ = writeln!(err, "{}", said.text(lang));
    }
}
