//! Model: the checked site's types. Every later stage reads only these.

use serde::Serialize;

pub use super::date::PartialDate;
pub use super::money::Baht;
pub use super::province::ProvinceId;
pub use super::vocab::{CityStatus, Domain, Metric, ProjectStatus, ReportKind};
pub use crate::lang::{Lang, Text};

/// A record's id: its file stem, a slug (`rayong-green-belt`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What every record has: its id, its file, its summary and body in each
/// language, and the sources it cites.
#[derive(Debug, Clone)]
pub struct Meta {
    pub id: Id,
    /// The Thai file, as shown in messages: `content/cities/rayong-city.md`.
    pub path: String,
    pub summary: Option<Text>,
    /// The Markdown body; `en` is `None` where there is no translation.
    pub body: Text,
    /// The file line the Thai body starts on.
    pub body_line: usize,
    /// The English translation's file, where there is one, and the line
    /// its body starts on.
    pub en_path: Option<String>,
    pub en_body_line: usize,
    pub sources: Vec<Id>,
}

#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: Text,
    pub description: Option<Text>,
    /// Always ends in `/`.
    pub base_url: String,
    pub default_language: Lang,
    pub languages: Vec<Lang>,
    pub theme: String,
    pub licence: Option<Text>,
    /// The open-data catalog's settings (`data:`), defaults filled in.
    pub data: crate::model::opendata::DataConfig,
    /// Files with more than one name (hard links) may be read.
    pub allow_hard_links: bool,
    /// Which commits the figures' history is read at (`history:`).
    pub history: HistoryConfig,
}

/// `history:` in `site.yaml`. By default, every commit that changed the
/// content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryConfig {
    /// Only commits of this date or later.
    pub since: Option<PartialDate>,
    /// Only commits a tag matching this pattern names (`v*`).
    pub tags: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: Id,
    pub publisher: Text,
    pub title: Text,
    pub date: PartialDate,
    pub url: Option<String>,
}

/// The records a reported figure speaks of.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// The whole programme (`site.yaml`).
    Site,
    Cohort(Id),
    City(Id),
    Project(Id),
}

impl Scope {
    /// `site`, `cohort:sca-1`.
    pub fn key(&self) -> String {
        match self {
            Scope::Site => "site".into(),
            Scope::Cohort(id) => format!("cohort:{id}"),
            Scope::City(id) => format!("city:{id}"),
            Scope::Project(id) => format!("project:{id}"),
        }
    }
}

impl Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

/// A figure a press release or report stated, with where it was stated.
#[derive(Debug, Clone)]
pub struct Reported {
    pub scope: Scope,
    pub metric: Metric,
    pub value: u64,
    pub as_of: Option<PartialDate>,
    pub source: Id,
    pub kind: ReportKind,
    pub note: Option<Text>,
    /// Where it is written, for warnings.
    pub at: At,
}

/// A place in a content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At {
    pub path: String,
    pub spot: crate::diag::Spot,
}

#[derive(Debug, Clone)]
pub struct Cohort {
    pub meta: Meta,
    pub title: Text,
    pub number: u64,
    pub started: PartialDate,
    pub ended: Option<PartialDate>,
    pub planned_ambassadors: Option<u64>,
    pub partners: Vec<Text>,
}

#[derive(Debug, Clone)]
pub struct City {
    pub meta: Meta,
    pub title: Text,
    pub provinces: Vec<ProvinceId>,
    pub status: CityStatus,
    pub pilot: bool,
    pub certified_on: Option<PartialDate>,
    pub domains: Vec<Domain>,
}

#[derive(Debug, Clone)]
pub struct Project {
    pub meta: Meta,
    pub title: Text,
    pub provinces: Vec<ProvinceId>,
    pub domains: Vec<Domain>,
    pub value_thb: Option<Baht>,
    pub status: Option<ProjectStatus>,
    pub started: Option<PartialDate>,
    pub cohort: Option<Id>,
    pub city: Option<Id>,
    pub ambassadors: Vec<Id>,
    pub partners: Vec<Text>,
}

