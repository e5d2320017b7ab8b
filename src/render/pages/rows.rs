//! Render: the rows of the lists of cities, projects, ambassadors, news
//! and cohorts, as every list and record page shows them.

use serde::Serialize;

use super::planner::*;
use crate::model::vocab::Vocabulary;
use crate::model::*;
use crate::render::urls::Route;
use crate::render::view::*;

#[derive(Debug, Clone, Serialize)]
pub struct CityRow {
    pub href: String,
    pub title: Txt,
    pub status: String,
    pub status_key: &'static str,
    pub pilot: bool,
    pub provinces: Vec<Link>,
    pub certified_on: Option<String>,
    pub projects: String,
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProjectRow {
    pub href: String,
    pub title: Txt,
    pub provinces: Vec<Link>,
    pub domains: Vec<Link>,
    pub value: Option<String>,
    pub status: Option<String>,
    pub started: Option<String>,
    pub cohort: Option<Link>,
    pub city: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AmbassadorRow {
    pub name: String,
    pub province: Link,
    pub cohort: Option<Link>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NewsRow {
    pub href: String,
    pub title: Txt,
    pub date: String,
    pub iso_date: String,
    pub summary: Option<Txt>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CohortRow {
    pub href: String,
    pub title: Txt,
    pub number: String,
    pub started: String,
    pub ended: Option<String>,
    pub projects: String,
    pub value: String,
    pub ambassadors: String,
    pub provinces: String,
}

impl<'a> Planner<'a> {
    pub fn city_row(&self, c: &City) -> CityRow {
        let f = &self.f;
        let m = f
            .stats
            .by_city
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        CityRow {
            href: f.href(&Route::City(c.meta.id.clone())),
            title: f.txt(&c.title),
            status: f.t(&format!("status.{}", c.status.key())),
            status_key: c.status.key(),
            pilot: c.pilot,
            provinces: c.provinces.iter().map(|p| f.province(*p)).collect(),
            certified_on: c.certified_on.as_ref().map(|d| f.date(d)),
            projects: f.count(m.projects),
            value: f.total(m.total()),
        }
    }

    pub fn project_row(&self, p: &Project) -> ProjectRow {
        let f = &self.f;
        ProjectRow {
            href: f.href(&Route::Project(p.meta.id.clone())),
            title: f.txt(&p.title),
            provinces: p.provinces.iter().map(|x| f.province(*x)).collect(),
            domains: p.domains.iter().map(|d| f.domain(*d)).collect(),
            value: p.value_thb.map(|v| f.money(v.0)),
            status: p
                .status
                .map(|s| f.t(&format!("project_status.{}", s.key()))),
            started: p.started.as_ref().map(|d| f.date(d)),
            cohort: p.cohort.as_ref().and_then(|id| f.cohort(id)),
            city: p.city.as_ref().and_then(|id| f.city(id)),
        }
    }

    /// The public ambassadors of `list` by name, and the note that says how many
    /// more count but are not named, where there are any.
    pub(super) fn ambassador_rows<'b>(
        &self,
        list: impl Iterator<Item = &'b Ambassador>,
    ) -> (Vec<AmbassadorRow>, Option<String>) {
        let mut rows = Vec::new();
        let mut private = 0;
        for a in list {
            if a.public {
                rows.push(AmbassadorRow {
                    name: a.name.get(self.f.lang).to_string(),
                    province: self.f.province(a.province),
                    cohort: self.f.cohort(&a.cohort),
                });
            } else {
                private += 1;
            }
        }
        // By name, as a Thai dictionary orders it (a stable sort).
        rows.sort_by_cached_key(|r| sort_key(&r.name));
        let f = &self.f;
        let note = (private > 0).then(|| f.fill_n("cohorts.ambassadors_private", private, &[]));
        (rows, note)
    }

    pub fn news_row(&self, n: &News) -> NewsRow {
        let f = &self.f;
        NewsRow {
            href: f.href(&Route::Post(n.meta.id.clone())),
            title: f.txt(&n.title),
            date: f.date(&n.date),
            iso_date: n.date.iso(),
            summary: n.meta.summary.as_ref().map(|s| f.txt(s)),
        }
    }

    pub(super) fn cohort_row(&self, c: &Cohort) -> CohortRow {
        let f = &self.f;
        let s = f
            .stats
            .by_cohort
            .get(c.meta.id.as_str())
            .copied()
            .unwrap_or_default();
        CohortRow {
            href: f.href(&Route::Cohort(c.meta.id.clone())),
            title: f.txt(&c.title),
            number: f.count(c.number),
            started: f.date(&c.started),
            ended: c.ended.as_ref().map(|d| f.date(d)),
            projects: f.count(s.projects),
            value: f.total(s.total()),
            ambassadors: f.count(s.ambassadors),
            provinces: f.count(s.provinces_covered),
        }
    }

    pub(super) fn sorted_cities<'b>(&self, cities: impl Iterator<Item = &'b City>) -> Vec<CityRow> {
        let mut rows: Vec<CityRow> = cities.map(|c| self.city_row(c)).collect();
        rows.sort_by_cached_key(|r| sort_key(&r.title.text));
        rows
    }

    /// The rows of `projects`, by title as a Thai dictionary orders
    /// words (a stable sort: equal titles keep their order).
    pub(super) fn sorted_projects<'b>(
        &self,
        projects: impl Iterator<Item = &'b Project>,
    ) -> Vec<tera::Value> {
        let mut at: Vec<usize> = projects
            .filter_map(|p| self.f.lookup.places.project_at(&p.meta.id))
            .collect();
        at.sort_by(|a, b| self.rows[*a].0.cmp(&self.rows[*b].0));
        at.into_iter().map(|i| self.rows[i].1.clone()).collect()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Stat {
    pub label: String,
    pub value: String,
}
