//! Model: `site.yaml` and `sources.yaml`.

use super::resolver::*;
use crate::catalogue::Said;
use crate::load::raw::list_items;
use crate::load::{RawDoc, RawSite};
use crate::model::site::*;

impl Resolver<'_> {
    pub(super) fn config(
        &mut self,
        doc: &RawDoc<crate::load::raw::RawConfig>,
    ) -> Option<SiteConfig> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let base_url = match &f.base_url {
            None => "/".to_string(),
            Some(url) => {
                use crate::model::address::{Wrong, base_path, base_url, base_url_example};
                let v = url.value.trim();
                let checked = if v.starts_with('/') {
                    base_path(v)
                } else {
                    base_url(v)
                };
                checked.unwrap_or_else(|wrong| {
                    let message = match wrong {
                        Wrong::NotAnAddress => Said::new("config-base-url-not-address"),
                        _ => wrong.said(Said::new("address-field-base-url")),
                    };
                    let help = wrong.said_help(base_url_example());
                    self.error(b.said_at(url, "base_url", message, help));
                    String::new()
                })
            }
        };
        let mut languages = Vec::new();
        if let Some(list) = &f.languages {
            for item in list_items(list) {
                match Lang::from_code(item.value.0.trim()) {
                    Some(lang) if !languages.contains(&lang) => languages.push(lang),
                    Some(_) => {}
                    None => self.error(b.said_at(
                        &item,
                        "languages",
                        Said::new("config-language-unknown").arg("value", item.value.0.as_str()),
                        Said::new("config-language-unknown-help"),
                    )),
                }
            }
        } else {
            languages = vec![Lang::Th, Lang::En];
        }
        if !languages.contains(&Lang::Th) && f.languages.is_some() {
            self.error(b.said_at(
                f.languages.as_ref()?,
                "languages",
                Said::new("config-languages-without-thai"),
                Said::new("config-languages-without-thai-help"),
            ));
        }
        if let Some(lang) = &f.default_language
            && lang.value.trim() != "th"
        {
            self.error(b.said_at(
                lang,
                "default_language",
                Said::new("config-default-language"),
                Said::new("config-default-language-help"),
            ));
        }
        let theme = match &f.theme {
            None => "default".to_string(),
            Some(theme) => {
                let v = theme.value.trim();
                if !v.is_empty()
                    && v.bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
                {
                    v.to_string()
                } else {
                    self.error(b.said_at(
                        theme,
                        "theme",
                        Said::new("config-theme-name").arg("value", v),
                        Said::new("config-theme-name-help"),
                    ));
                    String::new()
                }
            }
        };
        let data = self.data(&b, f.data.as_ref(), &f.title.0);
        let allow_hard_links = self.boolean(&b, f.allow_hard_links.as_ref(), "allow_hard_links");
        let history = self.history(&b, f.history.as_ref());
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::Site, r);
        }
        (self.diags.error_count() == before).then(|| SiteConfig {
            title: f.title.0.clone(),
            description: f.description.as_ref().map(|t| t.0.clone()),
            base_url,
            default_language: Lang::Th,
            languages,
            theme,
            licence: f.licence.as_ref().map(|t| t.0.clone()),
            data,
            allow_hard_links,
            history,
        })
    }

    /// `history:`: a date and a tag pattern, each checked.
    fn history(
        &mut self,
        b: &crate::load::yaml::Block<'_>,
        raw: Option<&crate::load::raw::RawHistory>,
    ) -> HistoryConfig {
        let Some(raw) = raw else {
            return HistoryConfig::default();
        };
        let since = raw
            .since
            .as_ref()
            .and_then(|s| self.date(b, s, "history.since"));
        let tags = raw.tags.as_ref().and_then(|t| {
            let v = t.value.trim();
            match globset::Glob::new(v) {
                Ok(_) if !v.is_empty() => Some(v.to_string()),
                _ => {
                    self.error(b.said_at(
                        t,
                        "history.tags",
                        Said::new("config-history-tags").arg("value", v),
                        Said::new("config-history-tags-help"),
                    ));
                    None
                }
            }
        });
        HistoryConfig { since, tags }
    }

    pub(super) fn sources(&mut self, raw: &RawSite) -> Vec<Source> {
        let Some(doc) = &raw.sources else {
            return Vec::new();
        };
        let b = doc.block();
        let mut out = Vec::new();
        for (key, s) in &doc.fields.0 {
            let id = key.value.as_str();
            let valid = !id.is_empty()
                && id.split('-').all(|p| {
                    !p.is_empty()
                        && p.bytes()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                });
            if !valid {
                self.error(b.said_at(
                    key,
                    "sources",
                    Said::new("config-source-id").arg("id", id),
                    Said::new("config-source-id-help"),
                ));
            }
            let date = self.date(&b, &s.date, "date");
            let url = s.url.as_ref().and_then(|u| {
                use crate::model::address::{source_url, source_url_example};
                source_url(&u.value)
                    .map_err(|wrong| {
                        self.error(b.said_at(
                            u,
                            "url",
                            wrong.said(Said::new("address-field-source-url")),
                            wrong.said_help(source_url_example()),
                        ));
                    })
                    .ok()
            });
            if let Some(date) = date {
                out.push(Source {
                    id: Id(id.to_string()),
                    publisher: s.publisher.0.clone(),
                    title: s.title.0.clone(),
                    date,
                    url,
                });
            }
        }
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }
}
