//! The pipeline: load → model → aggregate → render → search → write.
//! Each stage is a function of the previous one's output; this file only
//! calls them in order and times them. [`check`] runs every stage but the
//! search index and the write, so it finds every error [`build`] would;
//! [`build`] runs them all, writing each file as it is made.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::aggregate::{Stats, aggregate};
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{Fatal, load};
use crate::model::bounds;
use crate::model::privacy::{self, Names};
use crate::model::{Lang, Site, resolve};
use crate::output::{Collect, OutFile, Sink};
use crate::progress::Progress;
use crate::render::{Kept, Options};
use crate::theme::Theme;
use crate::write::{Cancel, Stream, WriteError, Written, check_place};

/// A checked site and its figures.
#[derive(Debug)]
pub struct Checked {
    pub site: Site,
    pub stats: Stats,
}

/// What `check` found: the site where it has no errors, its rendered files
/// where rendering succeeded, every diagnostic, and how long each stage
/// took.
#[derive(Debug)]
pub struct Outcome {
    pub checked: Option<Checked>,
    /// Every rendered file, in path order, where rendering succeeded and
    /// the files were kept ([`check`]; [`build`] writes them instead).
    pub files: Option<Vec<OutFile>>,
    /// Whether every file was rendered and taken by the sink.
    pub rendered: bool,
    /// The theme, where it loaded (`serve` takes its interface strings).
    pub theme: Option<Theme>,
    pub diagnostics: Diagnostics,
    /// The names of the site's non-public people: any diagnostic added
    /// later is masked with them ([`Outcome::push`]).
    pub names: Names,
    pub timings: Vec<(&'static str, Duration)>,
}

impl Outcome {
    /// Adds a diagnostic found after the pipeline ran (a broken link),
    /// with any non-public name masked.
    pub fn push(&mut self, mut d: Diagnostic) {
        self.names.mask_diagnostic(&mut d);
        self.diagnostics.push(d);
    }
}

/// Loads, checks, computes and renders the site in `content`, in memory.
/// `shown` is how the folder is named in messages; `base_url` overrides
/// the one in `site.yaml`. Errors stop nothing: all are collected.
pub fn check(content: &Path, shown: &str, base_url: Option<&str>) -> Result<Outcome, Fatal> {
    collected(content, shown, base_url, false).map(|(outcome, _)| outcome)
}

/// What `check` is asked to do.
#[derive(Debug, Clone, Copy)]
pub struct Check<'a> {
    pub content: &'a Path,
    /// How the content folder is named in messages.
    pub shown: &'a str,
    /// Overrides `base_url` in `site.yaml` (checked).
    pub base_url: Option<&'a str>,
    /// A built output folder whose links are checked too (`--links`),
    /// and how it is named in messages.
    pub built: Option<(&'a Path, &'a str)>,
}

/// `check`: every stage but the index and the write ([`check`]), then
/// every internal link of the pages it rendered, and of a built output
/// folder where one is named. A broken link in a record's text is said at
/// its line. `Err` where the content or the output folder cannot be read.
pub fn check_site(job: &Check<'_>) -> Result<Outcome, Fatal> {
    let mut outcome = check(job.content, job.shown, job.base_url)?;
    let Some(checked) = &outcome.checked else {
        return Ok(outcome);
    };
    let base = job
        .base_url
        .map_or_else(|| checked.site.config.base_url.clone(), str::to_string);
    let mut found = Vec::new();
    if let Some(files) = &outcome.files {
        // The search index is made by `build` after rendering; its entry
        // files are all a page links to.
        let entries = crate::search::entry_files(&checked.site.config.languages);
        let index = entries.iter().map(|p| (p.as_str(), &b""[..]));
        let pages = files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice()));
        let broken = crate::links::check(pages.chain(index), &base);
        found.extend(crate::links::diagnostics(&broken, &checked.site, None));
    }
    if let Some((output, shown)) = job.built {
        let tree = crate::write::read_output(output).map_err(Fatal)?;
        let broken =
            crate::links::check(tree.iter().map(|(p, b)| (p.as_str(), b.as_slice())), &base);
        found.extend(crate::links::diagnostics(
            &broken,
            &checked.site,
            Some(shown),
        ));
    }
    for d in found {
        outcome.push(d);
    }
    Ok(outcome)
}

