//! Serve: one build of the site in memory, a whole one or only the pages a
//! save touched, and what it made to serve.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::site::{Failure, Served, Snapshot};
use crate::catalogue::{Said, Told};
use crate::diag::Severity;
use crate::incremental::{Rebuilt, Session};
use crate::model::Lang;
use crate::render::urls::Urls;
use crate::theme::Strings;

/// The content folder could not be read at all.
pub(super) struct Fatal(pub(super) Told);

/// One build's outcome, as served and as told to the terminal.
pub(super) struct Built {
    pub(super) snapshot: Snapshot,
    /// How many files differ from the last site, where only some were
    /// made again (the rest are the last site's).
    pub(super) changed: Option<usize>,
    pub(super) fatal: Option<Fatal>,
    pub(super) counts: String,
    /// Warnings as the terminal shows them (printed on the first build).
    pub(super) warnings: Vec<String>,
    /// The language of the terminal's lines.
    pub(super) lang: Lang,
}

impl Built {
    /// One line for the terminal: `rebuilt in 180 ms: 3 files changed; 0
    /// errors, 1 warning` (`changed`: the files that differ from the last
    /// site, where there was one), or the diagnostics and what is served
    /// instead.
    pub(super) fn summary(&self, took: Duration, changed: Option<usize>) -> String {
        let said = |id| {
            Said::new(id)
                .arg("ms", took.as_millis().to_string())
                .arg("counts", self.counts.as_str())
        };
        match (&self.snapshot.failure, &self.snapshot.site) {
            (Some(failure), site) => {
                let text = crate::diag::terminal_text(&failure.shown, false);
                let id = if site.is_some() {
                    "serve-failed"
                } else {
                    "serve-failed-no-site"
                };
                format!("{text}{}", said(id).text(self.lang))
            }
            (None, Some(site)) => match changed {
                Some(n) => said("serve-rebuilt").count("files", n).text(self.lang),
                None => said("serve-built")
                    .count("files", site.files.len())
                    .text(self.lang),
            },
            (None, None) => said("serve-built-nothing").text(self.lang),
        }
    }
}

/// Runs the pipeline once, or only what `changed` touches. Where it
/// fails, the last good site stays (from `previous`) and the failure goes
/// with it.
pub(super) fn build(
    session: &mut Session,
    changed: Option<&[PathBuf]>,
    previous: Option<&Snapshot>,
    generation: u64,
    lang: Lang,
) -> Built {
    let last_site = previous.and_then(|p| p.site.clone());
    let last_strings = previous.map(|p| Arc::clone(&p.strings));
    let (rebuilt, outcome) = match session.rebuild(changed) {
        Ok(done) => done,
        Err(fatal) => {
            let told = fatal.0;
            let shown = vec![(Severity::Error, told.error_text(lang))];
            return Built {
                snapshot: Snapshot {
                    generation,
                    site: last_site,
                    failure: Some(Failure {
                        shown,
                        errors: 1,
                        warnings: 0,
                        lang,
                    }),
                    strings: last_strings.unwrap_or_else(embedded_strings),
                },
                changed: None,
                fatal: previous.is_none().then_some(Fatal(told)),
                counts: crate::diag::counts(1, 0, lang),
                warnings: Vec::new(),
                lang,
            };
        }
    };
    let counts = outcome.diagnostics.counts(lang);
    let (errors, warning_count) = outcome.diagnostics.tally();
    let shown = outcome.diagnostics.shown(false, lang);
    let warnings = shown
        .iter()
        .filter(|(s, _)| *s == Severity::Warning)
        .map(|(_, text)| text.clone())
        .collect();
    let files = match rebuilt {
        Rebuilt::Partial(files) => {
            // The same diagnostics, theme and strings: only pages change.
            if let (Some(last), Some(strings)) = (&last_site, last_strings) {
                let mut served = Served {
                    prefix: last.prefix.clone(),
                    files: last.files.clone(),
                    search_shards: last.search_shards,
                };
                let mut changed = 0;
                for f in files {
                    let bytes = axum::body::Bytes::from(f.bytes);
                    if last.files.get(&f.path) != Some(&bytes) {
                        changed += 1;
                    }
                    served.files.insert(f.path, bytes);
                }
                return Built {
                    snapshot: Snapshot {
                        generation,
                        site: Some(Arc::new(served)),
                        failure: None,
                        strings,
                    },
                    changed: Some(changed),
                    fatal: None,
                    counts,
                    warnings,
                    lang,
                };
            }
            // Nothing served to build on (not so after a good build):
            // build everything.
            return build(session, None, previous, generation, lang);
        }
        Rebuilt::Full(files) => files,
    };
    let strings = match &outcome.theme {
        Some(theme) => Arc::new(theme.strings.clone()),
        None => last_strings.unwrap_or_else(embedded_strings),
    };
    let good = files
        .filter(|_| !outcome.diagnostics.has_errors())
        .zip(outcome.checked.as_ref());
    let snapshot = match good {
        Some((files, checked)) => {
            let prefix = Urls::new(&checked.site.config.base_url)
                .base_path()
                .to_string();
            let mut served = Served::new(prefix, files);
            served.search_shards = crate::search::shard_count(&checked.site);
            // Until this build's search index is made, the last one stays,
            // so a search page that reloads still finds its script.
            if let Some(last) = &last_site {
                for (path, bytes) in &last.files {
                    if path.starts_with(crate::render::urls::SEARCH_FOLDER) {
                        served
                            .files
                            .entry(path.clone())
                            .or_insert_with(|| bytes.clone());
                    }
                }
            }
            Snapshot {
                generation,
                site: Some(Arc::new(served)),
                failure: None,
                strings,
            }
        }
        None => Snapshot {
            generation,
            site: last_site,
            failure: Some(Failure {
                shown,
                errors,
                warnings: warning_count,
                lang,
            }),
            strings,
        },
    };
    Built {
        snapshot,
        changed: None,
        fatal: None,
        counts,
        warnings,
        lang,
    }
}

pub(super) fn embedded_strings() -> Arc<BTreeMap<Lang, Strings>> {
    Arc::new(crate::theme::embedded_strings())
}
