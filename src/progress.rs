//! `build`'s progress on a terminal: the stage, how far it is, and for the
//! search index the time left. Shown only where standard error is a
//! terminal and `CI` is not set, and never with `--quiet`; cleared when
//! the build ends, so what stays is the summary line, as without it.

use std::sync::atomic::{AtomicBool, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::catalogue::Said;
use crate::lang::Lang;

/// A progress line, or nothing where it is not to be shown.
pub struct Progress(Option<ProgressBar>, AtomicBool, Lang);

impl Progress {
    /// A progress line on standard error, unless `quiet`, standard error
    /// is not a terminal, or the build runs under CI (`CI` is set, as
    /// GitHub Actions, GitLab CI and most others do).
    pub fn new(quiet: bool, lang: Lang) -> Progress {
        use std::io::IsTerminal;
        let shown = !quiet && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        Progress::shown(shown, lang)
    }

    /// A progress line drawn to standard error where `shown`, or nothing.
    pub fn shown(shown: bool, lang: Lang) -> Progress {
        if !shown {
            return Progress(None, AtomicBool::new(false), lang);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(style("{spinner} {msg} ({elapsed})"));
        bar.set_message(Said::new("progress-reading").text(lang));
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Progress(Some(bar), AtomicBool::new(false), lang)
    }

    /// One more file written (the first begins the render's line).
    pub fn file(&self) {
        if let Some(bar) = &self.0 {
            if !self.1.swap(true, Ordering::Relaxed) {
                // indicatif fills in `{pos}` and `{elapsed}`.
                let line = Said::new("progress-rendering")
                    .arg("files", "{pos}")
                    .arg("elapsed", "{elapsed}")
                    .text(self.2);
                bar.set_style(style(&format!("{{spinner}} {line}")));
            }
            bar.inc(1);
        }
    }

    /// The search index of `pages` pages has begun.
    pub fn indexing(&self, pages: usize) {
        if let Some(bar) = &self.0 {
            bar.set_position(0);
            bar.set_length(pages as u64);
            bar.reset_eta();
            let line = Said::new("progress-indexing")
                .arg("bar", "[{bar:24}]")
                .arg("done", "{pos}")
                .arg("pages", "{len}")
                .arg("left", "{eta}")
                .text(self.2);
            bar.set_style(style(&line));
        }
    }

    /// `n` more pages indexed.
    pub fn indexed(&self, n: usize) {
        if let Some(bar) = &self.0 {
            bar.inc(n as u64);
        }
    }

    /// Removes the line, before the diagnostics and the summary.
    pub fn clear(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}