/// What a rebuild of only the pages a save touches needs of the last
/// build (see [`crate::incremental`]).
#[derive(Debug)]
pub struct Reuse {
    /// What comes before the body of every Markdown record and
    /// translation, by the path messages show ([`RawSite::fronts`]).
    ///
    /// [`RawSite::fronts`]: crate::load::RawSite::fronts
    pub fronts: HashMap<String, Box<str>>,
    /// What the render made, where it rendered.
    pub render: Option<Kept>,
    /// How it rendered.
    pub options: Options,
}

/// [`check`], keeping what a rebuild of a few pages needs.
pub fn check_keeping(
    content: &Path,
    shown: &str,
    base_url: Option<&str>,
) -> Result<(Outcome, Option<Reuse>), Fatal> {
    collected(content, shown, base_url, true)
}

/// [`run`] with the rendered files kept in memory, in path order.
fn collected(
    content: &Path,
    shown: &str,
    base_url: Option<&str>,
    keep: bool,
) -> Result<(Outcome, Option<Reuse>), Fatal> {
    let kept = Collect::default();
    let (mut outcome, reuse) = run(content, shown, base_url, &kept, keep, false)?;
    if outcome.rendered {
        outcome.files = Some(kept.into_sorted());
    }
    Ok((outcome, reuse))
}

/// The stages in order; with `history`, the figures' history is read
/// from the git repository holding `content` before the render.
fn run(
    content: &Path,
    shown: &str,
    base_url: Option<&str>,
    sink: &dyn Sink,
    keep: bool,
    history: bool,
) -> Result<(Outcome, Option<Reuse>), Fatal> {
    let mut timings = Vec::new();
    let t = Instant::now();
    let (raw, mut diagnostics) = load(content, shown)?;
    timings.push(("load", t.elapsed()));
    let fronts = if keep {
        raw.fronts()
    } else {
        HashMap::default()
    };

    let t = Instant::now();
    let epoch = source_date_epoch(&mut diagnostics);
    let site = resolve(&raw, epoch, &mut diagnostics);
    timings.push(("model", t.elapsed()));
    // No published text may name a non-public person: checked before
    // anything is rendered, at the line the name is written on.
    let t = Instant::now();
    let mut names = Names::from_raw(&raw);
    if let Some(site) = &site {
        privacy::scan(site, &raw, &mut names, &mut diagnostics);
    }
    timings.push(("privacy", t.elapsed()));
    // The files as read are not needed past here; a big site cannot hold
    // them and everything made of them at once.
    drop(raw);

    let site = site.filter(|_| !diagnostics.has_errors());
    let checked = site.map(|site| {
        let t = Instant::now();
        let stats = aggregate(&site);
        timings.push(("aggregate", t.elapsed()));
        for d in crate::aggregate::warnings(&stats) {
            diagnostics.push(d);
        }
        Checked { site, stats }
    });
    let history = checked.as_ref().filter(|_| history).and_then(|c| {
        let t = Instant::now();
        let found = crate::history::of(content, &c.site, &mut diagnostics);
        timings.push(("history", t.elapsed()));
        found
    });
    let mut theme = None;
    let mut options = None;
    let rendered = checked.as_ref().and_then(|c| {
        let t = Instant::now();
        let root = crate::load::site_root(content);
        let loaded = theme.insert(crate::theme::load(
            &root,
            shown,
            &c.site.config.theme,
            c.site.config.allow_hard_links,
            &mut diagnostics,
        )?);
        timings.push(("theme", t.elapsed()));
        let options = options.insert(Options {
            base_url: base_url.unwrap_or(&c.site.config.base_url).to_string(),
            keep,
            shown: shown.to_string(),
            search: crate::search::ENABLED.then(|| crate::search::shard_count(&c.site)),
        });
        if !options.base_url.starts_with("http") {
            diagnostics.push(
                Diagnostic::warning(format!("{shown}/site.yaml"), "")
                    .words(
                        Said::new("site-base-url-no-host"),
                        Some(Said::new("site-base-url-no-host-help")),
                    )
                    .field("base_url"),
            );
        }
        let input = crate::render::Input {
            site: &c.site,
            stats: &c.stats,
            history: history.as_ref(),
            theme: loaded,
            options,
        };
        let rendered = crate::render::render(input, &mut diagnostics, sink);
        timings.push(("charts", rendered.charts));
        timings.push(("render", rendered.pages));
        rendered.kept
    });
    names.mask_diagnostics(&mut diagnostics);
    let outcome = Outcome {
        names,
        checked,
        files: None,
        rendered: rendered.is_some(),
        theme,
        diagnostics,
        timings,
    };
    let reuse = options.filter(|_| keep).map(|options| Reuse {
        fronts,
        render: rendered,
        options,
    });
    Ok((outcome, reuse))
}

