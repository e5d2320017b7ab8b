//! Model: the English translations, each matched to its Thai record.

use std::collections::BTreeMap;

use super::known::*;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::raw::RawTranslation;
use crate::load::{Kind, RawSite};

/// The English text of a record, from its `ID.en.md`.
pub(super) struct Translation {
    pub(super) title: Option<String>,
    pub(super) summary: Option<String>,
    pub(super) body: String,
    pub(super) body_line: usize,
    pub(super) path: String,
}

pub(super) fn translations(
    raw: &RawSite,
    known: &Known,
    diags: &mut Diagnostics,
) -> BTreeMap<(Kind, String), Translation> {
    let mut out: BTreeMap<(Kind, String), Translation> = BTreeMap::new();
    for (kind, doc) in &raw.translations {
        let RawTranslation { title, summary } = &doc.fields;
        if !doc.errors.is_empty() {
            for d in &doc.errors {
                diags.push(d.clone());
            }
            continue;
        }
        if !known.has(*kind, &doc.id) {
            diags.push(
                Diagnostic::error(
                    &doc.file.path,
                    format!("this translates `{}`, but there is no such record", doc.id),
                )
                .help(format!(
                    "create the Thai record `{}` first, or rename this file to match it",
                    doc.file.path.replacen(".en.", ".", 1)
                )),
            );
            continue;
        }
        if *kind == Kind::Ambassador
            && let Some(title) = title
        {
            diags.push(
                doc.block()
                    .error_at(title, "title", "an ambassador has no title")
                    .help("a person's name is the same in every language: remove `title`"),
            );
            continue;
        }
        if let Some(first) = out.get(&(*kind, doc.id.clone())) {
            diags.push(
                Diagnostic::error(
                    &doc.file.path,
                    format!("`{}` already has a translation: `{}`", doc.id, first.path),
                )
                .help("keep one of the two files"),
            );
            continue;
        }
        out.insert(
            (*kind, doc.id.clone()),
            Translation {
                title: title.as_ref().map(|t| t.value.trim().to_string()),
                summary: summary.as_ref().map(|t| t.value.trim().to_string()),
                body: doc.body().to_string(),
                body_line: doc.body_line,
                path: doc.file.path.clone(),
            },
        );
    }
    out
}
