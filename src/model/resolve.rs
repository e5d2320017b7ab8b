//! Model: raw records into the typed [`Site`], checking every value and
//! every reference, and collecting every problem rather than the first.

use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

use serde_saphyr::Spanned;

use crate::diag::{Diagnostic, Diagnostics, clip, closest};
use crate::load::raw::{List, RawReported, RawText, RawTranslation, Scalar, list_items};
use crate::load::yaml::Block;
use crate::load::{Kind, RawDoc, RawSite};
use crate::model::bounds::{self, BuildDate};
use crate::model::date::parse_date;
use crate::model::money::parse_baht;
use crate::model::province::registry;
use crate::model::site::*;
use crate::model::vocab::Vocabulary;
use crate::text::parse_count;

/// Checks and converts everything `load` read. Returns the site only where
/// there is no error; warnings (missing translations) go into `diags`
/// either way. `epoch` is `SOURCE_DATE_EPOCH`, where it is set and valid:
/// no figure may be reported as of a later day ([`BuildDate`]).
pub fn resolve(raw: &RawSite, epoch: Option<u64>, diags: &mut Diagnostics) -> Option<Site> {
    let known = Known::collect(raw, diags);
    let translations = translations(raw, &known, diags);
    let build_date = BuildDate::new(epoch, raw);
    let mut r = Resolver {
        known: &known,
        translations: &translations,
        build_date: build_date.as_ref(),
        diags,
        reported: Vec::new(),
    };
    let config = raw.config.as_ref().and_then(|doc| r.config(doc));
    let sources = r.sources(raw);
    let mut cohorts: Vec<Cohort> = raw.cohorts.iter().filter_map(|d| r.cohort(d)).collect();
    let mut cities: Vec<City> = raw.cities.iter().filter_map(|d| r.city(d)).collect();
    // Projects are most of a big site and each stands alone: they are
    // resolved on every core, each with its own diagnostics and reported
    // figures, which are then taken in file order.
    let done: Vec<(Option<Project>, Diagnostics, Vec<Reported>)> = raw
        .projects
        .par_iter()
        .map(|d| {
            let mut local = Diagnostics::default();
            let mut one = Resolver {
                known: &known,
                translations: &translations,
                build_date: build_date.as_ref(),
                diags: &mut local,
                reported: Vec::new(),
            };
            let project = one.project(d);
            let reported = std::mem::take(&mut one.reported);
            (project, local, reported)
        })
        .collect();
    let mut projects: Vec<Project> = Vec::with_capacity(done.len());
    for (project, local, reported) in done {
        r.diags.extend(local);
        r.reported.extend(reported);
        projects.extend(project);
    }
    if let Some(d) = bounds::total_value(raw) {
        r.error(d);
    }
    let mut ambassadors: Vec<Ambassador> = raw
        .ambassadors
        .iter()
        .filter_map(|d| r.ambassador(d))
        .collect();
    let mut news: Vec<News> = raw.news.iter().filter_map(|d| r.news(d)).collect();
    let mut pages: Vec<Page> = raw.pages.iter().filter_map(|d| r.page(d)).collect();
    r.unique_cohort_numbers(&cohorts);
    let reported = std::mem::take(&mut r.reported);

    if diags.has_errors() {
        return None;
    }
    cohorts.sort_by(|a, b| (a.number, &a.meta.id).cmp(&(b.number, &b.meta.id)));
    cities.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    projects.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    ambassadors.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    news.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.meta.id.cmp(&b.meta.id)));
    pages.sort_by(|a, b| (a.order, &a.meta.id).cmp(&(b.order, &b.meta.id)));
    Some(Site {
        config: config?,
        sources,
        cohorts,
        cities,
        projects,
        ambassadors,
        news,
        pages,
        reported,
    })
}

/// The ids of every record, by kind, known before any reference is checked.
struct Known {
    sources: BTreeSet<String>,
    /// Translation files found, including those that could not be read.
    found_translations: BTreeSet<(Kind, String)>,
    by_kind: BTreeMap<Kind, BTreeSet<String>>,
}

