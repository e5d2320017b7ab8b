//! Model: one field of a record: counts, booleans, dates, vocabularies,
//! provinces and references to other records.

use serde_saphyr::Spanned;

use super::known::kind_said;
use super::resolver::*;
use crate::catalogue::Said;
use crate::diag::{clip, closest};
use crate::load::Kind;
use crate::load::raw::{List, OneOrMany, Scalar, list_items};
use crate::load::yaml::Block;
use crate::model::date::parse_date;
use crate::model::province::registry;
use crate::model::site::*;
use crate::model::vocab::Vocabulary;
use crate::text::parse_count;

impl Resolver<'_> {
    pub(super) fn count(&mut self, b: &Block<'_>, v: &Spanned<Scalar>, field: &str) -> Option<u64> {
        let parsed = parse_count(&v.value.0);
        if parsed.is_none() {
            let written = clip(&v.value.0);
            let help = if written.starts_with('-') {
                "count-negative-help"
            } else {
                "count-how"
            };
            self.error(b.said_at(
                v,
                field,
                Said::new("not-a-count").arg("value", written),
                Said::new(help),
            ));
        }
        parsed
    }

    /// A `true` or `false` field, `false` where it is left out. YAML's
    /// reader also takes `"true"`, `'true'`, `True` and `TRUE` as true
    /// (`yes` it refuses before this), so the value is read again as the
    /// file writes it, from its place in the block (for an alias, `*name`,
    /// the value it names): only plain lower-case `true` and `false` are
    /// booleans, anything else is an error at the value and `false`. (The
    /// reader places every value read from text; a value without a place
    /// keeps what the reader made of it.)
    pub(super) fn boolean(
        &mut self,
        b: &Block<'_>,
        v: Option<&Spanned<bool>>,
        field: &str,
    ) -> bool {
        let Some(v) = v else {
            return false;
        };
        let span = v.defined.span();
        let written = span
            .byte_offset()
            .zip(span.byte_len())
            .and_then(|(at, len)| b.text().get(at as usize..(at + len) as usize));
        match written {
            None | Some("true" | "false") => v.value,
            // Only a block (`|` or `>`) places the word among spaces.
            Some(block) if matches!(block.trim(), "true" | "false") => {
                self.error(
                    b.said_at(
                        v,
                        field,
                        Said::new("bool-block").arg("value", block.trim()),
                        Said::new("bool-block-help")
                            .arg("field", field)
                            .arg("value", block.trim()),
                    ),
                );
                false
            }
            Some(other) => {
                self.error(b.said_at(
                    v,
                    field,
                    Said::new("not-a-bool").arg("value", clip(other)),
                    Said::new("bool-how"),
                ));
                false
            }
        }
    }

    pub(super) fn date(
        &mut self,
        b: &Block<'_>,
        v: &Spanned<Scalar>,
        field: &str,
    ) -> Option<PartialDate> {
        match parse_date(&v.value.0) {
            Ok(d) => Some(d),
            Err(e) => {
                let (message, help) = e.said();
                let message = Said::new("value-then")
                    .arg("value", clip(&v.value.0))
                    .said("message", message);
                self.error(b.said_at(v, field, message, help));
                None
            }
        }
    }

    pub(super) fn vocab<V: Vocabulary>(
        &mut self,
        b: &Block<'_>,
        v: &Spanned<String>,
        field: &str,
    ) -> Option<V> {
        let found = V::from_key(&v.value);
        if found.is_none() {
            let keys = V::ALL.iter().map(|x| x.key());
            let help = match closest(v.value.trim(), keys) {
                Some(near) => Said::new("vocab-near")
                    .arg("near", near)
                    .said("choices", choices_said::<V>()),
                None => Said::new("vocab-how").said("choices", choices_said::<V>()),
            };
            let what = match V::WHAT {
                "domain" => "vocab-domain",
                "city status" => "vocab-city-status",
                "project status" => "vocab-project-status",
                "metric" => "vocab-metric",
                "licence" => "vocab-licence",
                "update frequency" => "vocab-update-frequency",
                "geographic coverage" => "vocab-coverage",
                "data category" => "vocab-data-category",
                "topic" => "vocab-topic",
                _ => "vocab-report-kind",
            };
            let message = Said::new("not-a-vocab")
                .arg("value", clip(&v.value))
                .said("what", Said::new(what));
            self.error(b.said_at(v, field, message, help));
        }
        found
    }

    /// The items of a list field. One value with commas in it (`a, b`,
    /// as a list is written in a letter) is an error that shows the list
    /// as YAML writes it: `None`.
    pub(super) fn items(
        &mut self,
        b: &Block<'_>,
        list: &List,
        field: &str,
    ) -> Option<Vec<Spanned<Scalar>>> {
        if let OneOrMany::One(one) = &list.value
            && one.0.contains(',')
        {
            let parts: Vec<&str> = one
                .0
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            self.error(
                b.said_at(
                    list,
                    field,
                    Said::new("commas-not-a-list").arg("value", clip(&one.0)),
                    Said::new("commas-not-a-list-help")
                        .arg("fixed", format!("{field}: [{}]", clip(&parts.join(", ")))),
                ),
            );
            return None;
        }
        Some(list_items(list))
    }

    pub(super) fn domains(&mut self, b: &Block<'_>, list: Option<&List>) -> Vec<Domain> {
        let mut out = Vec::new();
        let items = list.and_then(|l| self.items(b, l, "domains"));
        for item in items.unwrap_or_default() {
            let as_string = Spanned {
                value: item.value.0.clone(),
                referenced: item.referenced,
                defined: item.defined,
            };
            if let Some(d) = self.vocab::<Domain>(b, &as_string, "domains")
                && !out.contains(&d)
            {
                out.push(d);
            }
        }
        out
    }

    pub(super) fn province(
        &mut self,
        b: &Block<'_>,
        v: &Spanned<Scalar>,
        field: &str,
    ) -> Option<ProvinceId> {
        match registry().resolve(&v.value.0) {
            Ok(id) => Some(id),
            Err(e) => {
                self.error(b.said_at(
                    v,
                    field,
                    Said::new("unknown-province").arg("value", clip(&v.value.0)),
                    e.said(),
                ));
                None
            }
        }
    }

    pub(super) fn provinces(&mut self, b: &Block<'_>, list: &List) -> Vec<ProvinceId> {
        let Some(items) = self.items(b, list, "province") else {
            return Vec::new();
        };
        if items.is_empty() {
            self.error(b.said_at(
                list,
                "province",
                Said::new("no-province"),
                Said::new("no-province-help"),
            ));
        }
        let mut out = Vec::new();
        for item in items {
            if let Some(p) = self.province(b, &item, "province")
                && !out.contains(&p)
            {
                out.push(p);
            }
        }
        out
    }

    pub(super) fn reference(
        &mut self,
        b: &Block<'_>,
        v: &Spanned<String>,
        kind: Kind,
        field: &str,
    ) -> Option<Id> {
        let id = v.value.trim();
        if self.known.has(kind, id) {
            return Some(Id(id.to_string()));
        }
        if self.diags.full(&b.file.path) {
            self.diags.skipped(&b.file.path);
            return None;
        }
        let help = match closest(id, self.known.ids(kind)) {
            Some(near) => Said::new("did-you-mean").arg("near", near),
            None => Said::new("no-record-how").arg("folder", kind.folder()),
        };
        let message = Said::new("no-record")
            .said("kind", kind_said(kind))
            .arg("id", clip(id));
        self.error(b.said_at(v, field, message, help));
        None
    }

    pub(super) fn source_ref(
        &mut self,
        b: &Block<'_>,
        v: &Spanned<String>,
        field: &str,
    ) -> Option<Id> {
        let id = v.value.trim();
        if self.known.sources.contains(id) {
            return Some(Id(id.to_string()));
        }
        if self.diags.full(&b.file.path) {
            self.diags.skipped(&b.file.path);
            return None;
        }
        let help = match closest(id, self.known.sources.iter().map(String::as_str)) {
            Some(near) => Said::new("did-you-mean").arg("near", near),
            None => Said::new("no-source-how"),
        };
        let message = Said::new("no-source").arg("id", clip(id));
        self.error(b.said_at(v, field, message, help));
        None
    }

    /// A list of ids: sources where `kind` is `None`, else records of `kind`.
    pub(super) fn refs(
        &mut self,
        b: &Block<'_>,
        list: Option<&List>,
        field: &str,
        kind: Option<Kind>,
    ) -> Vec<Id> {
        let mut out = Vec::new();
        let items = list.and_then(|l| self.items(b, l, field));
        for item in items.unwrap_or_default() {
            let as_string = Spanned {
                value: item.value.0.clone(),
                referenced: item.referenced,
                defined: item.defined,
            };
            let found = match kind {
                None => self.source_ref(b, &as_string, field),
                Some(kind) => self.reference(b, &as_string, kind, field),
            };
            if let Some(id) = found
                && !out.contains(&id)
            {
                out.push(id);
            }
        }
        out
    }
}