/// `SOURCE_DATE_EPOCH`, where it is set and valid. A value that is not a
/// number of seconds is a warning, and the build's date is then taken from
/// the content.
fn source_date_epoch(diagnostics: &mut Diagnostics) -> Option<u64> {
    let value = std::env::var_os("SOURCE_DATE_EPOCH");
    match bounds::parse_epoch(value.as_ref().map(|v| v.to_string_lossy()).as_deref()) {
        Ok(epoch) => epoch,
        Err(written) => {
            diagnostics.push(Diagnostic::warning("SOURCE_DATE_EPOCH", "").words(
                Said::new("epoch-not-seconds").arg("value", written),
                Some(Said::new("epoch-not-seconds-help")),
            ));
            None
        }
    }
}

/// Adds the search index of the rendered pages to `outcome.files` (when
/// this build of mueang makes one), timed as the stage "search".
pub fn search(outcome: &mut Outcome) {
    let Some(mut files) = outcome.files.take() else {
        return;
    };
    let pages = crate::search::pages(files.iter().map(|f| (f.path.as_str(), f.bytes.as_slice())));
    let made = std::sync::Mutex::new(Vec::new());
    {
        let by_path: HashMap<&str, &[u8]> = files
            .iter()
            .map(|f| (f.path.as_str(), f.bytes.as_slice()))
            .collect();
        let read = |path: &str| {
            by_path
                .get(path)
                .map(|b| b.to_vec())
                .ok_or_else(|| format!("{path}: not rendered"))
        };
        let put = |_: &crate::search::Shard, index: Vec<OutFile>| {
            made.lock().unwrap_or_else(|p| p.into_inner()).extend(index);
            Ok(())
        };
        search_index(outcome, pages, &read, &put, &|| false, &|_| {}, &|_| {});
    }
    files.extend(made.into_inner().unwrap_or_else(|p| p.into_inner()));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    outcome.files = Some(files);
}

/// What `build` is asked to do.
#[derive(Debug, Clone, Copy)]
pub struct Build<'a> {
    pub content: &'a Path,
    /// How the content folder is named in messages.
    pub shown: &'a str,
    pub output: &'a Path,
    /// Overrides `base_url` in `site.yaml` (checked).
    pub base_url: Option<&'a str>,
    /// Warnings stop the build as errors do.
    pub deny_warnings: bool,
    /// Read the figures' history from the git repository holding the
    /// content, where there is one.
    pub history: bool,
}

/// How a build ended. Every variant but [`Built::Stopped`] carries the
/// outcome, whose diagnostics are to be said.
#[derive(Debug)]
pub enum Built {
    /// The new site is in place.
    Written(Outcome, Written),
    /// The content has errors: nothing was written.
    Errors(Outcome),
    /// The content has warnings and warnings are errors here: nothing
    /// was written.
    Warnings(Outcome),
    /// Writing failed, or Ctrl-C stopped it: the previous output stands.
    WriteFailed(Outcome, WriteError),
    /// Ctrl-C stopped the build while the index was made: what was
    /// written is gone, and nothing else is to be said.
    Stopped,
}

