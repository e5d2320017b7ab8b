//! Model: the resolver: what every record's conversion shares (the known ids,
//! the translations, the diagnostics), and what every record has.

use std::collections::BTreeMap;

use serde_saphyr::Spanned;

use super::known::*;
use super::translations::*;
use crate::catalogue::Said;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::raw::{List, RawText};
use crate::load::{Kind, RawDoc};
use crate::model::bounds::BuildDate;
use crate::model::site::*;
use crate::model::vocab::Vocabulary;

pub(super) struct Resolver<'a> {
    pub(super) known: &'a Known,
    pub(super) translations: &'a BTreeMap<(Kind, String), Translation>,
    pub(super) build_date: Option<&'a BuildDate>,
    pub(super) diags: &'a mut Diagnostics,
    pub(super) reported: Vec<Reported>,
}

impl Resolver<'_> {
    pub(super) fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// The parts every record has. `None` where one of them is wrong (the
    /// error is already recorded).
    pub(super) fn meta<T>(
        &mut self,
        kind: Kind,
        doc: &RawDoc<T>,
        title: Option<&Spanned<String>>,
        summary: Option<&Spanned<String>>,
        sources: Option<&List>,
    ) -> Option<(Meta, Option<Text>)> {
        let b = doc.block();
        let before = self.diags.error_count();
        // The fields the load stage could not read.
        for d in &doc.errors {
            self.error(d.clone());
        }
        let tr = self.translations.get(&(kind, doc.id.clone()));
        let title = title.and_then(|t| {
            let th = t.value.trim();
            if th.is_empty() {
                self.error(b.said_at(
                    t,
                    "title",
                    Said::new("title-empty"),
                    Said::new("title-empty-help"),
                ));
                return None;
            }
            Some(Text {
                th: th.to_string(),
                en: tr.and_then(|tr| tr.title.clone()).filter(|t| !t.is_empty()),
            })
        });
        let summary = summary.map(|s| Text {
            th: s.value.trim().to_string(),
            en: tr.and_then(|tr| tr.summary.clone()),
        });
        let body = Text {
            th: doc.body().to_string(),
            en: tr
                .map(|tr| tr.body.clone())
                .filter(|b| !b.trim().is_empty()),
        };
        let cited = self.refs(&b, sources, "sources", None);
        // A record with errors has no page yet to translate.
        if self.diags.error_count() == before {
            self.translation_warnings(kind, doc, tr, title.as_ref(), summary.as_ref(), &body);
        }
        (self.diags.error_count() == before).then(|| {
            (
                Meta {
                    id: Id(doc.id.clone()),
                    path: doc.file.path.clone(),
                    summary,
                    body,
                    body_line: doc.body_line,
                    en_path: tr.map(|tr| tr.path.clone()),
                    en_body_line: tr.map_or(0, |tr| tr.body_line),
                    sources: cited,
                },
                title,
            )
        })
    }

    /// A required field's value; where it has none, an error: "missing"
    /// where there is no line for it, "empty" where the line has no value,
    /// and nothing more where the load stage said why it could not be read.
    pub(super) fn required<'v, T, D>(
        &mut self,
        doc: &RawDoc<D>,
        value: Option<&'v Spanned<T>>,
        field: &str,
        kind: Kind,
    ) -> Option<&'v Spanned<T>> {
        // An error of no field: the file could not be read field by field.
        let said = |d: &Diagnostic| d.field.is_none() || d.field.as_deref() == Some(field);
        if value.is_some() || doc.errors.iter().any(said) {
            return value;
        }
        let b = doc.block();
        let what = to_write(kind, field);
        let d = match b.key_spot(field) {
            Some(spot) => Diagnostic::said(
                &doc.file.path,
                Said::new("field-empty").arg("field", field),
                Some(
                    Said::new("field-empty-help")
                        .arg("field", field)
                        .said("what", what),
                ),
            )
            .spot(spot)
            .field(field),
            None => Diagnostic::said(
                &doc.file.path,
                Said::new("field-missing").arg("field", field),
                Some(
                    Said::new("field-missing-help")
                        .arg("field", field)
                        .said("what", what),
                ),
            )
            .spot(b.start()),
        };
        self.error(d);
        None
    }

    pub(super) fn translation_warnings<T>(
        &mut self,
        kind: Kind,
        doc: &RawDoc<T>,
        tr: Option<&Translation>,
        title: Option<&Text>,
        summary: Option<&Text>,
        body: &Text,
    ) {
        let has_text = title.is_some() || summary.is_some() || !body.th.trim().is_empty();
        let path = &doc.file.path;
        let en_path = match path.rsplit_once('.') {
            Some((stem, _)) => format!("{stem}.en.md"),
            None => format!("{path}.en.md"),
        };
        let Some(tr) = tr else {
            if has_text
                && !self
                    .known
                    .found_translations
                    .contains(&(kind, doc.id.clone()))
            {
                self.diags.push(Diagnostic {
                    severity: crate::diag::Severity::Warning,
                    ..Diagnostic::said(
                        path,
                        Said::new("no-translation"),
                        Some(Said::new("no-translation-help").arg("path", en_path)),
                    )
                });
            }
            return;
        };
        let as_is = |text: &str| Said::new("as-is").arg("text", text);
        let mut missing = Vec::new();
        if title.is_some_and(|t| t.en.is_none()) && kind != Kind::Ambassador {
            missing.push(as_is("`title`"));
        }
        if summary.is_some_and(|s| s.en.is_none()) {
            missing.push(as_is("`summary`"));
        }
        if !body.th.trim().is_empty() && body.en.is_none() {
            missing.push(Said::new("not-yet-translated-text"));
        }
        // `title`, `summary`, the text: each joined to the rest by a comma.
        let listed = missing.into_iter().rev().reduce(|rest, first| {
            Said::new("list-comma")
                .said("first", first)
                .said("rest", rest)
        });
        if let Some(listed) = listed {
            self.diags.push(Diagnostic::warning(&tr.path, "").words(
                Said::new("not-yet-translated").said("missing", listed),
                Some(Said::new("not-yet-translated-help")),
            ));
        }
    }
}