impl Known {
    fn collect(raw: &RawSite, diags: &mut Diagnostics) -> Known {
        let mut by_kind: BTreeMap<Kind, BTreeMap<String, String>> = BTreeMap::new();
        let mut add = |kind: Kind, id: &str, path: &str, diags: &mut Diagnostics| {
            let seen = by_kind.entry(kind).or_default();
            match seen.get(id) {
                Some(first) => diags.push(
                    Diagnostic::error(
                        path,
                        format!("{} with the id `{id}` already exists: `{first}`", kind.a()),
                    )
                    .help("ids must be unique within a kind: rename one of the files"),
                ),
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

    fn ids(&self, kind: Kind) -> impl Iterator<Item = &str> {
        self.by_kind
            .get(&kind)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    fn has(&self, kind: Kind, id: &str) -> bool {
        self.by_kind.get(&kind).is_some_and(|ids| ids.contains(id))
    }
}

/// The English text of a record, from its `ID.en.md`.
struct Translation {
    title: Option<String>,
    summary: Option<String>,
    body: String,
    body_line: usize,
    path: String,
}

fn translations(
    raw: &RawSite,
    known: &Known,
    diags: &mut Diagnostics,
) -> BTreeMap<(Kind, String), Translation> {
    let mut out: BTreeMap<(Kind, String), Translation> = BTreeMap::new();
    for (kind, doc) in &raw.translations {
        let RawTranslation { title, summary } = &doc.fields;
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

struct Resolver<'a> {
    known: &'a Known,
    translations: &'a BTreeMap<(Kind, String), Translation>,
    build_date: Option<&'a BuildDate>,
    diags: &'a mut Diagnostics,
    reported: Vec<Reported>,
}

impl Resolver<'_> {
    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn config(&mut self, doc: &RawDoc<crate::load::raw::RawConfig>) -> Option<SiteConfig> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let base_url = match &f.base_url {
            None => "/".to_string(),
            Some(url) => {
                use super::address::{BASE_URL_EXAMPLE, Wrong, base_path, base_url};
                let v = url.value.trim();
                let checked = if v.starts_with('/') {
                    base_path(v)
                } else {
                    base_url(v)
                };
                checked.unwrap_or_else(|wrong| {
                    let message = match wrong {
                        Wrong::NotAnAddress => "`base_url` must be a web address".to_string(),
                        _ => wrong.message("`base_url`"),
                    };
                    self.error(
                        b.error_at(url, "base_url", message)
                            .help(wrong.help(BASE_URL_EXAMPLE)),
                    );
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
                    None => self.error(
                        b.error_at(&item, "languages", format!("`{}` is not a language mueang builds", item.value.0))
                            .help("mueang builds Thai (`th`) and English (`en`) sites: write `languages: [th, en]`"),
                    ),
                }
            }
        } else {
            languages = vec![Lang::Th, Lang::En];
        }
        if !languages.contains(&Lang::Th) && f.languages.is_some() {
            self.error(
                b.error_at(
                    f.languages.as_ref()?,
                    "languages",
                    "the languages must include Thai",
                )
                .help("write `languages: [th, en]`"),
            );
        }
        if let Some(lang) = &f.default_language
            && lang.value.trim() != "th"
        {
            self.error(
                b.error_at(lang, "default_language", "the default language must be Thai")
                    .help("records are written in Thai first, with English translations: write `default_language: th`"),
            );
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
                    self.error(
                        b.error_at(theme, "theme", format!("`{v}` is not a theme name"))
                            .help("a theme is a folder name under `themes/`, such as `default`"),
                    );
                    String::new()
                }
            }
        };
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
            allow_hard_links: f.allow_hard_links.as_ref().is_some_and(|a| a.value),
        })
    }