/// `build`: load → model → aggregate → render, each file written into a
/// staging folder as it is made → the search index, read back from it
/// shard by shard → the swap of the new site for the output, only if the
/// whole site is good. `cancel` stops it (Ctrl-C); `progress` hears of
/// each file and page indexed. `Err` for what stops a build before it
/// starts (no content folder, an output folder in the wrong place).
pub fn build(job: &Build<'_>, cancel: &Cancel, progress: &Progress) -> Result<Built, Fatal> {
    check_place(job.content, job.output).map_err(|e| Fatal(e.told()))?;
    let stream = Stream::new(job.output, crate::search::ENABLED, cancel);
    let counted = Counted {
        sink: &stream,
        progress,
    };
    let (mut outcome, _) = run(
        job.content,
        job.shown,
        job.base_url,
        &counted,
        false,
        job.history,
    )?;
    // The index is made of the pages as written, read back shard by
    // shard: memory holds the shards being made, not the site.
    let read = |path: &str| stream.read(path);
    let put = |_: &crate::search::Shard, files: Vec<OutFile>| {
        for file in files {
            // The stream keeps the reason, reported as for a page.
            Sink::put(&stream, file).map_err(|_| crate::search::STOPPED.to_string())?;
        }
        Ok(())
    };
    search_index(
        &mut outcome,
        stream.take_to_index(),
        &read,
        &put,
        &|| cancel.stopped(),
        &|pages| progress.indexing(pages),
        &|n| progress.indexed(n),
    );
    progress.clear();
    if cancel.stopped() {
        return Ok(Built::Stopped);
    }
    // Ctrl-C first; then the content's errors (which stop the render),
    // then the disk's (which stop it too).
    let write_error = stream.take_error();
    if let Some(e @ WriteError::Interrupted) = write_error {
        return Ok(Built::WriteFailed(outcome, e));
    }
    if outcome.diagnostics.error_count() > 0 {
        return Ok(Built::Errors(outcome));
    }
    if let Some(e) = write_error {
        return Ok(Built::WriteFailed(outcome, e));
    }
    if job.deny_warnings && outcome.diagnostics.warning_count() > 0 {
        return Ok(Built::Warnings(outcome));
    }
    let t = Instant::now();
    let written = stream.finish();
    outcome.timings.push(("write", t.elapsed()));
    Ok(match written {
        Ok(written) => Built::Written(outcome, written),
        Err(e) => Built::WriteFailed(outcome, e),
    })
}

/// A sink that counts the files it passes on, for the progress line.
struct Counted<'a> {
    sink: &'a dyn Sink,
    progress: &'a Progress,
}

impl Sink for Counted<'_> {
    fn put(&self, file: OutFile) -> Result<(), crate::output::Refused> {
        self.sink.put(file)?;
        self.progress.file();
        Ok(())
    }
}

/// Makes the search index of `pages` (each page's language and output
/// path; their bytes come from `read`), when this build of mueang makes
/// one and the site has no errors, handing each shard's files to `put` as
/// it is made; timed as the stage "search". `start` hears how many pages
/// there are to index, `done` of each one added; `stop` is asked between
/// pages. An index that
/// cannot be made is an error: a site without its search would be
/// published silently broken.
pub fn search_index(
    outcome: &mut Outcome,
    pages: Vec<(Lang, String)>,
    read: &(dyn Fn(&str) -> Result<Vec<u8>, String> + Sync),
    put: crate::search::Put<'_>,
    stop: &(dyn Fn() -> bool + Sync),
    start: &dyn Fn(usize),
    done: &(dyn Fn(usize) + Sync),
) {
    if !crate::search::ENABLED || !outcome.rendered || outcome.diagnostics.has_errors() {
        return;
    }
    let Some(checked) = &outcome.checked else {
        return;
    };
    let t = Instant::now();
    let shards = crate::search::shards(pages, crate::search::shard_count(&checked.site));
    start(shards.iter().map(|s| s.pages.len()).sum());
    match crate::search::index_all(&shards, read, put, stop, done) {
        Ok(()) => {}
        Err(e) if e == crate::search::STOPPED => {}
        Err(e) => outcome.diagnostics.push(Diagnostic::said(
            crate::render::urls::SEARCH_FOLDER,
            Said::new("search-index-failed").arg("detail", e),
            Some(Said::new("search-index-failed-help")),
        )),
    }
    outcome.timings.push(("search", t.elapsed()));
}
