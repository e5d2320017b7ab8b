//! Diagnostics: one printed in full (the message, the quoted line with a
//! caret, the fix) or on one line, in either language.

use std::fmt;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Diagnostic, Severity};
use crate::catalogue::Said;
use crate::lang::Lang;

impl fmt::Display for Diagnostic {
    /// The full form, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_in(f, Lang::En)
    }
}

/// `error`, `warning` and `help` in `lang`.
fn level_name(severity: Severity, lang: Lang) -> String {
    let id = match severity {
        Severity::Error => "level-error",
        Severity::Warning => "level-warning",
    };
    Said::new(id).text(lang)
}

impl Diagnostic {
    /// The one-line form: `content/x.md:4:11: error: …`.
    pub fn short(&self) -> String {
        self.short_in(Lang::En)
    }

    /// The one-line form in `lang`.
    pub fn short_in(&self, lang: Lang) -> String {
        let level = level_name(self.severity, lang);
        let message = self.message_in(lang);
        match &self.spot {
            Some(s) => format!("{}:{}:{}: {level}: {message}", self.path, s.line, s.column),
            None => format!("{}: {level}: {message}", self.path),
        }
    }

    /// The full form in `lang`: message, the quoted line with a caret,
    /// and the fix.
    pub fn render(&self, lang: Lang) -> String {
        let mut text = String::new();
        let _ = self.write_in(&mut text, lang);
        text
    }

    fn write_in(&self, f: &mut impl fmt::Write, lang: Lang) -> fmt::Result {
        let names = (
            level_name(self.severity, lang),
            Said::new("level-help").text(lang),
            Said::new("level-note").text(lang),
        );
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
        .with_name(names.0.as_str());
        let label = self
            .field
            .as_ref()
            .map(|name| Said::new("field-label").arg("field", name).text(lang));
        let message = self.message_in(lang);
        let help = self.help_in(lang);
        let help_level = Level::HELP.with_name(names.1.as_str());
        let title = level.primary_title(&message);
        let group = match &self.spot {
            Some(spot) => {
                let mut annotation = AnnotationKind::Primary.span(spot.underline.clone());
                if let Some(label) = &label {
                    annotation = annotation.label(label);
                }
                title.element(
                    Snippet::source(&spot.line_text)
                        .line_start(spot.line)
                        .path(&self.path)
                        .annotation(annotation),
                )
            }
            None => {
                let group = title.element(Origin::path(&self.path));
                match &label {
                    Some(_) => group.element(
                        Level::NOTE.with_name(names.2.as_str()).message(
                            Said::new("field-note")
                                .arg("field", self.field.as_deref().unwrap_or(""))
                                .text(lang),
                        ),
                    ),
                    None => group,
                }
            }
        };
        match &self.spot {
            // The snippet counts the column in the part of the line kept;
            // the header says the column in the whole line.
            Some(spot) if spot.cut > 0 => {
                let mut text = String::new();
                write_group(&mut text, group, help.as_deref(), help_level)?;
                let wrong = format!("{}:{}:{}", self.path, spot.line, spot.column - spot.cut);
                let right = format!("{}:{}:{}", self.path, spot.line, spot.column);
                f.write_str(&text.replacen(&wrong, &right, 1))
            }
            _ => write_group(f, group, help.as_deref(), help_level),
        }
    }
}

fn write_group(
    f: &mut impl fmt::Write,
    group: Group<'_>,
    help: Option<&str>,
    level: Level<'_>,
) -> fmt::Result {
    let group = match help {
        Some(help) => group.element(level.message(help)),
        None => group,
    };
    f.write_str(&Renderer::plain().render(&[group]))
}
