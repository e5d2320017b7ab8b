//! Model: the ids and numbers every reference is checked against, gathered
//! before any record is resolved.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::{Kind, RawDoc, RawSite};

/// The ids of every record, by kind, known before any reference is checked.
pub(super) struct Known {
    pub(super) sources: BTreeSet<String>,
    /// Translation files found, including those that could not be read.
    pub(super) found_translations: BTreeSet<(Kind, String)>,
    pub(super) by_kind: BTreeMap<Kind, BTreeSet<String>>,
}

impl Known {
    pub(super) fn collect(raw: &RawSite, diags: &mut Diagnostics) -> Known {
        let mut by_kind: BTreeMap<Kind, BTreeMap<String, String>> = BTreeMap::new();
        let mut add = |kind: Kind, id: &str, path: &str, diags: &mut Diagnostics| {
            let seen = by_kind.entry(kind).or_default();
            match seen.get(id) {
                Some(first) => diags.push(Diagnostic::said(
                    path,
                    Said::new("record-id-taken")
                        .arg("folder", kind.folder())
                        .said("kind", kind_said(kind))
                        .arg("id", id)
                        .arg("first", first.as_str()),
                    Some(Said::new("record-id-taken-help")),
                )),
                None => {
                    seen.insert(id.to_string(), path.to_string());
                }
            }
        };
        fn each<T>(docs: &[RawDoc<T>]) -> impl Iterator<Item = (&str, &str)> {
            docs.iter().map(|d| (d.id.as_str(), d.file.path.as_str()))
        }
        for (id, path) in each(&raw.cohorts) {
            add(Kind::Cohort, id, path, diags);
        }
        for (id, path) in each(&raw.cities) {
            add(Kind::City, id, path, diags);
        }
        for (id, path) in each(&raw.projects) {
            add(Kind::Project, id, path, diags);
        }
        for (id, path) in each(&raw.ambassadors) {
            add(Kind::Ambassador, id, path, diags);
        }
        for (id, path) in each(&raw.news) {
            add(Kind::News, id, path, diags);
        }
        for (id, path) in each(&raw.pages) {
            add(Kind::Page, id, path, diags);
        }
        for (kind, id) in &raw.found_records {
            by_kind
                .entry(*kind)
                .or_default()
                .entry(id.clone())
                .or_default();
        }
        let sources = raw.sources.as_ref().map_or_else(BTreeSet::new, |doc| {
            doc.fields.0.iter().map(|(k, _)| k.value.clone()).collect()
        });
        Known {
            sources,
            found_translations: raw.found_translations.clone(),
            by_kind: by_kind
                .into_iter()
                .map(|(k, ids)| (k, ids.into_keys().collect()))
                .collect(),
        }
    }

    pub(super) fn ids(&self, kind: Kind) -> impl Iterator<Item = &str> {
        self.by_kind
            .get(&kind)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    pub(super) fn has(&self, kind: Kind, id: &str) -> bool {
        self.by_kind.get(&kind).is_some_and(|ids| ids.contains(id))
    }
}

/// A kind of record in words: `project`, `โครงการ`.
pub(super) fn kind_said(kind: Kind) -> Said {
    Said::new(match kind {
        Kind::Cohort => "kind-cohort",
        Kind::City => "kind-city",
        Kind::Project => "kind-project",
        Kind::Ambassador => "kind-ambassador",
        Kind::News => "kind-news",
        Kind::Page => "kind-page",
    })
}
