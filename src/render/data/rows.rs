//! Render: one row of each data download. A struct's fields, in order,
//! are its table's columns, named as SPEC gives them, so a row and its
//! header cannot disagree.
//!
//! A column that may be unknown is an `Option` (empty in the CSV, `null`
//! in the JSON); a list is a `Vec` (joined by `; ` in the CSV).

use serde::Serialize;

use crate::aggregate::{Stats, Total};
use crate::model::vocab::Vocabulary;
use crate::model::*;

/// A total of project values: empty where projects are counted and none
/// states a value (unknown, not 0).
fn total(t: Total) -> Option<u64> {
    (t.projects == 0 || t.known()).then_some(t.value)
}

/// A date as the three columns `_year`, `_month` and `_day`: numbers (the
/// Common-Era year), empty where the date does not say. No day is made up
/// for a date known to the month, and each column holds one type, so a
/// spreadsheet reads `2021` and `2022-08-24` alike.
struct Ymd {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
}

impl Ymd {
    fn of(d: Option<PartialDate>) -> Ymd {
        Ymd {
            year: d.map(|d| d.year),
            month: d.and_then(|d| d.month),
            day: d.and_then(|d| d.day),
        }
    }
}

/// Provinces as three lists: their codes, Thai names and English names.
struct Provinces {
    codes: Vec<&'static str>,
    th: Vec<&'static str>,
    en: Vec<&'static str>,
}

impl Provinces {
    fn of(ps: &[ProvinceId]) -> Provinces {
        Provinces {
            codes: ps.iter().map(|p| p.code()).collect(),
            th: ps.iter().map(|p| p.get().name_th.as_str()).collect(),
            en: ps.iter().map(|p| p.get().name_en.as_str()).collect(),
        }
    }
}

fn ids(ids: &[Id]) -> Vec<&str> {
    ids.iter().map(Id::as_str).collect()
}

fn thai(texts: &[Text]) -> Vec<&str> {
    texts.iter().map(|t| t.th.as_str()).collect()
}

/// A record's summary, Thai and English, each empty where there is none.
fn summary(m: &Meta) -> (Option<&str>, Option<&str>) {
    let s = m.summary.as_ref();
    (s.map(|t| t.th.as_str()), s.and_then(|t| t.en.as_deref()))
}

#[derive(Serialize, Default)]
pub(super) struct CohortRow<'a> {
    id: &'a str,
    number: u64,
    title_th: &'a str,
    title_en: Option<&'a str>,
    started_year: Option<i32>,
    started_month: Option<u8>,
    started_day: Option<u8>,
    ended_year: Option<i32>,
    ended_month: Option<u8>,
    ended_day: Option<u8>,
    planned_ambassadors: Option<u64>,
    partners: Vec<&'a str>,
    projects: u64,
    project_value_thb: Option<u64>,
    projects_without_value: u64,
    ambassadors: u64,
    provinces_covered: u64,
    sources: Vec<&'a str>,
    summary_th: Option<&'a str>,
    summary_en: Option<&'a str>,
}

impl<'a> CohortRow<'a> {
    pub(super) fn new(c: &'a Cohort, stats: &Stats) -> Self {
        let st = stats
            .by_cohort
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        let (started, ended) = (Ymd::of(Some(c.started)), Ymd::of(c.ended));
        let (summary_th, summary_en) = summary(&c.meta);
        CohortRow {
            id: c.meta.id.as_str(),
            number: c.number,
            title_th: &c.title.th,
            title_en: c.title.en.as_deref(),
            started_year: started.year,
            started_month: started.month,
            started_day: started.day,
            ended_year: ended.year,
            ended_month: ended.month,
            ended_day: ended.day,
            planned_ambassadors: c.planned_ambassadors,
            partners: thai(&c.partners),
            projects: st.projects,
            project_value_thb: total(st.total()),
            projects_without_value: st.projects_without_value,
            ambassadors: st.ambassadors,
            provinces_covered: st.provinces_covered,
            sources: ids(&c.meta.sources),
            summary_th,
            summary_en,
        }
    }
}

#[derive(Serialize, Default)]
pub(super) struct CityRow<'a> {
    id: &'a str,
    title_th: &'a str,
    title_en: Option<&'a str>,
    status: &'static str,
    pilot: bool,
    certified_on_year: Option<i32>,
    certified_on_month: Option<u8>,
    certified_on_day: Option<u8>,
    provinces: Vec<&'static str>,
    provinces_th: Vec<&'static str>,
    provinces_en: Vec<&'static str>,
    domains: Vec<&'static str>,
    projects: u64,
    project_value_thb: Option<u64>,
    projects_without_value: u64,
    sources: Vec<&'a str>,
    summary_th: Option<&'a str>,
    summary_en: Option<&'a str>,
}

