//! Diagnostics: every problem one run finds, each pointing at a file, a line
//! and a column in that file, with plain words and a likely fix.
//!
//! Stages never stop at the first problem: they push into a [`Diagnostics`]
//! collection, and `main` renders all of them once, in a stable order.

use std::collections::BTreeMap;

use crate::catalogue::Said;

mod render;
mod spot;
use crate::lang::Lang;
pub use spot::Spot;

/// How bad a diagnostic is. Warnings never fail a build unless asked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file as the user would type it, relative to the site root
    /// (`content/cities/rayong.md`).
    pub path: String,
    pub spot: Option<Spot>,
    /// The field the problem is in, where there is one.
    pub field: Option<String>,
    /// In English; where the message is in the catalogue, `words` says
    /// it in every language.
    pub message: String,
    pub help: Option<String>,
    pub words: Option<Box<Words>>,
}

/// A diagnostic's message and help as the catalogue says them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub message: Said,
    pub help: Option<Said>,
}

impl Diagnostic {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            spot: None,
            field: None,
            message: message.into(),
            help: None,
            words: None,
        }
    }

    /// An error in the catalogue's words.
    pub fn said(path: impl Into<String>, message: Said, help: Option<Said>) -> Diagnostic {
        Diagnostic::error(path, "").words(message, help)
    }

    /// The message and help from the catalogue (English in `message` and
    /// `help`, every language at printing).
    pub fn words(mut self, message: Said, help: Option<Said>) -> Diagnostic {
        self.message = message.text(Lang::En);
        self.help = help.as_ref().map(|h| h.text(Lang::En));
        self.words = Some(Box::new(Words { message, help }));
        self
    }

    /// `path: message | help` as each language says it, for tests that
    /// assert both at once.
    #[cfg(test)]
    pub fn in_both(&self) -> [String; 2] {
        [Lang::En, Lang::Th].map(|lang| {
            format!(
                "{}: {} | {}",
                self.path,
                self.message_in(lang),
                self.help_in(lang).unwrap_or_default()
            )
        })
    }

    /// The message in `lang`: the catalogue's words where it has them.
    pub fn message_in(&self, lang: Lang) -> String {
        match &self.words {
            Some(w) if lang != Lang::En => w.message.text(lang),
            _ => self.message.clone(),
        }
    }

    /// The help in `lang`.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        match &self.words {
            Some(w) if lang != Lang::En => w.help.as_ref().map(|h| h.text(lang)),
            _ => self.help.clone(),
        }
    }

    /// The message and help alone, for a problem said without its file
    /// (as `new` refuses an id).
    pub fn told(&self) -> crate::catalogue::Told {
        use crate::catalogue::Told;
        match &self.words {
            Some(w) => Told::new(w.message.clone(), w.help.clone()),
            None => {
                let as_is = |t: &str| Said::new("as-is").arg("text", t);
                Told::new(as_is(&self.message), self.help.as_deref().map(as_is))
            }
        }
    }

    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    pub fn spot(mut self, spot: Spot) -> Diagnostic {
        self.spot = Some(spot);
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Diagnostic {
        self.field = Some(field.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        if let Some(w) = &mut self.words {
            w.help = None;
        }
        self
    }

    fn sort_key(&self) -> (&str, usize, usize, Severity, &str) {
        let (line, col) = self.spot.as_ref().map_or((0, 0), |s| (s.line, s.column));
        (&self.path, line, col, self.severity, &self.message)
    }
}

/// The most diagnostics kept for one file; the rest are counted. A file
/// with thousands of mistakes (or made to have them) costs no more time or
/// memory than one with fifty, and the terminal stays readable.
pub const MAX_PER_FILE: usize = 50;

/// Every diagnostic of one run, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
    /// Diagnostics kept, by file.
    kept: std::collections::HashMap<String, usize>,
    /// Past [`MAX_PER_FILE`]: errors and warnings not kept, by file.
    dropped: BTreeMap<String, (usize, usize)>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        if self.full(&d.path) {
            let n = self.dropped.entry(d.path).or_default();
            match d.severity {
                Severity::Error => n.0 += 1,
                Severity::Warning => n.1 += 1,
            }
            return;
        }
        *self.kept.entry(d.path.clone()).or_default() += 1;
        self.items.push(d);
    }

    /// Counts an error of `path` not made because the file is [`full`].
    ///
    /// [`full`]: Diagnostics::full
    pub fn skipped(&mut self, path: &str) {
        self.dropped.entry(path.to_string()).or_default().0 += 1;
    }

    /// Whether `path` has as many diagnostics as are kept: those who make
    /// them may stop looking (and say so with [`Diagnostics::skipped`]).
    pub fn full(&self, path: &str) -> bool {
        self.kept.get(path).is_some_and(|n| *n >= MAX_PER_FILE)
    }

    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.items {
            self.push(d);
        }
        for (path, (e, w)) in other.dropped {
            let n = self.dropped.entry(path).or_default();
            n.0 += e;
            n.1 += w;
        }
    }

    /// Changes every diagnostic kept (the privacy scan masks names).
    pub fn rewrite(&mut self, f: impl Fn(&mut Diagnostic)) {
        self.items.iter_mut().for_each(f);
    }

    /// The diagnostics kept for the file `path`.
    pub fn of<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Diagnostic> {
        self.items.iter().filter(move |d| d.path == path)
    }

    /// The files these diagnostics are about.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.kept
            .keys()
            .chain(self.dropped.keys())
            .map(String::as_str)
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
            || self.dropped.values().any(|n| n.0 > 0)
    }

    /// Every error pushed, and those dropped past the limit: cheap, for
    /// "did this step add an error". What the summary says counts each
    /// error once ([`Diagnostics::counts`]).
    pub fn error_count(&self) -> usize {
        self.raw(Severity::Error) + self.dropped.values().map(|n| n.0).sum::<usize>()
    }

    /// Every warning pushed, as [`Diagnostics::error_count`] counts errors.
    pub fn warning_count(&self) -> usize {
        self.raw(Severity::Warning) + self.dropped.values().map(|n| n.1).sum::<usize>()
    }

    fn raw(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// All diagnostics, sorted by file, line and column so that output is the
    /// same from run to run whatever order the files were read in.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        items.dedup();
        items
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.severity == Severity::Error)
    }

    /// Each diagnostic as the terminal shows it, in order: errors in full
    /// (file, line, the quoted line, the fix), warnings on one line unless
    /// `verbose`. `serve` shows the same text in the browser.
    pub fn shown(&self, verbose: bool, lang: Lang) -> Vec<(Severity, String)> {
        let mut out: Vec<(Severity, String)> = self
            .sorted()
            .into_iter()
            .map(|d| match (d.severity, verbose) {
                (Severity::Error, _) | (Severity::Warning, true) => (d.severity, d.render(lang)),
                (Severity::Warning, false) => (d.severity, d.short_in(lang)),
            })
            .collect();
        for (path, (errors, warnings)) in &self.dropped {
            let severity = if *errors > 0 {
                Severity::Error
            } else {
                Severity::Warning
            };
            let text = Diagnostic {
                severity,
                ..Diagnostic::said(
                    path.clone(),
                    Said::new("more-problems")
                        .count("shown", MAX_PER_FILE)
                        .count("errors", *errors)
                        .count("warnings", *warnings),
                    Some(Said::new("more-problems-help")),
                )
            };
            out.push((severity, text.render(lang)));
        }
        out
    }

    /// What the terminal shows: each diagnostic of [`Diagnostics::shown`],
    /// followed by a blank line where it is shown in full.
    pub fn terminal_text(&self, verbose: bool, lang: Lang) -> String {
        terminal_text(&self.shown(verbose, lang), verbose)
    }

    /// `2 errors, 1 warning`.
    /// "2 errors, 1 warning": each counted once as [`Diagnostics::sorted`]
    /// shows it (the same broken link found on a Thai and an English page
    /// is one error), with those dropped past the limit.
    pub fn counts(&self, lang: Lang) -> String {
        let (errors, warnings) = self.tally();
        counts(errors, warnings, lang)
    }

    /// The errors and the warnings [`Diagnostics::counts`] says.
    pub fn tally(&self) -> (usize, usize) {
        let shown = self.sorted();
        let count = |severity: Severity| shown.iter().filter(|d| d.severity == severity).count();
        let dropped =
            |pick: fn(&(usize, usize)) -> usize| self.dropped.values().map(pick).sum::<usize>();
        (
            count(Severity::Error) + dropped(|n| n.0),
            count(Severity::Warning) + dropped(|n| n.1),
        )
    }
}

