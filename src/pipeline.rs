//! The pipeline: load → model → aggregate → render (→ write, in `build`).
//! Each stage is a function of the previous one's output; this file only
//! calls them in order and times them. `check` runs every stage but the
//! write, so it finds every error `build` would.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::aggregate::{Stats, Verdict, aggregate};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{Fatal, load};
use crate::model::{Lang, Metric, Site, resolve};
use crate::render::{Options, OutFile};
use crate::theme::Theme;

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
    pub files: Option<Vec<OutFile>>,
    /// The theme, where it loaded (`serve` takes its interface strings).
    pub theme: Option<Theme>,
    pub diagnostics: Diagnostics,
    pub timings: Vec<(&'static str, Duration)>,
}

/// Loads, checks, computes and renders the site in `content`, in memory.
/// `shown` is how the folder is named in messages; `base_url` overrides
/// the one in `site.yaml`. Errors stop nothing: all are collected.
pub fn check(content: &Path, shown: &str, base_url: Option<&str>) -> Result<Outcome, Fatal> {
    let mut timings = Vec::new();
    let t = Instant::now();
    let (raw, mut diagnostics) = load(content, shown)?;
    timings.push(("load", t.elapsed()));

    let t = Instant::now();
    let site = resolve(&raw, &mut diagnostics);
    timings.push(("model", t.elapsed()));

    let checked = site.map(|site| {
        let t = Instant::now();
        let stats = aggregate(&site);
        timings.push(("aggregate", t.elapsed()));
        for d in reconciliation_warnings(&stats) {
            diagnostics.push(d);
        }
        Checked { site, stats }
    });
    let mut theme = None;
    let files = checked.as_ref().and_then(|c| {
        let t = Instant::now();
        let root = crate::load::site_root(content);
        let loaded = theme.insert(crate::theme::load(
            &root,
            &c.site.config.theme,
            &mut diagnostics,
        )?);
        timings.push(("theme", t.elapsed()));
        let t = Instant::now();
        let options = Options {
            base_url: base_url.unwrap_or(&c.site.config.base_url).to_string(),
        };
        if !options.base_url.starts_with("http") {
            diagnostics.push(
                Diagnostic::warning(
                    format!("{shown}/site.yaml"),
                    "`base_url` is not a full web address, so the sitemap and the feeds hold addresses without a host",
                )
                .field("base_url")
                .help("write where the site will be published, such as `https://example.org/report/`, or build with --base-url"),
            );
        }
        let mut charts = Duration::ZERO;
        let files = crate::render::render(
            &c.site,
            &c.stats,
            loaded,
            &options,
            &mut charts,
            &mut diagnostics,
        );
        timings.push(("charts", charts));
        timings.push(("render", t.elapsed().saturating_sub(charts)));
        files
    });
    Ok(Outcome {
        checked,
        files,
        theme,
        diagnostics,
        timings,
    })
}

/// A reported figure the records do not match is worth a warning, at the
/// line where the figure is written.
fn reconciliation_warnings(stats: &Stats) -> Vec<Diagnostic> {
    stats
        .reconciliation
        .iter()
        .filter(|r| r.verdict != Verdict::Matches)
        .map(|r| {
            let what = r.metric.label(Lang::En);
            let fmt = |v: u64| format_value(r.metric, v);
            let message = match r.verdict {
                Verdict::PartlyItemised => format!(
                    "{}: {what}: reported {}, the records itemise {}",
                    r.scope.key(),
                    fmt(r.reported),
                    fmt(r.computed)
                ),
                Verdict::Exceeds => format!(
                    "{}: {what}: reported {}, but the records hold more: {}",
                    r.scope.key(),
                    fmt(r.reported),
                    fmt(r.computed)
                ),
                Verdict::SourcesDisagree => {
                    let others: Vec<String> = r
                        .disagreeing
                        .iter()
                        .map(|d| format!("{} ({})", fmt(d.value), d.source))
                        .collect();
                    format!(
                        "{}: {what}: sources disagree: {} ({}) against {}",
                        r.scope.key(),
                        fmt(r.reported),
                        r.source,
                        others.join(", ")
                    )
                }
                Verdict::Matches => unreachable!("filtered out above"),
            };
            let help = match r.verdict {
                Verdict::PartlyItemised => {
                    "add the missing records, or leave the figure as reported: the site shows both"
                }
                Verdict::Exceeds => "check the records for duplicates, or note a newer report",
                _ => "check the sources; give each report its `as_of` date if they speak of different times",
            };
            Diagnostic::warning(&r.at.path, message)
                .spot(r.at.spot.clone())
                .help(help)
        })
        .collect()
}

/// A figure for the terminal: baht in Thai style, counts as numbers.
pub fn format_value(metric: Metric, value: u64) -> String {
    match metric {
        Metric::ValueThb => crate::model::Baht(value).format(Lang::Th),
        _ => crate::model::text::group_thousands(value),
    }
}