    fn sources(&mut self, raw: &RawSite) -> Vec<Source> {
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
                self.error(
                    b.error_at(key, "sources", format!("`{id}` is not a valid source id"))
                        .help("an id uses only a-z, 0-9 and `-`, such as `depa-2022-08-24`"),
                );
            }
            let date = self.date(&b, &s.date, "date");
            let url = s.url.as_ref().and_then(|u| {
                use super::address::{SOURCE_URL_EXAMPLE, source_url};
                source_url(&u.value)
                    .map_err(|wrong| {
                        self.error(
                            b.error_at(u, "url", wrong.message("a source's `url`"))
                                .help(wrong.help(SOURCE_URL_EXAMPLE)),
                        );
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

    /// The parts every record has. `None` where one of them is wrong (the
    /// error is already recorded).
    fn meta<T>(
        &mut self,
        kind: Kind,
        doc: &RawDoc<T>,
        title: Option<&Spanned<String>>,
        summary: Option<&Spanned<String>>,
        sources: Option<&List>,
    ) -> Option<(Meta, Option<Text>)> {
        let b = doc.block();
        let before = self.diags.error_count();
        let tr = self.translations.get(&(kind, doc.id.clone()));
        let title = title.and_then(|t| {
            let th = t.value.trim();
            if th.is_empty() {
                self.error(
                    b.error_at(t, "title", "the title is empty")
                        .help("write the record's title after `title:`"),
                );
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
        self.translation_warnings(kind, doc, tr, title.as_ref(), summary.as_ref(), &body);
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

    fn translation_warnings<T>(
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
                self.diags.push(
                    Diagnostic::warning(
                        path,
                        "no English translation: the English page will show the Thai text",
                    )
                    .help(format!(
                        "create `{en_path}` with the English `title`, `summary` and text"
                    )),
                );
            }
            return;
        };
        let mut missing = Vec::new();
        if title.is_some_and(|t| t.en.is_none()) && kind != Kind::Ambassador {
            missing.push("`title`");
        }
        if summary.is_some_and(|s| s.en.is_none()) {
            missing.push("`summary`");
        }
        if !body.th.trim().is_empty() && body.en.is_none() {
            missing.push("the text");
        }
        if !missing.is_empty() {
            self.diags.push(
                Diagnostic::warning(
                    &tr.path,
                    format!("not yet translated: {}", missing.join(", ")),
                )
                .help("the English page shows the Thai text for these"),
            );
        }
    }

    fn cohort(&mut self, doc: &RawDoc<crate::load::raw::RawCohort>) -> Option<Cohort> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let meta = self.meta(
            Kind::Cohort,
            doc,
            Some(&f.title),
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let number = self.count(&b, &f.number, "number");
        let started = self.date(&b, &f.started, "started");
        let ended = f.ended.as_ref().and_then(|d| self.date(&b, d, "ended"));
        // Periods, not points: a cohort started 2022-08-24 may end "2022".
        if let (Some(s), Some(e), Some(written)) = (started, ended, f.ended.as_ref())
            && e.span().1 < s.span().0
        {
            self.error(
                b.error_at(written, "ended", "the cohort ends before it starts")
                    .help(format!("`started` is {}: check both dates", s.iso())),
            );
        }
        let planned = f
            .planned_ambassadors
            .as_ref()
            .and_then(|n| self.count(&b, n, "planned_ambassadors"));
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::Cohort(Id(doc.id.clone())), r);
        }
        let (meta, title) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(Cohort {
            meta,
            title: title?,
            number: number?,
            started: started?,
            ended,
            planned_ambassadors: planned,
            partners: texts(f.partners.as_ref()),
        })
    }

    fn city(&mut self, doc: &RawDoc<crate::load::raw::RawCity>) -> Option<City> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let meta = self.meta(
            Kind::City,
            doc,
            Some(&f.title),
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let provinces = self.provinces(&b, &f.province);
        let status = self.vocab::<CityStatus>(&b, &f.status, "status");
        let certified_on = f
            .certified_on
            .as_ref()
            .and_then(|d| self.date(&b, d, "certified_on"));
        let domains = self.domains(&b, f.domains.as_ref());
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::City(Id(doc.id.clone())), r);
        }
        let (meta, title) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(City {
            meta,
            title: title?,
            provinces,
            status: status?,
            pilot: f.pilot.as_ref().is_some_and(|p| p.value),
            certified_on,
            domains,
        })
    }

    fn project(&mut self, doc: &RawDoc<crate::load::raw::RawProject>) -> Option<Project> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let meta = self.meta(
            Kind::Project,
            doc,
            Some(&f.title),
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let provinces = self.provinces(&b, &f.province);
        let domains = self.domains(&b, Some(&f.domains));
        if list_items(&f.domains).is_empty() {
            self.error(
                b.error_at(&f.domains, "domains", "a project needs at least one domain")
                    .help(format!("write one or more of {}", Domain::choices())),
            );
        }
        let value_thb = f
            .value_thb
            .as_ref()
            .and_then(|v| match parse_baht(&v.value.0) {
                Ok(baht) => Some(baht),
                Err(e) => {
                    self.error(
                        b.error_at(v, "value_thb", format!("`{}`: {e}", clip(&v.value.0)))
                            .help(e.help()),
                    );
                    None
                }
            });
        let status = f
            .status
            .as_ref()
            .and_then(|s| self.vocab::<ProjectStatus>(&b, s, "status"));
        let started = f.started.as_ref().and_then(|d| self.date(&b, d, "started"));
        let cohort = f
            .cohort
            .as_ref()
            .and_then(|c| self.reference(&b, c, Kind::Cohort, "cohort"));
        let city = f
            .city
            .as_ref()
            .and_then(|c| self.reference(&b, c, Kind::City, "city"));
        let ambassadors = self.refs(
            &b,
            f.ambassadors.as_ref(),
            "ambassadors",
            Some(Kind::Ambassador),
        );
        for r in f.reported.iter().flatten() {
            self.reported(&b, Scope::Project(Id(doc.id.clone())), r);
        }
        let (meta, title) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(Project {
            meta,
            title: title?,
            provinces,
            domains,
            value_thb,
            status,
            started,
            cohort,
            city,
            ambassadors,
            partners: texts(f.partners.as_ref()),
        })
    }

    fn ambassador(&mut self, doc: &RawDoc<crate::load::raw::RawAmbassador>) -> Option<Ambassador> {
        let f = &doc.fields;
        let b = doc.block();
        let before = self.diags.error_count();
        let meta = self.meta(
            Kind::Ambassador,
            doc,
            None,
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let name = &f.name.value.0;
        let name = Text {
            th: name.th.trim().to_string(),
            en: name.en.as_deref().map(str::trim).map(str::to_string),
        };
        if name.th.is_empty() || name.en.as_deref() == Some("") {
            self.error(
                b.error_at(&f.name, "name", "the name is empty")
                    .help("write the person's name after `name:`"),
            );
        }
        let province = self.province(&b, &f.province, "province");
        let cohort = self.reference(&b, &f.cohort, Kind::Cohort, "cohort");
        let (meta, _) = meta?;
        if self.diags.error_count() != before {
            return None;
        }
        Some(Ambassador {
            meta,
            name,
            cohort: cohort?,
            province: province?,
            public: f.public.as_ref().is_some_and(|p| p.value),
        })
    }

    fn news(&mut self, doc: &RawDoc<crate::load::raw::RawNews>) -> Option<News> {
        let f = &doc.fields;
        let b = doc.block();
        let meta = self.meta(
            Kind::News,
            doc,
            Some(&f.title),
            f.summary.as_ref(),
            f.sources.as_ref(),
        );
        let date = self.date(&b, &f.date, "date");
        let (meta, title) = meta?;
        Some(News {
            meta,
            title: title?,
            date: date?,
        })
    }

    fn page(&mut self, doc: &RawDoc<crate::load::raw::RawPage>) -> Option<Page> {
        let f = &doc.fields;
        let b = doc.block();
        let meta = self.meta(Kind::Page, doc, Some(&f.title), f.summary.as_ref(), None);
        let order = match &f.order {
            Some(o) => self.count(&b, o, "order")?,
            None => 0,
        };
        let (meta, title) = meta?;
        Some(Page {
            meta,
            title: title?,
            order,
        })
    }

    fn unique_cohort_numbers(&mut self, cohorts: &[Cohort]) {
        let mut seen: BTreeMap<u64, &str> = BTreeMap::new();
        for c in cohorts {
            if let Some(first) = seen.insert(c.number, &c.meta.path) {
                self.error(
                    Diagnostic::error(
                        &c.meta.path,
                        format!("cohort number {} is also used by `{first}`", c.number),
                    )
                    .field("number")
                    .help("each cohort has its own number"),
                );
            }
        }
    }

    fn reported(&mut self, b: &Block<'_>, scope: Scope, r: &RawReported) {
        // Every part is checked, so that one entry's mistakes show together.
        let metric = self.vocab::<Metric>(b, &r.metric, "metric");
        let value = match metric {
            Some(Metric::ValueThb) => match parse_baht(&r.value.value.0) {
                Ok(baht) => Some(baht.0),
                Err(e) => {
                    self.error(
                        b.error_at(
                            &r.value,
                            "value",
                            format!("`{}`: {e}", clip(&r.value.value.0)),
                        )
                        .help(e.help()),
                    );
                    None
                }
            },
            Some(_) => self.count(b, &r.value, "value"),
            // Unknown metric: whether the value is money or a count is unknown.
            None => None,
        };
        if let (Some(metric), Some(value)) = (metric, value)
            && let Some(d) = bounds::provinces(b, metric, value, &r.value)
        {
            self.error(d);
        }
        let as_of = match &r.as_of {
            Some(d) => self.date(b, d, "as_of").map(Some),
            None => Some(None),
        };
        if let (Some(Some(date)), Some(written), Some(build)) = (as_of, &r.as_of, self.build_date)
            && let Some(d) = bounds::as_of(b, build, &date, written, &r.source)
        {
            self.error(d);
        }
        let source = self.source_ref(b, &r.source, "source");
        let kind = match &r.kind {
            Some(k) => self.vocab::<ReportKind>(b, k, "kind"),
            None => Some(ReportKind::Outcome),
        };
        let spot = b.spot_of(&r.metric);
        if let (Some(metric), Some(value), Some(as_of), Some(source), Some(kind)) =
            (metric, value, as_of, source, kind)
        {
            self.reported.push(Reported {
                scope,
                metric,
                value,
                as_of,
                source,
                kind,
                note: r.note.as_ref().map(|n: &RawText| n.0.clone()),
                at: At {
                    path: b.file.path.clone(),
                    spot,
                },
            });
        }
    }

    fn count(&mut self, b: &Block<'_>, v: &Spanned<Scalar>, field: &str) -> Option<u64> {
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

    fn date(&mut self, b: &Block<'_>, v: &Spanned<Scalar>, field: &str) -> Option<PartialDate> {
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

    fn vocab<V: Vocabulary>(
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

    fn domains(&mut self, b: &Block<'_>, list: Option<&List>) -> Vec<Domain> {
        let mut out = Vec::new();
        for item in list.map(list_items).unwrap_or_default() {
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

    fn province(&mut self, b: &Block<'_>, v: &Spanned<Scalar>, field: &str) -> Option<ProvinceId> {
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

    fn provinces(&mut self, b: &Block<'_>, list: &List) -> Vec<ProvinceId> {
        let items = list_items(list);
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

    fn reference(
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

    fn source_ref(&mut self, b: &Block<'_>, v: &Spanned<String>, field: &str) -> Option<Id> {
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
    fn refs(
        &mut self,
        b: &Block<'_>,
        list: Option<&List>,
        field: &str,
        kind: Option<Kind>,
    ) -> Vec<Id> {
        let mut out = Vec::new();
        for item in list.map(list_items).unwrap_or_default() {
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

fn texts(list: Option<&Vec<RawText>>) -> Vec<Text> {
    list.map(|l| l.iter().map(|t| t.0.clone()).collect())
        .unwrap_or_default()
}