impl<'a> CityRow<'a> {
    pub(super) fn new(c: &'a City, stats: &Stats) -> Self {
        let m = stats
            .by_city
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        let provinces = Provinces::of(&c.provinces);
        let on = Ymd::of(c.certified_on);
        let (summary_th, summary_en) = summary(&c.meta);
        CityRow {
            id: c.meta.id.as_str(),
            title_th: &c.title.th,
            title_en: c.title.en.as_deref(),
            status: c.status.key(),
            pilot: c.pilot,
            certified_on_year: on.year,
            certified_on_month: on.month,
            certified_on_day: on.day,
            provinces: provinces.codes,
            provinces_th: provinces.th,
            provinces_en: provinces.en,
            domains: c.domains.iter().map(|d| d.key()).collect(),
            projects: m.projects,
            project_value_thb: total(m.total()),
            projects_without_value: m.projects_without_value,
            sources: ids(&c.meta.sources),
            summary_th,
            summary_en,
        }
    }
}

#[derive(Serialize, Default)]
pub(super) struct ProjectRow<'a> {
    id: &'a str,
    title_th: &'a str,
    title_en: Option<&'a str>,
    provinces: Vec<&'static str>,
    provinces_th: Vec<&'static str>,
    provinces_en: Vec<&'static str>,
    domains: Vec<&'static str>,
    value_thb: Option<u64>,
    status: Option<&'static str>,
    started_year: Option<i32>,
    started_month: Option<u8>,
    started_day: Option<u8>,
    fiscal_year_be: Option<i32>,
    cohort: Option<&'a str>,
    city: Option<&'a str>,
    ambassadors: u64,
    partners: Vec<&'a str>,
    sources: Vec<&'a str>,
    summary_th: Option<&'a str>,
    summary_en: Option<&'a str>,
}

impl<'a> ProjectRow<'a> {
    pub(super) fn new(p: &'a Project) -> Self {
        let provinces = Provinces::of(&p.provinces);
        let started = Ymd::of(p.started);
        let (summary_th, summary_en) = summary(&p.meta);
        ProjectRow {
            id: p.meta.id.as_str(),
            title_th: &p.title.th,
            title_en: p.title.en.as_deref(),
            provinces: provinces.codes,
            provinces_th: provinces.th,
            provinces_en: provinces.en,
            domains: p.domains.iter().map(|d| d.key()).collect(),
            value_thb: p.value_thb.map(|v| v.0),
            status: p.status.map(|s| s.key()),
            started_year: started.year,
            started_month: started.month,
            started_day: started.day,
            fiscal_year_be: p.started.and_then(|d| d.fiscal_year_be()),
            cohort: p.cohort.as_ref().map(Id::as_str),
            city: p.city.as_ref().map(Id::as_str),
            ambassadors: p.ambassadors.len() as u64,
            partners: thai(&p.partners),
            sources: ids(&p.meta.sources),
            summary_th,
            summary_en,
        }
    }
}

/// Only a public ambassador has a row: no name, id or body of anyone else
/// leaves the model.
#[derive(Serialize, Default)]
pub(super) struct AmbassadorRow<'a> {
    id: &'a str,
    name: &'a str,
    name_en: &'a str,
    cohort: &'a str,
    province: &'static str,
    province_th: &'static str,
    province_en: &'static str,
    sources: Vec<&'a str>,
}

impl<'a> AmbassadorRow<'a> {
    /// `None` for an ambassador who is not public.
    pub(super) fn new(a: &'a Ambassador) -> Option<Self> {
        let p = a.province.get();
        a.public.then(|| AmbassadorRow {
            id: a.meta.id.as_str(),
            name: &a.name.th,
            name_en: a.name.get(Lang::En),
            cohort: a.cohort.as_str(),
            province: a.province.code(),
            province_th: &p.name_th,
            province_en: &p.name_en,
            sources: ids(&a.meta.sources),
        })
    }
}

#[derive(Serialize, Default)]
pub(super) struct NewsRow<'a> {
    id: &'a str,
    date_year: Option<i32>,
    date_month: Option<u8>,
    date_day: Option<u8>,
    title_th: &'a str,
    title_en: Option<&'a str>,
    summary_th: Option<&'a str>,
    summary_en: Option<&'a str>,
    sources: Vec<&'a str>,
}