/// "2 errors, 1 warning" in `lang`.
pub fn counts(errors: usize, warnings: usize, lang: Lang) -> String {
    Said::new("summary-counts")
        .count("errors", errors)
        .count("warnings", warnings)
        .text(lang)
}

/// `shown` (from [`Diagnostics::shown`]) as the terminal shows it: a
/// diagnostic in full (every error; warnings when `verbose`) is followed
/// by a blank line, a one-line warning by none.
pub fn terminal_text(shown: &[(Severity, String)], verbose: bool) -> String {
    let mut out = String::new();
    for (severity, text) in shown {
        out.push_str(text);
        out.push('\n');
        if *severity == Severity::Error || verbose {
            out.push('\n');
        }
    }
    out
}

/// A value as quoted in a message: at most 60 characters, so that a
/// runaway value does not flood the terminal.
pub fn clip(value: &str) -> String {
    const MAX: usize = 60;
    let value = value.trim();
    match value.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &value[..i]),
        None => value.to_string(),
    }
}

/// The closest of `candidates` to `input`, if it is close enough to be a
/// likely typo: at most one edit in three characters (case-insensitive,
/// counted in characters, so Thai works too).
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // Nothing a record names is this long; comparing it would be slow.
    if input.len() > 200 {
        return None;
    }
    let needle = input.trim().to_lowercase();
    let allowed = (needle.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let distance = strsim::levenshtein(&needle, &c.to_lowercase());
        if distance <= allowed && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spot_counts_lines_and_characters_not_bytes() {
        let text = "---\ntitle: ระยอง\nprovince: Rayoung\n";
        let offset = text.find("Rayoung").unwrap();
        let spot = Spot::at(text, offset, 7);
        assert_eq!(spot.line, 3);
        assert_eq!(spot.column, 11);
        assert_eq!(spot.line_text, "province: Rayoung");
        assert_eq!(&spot.line_text[spot.underline.clone()], "Rayoung");

        let thai = Spot::at_line_column(text, 2, 8, 5);
        assert_eq!(thai.column, 8);
        assert_eq!(&thai.line_text[thai.underline.clone()], "ระยอง");
    }

    #[test]
    fn renders_line_caret_and_help() {
        let text = "---\ntitle: x\nprovince: Rayoung\n---\n";
        let offset = text.find("Rayoung").unwrap();
        let d = Diagnostic::error("content/cities/x.md", "unknown province `Rayoung`")
            .spot(Spot::at(text, offset, 7))
            .field("province")
            .help("did you mean `Rayong`?");
        assert_eq!(
            d.to_string(),
            "error: unknown province `Rayoung`\n \
             --> content/cities/x.md:3:11\n  \
             |\n\
             3 | province: Rayoung\n  \
             |           ^^^^^^^ field `province`\n  \
             |\n  \
             = help: did you mean `Rayong`?"
        );
        assert_eq!(
            d.short(),
            "content/cities/x.md:3:11: error: unknown province `Rayoung`"
        );
    }

    #[test]
    fn closest_suggests_typos_only() {
        let names = ["Rayong", "Phuket", "Nan"];
        assert_eq!(closest("Rayoung", names), Some("Rayong"));
        assert_eq!(closest("phuket", names), Some("Phuket"));
        assert_eq!(closest("Zzzzzz", names), None);
    }
}