pub(super) fn texts(list: Option<&Vec<RawText>>) -> Vec<Text> {
    list.map(|l| l.iter().map(|t| t.0.clone()).collect())
        .unwrap_or_default()
}

/// `a`, `b` or `c`: a vocabulary's words, for error messages, the last
/// joined in the language of the message.
pub(super) fn choices_said<V: Vocabulary>() -> Said {
    let words = V::choices();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => Said::new("choices-or")
            .arg("rest", rest.join(", "))
            .arg("last", last.as_str()),
        _ => Said::new("as-is").arg("text", words.concat()),
    }
}

/// What a required field holds, in words, for its error's help.
fn to_write(kind: Kind, field: &str) -> Said {
    match field {
        "title" => match kind {
            Kind::News => Said::new("what-headline"),
            Kind::Page => Said::new("what-page-title"),
            _ => Said::new("what-name").said("kind", kind_said(kind)),
        },
        "name" => Said::new("what-person"),
        "province" => Said::new("what-province"),
        "domains" => Said::new("what-domains").said("choices", choices_said::<Domain>()),
        "status" => Said::new("what-status").said("choices", choices_said::<CityStatus>()),
        "number" => Said::new("what-number"),
        "started" => Said::new("what-started"),
        "date" => Said::new("what-date"),
        "cohort" => Said::new("what-cohort"),
        _ => Said::new("what-value"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn choices_read_as_a_list_in_each_language() {
        assert_eq!(
            choices_said::<CityStatus>().text(Lang::En),
            "`certified` (ได้รับการรับรอง), `promotion-zone` (เขตส่งเสริม), `proposed` (เสนอขอรับรอง) or `revoked` (ถูกเพิกถอน)"
        );
        assert_eq!(
            choices_said::<ReportKind>().text(Lang::En),
            "`outcome` or `target`"
        );
        assert_eq!(
            choices_said::<ReportKind>().text(Lang::Th),
            "`outcome` หรือ `target`"
        );
    }
}