impl<'a> NewsRow<'a> {
    pub(super) fn new(x: &'a News) -> Self {
        let date = Ymd::of(Some(x.date));
        let (summary_th, summary_en) = summary(&x.meta);
        NewsRow {
            id: x.meta.id.as_str(),
            date_year: date.year,
            date_month: date.month,
            date_day: date.day,
            title_th: &x.title.th,
            title_en: x.title.en.as_deref(),
            summary_th,
            summary_en,
            sources: ids(&x.meta.sources),
        }
    }
}

#[derive(Serialize, Default)]
pub(super) struct SourceRow<'a> {
    id: &'a str,
    publisher_th: &'a str,
    publisher_en: Option<&'a str>,
    title_th: &'a str,
    title_en: Option<&'a str>,
    date_year: Option<i32>,
    date_month: Option<u8>,
    date_day: Option<u8>,
    url: Option<&'a str>,
}

impl<'a> SourceRow<'a> {
    pub(super) fn new(x: &'a Source) -> Self {
        let date = Ymd::of(Some(x.date));
        SourceRow {
            id: x.id.as_str(),
            publisher_th: &x.publisher.th,
            publisher_en: x.publisher.en.as_deref(),
            title_th: &x.title.th,
            title_en: x.title.en.as_deref(),
            date_year: date.year,
            date_month: date.month,
            date_day: date.day,
            url: x.url.as_deref(),
        }
    }
}

#[derive(Serialize, Default)]
pub(super) struct PageRow<'a> {
    id: &'a str,
    order: u64,
    title_th: &'a str,
    title_en: Option<&'a str>,
    summary_th: Option<&'a str>,
    summary_en: Option<&'a str>,
}

impl<'a> PageRow<'a> {
    pub(super) fn new(x: &'a Page) -> Self {
        let (summary_th, summary_en) = summary(&x.meta);
        PageRow {
            id: x.meta.id.as_str(),
            order: x.order,
            title_th: &x.title.th,
            title_en: x.title.en.as_deref(),
            summary_th,
            summary_en,
        }
    }
}

#[derive(Serialize, Default)]
pub(super) struct ProvinceRow {
    code: &'static str,
    name_th: &'static str,
    name_en: &'static str,
    region: &'static str,
    region_4: &'static str,
    projects: u64,
    project_value_thb: Option<u64>,
    projects_without_value: u64,
    cities: u64,
    ambassadors: u64,
}

impl ProvinceRow {
    pub(super) fn new(p: ProvinceId, stats: &Stats) -> Self {
        let info = p.get();
        let st = stats.by_province.get(p.code()).copied().unwrap_or_default();
        ProvinceRow {
            code: p.code(),
            name_th: &info.name_th,
            name_en: &info.name_en,
            region: info.region6.key(),
            region_4: info.region4.key(),
            projects: st.projects,
            project_value_thb: total(st.total()),
            projects_without_value: st.projects_without_value,
            cities: st.cities,
            ambassadors: st.ambassadors,
        }
    }
}

/// A reported figure; where it is among the newest outcomes stated for its
/// scope and metric (`current`), what the records compute for it and the
/// verdict.
#[derive(Serialize, Default)]
pub(super) struct ReportedRow<'a> {
    scope: String,
    metric: &'static str,
    kind: &'static str,
    value: u64,
    as_of_year: Option<i32>,
    as_of_month: Option<u8>,
    as_of_day: Option<u8>,
    source: &'a str,
    current: bool,
    computed: Option<u64>,
    verdict: Option<&'static str>,
    note_th: Option<&'a str>,
    note_en: Option<&'a str>,
}

impl<'a> ReportedRow<'a> {
    pub(super) fn new(r: &'a Reported, stats: &Stats) -> Self {
        let current = stats.reconciliation.iter().find(|c| {
            c.scope == r.scope
                && c.metric == r.metric
                && c.source == r.source
                && c.as_of == r.as_of
                && c.reported == r.value
        });
        let as_of = Ymd::of(r.as_of);
        let note = r.note.as_ref();
        ReportedRow {
            scope: r.scope.key(),
            metric: r.metric.key(),
            kind: r.kind.key(),
            value: r.value,
            as_of_year: as_of.year,
            as_of_month: as_of.month,
            as_of_day: as_of.day,
            source: r.source.as_str(),
            current: current.is_some(),
            computed: current.and_then(|c| c.computed),
            verdict: current.map(|c| c.verdict.key()),
            note_th: note.map(|t| t.th.as_str()),
            note_en: note.and_then(|t| t.en.as_deref()),
        }
    }
}
