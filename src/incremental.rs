//! Rebuilding after a save. Of a good build, a [`Session`] keeps the model,
//! the figures, the theme, the parsed templates, every rendered body and
//! each language's project rows. A save that changes only the Markdown
//! bodies of records renders those bodies again, and the pages that show
//! them (a record's own page, and the further pages of its list of
//! projects); every other file of the site stays as it was, since nothing
//! else shows a body or is made from one. Any other save builds the whole
//! site again, as `check` does.
//!
//! A body counts as only changed where: the last build was good; the file
//! is a Markdown record or translation (not an ambassador's, which no page
//! shows) that it read; everything before the body is byte for byte the
//! same ([`crate::load::RawSite::fronts`]), so the model is the same but for
//! the text; the text was and stays non-empty (the warnings about
//! translations turn on that, and nothing else in the model on the text);
//! and the old and new texts read and render without any diagnostic (the
//! text hygiene's warnings are said as the body is read). The test
//! `an_incremental_rebuild_writes_what_a_full_build_writes` holds every
//! rebuild to the files and diagnostics of a full build.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::load::{Fatal, Kind, Reread};
use crate::model::Id;
use crate::output::OutFile;
use crate::pipeline::{Outcome, Reuse, check_keeping};

/// The content folder and what the last build left to build on.
#[derive(Debug)]
pub struct Session {
    content: PathBuf,
    shown: String,
    base_url: Option<String>,
    /// The last build's outcome (its files taken out), where it read the
    /// content folder at all.
    last: Option<Outcome>,
    /// What a partial rebuild needs, where the last build was good.
    reuse: Option<Reuse>,
}

/// What a rebuild made.
#[derive(Debug)]
pub enum Rebuilt {
    /// The whole site was built again: every file where it rendered. The
    /// outcome is [`Session::outcome`].
    Full(Option<Vec<OutFile>>),
    /// Only these files were made again; they replace the files of the
    /// same paths. Every other file, and every diagnostic, is as the last
    /// build made it.
    Partial(Vec<OutFile>),
}

impl Session {
    /// `shown` is how `content` is named in messages; `base_url`
    /// overrides the one in `site.yaml`.
    pub fn new(content: &Path, shown: &str, base_url: Option<&str>) -> Session {
        Session {
            content: content.to_path_buf(),
            shown: shown.to_string(),
            base_url: base_url.map(str::to_string),
            last: None,
            reuse: None,
        }
    }

    /// The outcome of the last full build (its files are in what
    /// [`Session::rebuild`] returned); `None` before the first, or where
    /// the last could not read the content folder.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.last.as_ref()
    }

    /// Builds the site after the files `changed` (absolute paths, as the
    /// watcher reports them) were saved: only what they touch where that
    /// is enough, else everything. `None` builds everything. With what
    /// was built, the outcome of the last full build (see
    /// [`Session::outcome`]).
    pub fn rebuild(&mut self, changed: Option<&[PathBuf]>) -> Result<(Rebuilt, &Outcome), Fatal> {
        // A partial rebuild needs the last outcome, so it always has one.
        let rebuilt = match changed.and_then(|paths| self.partial(paths)) {
            Some(files) => Rebuilt::Partial(files),
            None => {
                self.last = None;
                self.reuse = None;
                let (mut outcome, reuse) =
                    check_keeping(&self.content, &self.shown, self.base_url.as_deref())?;
                let files = outcome.files.take();
                let good = files.is_some() && !outcome.diagnostics.has_errors();
                self.reuse = reuse.filter(|r| good && r.render.is_some());
                self.last = Some(outcome);
                Rebuilt::Full(files)
            }
        };
        match &self.last {
            Some(outcome) => Ok((rebuilt, outcome)),
            None => Err(Fatal(crate::catalogue::Told::new(
                crate::catalogue::Said::new("fatal-outcome-lost"),
                None,
            ))),
        }
    }

    /// The files a save of only bodies changes, or `None` where the save
    /// changed anything else (or the last build was not good).
    fn partial(&mut self, paths: &[PathBuf]) -> Option<Vec<OutFile>> {
        let outcome = self.last.as_mut()?;
        let reuse = self.reuse.as_mut()?;
        let checked = outcome.checked.as_mut()?;
        let theme = outcome.theme.as_ref()?;
        let kept = reuse.render.as_mut()?;
        let root = std::fs::canonicalize(&self.content).ok()?;
        let mut bodies: HashMap<(Kind, Id), Vec<Reread>> = HashMap::new();
        for path in paths {
            let rel = path.strip_prefix(&root).ok()?;
            let file = crate::load::reread(&root, &self.shown, rel)?;
            if reuse.fronts.get(&file.path).map(|f| &**f) != Some(file.front.as_str())
                || kept.noisy(&file.path)
                || said_in_body(&outcome.diagnostics, &file)
                || file.kind == Kind::Ambassador
            {
                return None;
            }
            bodies
                .entry((file.kind, Id(file.id.clone())))
                .or_default()
                .push(file);
        }
        let names = crate::model::privacy::Names::of(&checked.site);
        // Every check before any change: a save that is not only bodies
        // leaves the kept site as it was, for the full build to replace.
        for ((kind, id), texts) in &bodies {
            let meta = checked.site.meta_of(*kind, id)?;
            for file in texts {
                let (path, old) = match file.translation {
                    false => (Some(&meta.path), Some(&meta.body.th)),
                    true => (meta.en_path.as_ref(), meta.body.en.as_ref()),
                };
                let was_empty = old.is_none_or(|b| b.trim().is_empty());
                // A text that names a non-public person is an error, which
                // only the full build's privacy scan reports.
                if path != Some(&file.path)
                    || was_empty
                    || file.body.trim().is_empty()
                    || names.in_body(&file.body)
                {
                    return None;
                }
            }
        }
        let mut changed = Vec::new();
        for ((kind, id), texts) in bodies {
            let meta = checked.site.meta_of_mut(kind, &id)?;
            for file in texts {
                match file.translation {
                    false => meta.body.th = file.body,
                    true => meta.body.en = Some(file.body),
                }
            }
            changed.push((kind, id));
        }
        let input = crate::render::Input {
            site: &checked.site,
            stats: &checked.stats,
            history: None,
            theme,
            options: &reuse.options,
        };
        crate::render::rerender(input, kept, &changed)
    }
}

/// Whether the last build said anything about the body of `file` as it
/// read it (the text hygiene's warnings), or about more of the file than
/// it kept: only a full build can take that back.
fn said_in_body(diagnostics: &crate::diag::Diagnostics, file: &Reread) -> bool {
    let body_line = file.front.matches('\n').count() + 1;
    diagnostics.full(&file.path)
        || diagnostics
            .of(&file.path)
            .any(|d| d.spot.as_ref().is_some_and(|s| s.line >= body_line))
}
