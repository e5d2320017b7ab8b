//! Load: the files read, taken into the site in the order of the walk
//! (or of a git revision's paths), with every problem; then the problems
//! only the whole folder shows (`ignore:` patterns, a missing
//! `site.yaml`).

use std::path::{Component, Path, PathBuf};

use super::front_matter::{Found, Loaded};
use super::ignore::Ignore;
use super::source::RawSite;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};

/// A file read, or a problem, in the order of the walk.
pub(super) enum Item {
    Diagnostic(Diagnostic),
    Read(PathBuf, Loaded),
}

/// The site that `items` make, taken in their order, and every problem.
pub(super) fn fold(
    items: Vec<Item>,
    unread: Vec<(PathBuf, Diagnostic)>,
    shown: &str,
) -> (RawSite, Diagnostics) {
    let mut site = RawSite::default();
    let mut diags = Diagnostics::default();
    // The records and translations found, for the warning about patterns
    // of `ignore:` that match them.
    let mut records: Vec<PathBuf> = Vec::new();
    for item in items {
        match item {
            Item::Diagnostic(d) => diags.push(d),
            Item::Read(rel, read) => {
                if read.found.is_some() {
                    records.push(rel);
                }
                for w in read.warnings {
                    diags.push(w);
                }
                match read.found {
                    Some(Found::Record(kind, id)) => {
                        site.found_records.insert((kind, id));
                    }
                    Some(Found::Translation(kind, id)) => {
                        site.found_translations.insert((kind, id));
                    }
                    None => {}
                }
                match read.result {
                    Ok(Some(add)) => add.into(&mut site),
                    Ok(None) => {}
                    Err(d) => diags.push(*d),
                }
            }
        }
    }
    let ignore = Ignore::of(site.config.as_ref(), &mut diags);
    for (rel, d) in unread {
        if !ignore.matches(&rel) {
            diags.push(d);
        }
    }
    ignore.warn_of_records(&records, shown, |rel| display_path(shown, rel), &mut diags);
    if site.config.is_none() && !diags.has_errors_for(&format!("{shown}/site.yaml")) {
        diags.push(Diagnostic::said(
            format!("{shown}/site.yaml"),
            Said::new("no-site-yaml"),
            Some(Said::new("no-site-yaml-help")),
        ));
    }
    (site, diags)
}

impl Diagnostics {
    fn has_errors_for(&self, path: &str) -> bool {
        self.of(path)
            .any(|d| d.severity == crate::diag::Severity::Error)
    }
}

/// A file's path as messages show it: `shown` (the content folder as
/// given), then `rel`'s parts.
pub(super) fn display_path(shown: &str, rel: &Path) -> String {
    let mut out = shown.trim_end_matches('/').to_string();
    for c in rel.components() {
        if let Component::Normal(part) = c {
            out.push('/');
            out.push_str(&part.to_string_lossy());
        }
    }
    out
}
