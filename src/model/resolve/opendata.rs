//! Model: `site.yaml`'s `data:`, the open-data catalog's settings. Each
//! field is optional; what is left out takes its default
//! ([`DataConfig::defaults_for`]), and `check` says which.

use serde_saphyr::Spanned;

use super::resolver::*;
use crate::catalogue::Said;
use crate::load::raw::{RawData, list_items};
use crate::load::yaml::Block;
use crate::model::opendata::*;
use crate::model::site::*;

impl Resolver<'_> {
    pub(super) fn data(
        &mut self,
        b: &Block<'_>,
        raw: Option<&RawData>,
        title: &Text,
    ) -> DataConfig {
        let mut data = DataConfig::defaults_for(title);
        let Some(raw) = raw else {
            return data;
        };
        let mut set = Vec::new();
        if let Some(p) = &raw.publisher {
            data.publisher = p.0.clone();
            set.push("publisher");
        }
        if let Some(c) = &raw.contact {
            data.contact = self.contact(b, c);
            set.push("contact");
        }
        if let Some(v) = &raw.licence {
            data.licence = self.vocab(b, v, "licence").unwrap_or(data.licence);
            set.push("licence");
        }
        if let Some(v) = &raw.update_frequency {
            data.update_frequency = self
                .vocab(b, v, "update_frequency")
                .unwrap_or(data.update_frequency);
            set.push("update_frequency");
        }
        if let Some(v) = &raw.coverage {
            data.coverage = self.vocab(b, v, "coverage").unwrap_or(data.coverage);
            set.push("coverage");
        }
        if let Some(v) = &raw.category {
            match self.vocab::<Category>(b, v, "category") {
                Some(Category::Public) | None => {}
                Some(_) => self.error(b.said_at(
                    v,
                    "category",
                    Said::new("config-data-not-public").arg("value", v.value.trim()),
                    Said::new("config-data-not-public-help"),
                )),
            }
            set.push("category");
        }
        if let Some(list) = &raw.topics {
            let mut topics = Vec::new();
            for item in list_items(list) {
                let word = Spanned {
                    value: item.value.0.clone(),
                    referenced: item.referenced,
                    defined: item.defined,
                };
                if let Some(t) = self.vocab::<Topic>(b, &word, "topics")
                    && !topics.contains(&t)
                {
                    topics.push(t);
                }
            }
            if !topics.is_empty() {
                data.topics = topics;
            }
            set.push("topics");
        }
        if let Some(d) = &raw.created {
            data.created = self.date(b, d, "created");
            set.push("created");
        }
        if let Some(k) = &raw.keywords {
            data.keywords = k.iter().map(|t| t.0.clone()).collect();
            set.push("keywords");
        }
        data.defaults.retain(|f| !set.contains(f));
        data
    }

    /// An e-mail address (written as it is, or with `mailto:`) or a web
    /// address, as the catalog gives it: `mailto:…` or `https://…`.
    fn contact(&mut self, b: &Block<'_>, c: &Spanned<String>) -> Option<String> {
        let v = c.value.trim();
        let mail = v.strip_prefix("mailto:").unwrap_or(v);
        // One `@` between a name and a host with a dot, nothing that
        // cannot stand in an address.
        let is_mail = match mail.split_once('@') {
            Some((user, host)) => {
                !user.is_empty()
                    && host.contains('.')
                    && !host.starts_with('.')
                    && !host.ends_with('.')
                    && !mail
                        .contains(|ch: char| ch.is_whitespace() || "<>\"'\\,;:()[]".contains(ch))
                    && !host.contains('@')
            }
            None => false,
        };
        if is_mail {
            return Some(format!("mailto:{mail}"));
        }
        let web = v.starts_with("https://") || v.starts_with("http://");
        if let (true, Ok(url)) = (web, crate::model::address::source_url(v)) {
            return Some(url);
        }
        self.error(b.said_at(
            c,
            "contact",
            Said::new("config-data-contact").arg("value", crate::diag::clip(v)),
            Said::new("config-data-contact-help"),
        ));
        None
    }
}
