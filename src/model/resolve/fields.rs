//! Model: one field of a record: counts, booleans, dates, vocabularies,
//! provinces and references to other records.

use serde_saphyr::Spanned;

use super::resolver::*;
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
                "the number cannot be negative"
            } else {
                "write a whole number, such as `49` or `๔๙`"
            };
            self.error(
                b.error_at(v, field, format!("`{written}` is not a whole number"))
                    .help(help),
            );
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
                    b.error_at(
                        v,
                        field,
                        format!(
                            "`{}` is written as a block of text (after `|` or `>`), not as `true` or `false`",
                            block.trim()
                        ),
                    )
                    .help(format!(
                        "write `{field}: {}` on one line, in lower case, without quotes",
                        block.trim()
                    )),
                );
                false
            }
            Some(other) => {
                self.error(
                    b.error_at(
                        v,
                        field,
                        format!(
                            "`{}` is not `true` or `false` as YAML writes them",
                            clip(other)
                        ),
                    )
                    .help("write `true` or `false` in lower case, without quotes"),
                );
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
                self.error(
                    b.error_at(v, field, format!("`{}`: {e}", clip(&v.value.0)))
                        .help(e.help()),
                );
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
                Some(near) => format!("did you mean `{near}`? The choices are {}", V::choices()),
                None => format!("write one of {}", V::choices()),
            };
            self.error(
                b.error_at(
                    v,
                    field,
                    format!("`{}` is not a {}", clip(&v.value), V::WHAT),
                )
                .help(help),
            );
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
                b.error_at(
                    list,
                    field,
                    format!(
                        "`{}` is one value with commas in it, not a list",
                        clip(&one.0)
                    ),
                )
                .help(format!(
                    "write the list in brackets: `{field}: [{}]`",
                    clip(&parts.join(", "))
                )),
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
                self.error(
                    b.error_at(v, field, format!("unknown province `{}`", clip(&v.value.0)))
                        .help(e.help()),
                );
                None
            }
        }
    }

    pub(super) fn provinces(&mut self, b: &Block<'_>, list: &List) -> Vec<ProvinceId> {
        let Some(items) = self.items(b, list, "province") else {
            return Vec::new();
        };
        if items.is_empty() {
            self.error(
                b.error_at(list, "province", "no province is given")
                    .help("write the province, such as `province: Rayong`"),
            );
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
            Some(near) => format!("did you mean `{near}`?"),
            None => format!(
                "write the id (file name without `.md`) of a record in `{}/`",
                kind.folder()
            ),
        };
        self.error(
            b.error_at(
                v,
                field,
                format!(
                    "there is no {} with the id `{}`",
                    &kind.a()[kind.a().find(' ').map_or(0, |i| i + 1)..],
                    crate::diag::clip(id)
                ),
            )
            .help(help),
        );
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
            Some(near) => format!("did you mean `{near}`?"),
            None => {
                "add the source to `sources.yaml` with its publisher, title and date".to_string()
            }
        };
        self.error(
            b.error_at(
                v,
                field,
                format!("there is no source with the id `{}`", crate::diag::clip(id)),
            )
            .help(help),
        );
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
