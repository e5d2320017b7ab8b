//! Model: the English translations, each matched to its Thai record.

use std::collections::BTreeMap;

use super::known::*;
use crate::catalogue::Said;
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
            diags.push(Diagnostic::said(
                &doc.file.path,
                Said::new("translation-orphan").arg("id", doc.id.as_str()),
                Some(
                    Said::new("translation-orphan-help")
                        .arg("path", doc.file.path.replacen(".en.", ".", 1)),
                ),
            ));
            continue;
        }
        if *kind == Kind::Ambassador
            && let Some(title) = title
        {
            diags.push(doc.block().said_at(
                title,
                "title",
                Said::new("translation-ambassador-title"),
                Said::new("translation-ambassador-title-help"),
            ));
            continue;
        }
        if let Some(first) = out.get(&(*kind, doc.id.clone())) {
            diags.push(Diagnostic::said(
                &doc.file.path,
                Said::new("translation-twice")
                    .arg("id", doc.id.as_str())
                    .arg("first", first.path.as_str()),
                Some(Said::new("translation-twice-help")),
            ));
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