/// A person. Only where `public` is true may anything that identifies them
/// (name, body, id) leave the model; they count in every figure regardless.
#[derive(Debug, Clone)]
pub struct Ambassador {
    pub meta: Meta,
    /// As the record gives it: one form, or Thai and English.
    pub name: Text,
    pub cohort: Id,
    pub province: ProvinceId,
    pub public: bool,
}

#[derive(Debug, Clone)]
pub struct News {
    pub meta: Meta,
    pub title: Text,
    pub date: PartialDate,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub meta: Meta,
    pub title: Text,
    pub order: u64,
}

/// The whole checked site. Records are sorted (cohorts by number, news
/// newest first, pages by order, the rest by id) so that every later stage
/// is deterministic.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: SiteConfig,
    /// The build's date: `SOURCE_DATE_EPOCH`'s day, else the latest date
    /// in the content (`model::bounds::BuildDate`); `None` where there is
    /// neither.
    pub build_date: Option<PartialDate>,
    pub sources: Vec<Source>,
    pub cohorts: Vec<Cohort>,
    pub cities: Vec<City>,
    pub projects: Vec<Project>,
    pub ambassadors: Vec<Ambassador>,
    pub news: Vec<News>,
    pub pages: Vec<Page>,
    /// Every reported figure, of every scope, in file order.
    pub reported: Vec<Reported>,
}

impl Site {
    /// What every record of `kind` has, in the site's order.
    pub fn metas(&self, kind: crate::load::Kind) -> Box<dyn Iterator<Item = &Meta> + '_> {
        use crate::load::Kind;
        match kind {
            Kind::Cohort => Box::new(self.cohorts.iter().map(|r| &r.meta)),
            Kind::City => Box::new(self.cities.iter().map(|r| &r.meta)),
            Kind::Project => Box::new(self.projects.iter().map(|r| &r.meta)),
            Kind::Ambassador => Box::new(self.ambassadors.iter().map(|r| &r.meta)),
            Kind::News => Box::new(self.news.iter().map(|r| &r.meta)),
            Kind::Page => Box::new(self.pages.iter().map(|r| &r.meta)),
        }
    }

    /// The record `id` of `kind`: what it has of every record.
    pub fn meta_of(&self, kind: crate::load::Kind, id: &Id) -> Option<&Meta> {
        self.metas(kind).find(|m| m.id == *id)
    }

    /// [`Site::meta_of`], to change.
    pub fn meta_of_mut(&mut self, kind: crate::load::Kind, id: &Id) -> Option<&mut Meta> {
        use crate::load::Kind;
        let mut metas: Box<dyn Iterator<Item = &mut Meta>> = match kind {
            Kind::Cohort => Box::new(self.cohorts.iter_mut().map(|r| &mut r.meta)),
            Kind::City => Box::new(self.cities.iter_mut().map(|r| &mut r.meta)),
            Kind::Project => Box::new(self.projects.iter_mut().map(|r| &mut r.meta)),
            Kind::Ambassador => Box::new(self.ambassadors.iter_mut().map(|r| &mut r.meta)),
            Kind::News => Box::new(self.news.iter_mut().map(|r| &mut r.meta)),
            Kind::Page => Box::new(self.pages.iter_mut().map(|r| &mut r.meta)),
        };
        metas.find(|m| m.id == *id)
    }

    /// The date of the data: the latest date the records give (sources'
    /// `date`, cohorts' `started` and `ended`, cities' `certified_on`,
    /// projects' `started`, news' `date`), by the last day it may be, the
    /// most precise of equally late ones. Never the clock. `None` where no
    /// record is dated.
    pub fn data_date(&self) -> Option<PartialDate> {
        let dates = self
            .sources
            .iter()
            .map(|s| s.date)
            .chain(
                self.cohorts
                    .iter()
                    .flat_map(|c| [Some(c.started), c.ended])
                    .flatten(),
            )
            .chain(self.cities.iter().filter_map(|c| c.certified_on))
            .chain(self.projects.iter().filter_map(|p| p.started))
            .chain(self.news.iter().map(|n| n.date));
        dates.max_by_key(|d| (d.span().1, *d))
    }
}
